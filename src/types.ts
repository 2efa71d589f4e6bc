/**
 * The shapes every stage shares. All offsets are UTF-16 code-unit offsets into `Article.text`
 * (the decoded article text after line-end normalisation), as CONTRACT.md requires.
 */
import type { LanguagePack } from './lang/pack.js';
import type { Dateline } from './text/dateline.js';

/** Half-open character range [start, end) in `Article.text`. */
export type Span = [start: number, end: number];

export type ActorType = 'person' | 'organization' | 'location' | 'group';
export type QuoteKind = 'direct' | 'partial' | 'block';
export type InputFormat = 'text' | 'html' | 'markdown';

/** A paragraph, sentence or line: a range of the text. */
export interface Segment {
  start: number;
  end: number;
}

/** A block the input format told us about (an embedded tweet in HTML), already placed in `text`. */
export interface EmbeddedBlock {
  span: Span;
  kind: 'tweet';
  author: string | null;
  handle: string | null;
  date: string | null;
}

/** What the input format (HTML page, Markdown front matter, dateline) said about the article. */
export interface ArticleMeta {
  format: InputFormat;
  title?: string;
  /** Where the title came from: 'og:title', 'json-ld headline', 'h1', 'front matter', … */
  titleSource?: string;
  /** ISO date (YYYY-MM-DD) the metadata gives for publication. */
  published?: string;
  publishedSource?: string;
  byline?: string;
  siteName?: string;
  /** Language the page declares (`<html lang>`, front matter `lang`). */
  langHint?: string;
  blocks?: EmbeddedBlock[];
}

export interface Headline {
  text: string;
  /** Where it stands in the text, or null when it came from metadata only. */
  span: Span | null;
  rule: string;
}

export interface Published {
  date: string;
  rule: string;
  /** The words or metadata that gave the date. */
  evidence: string;
}

/** Everything the extraction stages read. Built once by the pipeline; stages never mutate it. */
export interface Article {
  id: string;
  text: string;
  lang: string;
  pack: LanguagePack;
  meta: ArticleMeta;
  paragraphs: Segment[];
  sentences: Segment[];
  /** The headline, when the pipeline has found it (set before actors, dates and quotes run). */
  headline: Headline | null;
  /** Offset where the body starts (after the headline and any byline/dateline lines). */
  bodyStart: number;
  /** Publication date as resolved so far (from --date, metadata or inference). */
  published: Published | null;
  /** The dateline or byline prefix («LONDON, June 10 (Reuters) -», «الرياض - واس:»), kept out of actors and events. */
  dateline?: Dateline | null;
}

export interface Mention {
  span: Span;
  text: string;
  rule: string;
}

export interface Actor {
  /** Canonical (fullest) name as the article writes it. */
  name: string;
  type: ActorType;
  /** Every other way the article refers to the actor, as written, without duplicates or `name`. */
  aliases: string[];
  title: string | null;
  mentions: Mention[];
  /** 0..1, higher = more central; actors are output in descending salience. */
  salience: number;
  rule: string;
}

/** A time expression found in the text, with its resolution. */
export interface TimeExpression {
  span: Span;
  text: string;
  /** ISO value at the precision the text gives (YYYY-MM-DD | YYYY-MM | YYYY | YYYY-Www), or null if unresolved. */
  value: string | null;
  /** True when the value depends on the anchor (publication) date. */
  relative: boolean;
  /** TimeML-style class: only 'date' (and 'time', reduced to its day) become dated events. */
  type: 'date' | 'time' | 'duration' | 'set';
  /** A calendar unit shifted from the publication date («هذا العام», «الشهر الماضي», "last week"). */
  unitShift?: boolean;
  /** 0 = Sunday … 6 = Saturday when the expression names a weekday (used to confirm an inferred publication date). */
  weekday?: number;
  rule: string;
}

export interface DatedEvent {
  date: string | null;
  dateText: string;
  span: Span;
  summary: string;
  actors: string[];
  rule: string;
}

export interface Quote {
  text: string;
  /** Span of the quoted words (without the marks). */
  span: Span;
  speaker: string | null;
  speakerText: string | null;
  speakerSpan: Span | null;
  kind: QuoteKind;
  rule: string;
}

export interface SummariseOptions {
  id?: string;
  /** Publication date YYYY-MM-DD (overrides inference). */
  date?: string;
  /** Force the language. */
  lang?: string;
  /** Input format hint (otherwise detected from the content). */
  format?: InputFormat;
  /** File name, used only as a format hint (.html, .md). */
  fileName?: string;
  /** Per-article time budget in ms; past it, remaining stages are skipped with a warning. */
  timeBudgetMs?: number;
}

/** The library result: the contract object plus provenance for --explain. */
export interface Summary {
  schemaVersion: 1;
  id: string;
  language: string;
  headline: string;
  published: string | null;
  actors: Actor[];
  events: DatedEvent[];
  quotes: Quote[];
  warnings: string[];
  /** Provenance that is not part of every item: where the headline and the date came from. */
  provenance: { headline: string; published: string | null; publishedEvidence: string | null; format: InputFormat; byline?: string; siteName?: string };
}

/** A failed input, as CONTRACT.md prints it. */
export interface ErrorRecord {
  schemaVersion: 1;
  id: string;
  error: { code: ErrorCode; message: string };
}

export type ErrorCode =
  | 'E_NOT_FOUND'
  | 'E_UNREADABLE'
  | 'E_NOT_A_FILE'
  | 'E_BINARY'
  | 'E_EMPTY'
  | 'E_TOO_LARGE'
  | 'E_ENCODING'
  | 'E_BAD_JSON'
  | 'E_LOOP'
  | 'E_INTERNAL';
