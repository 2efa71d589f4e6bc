/**
 * The headline a reader would pick: metadata title when the format gives one, else the first line
 * that is not a byline, dateline, agency tag or date stamp.
 */
import type { Article, Headline, Segment } from '../types.js';
import { squash } from '../text/normalise.js';

/** Per-language patterns for lines that are not the headline. Each has examples run as tests. */
export interface HeadlineRules {
  /** Lines that are bylines or agency/source tags («الرياض: فلان», «By John Smith», «واس»). */
  notHeadline: readonly LineRule[];
}

export interface LineRule {
  name: string;
  /**
   * A cheap test that must pass before `pattern` runs. Big alternations (agency and place lists) cost
   * V8 tens of milliseconds to compile and run; the guard keeps them off lines that cannot match, so a
   * normal article never pays for them at start-up.
   */
  guard?: RegExp | ((line: string) => boolean);
  pattern: RegExp;
  examples: readonly string[];
  counterExamples?: readonly string[];
  /**
   * A shape that is also a possible (short) headline, such as a bare name («سالم الفلاني»): the line is skipped only
   * when the next paragraph is short enough to be the headline itself; before the body it stays the headline.
   */
  onlyBeforeHeadline?: boolean;
}

/** Language-independent lines that are never the headline: dates, times, URLs, separators. */
export const COMMON_NOT_HEADLINE: readonly LineRule[] = [
  {
    name: 'date-stamp',
    pattern: /^[\p{N}\s/.\-:,]+$/u,
    examples: ['2020-06-10', '10/06/2020 14:32', '١٠/٦/٢٠٢٠'],
    counterExamples: ['Five killed in 2020 floods'],
  },
  { name: 'url', pattern: /^(https?:\/\/|www\.)\S+$/iu, examples: ['https://example.org/news/1'] },
  { name: 'separator', pattern: /^[\p{P}\p{S}\s]+$/u, examples: ['* * *', '———'] },
  {
    // A byline or an empty one with the site's time stamp after a bar: «Riyadh - Staff | Thursday, 14 May 2026 - 09:35 am».
    name: 'byline-bar-timestamp',
    guard: /\|/u,
    pattern: /^[^|\n]{0,80}\|\s?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\s[^|\n]{0,40}\d{1,2}:\d{2}(?:\s?[ap]m)?$/iu,
    examples: ['Riyadh - Staff | Thursday, 14 May 2026 - 09:35 am', '| Monday, 3 May 2021 - 00:00 am', 'الرياض - المحرر | Mon, 2021-05-03 21:00'],
    counterExamples: ['Markets | Shares rise on Tuesday', 'Thursday, 14 May 2026 - 09:35 am'],
  },
];

const MAX_HEADLINE_CHARS = 300;
/** Longest paragraph taken for the headline after a line that is skipped only before one (`LineRule.onlyBeforeHeadline`). */
const HEADLINE_AFTER_CHARS = 150;
const SENTENCE_END = /[.:\u060C]$/u;

/** Whether a line is matched by a rule (its guard first). */
export function ruleMatches(rule: LineRule, line: string): boolean {
  return guardPasses(rule, line) && rule.pattern.test(line);
}

function guardPasses(rule: LineRule, line: string): boolean {
  if (!rule.guard) return true;
  return typeof rule.guard === 'function' ? rule.guard(line) : rule.guard.test(line);
}

/** Pick the headline among the first paragraphs; returns the headline and where the body starts. */
export function findHeadline(article: Pick<Article, 'text' | 'paragraphs' | 'meta' | 'pack' | 'dateline'>): { headline: Headline | null; bodyStart: number } {
  const { text, paragraphs } = article;
  const rules = [...COMMON_NOT_HEADLINE, ...article.pack.headline.notHeadline];
  let bodyStart = 0;
  for (let k = 0; k < Math.min(paragraphs.length, 6); k++) {
    const p = paragraphs[k];
    // A body paragraph: too long to be a headline or a byline (and never worth copying whole).
    if (p.end - p.start > MAX_HEADLINE_CHARS * 2) break;
    const line = squash(text.slice(p.start, p.end));
    // A paragraph that is all dateline or byline («الرياض - واس:», «WASHINGTON (AP) —») is not the headline.
    const datelineLine = article.dateline && article.dateline.span[0] <= p.start && article.dateline.span[1] >= p.end;
    // (A headline-like next paragraph: short, not ending as a sentence or a lead-in does, not a byline itself.)
    // whether a headline-like line follows: asked only for a line a before-the-headline rule matches
    const headlineFollows = () => {
      const next = paragraphs[k + 1];
      const nextLine = next && next.end - next.start <= HEADLINE_AFTER_CHARS ? squash(text.slice(next.start, next.end)) : null;
      return !!nextLine && !SENTENCE_END.test(nextLine) && !rules.some((r) => ruleMatches(r, nextLine));
    };
    const skip = datelineLine || rules.some((r) => !r.onlyBeforeHeadline && ruleMatches(r, line)) || (rules.some((r) => r.onlyBeforeHeadline && ruleMatches(r, line)) && headlineFollows());
    if (skip) {
      bodyStart = p.end;
      continue;
    }
    if (line.length > MAX_HEADLINE_CHARS) break; // a body paragraph: no headline line in the text
    if (article.meta.title) return { headline: metaHeadline(article, p), bodyStart };
    return { headline: { text: line, span: [p.start, p.end], rule: k === 0 ? 'first-line' : 'first-line-after-byline' }, bodyStart: p.end };
  }
  if (article.meta.title) return { headline: metaHeadline(article, null), bodyStart };
  return { headline: null, bodyStart };
}

function metaHeadline(article: Pick<Article, 'text' | 'meta'>, p: Segment | null): Headline {
  const title = squash(article.meta.title!);
  const span = p && squash(article.text.slice(p.start, p.end)) === title ? ([p.start, p.end] as [number, number]) : null;
  return { text: title, span, rule: `metadata:${article.meta.titleSource ?? 'title'}` };
}
