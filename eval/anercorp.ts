/**
 * ANERcorp (CAMeL Lab test split): entity precision / recall / F of newsum's actor mentions against the
 * IOB2 gold, PERS / LOC / ORG (MISC ignored), exact span with and without type, and per type.
 *
 * Sentences are rebuilt as text by joining their tokens with spaces (token offsets kept), ~50 sentences per
 * pseudo-article, one sentence per line. Each pseudo-article gets a metadata title so that no sentence is
 * taken for a headline and every line is body text. A mention's span is mapped to the tokens it touches (a
 * mention may start inside a token, after a clitic such as و or ب), and that token range is the prediction.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildArticle } from '../src/pipeline.js';
import { extractActors } from '../src/extract/actors.js';
import type { ActorType } from '../src/types.js';
import type { EvalSection, Evaluator } from './types.js';
import { harmonic } from './score.js';

export const ANERCORP_FILE = 'corpora/anercorp_camel_test_ar/ANERCorp_CamelLab_test.txt';
const SENTENCES_PER_ARTICLE = 50;
/** Past this many seconds the remaining chunks are skipped (and said so), so a slow actors stage cannot stall the harness. */
export const ANERCORP_TIME_BUDGET_S = 20;

export type NerType = 'PERS' | 'LOC' | 'ORG' | 'MISC';
export const SCORED_TYPES = ['PERS', 'LOC', 'ORG'] as const;

/** An entity as a range of corpus-wide token indexes [start, end). */
export interface TokenEntity {
  start: number;
  end: number;
  type: NerType;
}

export interface NerToken {
  text: string;
  tag: string;
}

/** Parse the token-per-line IOB2 file into sentences of tokens. */
export function parseConll(content: string): NerToken[][] {
  const sentences: NerToken[][] = [];
  let current: NerToken[] = [];
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (current.length) sentences.push(current);
      current = [];
      continue;
    }
    const space = line.lastIndexOf(' ');
    current.push(space < 0 ? { text: line, tag: 'O' } : { text: line.slice(0, space), tag: line.slice(space + 1) });
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** Gold entities from IOB2 tags (an I- without a matching B- opens an entity, as seqeval does). */
export function iobEntities(tags: readonly string[], offset = 0): TokenEntity[] {
  const entities: TokenEntity[] = [];
  let open: TokenEntity | null = null;
  const close = () => {
    if (open) entities.push(open);
    open = null;
  };
  tags.forEach((tag, i) => {
    const [prefix, type] = tag.split('-') as [string, NerType | undefined];
    if (prefix === 'I' && open && open.type === type) {
      open.end = offset + i + 1;
      return;
    }
    close();
    if ((prefix === 'B' || prefix === 'I') && type) open = { start: offset + i, end: offset + i + 1, type };
  });
  close();
  return entities;
}

/** Gold entities of every sentence, in corpus-wide token indexes (an entity never crosses a sentence). */
export function goldEntities(sentences: readonly NerToken[][]): TokenEntity[] {
  const entities: TokenEntity[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    entities.push(...iobEntities(sentence.map((t) => t.tag), offset));
    offset += sentence.length;
  }
  return entities;
}

const TYPE_OF: Record<ActorType, NerType> = { person: 'PERS', location: 'LOC', organization: 'ORG', group: 'ORG' };

/** A pseudo-article: text of joined tokens plus each token's character range and corpus-wide index. */
export interface PseudoArticle {
  text: string;
  tokenStarts: number[];
  tokenEnds: number[];
  firstToken: number;
}

export function buildPseudoArticle(sentences: readonly NerToken[][], firstToken: number): PseudoArticle {
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  let text = '';
  sentences.forEach((sentence, s) => {
    if (s > 0) text += '\n';
    sentence.forEach((token, t) => {
      if (t > 0) text += ' ';
      tokenStarts.push(text.length);
      text += token.text;
      tokenEnds.push(text.length);
    });
  });
  return { text, tokenStarts, tokenEnds, firstToken };
}

/** The token range [first, last + 1) that a character span touches, or null when it touches no token. */
export function spanToTokens(article: PseudoArticle, span: readonly [number, number]): [number, number] | null {
  const [start, end] = span;
  if (end <= start) return null;
  // The first token is the one holding `start`, or the next one when `start` is in the space between tokens.
  let first = lastStartAtMost(article.tokenStarts, start);
  if (first < 0 || start >= article.tokenEnds[first]) first += 1;
  const last = lastStartAtMost(article.tokenStarts, end - 1);
  if (first >= article.tokenStarts.length || last < first) return null;
  return [article.firstToken + first, article.firstToken + last + 1];
}

/** Binary search: index of the last token starting at or before `offset`, or -1. */
function lastStartAtMost(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Run the actors stage over one chunk of sentences and add its mentions (as token ranges) to `predicted`. */
function predictChunk(chunk: NerToken[][], firstToken: number, index: number, misc: ReadonlySet<string>, predicted: Map<string, TokenEntity & { text: string }>): void {
  const pseudo = buildPseudoArticle(chunk, firstToken);
  const article = buildArticle(pseudo.text, { format: 'text', title: 'ANERcorp' }, { lang: 'ar', id: `anercorp-${index}` });
  for (const actor of extractActors(article)) {
    for (const mention of actor.mentions) {
      const range = spanToTokens(pseudo, mention.span);
      if (!range) continue;
      const entity = { start: range[0], end: range[1], type: TYPE_OF[actor.type], text: mention.text };
      if (misc.has(key(entity))) continue; // a MISC entity: neither right nor wrong here
      predicted.set(`${key(entity)}:${entity.type}`, entity);
    }
  }
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface AnercorpResult {
  /** Sentences scored (all of them unless the time budget ran out). */
  sentences: number;
  totalSentences: number;
  tokens: number;
  typed: Counts;
  untyped: Counts;
  perType: Record<(typeof SCORED_TYPES)[number], Counts>;
  misses: string[];
  seconds: number;
}

const key = (e: { start: number; end: number }) => `${e.start}:${e.end}`;

function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.predicted ? c.tp / c.predicted : 1;
  const r = c.gold ? c.tp / c.gold : 1;
  return { p, r, f: harmonic(p, r) };
}

/** Run newsum's actors over the corpus and count matches; null when the corpus is absent. */
export function scoreAnercorp(sharedDir: string, budgetSeconds = ANERCORP_TIME_BUDGET_S): AnercorpResult | null {
  const file = path.join(sharedDir, ANERCORP_FILE);
  if (!existsSync(file)) return null;
  const started = performance.now();
  const allSentences = parseConll(readFileSync(file, 'utf8'));
  const predicted = new Map<string, TokenEntity & { text: string }>();
  let done = 0;
  let firstToken = 0;
  const misc = new Set(
    goldEntities(allSentences)
      .filter((e) => e.type === 'MISC')
      .map(key),
  );
  while (done < allSentences.length && (performance.now() - started) / 1000 < budgetSeconds) {
    const chunk = allSentences.slice(done, done + SENTENCES_PER_ARTICLE);
    predictChunk(chunk, firstToken, done, misc, predicted);
    done += chunk.length;
    firstToken += chunk.reduce((n, sentence) => n + sentence.length, 0);
  }

  // Only the sentences processed within the budget are scored.
  const sentences = allSentences.slice(0, done);
  const tokens = sentences.flat();
  const gold = goldEntities(sentences).filter((e) => e.type !== 'MISC');

  const goldTyped = new Set(gold.map((e) => `${key(e)}:${e.type}`));
  const goldSpans = new Set(gold.map(key));
  const predictedList = [...predicted.values()];
  const predictedSpans = new Set(predictedList.map(key));
  const typed: Counts = { tp: predictedList.filter((e) => goldTyped.has(`${key(e)}:${e.type}`)).length, predicted: predictedList.length, gold: gold.length };
  const untyped: Counts = { tp: [...predictedSpans].filter((k) => goldSpans.has(k)).length, predicted: predictedSpans.size, gold: goldSpans.size };
  const perType = Object.fromEntries(
    SCORED_TYPES.map((type) => {
      const p = predictedList.filter((e) => e.type === type);
      const g = gold.filter((e) => e.type === type);
      return [type, { tp: p.filter((e) => goldTyped.has(`${key(e)}:${e.type}`)).length, predicted: p.length, gold: g.length }];
    }),
  ) as AnercorpResult['perType'];

  return { sentences: sentences.length, totalSentences: allSentences.length, tokens: tokens.length, typed, untyped, perType, misses: missList(tokens, gold, predictedList, goldTyped), seconds: (performance.now() - started) / 1000 };
}

/** The most frequent missed gold entities and false predictions, by surface text, for -v. */
function missList(tokens: NerToken[], gold: TokenEntity[], predicted: (TokenEntity & { text: string })[], goldTyped: Set<string>, top = 25): string[] {
  const surface = (e: TokenEntity) => tokens.slice(e.start, e.end).map((t) => t.text).join(' ');
  const predictedTyped = new Set(predicted.map((e) => `${key(e)}:${e.type}`));
  const tally = (items: string[]) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).slice(0, top).map(([item, n]) => `${item} ×${n}`);
  };
  const missed = tally(gold.filter((e) => !predictedTyped.has(`${key(e)}:${e.type}`)).map((e) => `${e.type} ${surface(e)}`));
  const wrong = tally(predicted.filter((e) => !goldTyped.has(`${key(e)}:${e.type}`)).map((e) => `${e.type} ${surface(e)}`));
  return [`most missed: ${missed.join(' · ')}`, `most false: ${wrong.join(' · ')}`];
}

function row(system: string, c: Counts) {
  const { p, r, f } = prf(c);
  return { system, P: p, R: r, F: f, gold: c.gold, predicted: c.predicted };
}

export const evaluateAnercorp: Evaluator = async (sharedDir, options) => {
  const result = scoreAnercorp(sharedDir);
  if (!result) return [];
  const section: EvalSection = {
    title: `ANERcorp CAMeL test (${result.sentences} sentences, ${result.tokens} tokens): actor mentions as NER, exact token spans`,
    columns: ['P', 'R', 'F', 'gold', 'predicted'],
    rows: [
      row('newsum typed', result.typed),
      { system: 'rule-based Arabic NER, published (different setups)', P: null, R: null, F: '0.83–0.92', gold: null, predicted: null },
      row('newsum untyped', result.untyped),
      ...SCORED_TYPES.map((type) => row(`newsum ${type}`, result.perType[type])),
    ],
    notes: [
      ...(result.sentences < result.totalSentences ? [`time budget of ${ANERCORP_TIME_BUDGET_S} s ran out: only the first ${result.sentences} of ${result.totalSentences} sentences were scored`] : []),
      'MISC ignored (predictions on a MISC span are not counted); group actors count as ORG; a mention maps to every token it touches; an I- tag without B- opens an entity (seqeval default)',
    ],
    misses: options.verbose ? result.misses : undefined,
  };
  return [section];
};

/** The ANERcorp figures eval/floors.json guards. */
export function anercorpFloorFigures(result: AnercorpResult): Record<string, number> {
  const typed = prf(result.typed);
  const untyped = prf(result.untyped);
  // F only (see FLOOR_METRICS in eval/gold.ts for why precision alone is not guarded).
  return { typedF: typed.f, untypedF: untyped.f };
}
