/** Quotes and who said them. (Stub: the quotes engine replaces this file.) */
import type { Actor, Article, Quote } from '../types.js';

/** The quote data a language pack provides. Defined by the quotes engine. */
export interface QuoteRules {
  [key: string]: unknown;
}

export function extractQuotes(_article: Article, _actors: Actor[]): Quote[] {
  return [];
}
