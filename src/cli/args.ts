/**
 * Argument parsing with Node's own `util.parseArgs`: nothing to load at start-up (commander cost about
 * as much as the rest of the command line together; see bench/). The help text is written out by hand.
 */
import { parseArgs } from 'node:util';

export const DEFAULT_EXTENSIONS = 'txt,html,htm,md,markdown';
/** Same as text/input.ts DEFAULT_MAX_BYTES (a test keeps them equal); not imported so --help stays light. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface RawOptions {
  json: boolean;
  pretty: boolean;
  date?: string;
  lang?: string;
  explain: boolean;
  color: boolean;
  encoding?: string;
  maxBytes: string;
  jobs?: string;
  outDir?: string;
  resume: boolean;
  ext: string;
  quiet: boolean;
  overview: boolean;
  jsonlIn: boolean;
  help: boolean;
  version: boolean;
}

export type Parsed = { ok: true; options: RawOptions; inputs: string[] } | { ok: false; message: string };

const SPEC = {
  json: { type: 'boolean' },
  pretty: { type: 'boolean' },
  date: { type: 'string' },
  lang: { type: 'string' },
  explain: { type: 'boolean' },
  encoding: { type: 'string' },
  'max-bytes': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'out-dir': { type: 'string' },
  resume: { type: 'boolean' },
  ext: { type: 'string' },
  overview: { type: 'boolean' },
  'jsonl-in': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
  color: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

export function parseCommandLine(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (err) {
    return { ok: false, message: usageMessage(err as Error & { code?: string }) };
  }
  const v = parsed.values;
  return {
    ok: true,
    inputs: parsed.positionals,
    options: {
      json: v.json === true,
      pretty: v.pretty === true,
      date: v.date,
      lang: v.lang,
      explain: v.explain === true,
      color: v['no-color'] !== true,
      encoding: v.encoding,
      maxBytes: v['max-bytes'] ?? String(DEFAULT_MAX_BYTES),
      jobs: v.jobs,
      outDir: v['out-dir'],
      resume: v.resume === true,
      ext: v.ext ?? DEFAULT_EXTENSIONS,
      quiet: v.quiet === true,
      overview: v.overview === true,
      jsonlIn: v['jsonl-in'] === true,
      help: v.help === true,
      version: v.version === true,
    },
  };
}

/** parseArgs' messages are written for programmers; say the same thing the way a command would. */
function usageMessage(err: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/u.exec(err.message)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option ?? '?'}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/u.test(err.message) ? `option '${option ?? '?'}' needs a value` : `option '${option ?? '?'}' takes no value`;
    default:
      return err.message;
  }
}

export const HELP = `Usage: newsum [options] [inputs...]

Summarise news articles: headline, key actors, dated events and quotes (Arabic, English).
Inputs are article files (.txt, .html, .md), folders (read recursively) or "-" for standard input;
with no input and piped standard input, one article is read from it.

Output
  --json                 print JSON Lines (one object per article)
  --pretty               indent the JSON
  --explain              show the rule behind every extracted item
  --no-color             never colour the output (also NO_COLOR=1)
  -q, --quiet            no progress display and no summary line

Articles
  --date <YYYY-MM-DD>    publication date used to resolve relative dates
  --lang <code>          force the language (ar, en, …) instead of detecting it
  --encoding <label>     force the input encoding (utf-8, windows-1256, iso-8859-6, windows-1252, utf-16le)
  --max-bytes <n>        refuse inputs larger than this many bytes (default: ${DEFAULT_MAX_BYTES})

Batches
  -j, --jobs <n>         worker threads (default: cores - 1; 1 = no threads)
  --ext <list>           file extensions read inside folders (default: ${DEFAULT_EXTENSIONS})
  --out-dir <dir>        write one JSON file per article here, mirroring the input folders
  --resume               with --out-dir: skip articles whose output is newer than the input
  --overview             after a batch, show actors and dates across all articles
  --jsonl-in             standard input is JSON Lines {"id","text","date"?,"lang"?};
                         one JSON line out per line in, in order (mapper mode)

  -V, --version          print the version
  -h, --help             print this help

Examples:
  newsum article.txt                     summary in the terminal
  newsum --json article.txt | jq .       JSON Lines for other tools
  newsum --date 2020-06-10 a.txt         resolve "yesterday", "الأربعاء" against that date
  cat article.txt | newsum -             one article from standard input
  newsum --json news/ > all.jsonl        every article below a folder, in order, on all cores
  newsum --out-dir out/ --resume news/   one JSON file per article; a rerun skips finished ones
  newsum --overview news/                actors and dates across all the articles
  newsum --jsonl-in < records.jsonl      mapper mode: {"id","text","date"?,"lang"?} per line

Exit status: 0 every article summarised, 1 at least one input failed, 2 bad usage, 130 interrupted.
`;
