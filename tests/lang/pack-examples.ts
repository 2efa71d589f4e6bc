/**
 * The tests every language pack gets: each rule's examples must come out as the pack says, and its list of
 * false positives must stay out. A new language's test files call these with its pack, then add what is
 * truly its own (speech-verb inflection, calendars, …).
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { findTimeExpressions } from '../../src/extract/dates.js';
import { extractQuotes, SPEAKER_RULES, type QuoteExample } from '../../src/extract/quotes.js';
import { paragraphs, sentences } from '../../src/text/segment.js';
import type { LanguagePack } from '../../src/lang/pack.js';
import type { Actor, Article, Mention } from '../../src/types.js';

/** Time expressions of a text in the pack's language, resolved against `published`. */
export const findDates = (pack: LanguagePack, text: string, published: string | null) =>
  findTimeExpressions(buildArticle(text, { format: 'text' }, { lang: pack.code, date: published ?? undefined }));

export function describeDateExamples(pack: LanguagePack): void {
  describe(`${pack.name} date rules: examples`, () => {
    for (const ex of pack.dates.examples) {
      it(ex.text, () => {
        const got = findDates(pack, ex.text, ex.published).map((t) => [t.text, t.value, t.type] as const);
        for (const [text, value, type] of ex.expect) {
          const hit = got.find(([t]) => t === text);
          expect(hit, `${text} in ${JSON.stringify(got)}`).toBeDefined();
          expect(hit![1]).toBe(value);
          if (type) expect(hit![2]).toBe(type);
        }
      });
    }
  });
  describe(`${pack.name} date rules: false positives stay out`, () => {
    for (const fp of pack.dates.falsePositives) {
      it(fp.text, () => {
        expect(findDates(pack, fp.text, fp.published).map((t) => t.text)).toEqual([]);
      });
    }
  });
}

/** An article of body text only (no headline) and actors whose mentions are found by string search. */
export function quoteSetup(pack: LanguagePack, text: string, actors: QuoteExample['actors']): { article: Article; actors: Actor[] } {
  const paras = paragraphs(text);
  const article: Article = { id: 't', text, lang: pack.code, pack, meta: { format: 'text' }, paragraphs: paras, sentences: sentences(text, paras, pack.abbreviations), headline: null, bodyStart: 0, published: null };
  const taken: boolean[] = [];
  const built = actors.map((a): Actor => ({ name: a.name, type: a.type, aliases: a.aliases ?? [], title: null, mentions: [], salience: 0, rule: 'test' }));
  const forms = built.flatMap((a) => [a.name, ...a.aliases].map((f) => ({ f, a }))).sort((x, y) => y.f.length - x.f.length);
  for (const { f, a } of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      if (taken.slice(at, at + f.length).some(Boolean)) continue;
      for (let k = at; k < at + f.length; k++) taken[k] = true;
      a.mentions.push({ span: [at, at + f.length], text: f, rule: 'test' } satisfies Mention);
    }
  }
  return { article, actors: built };
}

export function describeQuoteExamples(pack: LanguagePack): void {
  describe(`${pack.name} quote rules: examples`, () => {
    for (const ex of pack.quotes.examples) {
      it(`${ex.rule}: ${ex.text.slice(0, 40)}`, () => {
        const { article, actors } = quoteSetup(pack, ex.text, ex.actors);
        const got = extractQuotes(article, actors);
        expect(got.map((q) => ({ text: q.text, speaker: q.speaker }))).toEqual(ex.expect);
        for (const q of got) expect(article.text.slice(q.span[0], q.span[1])).toBe(q.text);
      });
    }
    it('every example names a rule the engine emits', () => {
      for (const ex of pack.quotes.examples) expect(SPEAKER_RULES).toContain(ex.rule);
    });
    it('the examples exercise the rules they name', () => {
      for (const ex of pack.quotes.examples) {
        const { article, actors } = quoteSetup(pack, ex.text, ex.actors);
        expect(extractQuotes(article, actors).some((q) => q.rule.includes(ex.rule))).toBe(true);
      }
    });
  });
  describe(`${pack.name} quote rules: false positives stay out`, () => {
    for (const cx of pack.quotes.counterExamples) {
      it(cx.why, () => {
        const { article, actors } = quoteSetup(pack, cx.text, cx.actors ?? []);
        expect(extractQuotes(article, actors)).toEqual([]);
      });
    }
  });
}
