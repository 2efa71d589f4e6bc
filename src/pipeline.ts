/**
 * The pipeline: text → Article → headline → publication date → actors → time expressions → quotes →
 * anonymous sources → events → salience. Every stage is a pure function over the Article and the results before it.
 */
import type { Article, ArticleMeta, Published, Summary, SummariseOptions, TimeExpression } from './types.js';
import { hasPack, packFor, supportedLanguages } from './lang/registry.js';
import { detectLanguage } from './text/language.js';
import { paragraphs as findParagraphs, sentences as findSentences } from './text/segment.js';
import { findHeadline } from './extract/headline.js';
import { inferPublished } from './extract/published.js';
import { extractActors } from './extract/actors.js';
import { resolveTimes, scanTimes } from './extract/dates.js';
import { quotesAndSpeakers } from './extract/quotes.js';
import { buildEvents } from './extract/events.js';
import { rankActors } from './extract/salience.js';
import { anonymousSources } from './extract/sources.js';
import { loadText } from './text/input.js';
import { findDateline } from './text/dateline.js';
import type { Actor, Span } from './types.js';

export const DEFAULT_TIME_BUDGET_MS = 20_000;

/** Build the Article every stage reads: language, segments, headline, publication date. */
export function buildArticle(text: string, meta: ArticleMeta, options: SummariseOptions): Article {
  const lang = options.lang ?? pickLanguage(text, meta);
  const pack = packFor(lang, text);
  const paragraphs = findParagraphs(text);
  const sentences = findSentences(text, paragraphs, pack.abbreviations);
  const dateline = meta.format === 'html' ? null : findDateline(text, pack.dateline);
  const base: Article = { id: options.id ?? '-', text, lang, pack, meta, paragraphs, sentences, headline: null, bodyStart: 0, published: null, dateline };
  const { headline, bodyStart } = findHeadline(base);
  const published: Published | null = options.date ? { date: options.date, rule: 'option:--date', evidence: options.date } : null;
  return { ...base, headline, bodyStart, published };
}

function noPackWarning(lang: string, readWith: string): string {
  return `no language pack for '${lang}' (newsum knows ${supportedLanguages().join(', ')}): read with the '${readWith}' rules, so names, dates and quotes may be missed`;
}

function pickLanguage(text: string, meta: ArticleMeta): string {
  const detected = detectLanguage(text);
  if (detected === 'und' && meta.langHint) return meta.langHint.slice(0, 2).toLowerCase();
  return detected;
}

/**
 * A dateline's place and agency say where and by whom the story was filed, not who acts in it: their
 * mentions there are dropped, and an actor named only there is dropped with them.
 */
function withoutSpan(actors: Actor[], span: Span | null): Actor[] {
  if (!span) return actors;
  const outside = (m: { span: Span }) => m.span[1] <= span[0] || m.span[0] >= span[1];
  return actors.flatMap((a) => {
    if (a.mentions.every(outside)) return [a];
    const mentions = a.mentions.filter(outside);
    return mentions.length ? [{ ...a, mentions }] : [];
  });
}

/** Summarise article text that is already decoded and extracted (see text/input.ts). */
export function summariseArticle(text: string, meta: ArticleMeta, options: SummariseOptions = {}, warnings: string[] = []): Summary {
  const started = Date.now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const over = (stage: string) => {
    if (Date.now() - started <= budget) return false;
    warnings.push(`time budget of ${budget} ms exceeded before ${stage}; later stages were skipped`);
    return true;
  };
  let article = buildArticle(text, meta, options);
  if (article.lang !== 'und' && !hasPack(article.lang)) warnings.push(noPackWarning(article.lang, article.pack.code));
  let times: TimeExpression[] = [];
  // Without --date, the absolute dates found first can give the publication date; when they do, the same
  // expressions are resolved again against it (the scan does not depend on the date: it runs once).
  const timeScan = over('dates') ? null : scanTimes(article);
  if (timeScan) times = resolveTimes(article, timeScan);
  if (timeScan && !article.published) {
    const inferred = inferPublished(article, times);
    if (inferred) {
      article = { ...article, published: inferred };
      times = resolveTimes(article, timeScan);
    }
  }
  const baseActors = over('actors') ? [] : withoutSpan(extractActors(article), article.dateline?.span ?? null);
  // Persons who speak a quote under a name the actors missed join the actors.
  const quoted = over('quotes') ? null : quotesAndSpeakers(article, baseActors);
  const found = quoted === null ? { actors: baseActors, quotes: [] } : anonymousSources(article, [...baseActors, ...quoted.speakers], quoted.quotes);
  const { actors, quotes } = found;
  const events = over('events') ? [] : buildEvents(article, times, actors);
  const ranked = rankActors(article, actors, quotes);
  return {
    schemaVersion: 1,
    id: article.id,
    language: article.lang,
    headline: article.headline?.text ?? '',
    published: article.published?.date ?? null,
    actors: ranked,
    events,
    quotes,
    warnings,
    provenance: {
      headline: article.headline?.rule ?? 'none',
      published: article.published?.rule ?? null,
      publishedEvidence: article.published?.evidence ?? null,
      format: meta.format,
      ...(meta.byline ? { byline: meta.byline } : {}),
      ...(meta.siteName ? { siteName: meta.siteName } : {}),
    },
  };
}

/** The library entry point: summarise one article given as text (plain, HTML or Markdown). */
export async function summarise(text: string, options: SummariseOptions = {}): Promise<Summary> {
  const loaded = await loadText(text, { format: options.format, fileName: options.fileName });
  if (!loaded.ok) throw new Error(`${loaded.code}: ${loaded.message}`);
  return summariseArticle(loaded.text, loaded.meta, options, [...loaded.warnings]);
}
