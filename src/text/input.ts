/**
 * From raw input to article text: decode the bytes, recognise the format (HTML, Markdown, plain text)
 * and pull out the article text and its metadata. Async because the HTML and Markdown libraries are
 * imported only when an input needs them (start-up time). (Stub: the input stage replaces this file.)
 */
import type { ArticleMeta, ErrorCode, InputFormat } from '../types.js';

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
  if (bytes.length === 0) return { ok: false, code: 'E_EMPTY', message: 'the input is empty: give a file with article text' };
  const text = new TextDecoder('utf-8').decode(bytes);
  return loadText(text, options);
}

/** Extract the article from already-decoded text (stdin as text, --jsonl-in records). */
export async function loadText(text: string, options: LoadOptions = {}): Promise<Loaded> {
  const clean = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  if (!clean.trim()) return { ok: false, code: 'E_EMPTY', message: 'the input holds only white space: give a file with article text' };
  return { ok: true, text: clean, meta: { format: options.format ?? 'text' }, warnings: [] };
}
