import { describe, expect, it } from 'vitest';
import { arabic } from '../../../src/lang/ar/index.js';
import { extractQuotes, SPEAKER_RULES, type QuoteExample } from '../../../src/extract/quotes.js';
import { paragraphs, sentences } from '../../../src/text/segment.js';
import type { Actor, Article, Mention } from '../../../src/types.js';

/** An article of body text only (no headline) and actors whose mentions are found by string search. */
function setup(text: string, actors: QuoteExample['actors']): { article: Article; actors: Actor[] } {
  const paras = paragraphs(text);
  const article: Article = { id: 't', text, lang: 'ar', pack: arabic, meta: { format: 'text' }, paragraphs: paras, sentences: sentences(text, paras, arabic.abbreviations), headline: null, bodyStart: 0, published: null };
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

describe('Arabic quote rules: examples', () => {
  for (const ex of arabic.quotes.examples) {
    it(`${ex.rule}: ${ex.text.slice(0, 40)}`, () => {
      const { article, actors } = setup(ex.text, ex.actors);
      const got = extractQuotes(article, actors);
      expect(got.map((q) => ({ text: q.text, speaker: q.speaker }))).toEqual(ex.expect);
      for (const q of got) expect(article.text.slice(q.span[0], q.span[1])).toBe(q.text);
    });
  }
  it('every example names a rule the engine emits', () => {
    for (const ex of arabic.quotes.examples) expect(SPEAKER_RULES).toContain(ex.rule);
  });
  it('the examples exercise the rules they name', () => {
    for (const ex of arabic.quotes.examples) {
      const { article, actors } = setup(ex.text, ex.actors);
      expect(extractQuotes(article, actors).some((q) => q.rule.includes(ex.rule))).toBe(true);
    }
  });
});

describe('Arabic quote rules: false positives stay out', () => {
  for (const cx of arabic.quotes.counterExamples) {
    it(cx.why, () => {
      const { article, actors } = setup(cx.text, cx.actors ?? []);
      expect(extractQuotes(article, actors)).toEqual([]);
    });
  }
});

describe('Arabic speech cues', () => {
  const forms = new Map(arabic.quotes.speechCues.map((c) => [c.form, c]));
  it('fold verbs and give feminine and plural forms', () => {
    expect(forms.get(arabic.fold('قالت'))).toMatchObject({ gender: 'f', role: 'verb' });
    expect(forms.get(arabic.fold('أضافوا'))).toMatchObject({ number: 'pl' });
    expect(forms.get(arabic.fold('مؤكدة'))).toMatchObject({ gender: 'f', role: 'lead-in' });
    expect(forms.get(arabic.fold('رأت'))).toMatchObject({ gender: 'f' });
  });
});
