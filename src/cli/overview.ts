/**
 * --overview: a view across all the articles of a batch — the actors that appear in the most articles
 * and a merged timeline of dated events. Only counters are kept (per folded actor name, per date, plus a
 * few example events per date), never the summaries, so memory does not grow with article size.
 */
import type { Digest } from './task.js';

const EXAMPLES_PER_DATE = 3;

interface ActorCount {
  name: string;
  type: string;
  articles: number;
  /** How often each spelling was the canonical name, to show the most common one. */
  spellings: Map<string, number>;
}

interface DateCount {
  articles: number;
  events: number;
  examples: { id: string; summary: string }[];
}

export interface OverviewJson {
  articles: number;
  failed: number;
  actors: { name: string; type: string; articles: number; spellings: string[] }[];
  timeline: { date: string; articles: number; events: number; examples: { id: string; summary: string }[] }[];
}

export class Overview {
  private articles = 0;
  private failed = 0;
  private readonly actors = new Map<string, ActorCount>();
  private readonly dates = new Map<string, DateCount>();

  addFailure(): void {
    this.failed++;
  }

  add(id: string, digest: Digest): void {
    this.articles++;
    const seen = new Set<string>();
    for (const actor of digest.actors) {
      if (seen.has(actor.key)) continue;
      seen.add(actor.key);
      let count = this.actors.get(actor.key);
      if (!count) this.actors.set(actor.key, (count = { name: actor.name, type: actor.type, articles: 0, spellings: new Map() }));
      count.articles++;
      count.spellings.set(actor.name, (count.spellings.get(actor.name) ?? 0) + 1);
    }
    const datesSeen = new Set<string>();
    for (const event of digest.events) {
      let count = this.dates.get(event.date);
      if (!count) this.dates.set(event.date, (count = { articles: 0, events: 0, examples: [] }));
      count.events++;
      if (!datesSeen.has(event.date)) {
        datesSeen.add(event.date);
        count.articles++;
        if (count.examples.length < EXAMPLES_PER_DATE) count.examples.push({ id, summary: event.summary });
      }
    }
  }

  toJson(topActors = 20, topDates = 30): OverviewJson {
    const actors = [...this.actors.values()]
      .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name))
      .slice(0, topActors)
      .map((a) => {
        const spellings = [...a.spellings.entries()].sort((x, y) => y[1] - x[1]).map(([s]) => s);
        return { name: spellings[0] ?? a.name, type: a.type, articles: a.articles, spellings };
      });
    // The dates most articles talk about, then shown in calendar order.
    const timeline = [...this.dates.entries()]
      .sort((a, b) => b[1].articles - a[1].articles || (a[0] < b[0] ? -1 : 1))
      .slice(0, topDates)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([date, c]) => ({ date, articles: c.articles, events: c.events, examples: c.examples }));
    return { articles: this.articles, failed: this.failed, actors, timeline };
  }
}

export interface OverviewRenderOptions {
  width: number;
  /** Display width of a string (string-width), passed in so this module stays dependency-free. */
  measure: (s: string) => number;
  sanitize: (s: string) => string;
  bold: (s: string) => string;
  dim: (s: string) => string;
}

/** Text view: a bar per actor, aligned columns, and the timeline with one example event per date. */
export function renderOverview(view: OverviewJson, o: OverviewRenderOptions): string {
  const lines: string[] = [o.bold(`Overview of ${view.articles} article${view.articles === 1 ? '' : 's'}${view.failed ? ` (${view.failed} failed)` : ''}`), ''];
  if (view.actors.length) {
    lines.push(o.bold('Actors in the most articles'));
    const names = view.actors.map((a) => o.sanitize(a.name));
    const nameWidth = Math.min(40, Math.max(...names.map(o.measure)));
    const max = view.actors[0].articles;
    const barRoom = Math.max(10, Math.min(30, o.width - nameWidth - 24));
    view.actors.forEach((a, i) => {
      const name = fit(names[i], nameWidth, o.measure);
      const bar = '█'.repeat(Math.max(1, Math.round((a.articles / max) * barRoom)));
      lines.push(`  ${name}  ${String(a.articles).padStart(5)}  ${bar} ${o.dim(a.type)}`);
    });
    lines.push('');
  }
  if (view.timeline.length) {
    lines.push(o.bold('Timeline across articles'));
    for (const d of view.timeline) {
      const example = d.examples[0] ? o.sanitize(d.examples[0].summary) : '';
      const room = Math.max(20, o.width - 28);
      lines.push(`  ${d.date.padEnd(10)}  ${String(d.articles).padStart(4)} art.  ${fit(example, room, o.measure).trimEnd()}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Pad or cut a string to a display width (not a character count: Arabic marks and CJK differ). */
function fit(s: string, width: number, measure: (s: string) => number): string {
  let w = measure(s);
  if (w <= width) return s + ' '.repeat(width - w);
  let out = '';
  w = 0;
  for (const ch of s) {
    const cw = measure(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…' + ' '.repeat(Math.max(0, width - w - 1));
}
