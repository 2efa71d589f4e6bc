/**
 * Country names from the runtime's CLDR data (`Intl.DisplayNames`), so every language with ICU data gets
 * its country gazetteer for free. Asking Intl for all 676 two-letter codes costs tens of milliseconds per
 * language at start-up, so the languages newsum ships are cached in `regions.generated.ts` (written by
 * `scripts/gen-regions.mjs` from this very function; a test checks it still equals what Intl gives).
 * Other languages are derived lazily, once per language.
 */
import { GENERATED_COUNTRY_NAMES } from './regions.generated.js';

/** Codes that are not countries a news story treats as actors (pseudo-locales, unknown, deprecated duplicates). */
const NOT_COUNTRIES = new Set(['XA', 'XB', 'ZZ', 'QO', 'EZ', 'UN', 'EU', 'AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'VD', 'YD', 'YU', 'ZR', 'UK']);

const cache = new Map<string, ReadonlyMap<string, string>>();

/** ISO region code → country name in `lang` ("LY" → «ليبيا» / "Libya"), parenthesised qualifiers dropped. */
export function countryNames(lang: string): ReadonlyMap<string, string> {
  const hit = cache.get(lang);
  if (hit) return hit;
  const generated = GENERATED_COUNTRY_NAMES[lang];
  const out: ReadonlyMap<string, string> = generated ? new Map(Object.entries(generated)) : deriveCountryNames(lang);
  cache.set(lang, out);
  return out;
}

/** The uncached derivation from `Intl.DisplayNames` (the generator and its freshness test call this). */
export function deriveCountryNames(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  } catch {
    names = null;
  }
  if (!names) return out;
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (!name || name === code) continue;
      // «ميانمار (بورما)», "Hong Kong SAR China", "Congo - Kinshasa": keep the plain name only.
      const plain = name.replace(/\s*\(.*\)\s*$/u, '').replace(/\s+-\s+.*$/u, '').trim();
      if (plain) out.set(code, plain);
    }
  }
  return out;
}

/** Languages whose names are cached in the generated file: the shipped packs' locales plus planned ones. */
export const GENERATED_LANGUAGES = ['ar', 'en', 'fr', 'es'] as const;
