import type { QuoteRules } from '../../extract/quotes.js';

export const quotes: QuoteRules = {};
