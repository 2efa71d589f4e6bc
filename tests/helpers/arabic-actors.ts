/** Shared by the Arabic actor tests: run the actors stage on a body under a neutral headline, and look names up. */
import { buildArticle } from '../../src/pipeline.js';
import { extractActors } from '../../src/extract/actors.js';
import type { Actor } from '../../src/types.js';

export function run(body: string, headline = 'خبر عاجل من المنطقة'): Actor[] {
  const text = `${headline}\n\n${body}`;
  return extractActors(buildArticle(text, { format: 'text' }, { lang: 'ar', date: '2024-03-05' }));
}

/** The actor named so or having it as an alias. */
export const find = (actors: Actor[], name: string) => actors.find((a) => a.name === name || a.aliases.includes(name));

/** Every name and alias. */
export const namesAndAliases = (actors: Actor[]) => actors.flatMap((a) => [a.name, ...a.aliases]);

/** The actors' names only. */
export const namesOnly = (actors: Actor[]) => actors.map((a) => a.name);
