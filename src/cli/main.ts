/**
 * The command line: parse arguments, then either summarise one article in this thread (the fast path:
 * no pool, no walker, no spinner loaded) or hand a stream of inputs to the batch runner. `run(argv, io)`
 * returns the exit code (0 all summarised, 1 some input failed, 2 bad usage, 130 interrupted) and never
 * calls process.exit, so tests run it in-process.
 */
import { stat } from './fs.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import { ONE_ARTICLE_TUNING_MAX_BYTES, type CliIO } from './io.js';
import type { Task, TaskOptions } from './task.js';
import { isIsoDate } from './dates.js';
import { SafeOutput, stdinTask } from './streams.js';
import { safeForTerminal } from './sanitize.js';
import { VERSION } from '../version.js';
import { DEFAULT_EXTENSIONS, HELP, parseCommandLine, type RawOptions } from './args.js';

export { isIsoDate };

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) return usageError(io, parsed.message);
  const raw = parsed.options;
  if (raw.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (raw.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  let inputs = parsed.inputs;
  const usage = validate(raw, inputs, io);
  if (usage) return usageError(io, usage);
  if (inputs.length === 0 && !raw.jsonlIn) {
    if (io.stdin.isTTY) return usageError(io, "no input: give an article file, a folder, or '-' for standard input");
    inputs = ['-'];
  }
  const tty = io.stdout.isTTY === true;
  const taskOptions: TaskOptions = {
    json: raw.json || raw.pretty || raw.jsonlIn,
    pretty: raw.pretty,
    explain: raw.explain,
    color: raw.color !== false && !io.env.NO_COLOR && tty,
    width: tty ? (io.stdout.columns ?? 80) : 0,
    date: raw.date,
    lang: raw.lang,
    encoding: raw.encoding,
    maxBytes: Number(raw.maxBytes),
    digest: raw.overview,
    forFile: raw.outDir !== undefined,
  };
  if (!raw.jsonlIn && !raw.outDir && !raw.overview && inputs.length === 1 && (await isSingleArticle(inputs[0], io.cwd))) {
    return summariseOne(inputs[0], taskOptions, io);
  }
  return runMany(inputs, raw, taskOptions, io);
}

function usageError(io: CliIO, message: string): number {
  io.stderr.write(`newsum: ${message}\nTry 'newsum --help'.\n`);
  return 2;
}

function validate(raw: RawOptions, inputs: string[], io: CliIO): string | null {
  if (raw.date !== undefined && !isIsoDate(String(raw.date))) return `--date must be a real date as YYYY-MM-DD, got '${raw.date}'`;
  if (raw.lang !== undefined && !/^[a-z]{2,3}$/u.test(String(raw.lang))) return `--lang must be a language code such as ar or en, got '${raw.lang}'`;
  const max = Number(raw.maxBytes);
  if (!Number.isInteger(max) || max <= 0) return `--max-bytes must be a positive whole number, got '${raw.maxBytes}'`;
  if (raw.jobs !== undefined && !/^[1-9]\d{0,3}$/u.test(raw.jobs)) return `--jobs must be a whole number from 1, got '${raw.jobs}'`;
  if (raw.encoding !== undefined) {
    try {
      new TextDecoder(String(raw.encoding));
    } catch {
      return `--encoding '${raw.encoding}' is not an encoding this Node.js knows (try utf-8, windows-1256, windows-1252)`;
    }
  }
  // (checked only when given: the pattern is costly to compile for a run that reads one file)
  if (raw.ext !== DEFAULT_EXTENSIONS && !/^\s*\.?[\p{L}\p{N}_-]+(\s*,\s*\.?[\p{L}\p{N}_-]+)*\s*$/u.test(raw.ext)) return `--ext must be a comma-separated list such as txt,html,md, got '${raw.ext}'`;
  if (raw.resume && !raw.outDir) return '--resume needs --out-dir (it skips articles whose output file is up to date)';
  if (raw.jsonlIn && inputs.length > 0) return '--jsonl-in reads standard input only: give no file arguments';
  if (raw.jsonlIn && raw.outDir) return '--jsonl-in prints to standard output; it cannot be combined with --out-dir';
  if (raw.outDir) {
    const dir = path.resolve(io.cwd, raw.outDir);
    const info = statOrNull(dir);
    if (info && !info.isDirectory()) return `--out-dir ${raw.outDir} exists and is not a folder`;
    for (const input of inputs) {
      if (input !== '-' && path.resolve(io.cwd, input) === dir) return `--out-dir ${raw.outDir} is also an input: choose a separate folder`;
    }
  }
  if (inputs.filter((i) => i === '-').length > 1) return "'-' (standard input) can be given only once";
  return null;
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/**
 * Worker threads for a batch when --jobs is not given: one core is left to the main thread (it reads files, keeps
 * the output in order and writes it) and to V8's own background threads (compilation, garbage collection), and
 * every worker warms up its own compiled code. Measured on 2 cores over 2,232 corpus articles: in-process 13–16 s,
 * two workers 18–19 s; so 2 cores run in-process, 8 cores start 7 workers.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}

/** One file or stdin: summarise it here, without the batch machinery. */
async function isSingleArticle(input: string, cwd: string): Promise<boolean> {
  if (input === '-') return true;
  try {
    return !(await stat(path.resolve(cwd, input))).isDirectory();
  } catch {
    return true; // a missing file is reported by the single path like any other read error
  }
}

async function summariseOne(input: string, options: TaskOptions, io: CliIO): Promise<number> {
  const task: Task = input === '-' ? await stdinTask(io.stdin, options.maxBytes) : { kind: 'file', id: input, path: path.resolve(io.cwd, input) };
  const size = task.kind === 'bytes' ? task.bytes.length : task.kind === 'file' ? (statOrNull(task.path)?.size ?? Infinity) : 0;
  // (before the engine loads: its tables are built under the tuning too)
  if (size <= ONE_ARTICLE_TUNING_MAX_BYTES) io.tuneForOneArticle?.();
  // The engine loads only once arguments are known to be good (--help, --version and usage errors stay fast).
  const { runTask, errorLine } = await import('./task.js');
  const out = new SafeOutput(io.stdout);
  const result = await runTask(task, options);
  if (!result.ok) {
    if (options.json) out.write(errorLine(input, result.code, result.message));
    io.stderr.write(`newsum: ${result.code}: ${safeForTerminal(result.message)}\n`);
    return 1;
  }
  out.write(result.output);
  for (const w of result.warnings) io.stderr.write(`newsum: warning: ${safeForTerminal(input)}: ${safeForTerminal(w)}\n`);
  return 0;
}

async function runMany(inputs: string[], raw: RawOptions, taskOptions: TaskOptions, io: CliIO): Promise<number> {
  const [{ runBatch }, { walkInputs }, { jsonlTasks }, { commonBase }] = await Promise.all([import('./batch.js'), import('./walk.js'), import('./jsonl.js'), import('./outdir.js')]);
  const { availableParallelism } = await import('node:os');
  const cores = io.cores ?? availableParallelism();
  const jobs = raw.jobs !== undefined ? Number(raw.jobs) : defaultJobs(cores);
  const outDir = raw.outDir ? path.resolve(io.cwd, raw.outDir) : undefined;
  const absolute = inputs.map((i) => (i === '-' ? i : path.resolve(io.cwd, i)));
  const extensions = raw.ext.split(',').map((e) => e.trim());
  const exclude = outDir ? [outDir] : [];
  const source = raw.jsonlIn ? jsonlTasks(io.stdin, taskOptions.maxBytes) : walkInputs(absolute, { extensions, exclude });
  const displayed = raw.jsonlIn ? source : withDisplayIds(source, inputs, absolute);
  const anyFolder = absolute.some((i) => i !== '-' && statOrNull(i)?.isDirectory() === true);
  const code = await runBatch(
    displayed,
    {
      task: taskOptions,
      jobs,
      quiet: raw.quiet,
      outDir,
      base: commonBase(absolute, io.cwd, (p) => statOrNull(p)?.isDirectory() === true),
      resume: raw.resume,
      overview: raw.overview,
      separators: !taskOptions.json && !outDir,
      summary: true,
      total: anyFolder || raw.jsonlIn ? null : inputs.length,
      // A second, cheap walk that only counts, so the spinner can show "done/total" for folders.
      countTotal: anyFolder ? () => countWalk(walkInputs(absolute, { extensions, exclude })) : undefined,
    },
    io,
  );
  // A run stopped by Ctrl-C may leave standard input waiting for a line that never comes: let go of it, or
  // the open pipe would keep the process alive after the summary line.
  if (raw.jsonlIn) (io.stdin as { destroy?: () => void }).destroy?.();
  return code;
}

async function countWalk(items: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of items) n++;
  return n;
}

/**
 * The walker works on absolute paths; ids in the output should read as the user wrote them
 * (`news/a.txt`, not `/home/…/news/a.txt`).
 */
async function* withDisplayIds<T extends { id: string }>(source: AsyncIterable<T>, inputs: string[], absolute: string[]): AsyncGenerator<T> {
  for await (const item of source) {
    let id = item.id;
    for (let i = 0; i < absolute.length; i++) {
      const abs = absolute[i];
      if (abs === '-' || !(id === abs || id.startsWith(abs + path.sep))) continue;
      id = id === abs ? inputs[i] : path.join(inputs[i], id.slice(abs.length));
      break;
    }
    yield id === item.id ? item : { ...item, id };
  }
}
