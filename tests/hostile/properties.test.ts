/**
 * Properties over arbitrary input: summarise() never throws on text with any content, its JSON is valid
 * against schema/summary.schema.json, and every span lies inside the loaded text. Input without text (blank,
 * or markup with nothing in it) is the one documented refusal (E_EMPTY). Generators mix raw Unicode with news-shaped fragments (quotes, datelines,
 * dates, markup) so that the stages' interesting paths are reached.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarise } from '../../src/pipeline.js';
import { toJson } from '../../src/output.js';
import { loadText } from '../../src/text/input.js';
import { findDateline } from '../../src/text/dateline.js';
import { packFor } from '../../src/lang/registry.js';

/** The dateline as the pipeline reads it: with the rules of the language's pack (or of its script's). */
const datelineOf = (text: string, lang: string) => findDateline(text, packFor(lang, text).dateline);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(root, 'schema/summary.schema.json'), 'utf8')));

const FRAGMENTS = [
  'وقال', 'الوزير', 'أمس', 'الأربعاء', 'إن', '«', '»', '“', '”', '"', "'", '‘', '’', 'الرياض - واس:', 'LONDON (Reuters) -',
  'said', 'the', 'President', 'Jane Smith', 'on Tuesday', 'June 10, 2020', '10 يونيو/ حزيران 2020', '2020-06-10', '١٠/٦/٢٠٢٠',
  '\n', '\n\n', ' ', '.', '،', ':', '-', '—', '(', ')', '<p>', '</p>', '<!doctype html>', '# ', '---\n', '**', '[', '](x)',
  'وزارة الخارجية', 'الأمم المتحدة', 'القاضي', '— Name (@handle) June 10, 2020', 'ـ', '\u200F', '\u202E', '\u0000', '\uFFFD', '😀', 'é',
];

const newsy = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(
  newsy,
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.tuple(newsy, fc.string({ unit: 'binary', maxLength: 50 }), newsy).map(([a, b, c]) => `${a}${b}${c}`),
);

const isBlank = (s: string) => !/[^\s\u200B-\u200F\u2060\uFEFF]/u.test(s);

type Span = [number, number];
function spansOf(json: Record<string, unknown>): Span[] {
  const out: Span[] = [];
  for (const a of json.actors as Array<{ spans: Span[] }>) out.push(...a.spans);
  for (const e of json.events as Array<{ span: Span }>) out.push(e.span);
  for (const q of json.quotes as Array<{ span: Span; speakerSpan?: Span }>) {
    out.push(q.span);
    if (q.speakerSpan) out.push(q.speakerSpan);
  }
  return out;
}

describe('summarise() on arbitrary strings', () => {
  it('never throws on non-blank text, gives schema-valid JSON, and keeps spans inside the text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (input) => {
        const loaded = await loadText(input);
        if (isBlank(input)) expect(loaded).toMatchObject({ ok: false, code: 'E_EMPTY' });
        if (!loaded.ok) {
          // Blank text, or markup with no text in it («<!doctype html></p>»): the one refusal.
          expect(loaded.code).toBe('E_EMPTY');
          await expect(summarise(input)).rejects.toThrow(/E_EMPTY/u);
          return;
        }
        const summary = await summarise(input, { id: 'property' });
        const json = toJson(summary, { explain: true });
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        for (const [start, end] of spansOf(json)) {
          expect(start).toBeGreaterThanOrEqual(0);
          expect(end).toBeGreaterThanOrEqual(start);
          expect(end).toBeLessThanOrEqual(loaded.text.length);
        }
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('findDateline on arbitrary strings', () => {
  it('returns spans inside the text, with the place, agency and date inside the dateline', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('ar', 'en', 'fr'), (text, lang) => {
        const d = datelineOf(text, lang);
        if (!d) return;
        const [s, e] = d.span;
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeGreaterThan(s);
        expect(e).toBeLessThanOrEqual(text.length);
        if (d.dateSpan) {
          expect(d.dateSpan[0]).toBeGreaterThanOrEqual(s);
          expect(d.dateSpan[1]).toBeLessThanOrEqual(e);
        }
        const slice = text.slice(s, e);
        if (d.place) expect(slice).toContain(d.place);
        if (d.agency) expect(slice).toContain(d.agency);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('loadText on arbitrary strings', () => {
  it('never throws, and plain text comes back with only line ends and a leading BOM changed', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (input) => {
        const r = await loadText(input, { format: 'text' });
        if (!r.ok) {
          expect(r.code).toBe('E_EMPTY');
          return;
        }
        expect(r.text).toBe(input.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n'));
      }),
      { numRuns: 500 },
    );
  });
});
