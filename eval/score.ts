/**
 * The scorer of /work/shared/gold/SCORING.md, written from that text and independent of newsum's own
 * folding code (so a bug in the extractor's normalisation cannot hide itself by also being in the scorer).
 *
 * Matching choices where SCORING.md leaves room, all documented in eval/README.md:
 * - actors: a maximum one-to-one matching between output and gold actors, key gold actors first, so that
 *   the order of the output never costs a match it could have had (a greedy pass could pair an output actor
 *   with the wrong one of two gold actors it both matches);
 * - quotes: greedy in output order, each taking the unused gold quote with the highest overlap (as written).
 */

/** A gold annotation file (FORMAT.md). */
export interface GoldActor {
  name: string;
  aliases: string[];
  type: string;
  title: string | null;
  key: boolean;
}
export interface GoldEvent {
  date: string | null;
  expression?: string;
  event?: string;
  actors?: string[];
}
export interface GoldQuote {
  text: string;
  speaker: string | null;
  speakerText?: string | null;
  kind?: string;
}
export interface Gold {
  file: string;
  language: string;
  headline: string;
  published: string | null;
  publishedBasis: string | null;
  actors: GoldActor[];
  events: GoldEvent[];
  quotes: GoldQuote[];
}

/** The parts of a newsum --json object (or a peer's imitation of one) that are scored. */
export interface OutputActor {
  name: string;
  aliases?: string[];
  type?: string;
}
export interface OutputSummary {
  headline: string | null;
  published: string | null;
  actors: OutputActor[];
  events: { date: string | null }[];
  quotes: { text: string; speaker: string | null }[];
}

/** Matched items against output and gold totals: P = tp / output, R = tp / gold. */
export interface Counts {
  tp: number;
  output: number;
  gold: number;
}

/** Actors: precision over all output actors, recall over key gold actors only. */
export interface ActorCounts {
  matched: number;
  output: number;
  keyMatched: number;
  keyGold: number;
}

export interface ArticleScore {
  headline: boolean;
  /** null when the publication date was given, not inferred (not scored). */
  published: boolean | null;
  actors: ActorCounts;
  dates: Counts;
  quotes: Counts;
  attribution: Counts;
  /** Human-readable misses and false positives, for `npm run eval -- -v`. */
  misses: string[];
}

// ---------------------------------------------------------------------------------------------------------
// Normalisation and name forms
// ---------------------------------------------------------------------------------------------------------

/** Arabic harakat, Quranic marks and superscript alef; tatweel is handled with them. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/gu;
/** SCORING.md lists « » “ ” " ' # @ ( ) . , ، : ؛ - … as examples of punctuation: every \p{P} is replaced. */
const PUNCTUATION = /\p{P}/gu;

/** SCORING.md's normalisation: NFKC, lower case, Arabic marks and tatweel out, letter variants folded, punctuation → space. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/ى/gu, 'ي')
    .replace(/ة/gu, 'ه')
    .replace(PUNCTUATION, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const ARABIC_LETTER = /^\p{Script=Arabic}/u;
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const ARTICLES = ['ال', 'لل'];

/** Strip one optional prefix from a list, keeping both the stripped and unstripped versions (never emptying the word). */
function withOptionalPrefix(words: string[], prefixes: string[]): string[] {
  const out = [...words];
  for (const word of words) {
    for (const prefix of prefixes) {
      if (word.startsWith(prefix) && word.length - prefix.length >= 2) out.push(word.slice(prefix.length));
    }
  }
  return out;
}

/** The forms of one Arabic first word: without a leading و/ف, then ب/ل/ك, then ال/لل (each optional, in that order). */
function arabicFirstWordForms(word: string): string[] {
  return withOptionalPrefix(withOptionalPrefix(withOptionalPrefix([word], CONJUNCTIONS), PREPOSITIONS), ARTICLES);
}

/** A name's forms: its normalised self plus the clitic-less (Arabic) or "the"-less (English) variants. */
export function nameForms(name: string): Set<string> {
  const normal = normalise(name);
  const forms = new Set<string>();
  if (!normal) return forms;
  forms.add(normal);
  const space = normal.indexOf(' ');
  const first = space < 0 ? normal : normal.slice(0, space);
  const rest = space < 0 ? '' : normal.slice(space);
  if (ARABIC_LETTER.test(first)) {
    for (const form of arabicFirstWordForms(first)) forms.add(form + rest);
  } else if (first === 'the' && rest) {
    forms.add(rest.trim());
  }
  return forms;
}

/** All forms of a name and its aliases. */
export function actorForms(name: string, aliases: readonly string[] = []): Set<string> {
  const forms = new Set<string>();
  for (const written of [name, ...aliases]) for (const form of nameForms(written)) forms.add(form);
  return forms;
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const item of small) if (large.has(item)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Field scorers
// ---------------------------------------------------------------------------------------------------------

export function headlineCorrect(gold: string, output: string | null): boolean {
  return normalise(gold) === normalise(output ?? '');
}

export interface ActorMatching {
  counts: ActorCounts;
  /** gold index → output index */
  goldToOutput: Map<number, number>;
  misses: string[];
}

/**
 * Maximum one-to-one matching (Kuhn's augmenting paths from the gold side), key gold actors tried first:
 * a matched gold actor stays matched through later augmentations, so the key actors covered are as many as
 * possible and the total matched too (the coverable gold sets form a matroid, so greedy-by-priority is optimal).
 */
export function matchActors(gold: readonly GoldActor[], output: readonly OutputActor[]): ActorMatching {
  const goldForms = gold.map((a) => actorForms(a.name, a.aliases));
  const outputForms = output.map((a) => actorForms(a.name, a.aliases ?? []));
  const edges = goldForms.map((gf) => outputForms.flatMap((of, j) => (intersects(gf, of) ? [j] : [])));
  const outputOwner = new Array<number>(output.length).fill(-1);

  const augment = (g: number, seen: Set<number>): boolean => {
    for (const o of edges[g]) {
      if (seen.has(o)) continue;
      seen.add(o);
      if (outputOwner[o] < 0 || augment(outputOwner[o], seen)) {
        outputOwner[o] = g;
        return true;
      }
    }
    return false;
  };
  const order = gold.map((_, i) => i).sort((a, b) => Number(gold[b].key) - Number(gold[a].key) || a - b);
  for (const g of order) augment(g, new Set());

  const goldToOutput = new Map<number, number>();
  outputOwner.forEach((g, o) => {
    if (g >= 0) goldToOutput.set(g, o);
  });
  const misses: string[] = [];
  gold.forEach((a, g) => {
    if (a.key && !goldToOutput.has(g)) misses.push(`missed key actor: «${a.name}» (${a.type})`);
  });
  output.forEach((a, o) => {
    if (outputOwner[o] >= 0) return;
    const duplicateOf = edges.findIndex((outs) => outs.includes(o));
    misses.push(
      duplicateOf >= 0
        ? `unmerged actor: «${a.name}» is gold «${gold[duplicateOf].name}», already matched by output «${output[goldToOutput.get(duplicateOf) ?? o].name}»`
        : `false actor: «${a.name}»${a.type ? ` (${a.type})` : ''}`,
    );
  });
  const keyGold = gold.filter((a) => a.key).length;
  const keyMatched = [...goldToOutput.keys()].filter((g) => gold[g].key).length;
  return { counts: { matched: goldToOutput.size, output: output.length, keyMatched, keyGold }, goldToOutput, misses };
}

/** Multiset comparison of ISO date strings; exact equality, nulls ignored. */
export function scoreDates(gold: readonly (string | null)[], output: readonly (string | null)[]): { counts: Counts; misses: string[] } {
  const goldDates = gold.filter((d): d is string => d !== null);
  const outputDates = output.filter((d): d is string => d !== null);
  const remaining = new Map<string, number>();
  for (const d of goldDates) remaining.set(d, (remaining.get(d) ?? 0) + 1);
  let tp = 0;
  const misses: string[] = [];
  for (const d of outputDates) {
    const left = remaining.get(d) ?? 0;
    if (left > 0) {
      tp += 1;
      remaining.set(d, left - 1);
    } else misses.push(`false date: ${d}`);
  }
  for (const [d, left] of remaining) for (let i = 0; i < left; i++) misses.push(`missed date: ${d}`);
  return { counts: { tp, output: outputDates.length, gold: goldDates.length }, misses };
}

/** The set of normalised word types of a text. */
export function wordTypes(text: string): Set<string> {
  const normal = normalise(text);
  return new Set(normal ? normal.split(' ') : []);
}

/** |shared types| / max(type counts); 0 when either side has no words. */
export function quoteOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const denominator = Math.max(a.size, b.size);
  if (denominator === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / denominator;
}

export const QUOTE_MATCH_THRESHOLD = 0.7;

function clip(text: string, length = 60): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** Quotes and attribution: greedy in output order, each output quote taking the best unused gold quote ≥ 0.7. */
export function scoreQuotes(gold: Gold, output: OutputSummary['quotes']): { quotes: Counts; attribution: Counts; misses: string[] } {
  const goldTypes = gold.quotes.map((q) => wordTypes(q.text));
  const used = new Set<number>();
  const misses: string[] = [];
  let matched = 0;
  let attributed = 0;
  for (const quote of output) {
    const types = wordTypes(quote.text);
    let best = -1;
    let bestOverlap = 0;
    goldTypes.forEach((gt, g) => {
      if (used.has(g)) return;
      const overlap = quoteOverlap(types, gt);
      if (overlap > bestOverlap) {
        best = g;
        bestOverlap = overlap;
      }
    });
    if (best < 0 || bestOverlap < QUOTE_MATCH_THRESHOLD) {
      misses.push(`false quote: «${clip(quote.text)}»`);
      continue;
    }
    used.add(best);
    matched += 1;
    const goldSpeaker = gold.quotes[best].speaker;
    if (speakerCorrect(gold, goldSpeaker, quote.speaker)) attributed += 1;
    else misses.push(`wrong speaker: «${clip(quote.text, 40)}» by ${quote.speaker ?? 'null'}, gold ${goldSpeaker ?? 'null'}`);
  }
  gold.quotes.forEach((q, g) => {
    if (!used.has(g)) misses.push(`missed quote: «${clip(q.text)}» (${q.speaker ?? 'no speaker'})`);
  });
  return {
    quotes: { tp: matched, output: output.length, gold: gold.quotes.length },
    attribution: { tp: attributed, output: output.length, gold: gold.quotes.length },
    misses,
  };
}

/** A form of the output speaker equals a form of the gold speaker actor's name or aliases; null only matches null. */
export function speakerCorrect(gold: Gold, goldSpeaker: string | null, outputSpeaker: string | null): boolean {
  if (goldSpeaker === null || outputSpeaker === null) return goldSpeaker === outputSpeaker;
  const actor = gold.actors.find((a) => a.name === goldSpeaker) ?? gold.actors.find((a) => normalise(a.name) === normalise(goldSpeaker));
  const goldForms = actor ? actorForms(actor.name, actor.aliases) : nameForms(goldSpeaker);
  return intersects(goldForms, nameForms(outputSpeaker));
}

/** Score one article. `scorePublished` is false where the publication date was given to the run. */
export function scoreArticle(gold: Gold, output: OutputSummary, scorePublished: boolean): ArticleScore {
  const misses: string[] = [];
  const headline = headlineCorrect(gold.headline, output.headline);
  if (!headline) misses.push(`headline: got «${clip(output.headline ?? '', 80)}», gold «${clip(gold.headline, 80)}»`);
  let published: boolean | null = null;
  if (scorePublished) {
    published = gold.published === output.published;
    if (!published) misses.push(`published: got ${output.published ?? 'null'}, gold ${gold.published ?? 'null'}`);
  } else if (gold.published === null && output.published !== null) {
    misses.push(`note, not scored: published ${output.published} where the gold has no date`);
  }
  const actors = matchActors(gold.actors, output.actors);
  const dates = scoreDates(
    gold.events.map((e) => e.date),
    output.events.map((e) => e.date),
  );
  const quotes = scoreQuotes(gold, output.quotes);
  misses.push(...actors.misses, ...dates.misses, ...quotes.misses);
  return { headline, published, actors: actors.counts, dates: dates.counts, quotes: quotes.quotes, attribution: quotes.attribution, misses };
}

// ---------------------------------------------------------------------------------------------------------
// Micro-averaging
// ---------------------------------------------------------------------------------------------------------

export interface Figures {
  articles: number;
  headline: number;
  /** null when no article of the group has an inferred publication date. */
  published: number | null;
  publishedScored: number;
  actorP: number;
  actorKeyR: number;
  actorF: number;
  dateP: number;
  dateR: number;
  dateF: number;
  quoteP: number;
  quoteR: number;
  quoteF: number;
  attributionF: number;
}

function ratio(part: number, whole: number, empty: number): number {
  return whole === 0 ? empty : part / whole;
}

/** Harmonic mean; 0 when both are 0. */
export function harmonic(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/**
 * Precision and recall; an empty side counts as perfect (nothing claimed = nothing wrong; nothing to find =
 * nothing missed), so an article with no gold quotes and no output quotes scores 1, not 0.
 */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = ratio(c.tp, c.output, 1);
  const r = ratio(c.tp, c.gold, 1);
  return { p, r, f: harmonic(p, r) };
}

function sum(counts: Counts[]): Counts {
  return counts.reduce((a, c) => ({ tp: a.tp + c.tp, output: a.output + c.output, gold: a.gold + c.gold }), { tp: 0, output: 0, gold: 0 });
}

/** Micro-average: add the counts of all articles, then divide. */
export function aggregate(scores: readonly ArticleScore[]): Figures {
  const publishedScores = scores.filter((s) => s.published !== null);
  const actorP = ratio(
    scores.reduce((n, s) => n + s.actors.matched, 0),
    scores.reduce((n, s) => n + s.actors.output, 0),
    1,
  );
  const actorKeyR = ratio(
    scores.reduce((n, s) => n + s.actors.keyMatched, 0),
    scores.reduce((n, s) => n + s.actors.keyGold, 0),
    1,
  );
  const dates = prf(sum(scores.map((s) => s.dates)));
  const quotes = prf(sum(scores.map((s) => s.quotes)));
  const attribution = prf(sum(scores.map((s) => s.attribution)));
  return {
    articles: scores.length,
    headline: ratio(scores.filter((s) => s.headline).length, scores.length, 0),
    published: publishedScores.length ? publishedScores.filter((s) => s.published).length / publishedScores.length : null,
    publishedScored: publishedScores.length,
    actorP,
    actorKeyR,
    actorF: harmonic(actorP, actorKeyR),
    dateP: dates.p,
    dateR: dates.r,
    dateF: dates.f,
    quoteP: quotes.p,
    quoteR: quotes.r,
    quoteF: quotes.f,
    attributionF: attribution.f,
  };
}
