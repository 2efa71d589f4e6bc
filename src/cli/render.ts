/**
 * Human-readable summary for a terminal. Text from articles is made safe first (no control characters,
 * escape sequences or bidi overrides reach the terminal). Right-to-left text is printed in logical order
 * and never reversed here: the terminal's bidi support displays it. Lines are wrapped to the terminal
 * width by display width (string-width: Arabic combining marks take no column, CJK takes two), with
 * continuation lines indented under the first.
 */
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { Summary } from '../types.js';
import { safeForTerminal } from './sanitize.js';

export interface RenderOptions {
  color: boolean;
  explain: boolean;
  /** Columns to wrap to; 0 = no wrapping (output to a file or pipe). */
  width: number;
}

export function renderText(summary: Summary, _text: string, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const s = safeForTerminal;
  const wrap = (text: string, indent: number, first = 0) => wrapText(text, options.width, indent, first);
  const rule = (r: string) => (options.explain ? c.dim(` [${s(r)}]`) : '');
  const out: string[] = [];

  out.push(c.bold(wrap(s(summary.headline) || '(no headline found)', 0)));
  out.push(c.dim(wrap(metadataLine(summary, options.explain), 2)));

  if (summary.actors.length) {
    out.push('', c.bold.underline('Key actors'));
    for (const a of summary.actors) {
      const details = [a.type, a.title ? s(a.title) : null, `${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
      out.push(wrap(`  ${c.cyan(s(a.name))}  ${c.dim(details)}${rule(a.rule)}`, 6));
      if (a.aliases.length) out.push(c.dim(wrap(`      also: ${a.aliases.map(s).join(' | ')}`, 12)));
    }
  }
  if (summary.events.length) {
    out.push('', c.bold.underline('Timeline'));
    for (const e of summary.events) {
      const date = (e.date ?? 'undated').padEnd(10);
      out.push(wrap(`  ${c.yellow(date)}  ${c.italic(s(e.dateText))}${rule(e.rule)}`, 14));
      if (e.summary) out.push(wrap(`              ${s(e.summary)}`, 14));
    }
  }
  if (summary.quotes.length) {
    out.push('', c.bold.underline('Quotes'));
    for (const q of summary.quotes) {
      out.push(wrap(`  “${s(q.text)}”`, 3));
      const who = q.speaker ?? q.speakerText ?? 'unattributed';
      out.push(wrap(`      — ${c.green(s(who))}${c.dim(` (${q.kind})`)}${rule(q.rule)}`, 8));
    }
  }
  if (!summary.actors.length && !summary.events.length && !summary.quotes.length) out.push('', c.dim('  (no actors, dated events or quotes found)'));
  return out.join('\n') + '\n';
}

function metadataLine(summary: Summary, explain: boolean): string {
  const p = summary.provenance;
  const how = p.publishedEvidence && p.publishedEvidence !== summary.published ? `${p.published ?? ''}: ${safeForTerminal(p.publishedEvidence)}` : (p.published ?? '');
  const parts = [`language ${summary.language}`, `published ${summary.published ?? 'unknown'}${how ? ` (${how})` : ''}`];
  if (p.format !== 'text') parts.push(`from ${p.format}`);
  if (p.siteName) parts.push(safeForTerminal(p.siteName));
  if (p.byline) parts.push(`by ${safeForTerminal(p.byline)}`);
  // Where the headline came from, when it is not simply the first line (metadata, a line after a byline).
  if (explain || p.headline !== 'first-line') parts.push(`headline: ${p.headline.replace(/^metadata:/u, '')}`);
  return parts.join(' · ');
}

// Colour codes have no width; measuring must skip them (string-width does), and so must wrapping.
const WORD = /\S+/gu;

/**
 * Display width, exact for anything that could fit in `limit` columns; a string too long to fit (over
 * four code units per column) is reported as `limit + 1` without measuring it: string-width segments
 * the whole string, which takes seconds on a multi-megabyte line.
 */
function widthUpTo(s: string, limit: number): number {
  if (s.length > limit * 4 + 64) return limit + 1;
  return SIMPLE_RUN.test(s) ? s.length : stringWidth(s);
}

/**
 * Greedy word wrap by display width. `indent` spaces start every continuation line; `first` is the
 * width already used on the first line. Words wider than a line are cut by character.
 */
export function wrapText(text: string, width: number, indent: number, first = 0): string {
  if (width <= 0) return text;
  if (text.includes('\n')) {
    // Each line of a multi-line item (a block quote) is wrapped on its own, under the same indent.
    const pad = ' '.repeat(indent);
    return text
      .split('\n')
      .map((line, i) => (i === 0 ? wrapText(line, width, indent, first) : wrapText(pad + line.trimStart(), width, indent)))
      .join('\n');
  }
  if (first + widthUpTo(text, width) <= width) return text;
  const lines: string[] = [];
  const lead = /^ */u.exec(text)?.[0] ?? '';
  let line = lead;
  let used = first + lead.length;
  const pad = ' '.repeat(indent);
  const room = Math.max(10, width - indent);
  for (const match of text.slice(lead.length).matchAll(WORD)) {
    let word = match[0];
    let w = widthUpTo(word, room);
    const atStart = line.trim() === '';
    if (!atStart && used + 1 + w > width) {
      lines.push(line);
      line = pad;
      used = indent;
    }
    while (w > room && line.trim() === '') {
      const [head, rest] = cutToWidth(word, room);
      lines.push(line + head);
      line = pad;
      used = indent;
      word = rest;
      w = widthUpTo(word, room);
    }
    if (line.trim() !== '') {
      line += ' ';
      used += 1;
    }
    line += word;
    used += w;
  }
  lines.push(line);
  return lines.join('\n');
}

let graphemes: Intl.Segmenter | undefined;

const clusterWidths = new Map<string, number>();

/** string-width of one grapheme cluster, remembered: the same letters recur, and each call is costly. */
function clusterWidth(cluster: string): number {
  let w = clusterWidths.get(cluster);
  if (w === undefined) {
    if (clusterWidths.size > 50_000) clusterWidths.clear();
    w = stringWidth(cluster);
    clusterWidths.set(cluster, w);
  }
  return w;
}

/**
 * Text in which every code point is its own grapheme cluster one column wide: no combining marks,
 * format or control characters, astral characters, emoji, or East Asian wide/fullwidth forms. Latin,
 * Arabic without harakat, Cyrillic, … Such text is measured by its length instead of by string-width.
 */
const SIMPLE_RUN = /^[^\p{M}\p{Cf}\p{Cc}\p{Extended_Pictographic}\u{10000}-\u{10FFFF}\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE10-\uFE19\uFE30-\uFE6F\uFF00-\uFF60\uFFE0-\uFFE6]*$/u;

/**
 * Cut between grapheme clusters (never between a letter and its combining marks). Only the start of
 * the word is examined, and lazily: segmenting the whole remainder for every line would be quadratic
 * on a huge unbroken word, and Intl.Segmenter is slow per segment.
 */
function cutToWidth(word: string, width: number): [head: string, rest: string, headWidth: number] {
  const window = word.length > width * 3 + 32 ? word.slice(0, width * 3 + 32) : word;
  if (SIMPLE_RUN.test(window)) {
    const n = Math.min(width, window.length);
    return [word.slice(0, n), word.slice(n), n];
  }
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let used = 0;
  let i = 0;
  for (const { segment } of graphemes.segment(window)) {
    // The window's last cluster may be cut short by the window edge: never end a line inside it.
    if (i + segment.length >= window.length && window.length < word.length) break;
    const w = clusterWidth(segment);
    if (used + w > width && i > 0) break;
    used += w;
    i += segment.length;
  }
  if (i === 0) i = Math.min(word.length, window.length); // one huge cluster: cut it anyway
  return [word.slice(0, i), word.slice(i), used];
}
