/** Process entry: wire the real streams to run() and exit with its code. */
import { run } from './main.js';
import { processIO } from './io.js';

export function main(): void {
  run(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`newsum: E_INTERNAL: ${(err as Error)?.message ?? String(err)} (please report this with the input that caused it)\n`);
      process.exitCode = 1;
    },
  );
}
