/**
 * Peers run on the same English gold articles and scored by the same scorer, so newsum's figures have
 * something to stand beside: compromise (+ compromise-dates) for headline, actors, dates and quotes, and
 * chrono-node for dates only. Fields a tool does not do are reported as N/A, not as 0.
 *
 * Reference date: a peer gets the date newsum was given; where newsum had to infer it, the peer gets the gold
 * date (neither peer infers publication dates); with no date at all, the peer uses its own default (today).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type nlpType from 'compromise';
import type { DatesMethods } from 'compromise-dates';
import type * as chronoType from 'chrono-node';
import { REPO_ROOT, type GoldEntry, type SystemRunner } from './gold.js';
import { normalise, type OutputActor, type OutputSummary } from './score.js';

/** The metrics each peer produces; the others print as N/A. */
export const PEER_FIELDS: Record<string, ReadonlySet<string>> = {
  compromise: new Set(['headline', 'actors', 'dates', 'quotes']),
  'chrono-node': new Set(['dates']),
};

type Nlp = typeof nlpType;
/** compromise's view with the dates plugin's methods (its types do not carry plugins over by themselves). */
type DatesView = ReturnType<Nlp> & DatesMethods;

// The libraries are large (seconds to import on a busy machine): loaded on first use, so cached runs skip them.
let compromiseLoading: Promise<Nlp> | null = null;
function loadCompromise(): Promise<Nlp> {
  compromiseLoading ??= Promise.all([import('compromise'), import('compromise-dates')]).then(([{ default: nlp }, { default: dates }]) => {
    nlp.plugin(dates);
    return nlp;
  });
  return compromiseLoading;
}
let chronoLoading: Promise<typeof chronoType> | null = null;
const loadChrono = () => (chronoLoading ??= import('chrono-node'));

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
function compromiseActors(doc: ReturnType<Nlp>): OutputActor[] {
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
  const nlp = await loadCompromise();
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
export function chronoToIso(component: chronoType.ParsedComponents): string | null {
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
  const chrono = await loadChrono();
  const results = chrono.parse(text, reference ? new Date(`${reference}T12:00:00`) : new Date());
  const dates = results.map((r) => chronoToIso(r.start)).filter((d): d is string => d !== null);
  return { headline: null, published: null, actors: [], events: dates.map((date) => ({ date })), quotes: [] };
};

// ---------------------------------------------------------------------------------------------------------
// Cache: a peer's output depends only on the article, the reference date, the library version and this file.
// ---------------------------------------------------------------------------------------------------------

const CACHE_FILE = path.join(os.tmpdir(), 'newsum-eval-peers-cache.json');
let cacheEnabled = true;
let cache: Record<string, OutputSummary> | null = null;

/** Turn the on-disk cache of peer outputs off (`npm run eval -- --no-cache`). */
export function setPeerCache(enabled: boolean): void {
  cacheEnabled = enabled;
}

function libraryVersion(name: string): string {
  const file = path.join(REPO_ROOT, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'missing';
}

const THIS_FILE = readFileSync(fileURLToPath(import.meta.url), 'utf8');

function cacheKey(peer: string, libraries: string[], entry: GoldEntry): string {
  const hash = createHash('sha1');
  for (const part of [peer, ...libraries.map((l) => `${l}@${libraryVersion(l)}`), THIS_FILE, referenceDate(entry) ?? `today ${new Date().toISOString().slice(0, 10)}`, readFileSync(entry.articlePath, 'latin1')]) hash.update(part).update('\0');
  return hash.digest('hex');
}

function readCache(): Record<string, OutputSummary> {
  if (cache) return cache;
  try {
    cache = existsSync(CACHE_FILE) ? (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, OutputSummary>) : {};
  } catch {
    cache = {}; // a damaged cache is rebuilt
  }
  return cache;
}

/** Wrap a peer so its output is reused from the cache (runs against today's date are keyed by today's date). */
function cached(peer: string, libraries: string[], run: SystemRunner): SystemRunner {
  return async (entry) => {
    if (!cacheEnabled) return run(entry);
    const key = cacheKey(peer, libraries, entry);
    const store = readCache();
    if (store[key]) return store[key];
    const output = await run(entry);
    store[key] = output;
    try {
      writeFileSync(CACHE_FILE, JSON.stringify(store));
    } catch {
      // an unwritable temp folder only costs speed
    }
    return output;
  };
}

export const PEERS: { name: string; run: SystemRunner }[] = [
  { name: 'compromise', run: cached('compromise', ['compromise', 'compromise-dates'], runCompromise) },
  { name: 'chrono-node', run: cached('chrono-node', ['chrono-node'], runChrono) },
];
