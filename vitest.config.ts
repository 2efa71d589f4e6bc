import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The machines have two cores and are shared: keep workers few, give slow stages room.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
