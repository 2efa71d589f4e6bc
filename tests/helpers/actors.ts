/** Shared by the actor tests: run the actors stage on a body under a neutral headline, and look names up. */
import { buildArticle } from '../../src/pipeline.js';
import { extractActors } from '../../src/extract/actors.js';
import type { Actor } from '../../src/types.js';

/** Headlines that name no one, per language. */
const NEUTRAL_HEADLINES: Record<string, string> = { ar: 'خبر عاجل من المنطقة', en: 'Talks resume after long pause' };

/** The article text (headline, blank line, body) and the actors found in it, published on 2024-03-05. */
export function articleActors(lang: string, body: string, headline = NEUTRAL_HEADLINES[lang]): { text: string; actors: Actor[] } {
  const text = `${headline}\n\n${body}`;
  return { text, actors: extractActors(buildArticle(text, { format: 'text' }, { lang, date: '2024-03-05' })) };
}

/** The actor named so or having it as an alias. */
export const find = (actors: Actor[], name: string) => actors.find((a) => a.name === name || a.aliases.includes(name));

/** Every name and alias. */
export const namesAndAliases = (actors: Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases]);

/** The actors' names only. */
export const namesOnly = (actors: Actor[]) => actors.map((a) => a.name);

/** Whether some actor is named so or has it as an alias. */
export const has = (actors: Actor[], name: string) => namesAndAliases(actors).includes(name);
