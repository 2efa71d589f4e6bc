/**
 * The language packs newsum knows. One line per language; packs are imported lazily only where start-up
 * time matters (see pipeline.ts), so this module imports them eagerly and stays tiny.
 */
import type { LanguagePack } from './pack.js';
import { arabic } from './ar/index.js';
import { english } from './en/index.js';
import { scriptCounts } from '../text/language.js';

const PACKS: Record<string, LanguagePack> = {
  ar: arabic,
  en: english,
};

/** Whether a language has a pack of its own. */
export function hasPack(lang: string): boolean {
  return Object.hasOwn(PACKS, lang);
}

/**
 * The pack for a language. A language without a pack of its own is read with the pack of its script: Arabic's
 * for text mostly in Arabic letters (Persian, Urdu), English's otherwise (the pipeline says so in a warning).
 */
export function packFor(lang: string, text = ''): LanguagePack {
  if (hasPack(lang)) return PACKS[lang];
  const { arabic: arabicLetters, latin: latinLetters } = scriptCounts(text);
  return arabicLetters > latinLetters ? arabic : english;
}

export function supportedLanguages(): string[] {
  return Object.keys(PACKS);
}
