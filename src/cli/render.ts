/**
 * Human-readable summary for a terminal. Text from articles is made safe first (no control characters,
 * escape sequences or bidi overrides reach the terminal); right-to-left text is printed in logical order,
 * and the terminal's bidi support displays it.
 */
import chalk, { Chalk } from 'chalk';
import type { Summary } from '../types.js';
import { safeForTerminal } from './sanitize.js';

export interface RenderOptions {
  color: boolean;
  explain: boolean;
  width: number;
}

export function renderText(summary: Summary, _text: string, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? (chalk.level || 1) : 0 });
  const s = safeForTerminal;
  const out: string[] = [];
  out.push(c.bold(s(summary.headline || '(no headline found)')));
  const meta = [`language: ${summary.language}`, `published: ${summary.published ?? 'unknown'}${summary.provenance.published ? ` (${summary.provenance.published})` : ''}`];
  if (options.explain) meta.push(`headline: ${summary.provenance.headline}`);
  out.push(c.dim(meta.join(' · ')));
  if (summary.actors.length) {
    out.push('', c.underline('Key actors'));
    for (const a of summary.actors) {
      const extra = [a.type, a.title ? s(a.title) : null, `${a.mentions.length}×`].filter(Boolean).join(', ');
      out.push(`  ${c.cyan(s(a.name))} (${extra})${a.aliases.length ? c.dim(' aka ' + a.aliases.map(s).join(' | ')) : ''}${options.explain ? c.dim(` [${a.rule}]`) : ''}`);
    }
  }
  if (summary.events.length) {
    out.push('', c.underline('Timeline'));
    for (const e of summary.events) {
      out.push(`  ${c.yellow((e.date ?? '?').padEnd(10))}  ${s(e.dateText)}${e.summary ? ' — ' + s(e.summary) : ''}${options.explain ? c.dim(` [${e.rule}]`) : ''}`);
    }
  }
  if (summary.quotes.length) {
    out.push('', c.underline('Quotes'));
    for (const q of summary.quotes) {
      out.push(`  “${s(q.text)}”`);
      out.push(`      — ${c.green(s(q.speaker ?? q.speakerText ?? 'unattributed'))}${c.dim(` (${q.kind})`)}${options.explain ? c.dim(` [${q.rule}]`) : ''}`);
    }
  }
  return out.join('\n') + '\n';
}
