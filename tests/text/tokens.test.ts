import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPlainPhrase, tokenize } from '../../src/text/tokens.js';
import { foldArabic, foldLatin } from '../../src/text/normalise.js';

const words = (text: string, fold = foldLatin) => tokenize(text, fold).map((t) => t.text);

describe('tokenize', () => {
  it('keeps exact offsets', () => {
    const text = 'وقال القاضي، في مؤتمر.';
    for (const t of tokenize(text, foldArabic)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it('joins internal apostrophes, hyphens and abbreviation dots', () => {
    expect(words("Vice-President O'Brien of the U.S. said")).toEqual(['Vice-President', "O'Brien", 'of', 'the', 'U.S', '.', 'said']);
  });
  it('does not join words across a sentence-final dot without a space', () => {
    expect(words('ended.Then')).toEqual(['ended', '.', 'Then']);
  });
  it('splits punctuation into single tokens and classifies numbers', () => {
    const toks = tokenize('(5+5) 3.5', foldLatin);
    expect(toks.map((t) => [t.text, t.kind])).toEqual([
      ['(', 'punct'], ['5', 'number'], ['+', 'punct'], ['5', 'number'], [')', 'punct'], ['3.5', 'number'],
    ]);
  });
  it('makes number tokens only of digits the project converts (ASCII, Arabic-Indic, extended Arabic-Indic)', () => {
    const kinds = (text: string) => tokenize(text, foldLatin).map((t) => [t.text, t.kind]);
    expect(kinds('٢٠٢٠ ۱۴۰۰ 2,000')).toEqual([['٢٠٢٠', 'number'], ['۱۴۰۰', 'number'], ['2,000', 'number']]);
    // a fraction, a superscript, Devanagari digits: no rule could read them as a value
    expect(kinds('5½ km² १२')).toEqual([['5½', 'word'], ['km²', 'word'], ['१२', 'word']]);
  });
  it('carries the folded form', () => {
    expect(tokenize('وأضافت', foldArabic)[0].fold).toBe('واضافت');
  });
  it('keeps surrogate pairs whole', () => {
    const text = 'a 😀 b';
    expect(tokenize(text, foldLatin).map((t) => t.text)).toEqual(['a', '😀', 'b']);
  });
  it('is linear on a long run of one character', () => {
    const text = 'ا'.repeat(200_000) + ' ' + '.'.repeat(200_000);
    expect(tokenize(text, foldArabic).length).toBe(200_001);
  });
});

describe('isPlainPhrase (table builders split plain phrases without the tokenizer)', () => {
  it.each([
    ['وزارة الخارجية', true],
    ['Foreign Office', true],
    ['مُحَمَّد', true],
    ['a.m.', false],
    ['5+5', false],
    ['two  spaces', false],
    [' leading', false],
    ['trailing ', false],
    ['', false],
    ['O’Neil', false],
  ])('%j → %s', (phrase, plain) => {
    expect(isPlainPhrase(phrase)).toBe(plain);
  });
});

describe('tokenize against the plain form of its pattern', () => {
  // The pattern as first written (letters, then joiner + letters, repeated); the module writes words with one copy of
  // the letter class, which must give the same tokens.
  const REFERENCE = /(\p{Lu}(?:\.\p{Lu})+)|(\p{N}+(?:[.,]\p{N}+)+)|([\p{L}\p{M}\p{N}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
  const reference = (text: string) => [...text.matchAll(REFERENCE)].map((m) => [m.index, m[0]]);
  const alphabet = ['a', 'B', 'é', 'ب', 'ة', '\u064E', '3', '٣', "'", '\u2019', '-', '\u2010', '\u2011', '.', ',', ' ', '\n', '(', '«', '😀', 'Ω'];
  it('gives the same tokens on random text over letters, marks, digits, joiners and punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text, (w) => w).map((t) => [t.start, t.text])).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
