/**
 * The language packs newsum knows. One line per language; packs are imported lazily only where start-up
 * time matters (see pipeline.ts), so this module imports them eagerly and stays tiny.
 */
import type { LanguagePack } from './pack.js';
import { arabic } from './ar/index.js';
import { english } from './en/index.js';

const PACKS: Record<string, LanguagePack> = {
  ar: arabic,
  en: english,
};

/** The pack for a language; languages without a pack of their own use English rules (Latin script) or Arabic's. */
export function packFor(lang: string): LanguagePack {
  return PACKS[lang] ?? english;
}

export function supportedLanguages(): string[] {
  return Object.keys(PACKS);
}
