/**
 * Peers run on the same English gold articles and scored by the same scorer, so newsum's figures have
 * something to stand beside: compromise (+ compromise-dates) for headline, actors, dates and quotes, and
 * chrono-node for dates only. Fields a tool does not do are reported as N/A, not as 0.
 *
 * Reference date: a peer gets the date newsum was given; where newsum had to infer it, the peer gets the gold
 * date (neither peer infers publication dates); with no date at all, the peer uses its own default (today).
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import datesPlugin, { type DatesMethods } from 'compromise-dates';
import * as chrono from 'chrono-node';
import type { GoldEntry, SystemRunner } from './gold.js';
import { normalise, type OutputActor, type OutputSummary } from './score.js';

/** The metrics each peer produces; the others print as N/A. */
export const PEER_FIELDS: Record<string, ReadonlySet<string>> = {
  compromise: new Set(['headline', 'actors', 'dates', 'quotes']),
  'chrono-node': new Set(['dates']),
};

nlp.plugin(datesPlugin);
/** compromise's view with the dates plugin's methods (its types do not carry plugins over by themselves). */
type DatesView = ReturnType<typeof nlp> & DatesMethods;

function articleText(entry: GoldEntry): string {
  return readFileSync(entry.articlePath, 'utf8').replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}

function referenceDate(entry: GoldEntry): string | null {
  return entry.date ?? entry.gold.published;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO 8601 week of a UTC date, as YYYY-Www. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

/** One `.dates().get()` item of compromise-dates. */
export interface CompromiseDate {
  start?: string | null;
  end?: string | null;
  unit?: string;
}

/** A compromise-dates result at the precision its unit carries: day, week, month or year (others: dropped). */
export function compromiseDateToIso(d: CompromiseDate): string | null {
  if (!d.start) return null;
  const day = d.start.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(day)) return null;
  switch (d.unit) {
    case 'day':
    case 'hour':
    case 'minute':
    case 'second':
    case 'time':
      return day;
    case 'week':
      return isoWeek(new Date(`${day}T00:00:00Z`));
    case 'month':
      return day.slice(0, 7);
    case 'year':
      return day.slice(0, 4);
    default:
      // Ranges, quarters and seasons have no single ISO value at the precisions the gold uses.
      return d.end && d.end.slice(0, 10) === day ? day : null;
  }
}

/** compromise typed entity lists → one actor per distinct normalised name (compromise does not merge aliases). */
function compromiseActors(doc: ReturnType<typeof nlp>): OutputActor[] {
  const actors: OutputActor[] = [];
  const seen = new Set<string>();
  const add = (names: string[], type: OutputActor['type']) => {
    for (const name of names) {
      const key = normalise(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      actors.push({ name: name.trim(), aliases: [], type });
    }
  };
  add(doc.people().out('array') as string[], 'person');
  add(doc.organizations().out('array') as string[], 'organization');
  add(doc.places().out('array') as string[], 'location');
  return actors;
}

const QUOTE_MARKS = /^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„,.]+$/gu;

export const runCompromise: SystemRunner = async (entry) => {
  const text = articleText(entry);
  const doc = nlp(text) as DatesView;
  const reference = referenceDate(entry);
  const context = { timezone: 'UTC', ...(reference ? { today: reference } : {}) };
  const dates = doc.dates(context).get().map(compromiseDateToIso).filter((d): d is string => d !== null);
  const headline = text.split('\n').find((line) => line.trim())?.trim() ?? '';
  const quotes = (doc.quotations().out('array') as string[]).map((q) => ({ text: q.replace(QUOTE_MARKS, ''), speaker: null }));
  const output: OutputSummary = { headline, published: null, actors: compromiseActors(doc), events: dates.map((date) => ({ date })), quotes };
  return output;
};

/** A chrono result at the precision it knows: a day (or a weekday resolved to a day), a month, or a year. */
export function chronoToIso(component: chrono.ParsedComponents): string | null {
  const year = component.get('year');
  const month = component.get('month');
  const day = component.get('day');
  if (year === null || month === null || day === null) return null;
  if (component.isCertain('day') || component.isCertain('weekday')) return `${year}-${pad(month)}-${pad(day)}`;
  if (component.isCertain('month')) return `${year}-${pad(month)}`;
  if (component.isCertain('year')) return String(year);
  return null;
}

export const runChrono: SystemRunner = async (entry) => {
  const text = articleText(entry);
  const reference = referenceDate(entry);
  const results = chrono.parse(text, reference ? new Date(`${reference}T12:00:00`) : new Date());
  const dates = results.map((r) => chronoToIso(r.start)).filter((d): d is string => d !== null);
  return { headline: null, published: null, actors: [], events: dates.map((date) => ({ date })), quotes: [] };
};

export const PEERS: { name: string; run: SystemRunner }[] = [
  { name: 'compromise', run: runCompromise },
  { name: 'chrono-node', run: runChrono },
];
