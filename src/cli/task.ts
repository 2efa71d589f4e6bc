/**
 * One unit of batch work: read an input (file, stdin bytes or a --jsonl-in record), summarise it and
 * render what the main thread will print or write. Runs in-process or inside a worker thread, so tasks
 * and results are plain structured-clone data (no class instances, no functions).
 */
import { stat, readFile } from './fs.js';
import { loadBytes, loadText, type Loaded } from '../text/input.js';
import { summariseArticle } from '../pipeline.js';
import { toJson, errorRecord } from '../output.js';
import { foldAny, squash } from '../text/normalise.js';
import type { ErrorCode, Summary } from '../types.js';

export type Task =
  | { kind: 'file'; id: string; path: string }
  | { kind: 'bytes'; id: string; bytes: Uint8Array }
  | { kind: 'text'; id: string; text: string; date?: string; lang?: string }
  /** An input that failed before it could be read (walk errors, bad JSON lines): passed through in order. */
  | { kind: 'error'; id: string; code: ErrorCode; message: string };

export interface TaskOptions {
  json: boolean;
  pretty: boolean;
  explain: boolean;
  color: boolean;
  /** Terminal width for wrapping; 0 = do not wrap. */
  width: number;
  date?: string;
  lang?: string;
  encoding?: string;
  maxBytes: number;
  /** Also return the counters --overview needs. */
  digest: boolean;
  /** Render the JSON for --out-dir (always compact) instead of stdout text. */
  forFile: boolean;
}

/** What --overview keeps of one article: folded actor keys and dated events, nothing else. */
export interface Digest {
  actors: { key: string; name: string; type: string }[];
  events: { date: string; summary: string }[];
}

export type TaskResult =
  | { ok: true; id: string; output: string; warnings: string[]; digest?: Digest }
  | { ok: false; id: string; code: ErrorCode; message: string };

export async function runTask(task: Task, options: TaskOptions): Promise<TaskResult> {
  try {
    if (task.kind === 'error') return failure(task.id, task.code, task.message);
    const loaded = await load(task, options);
    if (!loaded.ok) return failure(task.id, loaded.code, loaded.message);
    const date = task.kind === 'text' && task.date ? task.date : options.date;
    const lang = task.kind === 'text' && task.lang ? task.lang : options.lang;
    const summary = summariseArticle(loaded.text, loaded.meta, { id: task.id, date, lang }, [...loaded.warnings]);
    return { ok: true, id: task.id, output: await renderOutput(summary, loaded.text, options), warnings: summary.warnings, ...(options.digest ? { digest: digestOf(summary) } : {}) };
  } catch (err) {
    // A bug in one stage must not stop the batch: report it against the input that caused it.
    return failure(task.id, 'E_INTERNAL', `internal error: ${(err as Error)?.message ?? String(err)} (please report this with the input)`);
  }
}

function failure(id: string, code: ErrorCode, message: string): TaskResult {
  return { ok: false, id, code, message };
}

async function load(task: Exclude<Task, { kind: 'error' }>, options: TaskOptions): Promise<Loaded> {
  if (task.kind === 'text') return loadText(task.text, { maxBytes: options.maxBytes });
  if (task.kind === 'bytes') return fromBytes(task.bytes, undefined, options);
  const checked = await checkFile(task.path, options.maxBytes);
  if (checked) return checked;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(task.path);
  } catch (err) {
    return readError(task.path, err);
  }
  return fromBytes(bytes, task.path, options);
}

function fromBytes(bytes: Uint8Array, fileName: string | undefined, options: TaskOptions): Promise<Loaded> | Loaded {
  if (bytes.length > options.maxBytes) return { ok: false, code: 'E_TOO_LARGE', message: `the input is ${bytes.length} bytes, over --max-bytes ${options.maxBytes}` };
  return loadBytes(bytes, { fileName, encoding: options.encoding, maxBytes: options.maxBytes });
}

/**
 * Stat before opening: opening a FIFO blocks until a writer appears, and a huge file should be refused
 * without reading it.
 */
async function checkFile(path: string, maxBytes: number): Promise<Loaded | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, code: 'E_NOT_A_FILE', message: `${path} is a folder` };
    if (!info.isFile()) return { ok: false, code: 'E_NOT_A_FILE', message: `${path} is not a regular file (a pipe, socket or device): give a file or use '-' for standard input` };
    if (info.size > maxBytes) return { ok: false, code: 'E_TOO_LARGE', message: `${path} is ${info.size} bytes, over --max-bytes ${maxBytes}` };
    return null;
  } catch (err) {
    return readError(path, err);
  }
}

export function readError(path: string, err: unknown): Loaded & { ok: false } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, code: 'E_NOT_FOUND', message: `no such file or folder: ${path}` };
  if (code === 'EISDIR') return { ok: false, code: 'E_NOT_A_FILE', message: `${path} is a folder` };
  if (code === 'ELOOP') return { ok: false, code: 'E_LOOP', message: `${path}: too many levels of symbolic links` };
  return { ok: false, code: 'E_UNREADABLE', message: `cannot read ${path}: ${(err as Error).message}` };
}

let renderModule: typeof import('./render.js') | undefined;

async function renderOutput(summary: Summary, text: string, options: TaskOptions): Promise<string> {
  if (options.forFile || options.json) {
    const indent = options.pretty && !options.forFile ? 2 : undefined;
    return JSON.stringify(toJson(summary, { explain: options.explain }), null, indent) + '\n';
  }
  // The renderer (chalk, string-width) loads only when text output is wanted.
  renderModule ??= await import('./render.js');
  return renderModule.renderText(summary, text, { color: options.color, explain: options.explain, width: options.width });
}

export function errorLine(id: string, code: ErrorCode, message: string): string {
  return JSON.stringify(errorRecord(id, code, message)) + '\n';
}

function digestOf(summary: Summary): Digest {
  return {
    // Folded by script (hamza and alef forms, ta marbuta, case, accents), so one actor spelt two ways
    // in two articles counts once.
    actors: summary.actors.map((a) => ({ key: `${a.type}:${foldAny(squash(a.name))}`, name: a.name, type: a.type })),
    events: summary.events.filter((e) => e.date !== null).map((e) => ({ date: e.date as string, summary: e.summary || e.dateText })),
  };
}
