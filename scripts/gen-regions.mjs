#!/usr/bin/env node
/**
 * Regenerates src/lang/shared/regions.generated.ts: country names per language from this Node's
 * `Intl.DisplayNames`, so start-up reads a literal instead of asking Intl 676 times per language.
 * Run with tsx (it imports the TypeScript derivation): `npx tsx scripts/gen-regions.mjs`.
 * tests/lang/shared/regions.test.ts fails when the committed file differs from what Intl gives.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deriveCountryNames, GENERATED_LANGUAGES } from '../src/lang/shared/regions.ts';
import { renderGenerated } from '../src/lang/shared/regions-render.ts';

const target = fileURLToPath(new URL('../src/lang/shared/regions.generated.ts', import.meta.url));
const tables = Object.fromEntries(GENERATED_LANGUAGES.map((lang) => [lang, Object.fromEntries(deriveCountryNames(lang))]));
writeFileSync(target, renderGenerated(tables, process.versions.icu ?? 'unknown'));
console.log(`wrote ${target} (${GENERATED_LANGUAGES.join(', ')}; ICU ${process.versions.icu})`);
