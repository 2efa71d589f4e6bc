/**
 * Finding the gold files under ../shared/gold and the articles they describe, and deciding how each
 * article is run: with `--date gold.published`, or without it where the date is to be inferred from the text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBytes } from '../src/text/input.js';
import { summariseArticle } from '../src/pipeline.js';
import { toJson } from '../src/output.js';
import { aggregate, scoreArticle, type ArticleScore, type Figures, type Gold, type OutputSummary } from './score.js';

/** Which table an article's figures go to. */
export type GoldGroup = 'ar' | 'en' | 'seed';

export interface GoldEntry {
  group: GoldGroup;
  /** Short name for messages: the gold file name without `.gold.json`. */
  name: string;
  goldPath: string;
  articlePath: string;
  gold: Gold;
  /** The `--date` the run gets, or null where the publication date must be inferred (and is then scored). */
  date: string | null;
  /** Whether `published` is scored for this article. */
  scorePublished: boolean;
}

/** The repository root (this file lives in eval/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** ../shared beside the repository, as the team and CI lay it out; null when absent. */
export function findSharedDir(root: string = REPO_ROOT): string | null {
  const shared = path.resolve(root, '../shared');
  return existsSync(path.join(shared, 'gold')) ? shared : null;
}

/**
 * Whether the gold's publication date is one the text itself gives (a dateline, an embedded post's date), so the
 * run gets no `--date` and `published` is scored. Dates from the crawl, the URL or side metadata are not in the
 * text: those runs get `--date`, like a user who knows the date. The basis's first clause decides, because later
 * clauses often cross-check against the text ("crawl date …; consistent with the weekday in the lead").
 */
export function publishedIsInferred(basis: string | null): boolean {
  if (!basis) return false;
  const firstClause = basis.split(/[(;,]/u)[0].toLowerCase();
  if (/\b(crawl|url|metadata|file ?name)\b/u.test(firstClause)) return false;
  return /\b(dateline|embedded|tweet|post|byline|text|lead)\b/u.test(firstClause);
}

function readGold(file: string): Gold {
  return JSON.parse(readFileSync(file, 'utf8')) as Gold;
}

function entry(group: GoldGroup, goldPath: string, base: string): GoldEntry {
  const gold = readGold(goldPath);
  const inferred = publishedIsInferred(gold.publishedBasis);
  return {
    group,
    name: path.basename(goldPath).replace(/\.gold\.json$/u, ''),
    goldPath,
    articlePath: path.resolve(base, gold.file),
    gold,
    date: inferred ? null : gold.published,
    scorePublished: inferred,
  };
}

/** Every gold file: ar/ and en/ (articles relative to corpora/), and the seeds (relative to shared/). */
export function listGold(sharedDir: string): GoldEntry[] {
  const goldDir = path.join(sharedDir, 'gold');
  const corpora = path.join(sharedDir, 'corpora');
  const entries: GoldEntry[] = [];
  for (const group of ['ar', 'en'] as const) {
    const dir = path.join(goldDir, group);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) entries.push(entry(group, path.join(dir, file), corpora));
  }
  for (const file of readdirSync(goldDir).filter((f) => /^seed-.*\.gold\.json$/u.test(f)).sort()) {
    entries.push(entry('seed', path.join(goldDir, file), sharedDir));
  }
  return entries;
}

/** newsum's --json object for one gold article, through the same library calls as the CLI (in-process). */
export async function newsumOutput(entry: GoldEntry): Promise<OutputSummary> {
  const bytes = readFileSync(entry.articlePath);
  const loaded = await loadBytes(bytes, { fileName: entry.articlePath });
  if (!loaded.ok) throw new Error(`${entry.articlePath}: ${loaded.code}: ${loaded.message}`);
  const summary = summariseArticle(loaded.text, loaded.meta, { id: entry.articlePath, date: entry.date ?? undefined }, [...loaded.warnings]);
  return toJson(summary) as unknown as OutputSummary;
}

/** A system under evaluation: newsum itself or a peer imitating its output. */
export type SystemRunner = (entry: GoldEntry) => Promise<OutputSummary>;

export interface ScoredArticle {
  entry: GoldEntry;
  score: ArticleScore;
}

export interface GroupResult {
  group: GoldGroup;
  figures: Figures;
  articles: ScoredArticle[];
}

/** Score a system on the given gold entries, one result per group (ar, en, seed) in that order. */
export async function evaluateSystem(entries: readonly GoldEntry[], run: SystemRunner): Promise<GroupResult[]> {
  const byGroup = new Map<GoldGroup, ScoredArticle[]>();
  for (const entry of entries) {
    const output = await run(entry);
    const scored = { entry, score: scoreArticle(entry.gold, output, entry.scorePublished) };
    byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), scored]);
  }
  return (['ar', 'en', 'seed'] as const)
    .filter((g) => byGroup.has(g))
    .map((group) => {
      const articles = byGroup.get(group)!;
      return { group, articles, figures: aggregate(articles.map((a) => a.score)) };
    });
}

/** The figures eval/floors.json guards, per set (ar, en, seed) and metric; null figures are left out. */
export type FloorFigures = Record<string, Record<string, number>>;

/**
 * Guarded metrics: the F figures plus headline, published and key recall. Precision alone is not guarded: it is
 * 1 while a stage outputs nothing, so a floor set then would fail the day the stage starts working.
 */
export const FLOOR_METRICS = ['headline', 'published', 'actorKeyR', 'actorF', 'dateF', 'quoteF', 'attributionF'] as const;

export function floorFigures(groups: readonly GroupResult[]): FloorFigures {
  const out: FloorFigures = {};
  for (const { group, figures } of groups) {
    out[group] = {};
    for (const metric of FLOOR_METRICS) {
      const value = figures[metric];
      if (typeof value === 'number') out[group][metric] = value;
    }
  }
  return out;
}

/** Floors from measured figures: each rounded down to 2 decimals, minus a 0.02 margin, never below 0. */
export function suggestFloors(figures: FloorFigures, margin = 0.02): FloorFigures {
  const out: FloorFigures = {};
  for (const [set, metrics] of Object.entries(figures)) {
    out[set] = {};
    for (const [metric, value] of Object.entries(metrics)) out[set][metric] = Math.max(0, Math.floor(value * 100 + 1e-9) / 100 - margin);
    for (const metric of Object.keys(out[set])) out[set][metric] = Math.round(out[set][metric] * 100) / 100;
  }
  return out;
}
