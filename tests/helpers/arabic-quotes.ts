/** Shared by the Arabic quote tests: summarise an article (or a body under a neutral headline) and keep each quote's
 * text and speaker. */
import { summarise } from '../../src/pipeline.js';

export interface QuoteAndSpeaker {
  text: string;
  speaker: string | null;
}

/** The quotes of a whole article (headline line, blank line, body). */
export async function quotesOfArticle(doc: string): Promise<QuoteAndSpeaker[]> {
  const out = await summarise(doc, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

/** The quotes of a body under a headline that names no one. */
export function quotesOfBody(body: string, headline = 'عنوان الخبر'): Promise<QuoteAndSpeaker[]> {
  return quotesOfArticle(`${headline}\n\n${body}\n`);
}
