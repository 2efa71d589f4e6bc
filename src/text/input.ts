/**
 * From raw input to article text: decode the bytes, recognise the format (HTML, Markdown, plain text)
 * and pull out the article text and its metadata. Async because the HTML and Markdown libraries are
 * imported only when an input needs them (start-up time: a plain .txt run never loads them).
 */
import type { ArticleMeta, ErrorCode, InputFormat } from '../types.js';
import { decodeBytes } from './decode.js';
import { decodeCharacterReferences } from './entities.js';

export interface LoadOptions {
  fileName?: string;
  /** Force a character encoding (a WHATWG label such as 'windows-1256'). */
  encoding?: string;
  format?: InputFormat;
  maxBytes?: number;
}

export type Loaded =
  | { ok: true; text: string; meta: ArticleMeta; warnings: string[] }
  | { ok: false; code: ErrorCode; message: string };

export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

/** Decode bytes and extract the article. Never throws for bad input: returns an error record instead. */
export async function loadBytes(bytes: Uint8Array, options: LoadOptions = {}): Promise<Loaded> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return { ok: false, code: 'E_EMPTY', message: 'the input is empty: give a file with article text' };
  if (bytes.length > max) return tooLarge(bytes.length, max, 'bytes');
  const format = options.format ?? formatFromName(options.fileName) ?? (looksLikeHtmlBytes(bytes) ? 'html' : undefined);
  const decoded = decodeBytes(bytes, { encoding: options.encoding, html: format === 'html' });
  if (!decoded.ok) return decoded;
  const loaded = await loadText(decoded.text, { ...options, format, maxBytes: Infinity });
  return loaded.ok ? { ...loaded, warnings: [...decoded.warnings, ...loaded.warnings] } : loaded;
}

/** Extract the article from already-decoded text (stdin as text, --jsonl-in records). */
export async function loadText(text: string, options: LoadOptions = {}): Promise<Loaded> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > max) return tooLarge(text.length, max, 'characters');
  const clean = normaliseLineEnds(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (isBlank(clean)) return { ok: false, code: 'E_EMPTY', message: 'the input holds only white space: give a file with article text' };
  const format = options.format ?? formatFromName(options.fileName) ?? detectFormat(clean);
  try {
    if (format === 'html') {
      const { extractHtml } = await import('./html.js');
      return finish(await extractHtml(clean));
    }
    if (format === 'markdown') {
      const { extractMarkdown } = await import('./markdown.js');
      return finish(await extractMarkdown(clean));
    }
  } catch (err) {
    // A library failing on a pathological page must not lose the article: fall back to the raw text.
    return { ok: true, text: clean, meta: { format: 'text' }, warnings: [`could not parse the input as ${format} (${(err as Error).message}); read it as plain text`] };
  }
  return { ok: true, text: decodeCharacterReferences(clean), meta: { format: 'text' }, warnings: [] };
}

function finish(r: { text: string; meta: ArticleMeta; warnings: string[] }): Loaded {
  if (isBlank(r.text)) return { ok: false, code: 'E_EMPTY', message: `no article text found in the ${r.meta.format} input: check that the file holds an article` };
  return { ok: true, ...r };
}

function tooLarge(size: number, max: number, unit: string): Loaded {
  return { ok: false, code: 'E_TOO_LARGE', message: `the input is ${size} ${unit}, over the limit of ${max}: split it or raise --max-bytes` };
}

/** CRLF and lone CR → LF (offsets are into this normalised text). */
export function normaliseLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/gu, '\n');
}

function isBlank(text: string): boolean {
  return !/[^\s\u200B-\u200F\u2060\uFEFF]/u.test(text);
}

export function formatFromName(fileName: string | undefined): InputFormat | undefined {
  if (!fileName) return undefined;
  const ext = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown') return 'markdown';
  return undefined;
}

function looksLikeHtmlBytes(bytes: Uint8Array): boolean {
  let head = '';
  const n = Math.min(bytes.length, 2048);
  for (let i = 0; i < n; i++) if (bytes[i] < 0x80) head += String.fromCharCode(bytes[i]);
  return looksLikeHtml(head);
}

const HTML_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/iu;
const HTML_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|article|section|meta|script|li|ul|table|img|title)[\s>/]/giu;

/** HTML by content: a doctype or html/head/body near the start, or a text dense with tags. */
export function looksLikeHtml(text: string): boolean {
  const head = skipPrologue(text.slice(0, 4096));
  if (HTML_START.test(head)) return true;
  if (!/^\s*</u.test(head)) return false;
  const tags = head.match(HTML_TAG)?.length ?? 0;
  return tags >= 5;
}

const FRONT_MATTER = /^---[ \t]*\n[\s\S]{0,4000}?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u;
const MD_SIGNALS = [/\]\([^)\s]{1,500}\)/u, /^#{1,6} \S/mu, /^\s{0,3}[-*+] \S/mu, /\*\*[^*\n]{1,200}\*\*/u, /^```/mu, /^> /mu];

/** Markdown by content: YAML front matter, or a `# Title` first line with other Markdown markup. */
export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 8192);
  if (FRONT_MATTER.test(head) && /^---[ \t]*\n[\w-]{1,40}:/u.test(head)) return true;
  if (!/^\s*# \S/u.test(head)) return false;
  const body = head.replace(/^\s*# [^\n]*/u, '');
  return MD_SIGNALS.filter((re) => re.test(body)).length >= 1;
}

/** Leading white space, an XML declaration and comments, skipped with indexOf (no backtracking). */
function skipPrologue(head: string): string {
  let s = head.trimStart();
  for (let guard = 0; guard < 20; guard++) {
    const close = s.startsWith('<?xml') ? s.indexOf('?>') : s.startsWith('<!--') ? s.indexOf('-->') : -1;
    if (close < 0) break;
    s = s.slice(close + (s.startsWith('<?xml') ? 2 : 3)).trimStart();
  }
  return s;
}

export function detectFormat(text: string): InputFormat {
  if (looksLikeHtml(text)) return 'html';
  if (looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}
