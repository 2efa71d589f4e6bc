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
  if (explain) parts.push(`headline: ${p.headline}`);
  return parts.join(' · ');
}

// Colour codes have no width; measuring must skip them (string-width does), and so must wrapping.
const WORD = /\S+/gu;

/**
 * Greedy word wrap by display width. `indent` spaces start every continuation line; `first` is the
 * width already used on the first line. Words wider than a line are cut by character.
 */
export function wrapText(text: string, width: number, indent: number, first = 0): string {
  if (width <= 0) return text;
  if (first + stringWidth(text) <= width) return text;
  const lines: string[] = [];
  const lead = /^ */u.exec(text)?.[0] ?? '';
  let line = lead;
  let used = first + lead.length;
  const pad = ' '.repeat(indent);
  const room = Math.max(10, width - indent);
  for (const match of text.slice(lead.length).matchAll(WORD)) {
    let word = match[0];
    let w = stringWidth(word);
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
      w = stringWidth(word);
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

/** Cut between grapheme clusters (never between a letter and its combining marks). */
function cutToWidth(word: string, width: number): [string, string] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let used = 0;
  let i = 0;
  for (const { segment } of graphemes.segment(word)) {
    const w = stringWidth(segment);
    if (used + w > width && i > 0) break;
    used += w;
    i += segment.length;
  }
  return [word.slice(0, i), word.slice(i)];
}
