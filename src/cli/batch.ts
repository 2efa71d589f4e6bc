/**
 * Many articles: stream tasks through the executor (in-process or a worker pool), print or write the
 * results in input order, keep going past failed inputs, show progress, stop cleanly on Ctrl-C or a
 * closed pipe, and finish with a summary line (and the --overview).
 */
import path from 'node:path';
import type { CliIO } from './io.js';
import type { Task, TaskOptions, TaskResult } from './task.js';
import { errorLine } from './task.js';
import type { WalkItem } from './walk.js';
import { mapOrdered } from './ordered.js';
import { inProcessExecutor, poolExecutor, type Executor } from './pool.js';
import { isUpToDate, outputPathFor, writeAtomically } from './outdir.js';
import { Overview } from './overview.js';
import { startProgress, summaryLine } from './progress.js';
import { safeForTerminal } from './sanitize.js';
import { SafeOutput, stdinTask } from './streams.js';

export interface BatchOptions {
  task: TaskOptions;
  jobs: number;
  quiet: boolean;
  /** Write one JSON file per article here instead of printing. */
  outDir?: string;
  /** Folder the inputs are mirrored from (see outdir.ts). */
  base: string;
  resume: boolean;
  overview: boolean;
  /** Print a rule line with the file name before each article (text output of several files). */
  separators: boolean;
  /** Print the one-line summary at the end (batches, not single articles). */
  summary: boolean;
  /** Number of inputs when known up front (explicit files), for the progress line. */
  total: number | null;
  /** Counts the inputs in the background when the total is not known up front (progress display only). */
  countTotal?: () => Promise<number>;
}

type Outcome = { item: WalkItem; skipped: true } | { item: WalkItem; skipped: false; result: TaskResult; outputPath?: string };

export async function runBatch(source: AsyncIterable<WalkItem> | Iterable<WalkItem>, options: BatchOptions, io: CliIO): Promise<number> {
  const started = Date.now();
  const out = new SafeOutput(io.stdout);
  let interrupted = false;
  let wakeOnInterrupt = () => {};
  // (an input that is waiting for more, such as a quiet pipe into --jsonl-in, is not waited for once Ctrl-C comes)
  const interruption = new Promise<void>((resolve) => (wakeOnInterrupt = resolve));
  const unsubscribe = io.onInterrupt?.(() => {
    interrupted = true;
    wakeOnInterrupt();
    io.stderr.write('\nnewsum: stopping after the articles in flight (Ctrl-C again to quit now)\n');
  });
  const executor: Executor = options.jobs > 1 ? await poolExecutor(options.task, options.jobs) : inProcessExecutor(options.task);
  const progress = await startProgress(io, options.quiet, started);
  const overview = options.overview ? new Overview() : null;
  let done = 0;
  let failed = 0;
  let skipped = 0;
  let total = options.total;
  // A folder walk's total is known only once the walk has ended (it runs ahead of the workers).
  const counted = countItems(source, (n) => {
    if (total === null) total = n;
  });
  if (total === null && options.countTotal && progress.visible) {
    options.countTotal().then(
      (n) => {
        total ??= n;
      },
      () => {},
    );
  }
  const start = (item: WalkItem) => startItem(item, options, executor, io);
  try {
    for await (const outcome of mapOrdered(counted, start, options.jobs * 4, () => interrupted || out.broken, interruption)) {
      if (outcome.skipped) {
        skipped++;
        continue;
      }
      const { result } = outcome;
      if (result.ok) {
        if (await deliver(outcome.item, result, outcome.outputPath, options, out, progress.log)) done++;
        else failed++;
        if (overview && result.digest) overview.add(result.id, result.digest);
      } else {
        failed++;
        overview?.addFailure();
        if (options.task.json && !options.outDir) out.write(errorLine(result.id, result.code, result.message));
        progress.log(`newsum: ${result.code}: ${safeForTerminal(result.message)}\n`);
      }
      progress.update(done + failed + skipped, failed, total);
      if (out.broken) break;
    }
  } finally {
    progress.stop();
    unsubscribe?.();
    await executor.close();
  }
  if (out.broken) return 0; // the reader went away (… | head): not an error, and nothing more to say
  if (overview) await printOverview(overview, options, out);
  if (options.summary && !options.quiet) io.stderr.write(summaryLine(done, failed, skipped, Date.now() - started, interrupted));
  if (interrupted) return 130;
  return failed > 0 ? 1 : 0;
}

/** Pass items through and report the count when the stream has ended. */
async function* countItems(source: AsyncIterable<WalkItem> | Iterable<WalkItem>, finished: (n: number) => void): AsyncGenerator<WalkItem> {
  let n = 0;
  for await (const item of source) {
    n++;
    yield item;
  }
  finished(n);
}

async function startItem(item: WalkItem, options: BatchOptions, executor: Executor, io: CliIO): Promise<Outcome> {
  let outputPath: string | undefined;
  try {
    if (options.outDir && item.kind === 'file') {
      outputPath = outputPathFor(item.path, options.outDir, options.base, io.cwd);
      if (options.resume && item.path !== '-' && (await isUpToDate(path.resolve(io.cwd, item.path), outputPath))) return { item, skipped: true };
    }
    let task: Task = item;
    // Standard input can only be read here, in the main thread.
    if (item.kind === 'file' && item.path === '-') task = await stdinTask(io.stdin, options.task.maxBytes);
    const result = await executor.run(task);
    return { item, skipped: false, result, outputPath };
  } catch (err) {
    // Whatever fails before or around the task (reading standard input, the executor) fails this input only:
    // a rejected promise in the reorder window would otherwise end the whole batch and drop the results after it.
    const message = `internal error: ${(err as Error)?.message ?? String(err)} (please report this with the input)`;
    return { item, skipped: false, result: { ok: false, id: item.id, code: 'E_INTERNAL', message }, outputPath };
  }
}

/** Print or write one summary. Returns false when writing the output file failed. */
async function deliver(item: WalkItem, result: TaskResult & { ok: true }, outputPath: string | undefined, options: BatchOptions, out: SafeOutput, log: (line: string) => void): Promise<boolean> {
  for (const w of result.warnings) log(`newsum: warning: ${safeForTerminal(result.id)}: ${safeForTerminal(w)}\n`);
  if (outputPath) {
    try {
      await writeAtomically(outputPath, result.output);
      return true;
    } catch (err) {
      log(`newsum: cannot write ${outputPath}: ${(err as Error).message}\n`);
      return false;
    }
  }
  if (options.separators) out.write(ruleLine(item.id, options.task, out.written === 0));
  out.write(result.output);
  return true;
}

function ruleLine(id: string, task: TaskOptions, first: boolean): string {
  const label = `── ${safeForTerminal(id)} `;
  const width = task.width > 0 ? task.width : 72;
  const line = label + '─'.repeat(Math.max(3, width - [...label].length));
  return `${first ? '' : '\n'}${task.color ? `\u001B[2m${line}\u001B[22m` : line}\n`;
}

async function printOverview(overview: Overview, options: BatchOptions, out: SafeOutput): Promise<void> {
  const view = overview.toJson();
  if (options.task.json) {
    // In JSON mode the overview is one final object, told apart from summaries by its only key.
    out.write(JSON.stringify({ overview: view }) + '\n');
    return;
  }
  const [{ default: stringWidth }, { renderOverview }, { Chalk }] = await Promise.all([import('string-width'), import('./overview.js'), import('chalk')]);
  const c = new Chalk({ level: options.task.color ? 1 : 0 });
  out.write(
    '\n' +
      renderOverview(view, {
        width: options.task.width > 0 ? options.task.width : 80,
        measure: (s) => stringWidth(s),
        sanitize: safeForTerminal,
        bold: (s) => c.bold(s),
        dim: (s) => c.dim(s),
      }),
  );
}
