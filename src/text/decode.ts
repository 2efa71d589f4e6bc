/**
 * Bytes → text. Order of evidence: a forced encoding, a byte-order mark, UTF-16 without BOM (NUL
 * pattern), binary signatures, valid UTF-8, a legacy charset the HTML page declares, then byte
 * statistics choosing between Windows-1256 / ISO-8859-6 (Arabic) and Windows-1252 (Latin).
 * Every scan is a single linear pass; large inputs are judged on a bounded sample where that suffices.
 */
import type { ErrorCode } from '../types.js';

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; code: ErrorCode; message: string };

export interface DecodeOptions {
  /** A WHATWG label that overrides detection (`--encoding`). */
  encoding?: string;
  /** Treat the bytes as an HTML page: its `<meta charset>` decides legacy encodings. */
  html?: boolean;
}

/** Bytes inspected for binary / UTF-16 / charset detection: enough to judge, cheap on 20 MB inputs. */
const SAMPLE_BYTES = 64 * 1024;

/** Magic numbers of common non-text files, so the error can say what the file looks like. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; what: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a .docx/.odt document)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
];

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (options.encoding) return decodeForced(bytes, options.encoding);
  const bom = fromBom(bytes);
  if (bom) return bom;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = utf16WithoutBom(sample);
  // Binary data full of 16-bit numbers also puts NULs on one parity: the decoded sample must read as text.
  if (utf16 && readsAsText(new TextDecoder(utf16).decode(sample.subarray(0, sample.length & ~1)))) {
    return decodeWith(bytes, utf16, [`no byte-order mark: the bytes look like ${utf16.toUpperCase()}`]);
  }
  const binary = binaryReason(sample);
  if (binary) return { ok: false, code: 'E_BINARY', message: `${binary}, not article text: give a text, HTML or Markdown file` };

  const utf8 = scanUtf8(bytes);
  if (utf8.invalid === 0) return decodeWith(bytes, 'utf-8', []);
  const declared = options.html ? declaredCharset(sample) : null;
  // A page whose bytes reached us as 8-bit text cannot really be UTF-16, whatever its meta says (HTML spec).
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    return decodeWith(bytes, declared, []);
  }
  // Mostly valid UTF-8 with a few broken sequences (a truncated or spliced file): keep it UTF-8.
  if (utf8.valid > 0 && utf8.invalid <= Math.max(2, utf8.valid * 0.05)) {
    return decodeWith(bytes, 'utf-8', [`${utf8.invalid} invalid UTF-8 byte sequence(s) were replaced with U+FFFD`]);
  }
  const legacy = guessSingleByte(sample);
  return decodeWith(bytes, legacy, [`not UTF-8: decoded as ${legacy} (guessed from the bytes; use --encoding to override)`]);
}

function decodeForced(bytes: Uint8Array, label: string): Decoded {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return { ok: false, code: 'E_ENCODING', message: `unknown encoding '${label}': use a label such as utf-8, windows-1256, iso-8859-6, windows-1252 or utf-16le` };
  }
  const text = stripBom(decoder.decode(bytes));
  const bad = countChar(text, '\uFFFD');
  if (text.length > 0 && bad > text.length * 0.3) {
    return { ok: false, code: 'E_ENCODING', message: `the bytes are not valid ${decoder.encoding} (${bad} undecodable sequences): check --encoding, or leave it out to detect the encoding` };
  }
  const warnings = bad > 0 ? [`${bad} byte sequence(s) invalid in ${decoder.encoding} were replaced with U+FFFD`] : [];
  return { ok: true, text, encoding: decoder.encoding, warnings };
}

function fromBom(bytes: Uint8Array): Decoded | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8', []);
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le', []);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be', []);
  return null;
}

function decodeWith(bytes: Uint8Array, encoding: string, warnings: string[]): Decoded {
  const text = stripBom(new TextDecoder(encoding).decode(bytes));
  if (encoding.startsWith('utf-16')) {
    const bad = countChar(text, '\uFFFD');
    if (bytes.length % 2 === 1) warnings = [...warnings, `odd number of bytes for ${encoding.toUpperCase()}: the last byte was dropped`];
    if (bad > text.length * 0.3) return { ok: false, code: 'E_ENCODING', message: `the bytes are not valid ${encoding.toUpperCase()}: use --encoding to name the file's encoding` };
  }
  return { ok: true, text, encoding, warnings };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * UTF-16 without a BOM: text in the Latin or Arabic blocks has a zero (or 0x06) high byte in every
 * code unit, so NULs pile up on one byte parity and almost never on the other.
 */
export function utf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = sample.length / 2;
  if (oddNul >= half * 0.1 && evenNul <= oddNul * 0.05) return 'utf-16le';
  if (evenNul >= half * 0.1 && oddNul <= evenNul * 0.05) return 'utf-16be';
  return null;
}

/** Few control characters, replacement characters or unassigned/private code points: text, not numbers. */
function readsAsText(sample: string): boolean {
  if (!sample) return false;
  const junk = sample.match(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F\uFFFD\uE000-\uF8FF]|\p{Cn}/gu)?.length ?? 0;
  return junk <= sample.length * 0.05;
}

/** Why the bytes are not text, or null. NULs outside UTF-16, file signatures, or mostly control bytes. */
export function binaryReason(sample: Uint8Array): string | null {
  for (const sig of SIGNATURES) {
    if (sig.bytes.every((b, i) => sample[i] === b)) return `the file is ${sig.what}`;
  }
  let nul = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) nul++;
    // Tab, LF, VT, FF, CR and ESC (terminal escapes in captured text) are text-like.
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b && b !== 0x07) control++;
  }
  if (nul > 0) return `the file contains ${nul} NUL byte(s) in its first ${sample.length} bytes (it looks binary)`;
  if (sample.length > 0 && control > sample.length * 0.1) return 'the file is mostly control bytes (it looks binary)';
  return null;
}

/** Count well-formed multi-byte UTF-8 sequences and invalid bytes, in one pass (no decoding). */
export function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) {
      // Truncated at the end of the input.
      invalid++;
      break;
    }
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** The legacy encoding an HTML page declares in `<meta charset>` or `http-equiv`, as a WHATWG name. */
export function declaredCharset(sample: Uint8Array): string | null {
  const head = latin1(sample.subarray(0, 8192));
  const m = /<meta\s[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/iu.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  return s;
}

const ARABIC_LETTER = /[\u0621-\u064A]/u;
const ASCII_LETTER = /[A-Za-z]/u;

/**
 * Which single-byte encoding makes sense of the high bytes. Arabic text decoded with the right
 * Arabic code page turns nearly every high byte into an Arabic letter, in runs (words) not glued to
 * ASCII letters; Latin text (French é, Spanish ñ) scatters a few high bytes inside ASCII words.
 */
export function guessSingleByte(sample: Uint8Array): 'windows-1256' | 'iso-8859-6' | 'windows-1252' {
  let high = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] >= 0x80) high++;
  if (high === 0) return 'windows-1252';
  const best = (['windows-1256', 'iso-8859-6'] as const)
    .map((enc) => ({ enc, score: arabicScore(new TextDecoder(enc).decode(sample)) }))
    .sort((a, b) => b.score - a.score)[0];
  return best.score >= high * 0.6 ? best.enc : 'windows-1252';
}

/** Arabic letters that sit among Arabic letters or separators (not inside ASCII words), minus junk. */
function arabicScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\uFFFD') score -= 2;
    else if (ARABIC_LETTER.test(ch)) {
      const glued = ASCII_LETTER.test(text[i - 1] ?? '') || ASCII_LETTER.test(text[i + 1] ?? '');
      score += glued ? -1 : 1;
    }
  }
  return score;
}
