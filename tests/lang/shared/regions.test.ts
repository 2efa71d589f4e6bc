/** The committed country-name cache must be exactly what Intl gives on this Node (it is a cache, not data of its own). */
import { describe, expect, it } from 'vitest';
import { GENERATED_COUNTRY_NAMES } from '../../../src/lang/shared/regions.generated.js';
import { countryNames, deriveCountryNames, GENERATED_LANGUAGES } from '../../../src/lang/shared/regions.js';

describe('generated country names', () => {
  it.each([...GENERATED_LANGUAGES])('%s equals Intl.DisplayNames on this Node (else run npx tsx scripts/gen-regions.mjs)', (lang) => {
    expect(GENERATED_COUNTRY_NAMES[lang]).toEqual(Object.fromEntries(deriveCountryNames(lang)));
  });

  it('serves cached languages from the generated table and others from Intl', () => {
    expect(countryNames('ar').get('LY')).toBe('ليبيا');
    expect(countryNames('en').get('LY')).toBe('Libya');
    expect(countryNames('de').get('DE')).toBe('Deutschland');
  });

  it('drops pseudo-regions and trailing parenthesised qualifiers', () => {
    const en = countryNames('en');
    expect(en.has('ZZ')).toBe(false);
    expect(en.has('EU')).toBe(false);
    for (const name of en.values()) expect(name).not.toMatch(/\)$/u);
  });
});
