/**
 * Process entry: wire the real streams to run() and exit with its code. `tuneForOneArticle` comes from
 * bin/newsum.js, which owns the process's V8 flags.
 */
import { run } from './main.js';
import { processIO } from './io.js';

export function main(tuneForOneArticle?: () => void): void {
  run(process.argv.slice(2), processIO(tuneForOneArticle)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`newsum: E_INTERNAL: ${(err as Error)?.message ?? String(err)} (please report this with the input that caused it)\n`);
      process.exitCode = 1;
    },
  );
}

/**
 * Single-article runs one after another in this process. The build runs the command this way to record
 * V8's code cache (bin/newsum.js, scripts/bundle-cli.mjs): the cache then holds what a one-article run
 * compiles, and nothing of the batch machinery a one-article run never loads.
 */
export async function runEach(argvs: string[][]): Promise<void> {
  for (const argv of argvs) await run(argv, processIO());
}
