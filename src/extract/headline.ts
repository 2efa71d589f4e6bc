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
  guard?: RegExp;
  pattern: RegExp;
  examples: readonly string[];
  counterExamples?: readonly string[];
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
];

const MAX_HEADLINE_CHARS = 300;

/** Whether a line is matched by a rule (its guard first). */
export function ruleMatches(rule: LineRule, line: string): boolean {
  return (!rule.guard || rule.guard.test(line)) && rule.pattern.test(line);
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
    const skip = datelineLine || rules.some((r) => ruleMatches(r, line));
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
