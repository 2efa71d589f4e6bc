/** Shared by the Arabic actor tests: the actors of an Arabic body under a neutral headline. */
import type { Actor } from '../../src/types.js';
import { articleActors } from './actors.js';

export { find, has, namesAndAliases, namesOnly } from './actors.js';

export function run(body: string, headline?: string): Actor[] {
  return articleActors('ar', body, headline).actors;
}
