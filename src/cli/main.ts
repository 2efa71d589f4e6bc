/**
 * The command line: parse arguments, read each input, summarise, print. `run(argv, io)` returns the exit
 * code (0 all summarised, 1 some input failed, 2 bad usage) and never calls process.exit, so tests run it
 * in-process.
 */
import { readFile } from 'node:fs/promises';
import { Command, CommanderError } from 'commander';
import type { CliIO } from './io.js';
import { loadBytes, loadText, DEFAULT_MAX_BYTES } from '../text/input.js';
import { summariseArticle } from '../pipeline.js';
import { toJson, errorRecord } from '../output.js';
import { renderText } from './render.js';
import type { ErrorCode } from '../types.js';
import { VERSION } from '../version.js';

export interface CliOptions {
  json: boolean;
  pretty: boolean;
  date?: string;
  lang?: string;
  explain: boolean;
  color: boolean;
  encoding?: string;
  maxBytes: number;
}

const EXAMPLES = `
Examples:
  newsum article.txt                 summary in the terminal
  newsum --json article.txt | jq .   JSON Lines for other tools
  newsum --date 2020-06-10 a.txt     resolve "yesterday", "الأربعاء" against that date
  cat article.txt | newsum -         read one article from standard input

Exit status: 0 every article summarised, 1 at least one input failed, 2 bad usage.`;

function buildProgram(io: CliIO): Command {
  return new Command()
    .name('newsum')
    .description('Summarise news articles: headline, key actors, dated events and quotes (Arabic, English).')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'article files or folders; "-" for standard input')
    .option('--json', 'print JSON Lines (one object per article)', false)
    .option('--pretty', 'indent the JSON', false)
    .option('--date <YYYY-MM-DD>', 'publication date used to resolve relative dates')
    .option('--lang <code>', 'force the language (ar, en, …) instead of detecting it')
    .option('--explain', 'show the rule behind every extracted item', false)
    .option('--encoding <label>', 'force the input encoding (utf-8, windows-1256, iso-8859-6, windows-1252, utf-16le)')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', String(DEFAULT_MAX_BYTES))
    .option('--no-color', 'never colour the output')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const program = buildProgram(io);
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    throw err;
  }
  const raw = program.opts();
  const usage = validate(raw);
  if (usage) {
    io.stderr.write(`newsum: ${usage}\nTry 'newsum --help'.\n`);
    return 2;
  }
  const options: CliOptions = {
    json: raw.json || raw.pretty,
    pretty: raw.pretty,
    date: raw.date,
    lang: raw.lang,
    explain: raw.explain,
    color: raw.color !== false && !io.env.NO_COLOR && io.stdout.isTTY === true,
    encoding: raw.encoding,
    maxBytes: Number(raw.maxBytes),
  };
  let inputs = program.args;
  if (inputs.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write("newsum: no input: give an article file, a folder, or '-' for standard input.\nTry 'newsum --help'.\n");
      return 2;
    }
    inputs = ['-'];
  }
  let failed = 0;
  for (const input of inputs) {
    const ok = await summariseOne(input, options, io);
    if (!ok) failed++;
  }
  return failed > 0 ? 1 : 0;
}

function validate(raw: Record<string, unknown>): string | null {
  if (raw.date !== undefined && !isIsoDate(String(raw.date))) return `--date must be a real date as YYYY-MM-DD, got '${raw.date}'`;
  if (raw.lang !== undefined && !/^[a-z]{2,3}$/u.test(String(raw.lang))) return `--lang must be a language code such as ar or en, got '${raw.lang}'`;
  const max = Number(raw.maxBytes);
  if (!Number.isInteger(max) || max <= 0) return `--max-bytes must be a positive whole number, got '${raw.maxBytes}'`;
  if (raw.encoding !== undefined) {
    try {
      new TextDecoder(String(raw.encoding));
    } catch {
      return `--encoding '${raw.encoding}' is not an encoding this Node.js knows (try utf-8, windows-1256, windows-1252)`;
    }
  }
  return null;
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

async function readStdin(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function summariseOne(input: string, options: CliOptions, io: CliIO): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await readStdin(io.stdin) : await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const [ec, msg]: [ErrorCode, string] =
      code === 'ENOENT' ? ['E_NOT_FOUND', `no such file: ${input}`] : code === 'EISDIR' ? ['E_NOT_A_FILE', `${input} is a folder`] : ['E_UNREADABLE', `cannot read ${input}: ${(err as Error).message}`];
    return fail(input, ec, msg, options, io);
  }
  if (bytes.length > options.maxBytes) return fail(input, 'E_TOO_LARGE', `${input} is ${bytes.length} bytes, over --max-bytes ${options.maxBytes}`, options, io);
  const loaded = await loadBytes(bytes, { fileName: input === '-' ? undefined : input, encoding: options.encoding, maxBytes: options.maxBytes });
  if (!loaded.ok) return fail(input, loaded.code, loaded.message, options, io);
  const summary = summariseArticle(loaded.text, loaded.meta, { id: input, date: options.date, lang: options.lang }, [...loaded.warnings]);
  if (options.json) io.stdout.write(JSON.stringify(toJson(summary, { explain: options.explain }), null, options.pretty ? 2 : undefined) + '\n');
  else io.stdout.write(renderText(summary, loaded.text, { color: options.color, explain: options.explain, width: io.stdout.columns ?? 80 }));
  for (const w of summary.warnings) io.stderr.write(`newsum: warning: ${input}: ${w}\n`);
  return true;
}

function fail(id: string, code: ErrorCode, message: string, options: CliOptions, io: CliIO): false {
  if (options.json) io.stdout.write(JSON.stringify(errorRecord(id, code, message)) + '\n');
  io.stderr.write(`newsum: ${code}: ${message}\n`);
  return false;
}

export { loadText };
