/**
 * Paragraphs and sentences as offset ranges. News files put one paragraph per line, or separate
 * hard-wrapped paragraphs with blank lines; both are handled. Linear scans only.
 */
import type { Segment } from '../types.js';

/** Lines of the text, each without its line end. */
export function lines(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

const TERMINAL = /[.!?؟…:»”"'’)\]]\s*$/u;

/**
 * Paragraphs: non-empty lines, except in hard-wrapped text (most lines in a blank-line block run on
 * without terminal punctuation), where each blank-line block is one paragraph.
 */
export function paragraphs(text: string): Segment[] {
  const all = lines(text).map(trimSegment(text)).filter((s) => s.end > s.start);
  if (all.length < 4) return all;
  let runOn = 0;
  let followed = 0;
  const ls = lines(text);
  for (let k = 0; k + 1 < ls.length; k++) {
    const cur = text.slice(ls[k].start, ls[k].end);
    const next = text.slice(ls[k + 1].start, ls[k + 1].end);
    if (cur.trim() && next.trim()) {
      followed++;
      if (!TERMINAL.test(cur)) runOn++;
    }
  }
  if (followed < 3 || runOn / followed < 0.6) return all;
  // Hard-wrapped: join lines of each blank-line block.
  const blocks: Segment[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  for (const l of ls) {
    const blank = text.slice(l.start, l.end).trim() === '';
    if (blank) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      const t = trimSegment(text)(l);
      if (blockStart < 0) blockStart = t.start;
      blockEnd = t.end;
    }
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
  return blocks;
}

function trimSegment(text: string) {
  return (s: Segment): Segment => {
    let { start, end } = s;
    while (start < end && /\s/u.test(text[start])) start++;
    while (end > start && /\s/u.test(text[end - 1])) end--;
    return { start, end };
  };
}

const NUMBER_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", '\u00BB', ')', ']']);
const ENDERS = new Set(['.', '!', '?', '\u061F', '\u2026']);

/**
 * Sentences inside paragraphs. A sentence ends at . ! ? ؟ … (plus closing quotes/brackets) followed by
 * white space, unless the word before the dot is an abbreviation or a single capital letter (initials).
 */
export function sentences(text: string, paras: Segment[], abbreviations: ReadonlySet<string>): Segment[] {
  const out: Segment[] = [];
  for (const p of paras) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      if (!ENDERS.has(text[i])) continue;
      let j = i + 1;
      while (j < p.end && (ENDERS.has(text[j]) || CLOSERS.has(text[j]))) j++;
      if (j < p.end && !/\s/u.test(text[j])) {
        i = j - 1; // the whole run is inside a word ("3.5", "...x"): never rescan it (linear time)
        continue;
      }
      if (text[i] === '.' && isAbbreviation(text, start, i, abbreviations)) continue;
      pushTrimmed(text, out, start, j);
      start = j;
      i = j - 1;
    }
    pushTrimmed(text, out, start, p.end);
  }
  return out;
}

function isAbbreviation(text: string, from: number, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let k = dot;
  while (k > from && /[\p{L}.]/u.test(text[k - 1])) k--;
  const word = text.slice(k, dot);
  if (!word) return false;
  // Letters glued to a number are its suffix (an era: «عام 1950م.», «1438هـ.»), not an abbreviation: the dot
  // after them ends the sentence as a dot after the number itself would.
  if (k > from && NUMBER_DIGIT.test(text[k - 1])) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // U.S.
  return abbreviations.has(word.toLowerCase());
}

function pushTrimmed(text: string, out: Segment[], start: number, end: number): void {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
