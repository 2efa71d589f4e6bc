/**
 * Where tasks run: in this thread (--jobs 1, single inputs) or on a piscina worker-thread pool. Piscina
 * is imported only when a pool is wanted, so single-file runs never pay for it.
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { runTask, type Task, type TaskOptions, type TaskResult } from './task.js';

export interface Executor {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

export function inProcessExecutor(options: TaskOptions): Executor {
  return { run: (task) => runTask(task, options), close: async () => {} };
}

/**
 * A worker stuck on one article (a stage that loops) is stopped after this long and the article reported
 * as E_INTERNAL, so one pathological input cannot hang a batch. Far above the engine's own per-article
 * time budget (pipeline.ts), which normally ends slow articles early with a warning.
 */
export const TASK_TIMEOUT_MS = 120_000;

export async function poolExecutor(options: TaskOptions, threads: number, timeoutMs = TASK_TIMEOUT_MS): Promise<Executor> {
  const { Piscina } = await import('piscina');
  const worker = workerFile();
  const pool = new Piscina({
    filename: worker.url,
    minThreads: threads,
    maxThreads: threads,
    // No queue limit here: the caller's reorder window (mapOrdered) bounds how many tasks are in flight.
    workerData: { options },
    // Running from TypeScript sources (tests, tsx): the worker needs the same loader.
    ...(worker.typescript ? { execArgv: [...process.execArgv, '--import', 'tsx'] } : {}),
  });
  return {
    run: (task) =>
      pool.run(task, { signal: AbortSignal.timeout(timeoutMs) }).then(
        (result: TaskResult) => result,
        (err: unknown): TaskResult => {
          const aborted = (err as Error)?.name === 'AbortError';
          const message = aborted ? `gave up after ${timeoutMs / 1000} s on this article (the worker was stopped)` : `worker failed: ${(err as Error)?.message ?? String(err)}`;
          return { ok: false, id: task.id, code: 'E_INTERNAL', message };
        },
      ),
    close: () => {
      // Destroying the pool drops its tasks in flight (a reader that closed the pipe stops the batch early);
      // a result a worker was already sending is then "unexpected" and would be thrown as an unhandled error.
      pool.on('error', () => {});
      return pool.destroy();
    },
  };
}

/** The worker next to this module: worker.cjs in the bundle, worker.js when compiled, worker.ts under tsx/vitest. */
function workerFile(): { url: string; typescript: boolean } {
  for (const name of ['./worker.cjs', './worker.js']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return { url: url.href, typescript: false };
  }
  return { url: new URL('./worker.ts', import.meta.url).href, typescript: true };
}
