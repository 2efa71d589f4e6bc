/**
 * Time expressions: find them with the language pack's tables, resolve them against the publication
 * date. (Stub: the dates engine replaces this file.)
 */
import type { Article, TimeExpression } from '../types.js';

/** The date data a language pack provides. Defined by the dates engine. */
export interface DateRules {
  [key: string]: unknown;
}

/**
 * All time expressions in the article, resolved against `article.published` (relative ones get
 * value null when it is null). Ordered by position.
 */
export function findTimeExpressions(_article: Article): TimeExpression[] {
  return [];
}
