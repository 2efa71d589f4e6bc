/**
 * Actors: people, organisations, places and groups, each once, aliases merged. (Stub: the actors
 * engine replaces this file.)
 */
import type { Actor, Article } from '../types.js';

/** The actor data a language pack provides. Defined by the actors engine. */
export interface ActorRules {
  [key: string]: unknown;
}

export function extractActors(_article: Article): Actor[] {
  return [];
}
