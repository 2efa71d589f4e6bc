/** Salience: order actors by what the story is about. (Stub: the actors engine replaces this file.) */
import type { Actor, Article, Quote } from '../types.js';

export function rankActors(_article: Article, actors: Actor[], _quotes: Quote[]): Actor[] {
  return [...actors].sort((a, b) => b.mentions.length - a.mentions.length);
}
