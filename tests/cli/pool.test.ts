import { describe, expect, it } from 'vitest';
import { poolExecutor } from '../../src/cli/pool.js';
import type { TaskOptions } from '../../src/cli/task.js';

const options: TaskOptions = { json: true, pretty: false, explain: false, color: false, width: 0, maxBytes: 64 * 1024 * 1024, digest: false, forFile: false };

describe('worker pool executor', () => {
  it('stops a worker stuck on one article and reports it as E_INTERNAL', async () => {
    const pool = await poolExecutor(options, 1, 50);
    try {
      const huge = 'Headline\n\n' + 'The minister said on Monday that the plan was approved. '.repeat(50_000);
      const r = await pool.run({ kind: 'text', id: 'slow', text: huge });
      expect(r).toMatchObject({ ok: false, id: 'slow', code: 'E_INTERNAL', message: expect.stringContaining('gave up after 0.05 s') });
    } finally {
      await pool.close();
    }
  }, 60_000);
});
