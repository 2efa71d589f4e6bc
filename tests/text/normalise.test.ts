import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiDigits, foldArabic, foldLatin, hasTanween, squash, stripArabicMarks } from '../../src/text/normalise.js';

describe('foldArabic', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إبراهيم', 'ابراهيم'],
    ['آمال', 'امال'],
    ['مصطفى', 'مصطفي'],
    ['الحكومة', 'الحكومه'],
    ['مُحَمَّد', 'محمد'],
    ['جـــديد', 'جديد'],
    ['٢٠٢٠', '2020'],
    ['۱۴۰۰', '1400'],
    ['أکد', 'اكد'],
    ['علی', 'علي'],
  ])('%s → %s', (input, folded) => {
    expect(foldArabic(input)).toBe(folded);
  });
  it('leaves Latin text alone', () => {
    expect(foldArabic('UNHCM (@UNHCMission)')).toBe('UNHCM (@UNHCMission)');
  });
  it('folds a mixed string in one pass: removals and replacements side by side, at both ends', () => {
    expect(foldArabic('ـأَ٣ىx')).toBe('ا3يx');
    expect(foldArabic('ة')).toBe('ه');
    expect(foldArabic('')).toBe('');
  });

  // The table-driven fold must agree with the spelled-out rules it replaced, on any mix of Arabic, marks and other text.
  const referenceFold = (s: string) =>
    asciiDigits(stripArabicMarks(s).replace(/[\u0622\u0623\u0625\u0671]/gu, '\u0627').replace(/\u0649/gu, '\u064A').replace(/\u0629/gu, '\u0647').replace(/\u06CC/gu, '\u064A').replace(/\u06A9/gu, '\u0643'));
  it('agrees with the regular-expression rules on arbitrary text (property)', () => {
    const arabicBlockOrAscii = fc.oneof(fc.integer({ min: 0x0600, max: 0x06ff }), fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x05f0, max: 0x0710 }));
    fc.assert(
      fc.property(fc.array(arabicBlockOrAscii, { maxLength: 40 }), (codes) => {
        const s = String.fromCharCode(...codes);
        expect(foldArabic(s)).toBe(referenceFold(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldArabic on presentation forms', () => {
  // the isolated form of each Arabic letter (Presentation Forms-B), as some sites still publish whole articles
  const isolated = new Map<string, string>();
  for (let c = 0xfe70; c <= 0xfefc; c++) {
    const ch = String.fromCharCode(c);
    const letter = ch.normalize('NFKC');
    if (letter.length === 1 && !isolated.has(letter)) isolated.set(letter, ch);
  }
  const shaped = (text: string) => [...text].map((c) => isolated.get(c) ?? c).join('');

  it('folds contextual shapes and ligatures as the letters they show', () => {
    expect(foldArabic('\uFEA3\uFEF4\uFE8E\uFE80')).toBe('حياء');
    expect(foldArabic('\uFEFB')).toBe('لا');
    expect(foldArabic('\uFDF2')).toBe('الله');
    expect(foldArabic('\uFE83\uFEA3\uFEE4\uFEAA')).toBe('احمد'); // hamza on alef folds too
  });

  it('folds any word spelt in isolated forms as the same word in letters, and leaves other characters', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوىيةأإآء'), { minLength: 1, maxLength: 8 }), (letters) => {
      const word = letters.join('');
      expect(foldArabic(shaped(word))).toBe(foldArabic(word));
    }));
    expect(foldArabic('\uFEFF')).toBe('\uFEFF');
    expect(foldArabic('abc')).toBe('abc');
  });
});

describe('foldLatin', () => {
  it('lower-cases and removes accents', () => {
    expect(foldLatin('Ségolène Royal')).toBe('segolene royal');
  });
});

describe('asciiDigits / squash', () => {
  it('converts Arabic-Indic digits', () => expect(asciiDigits('في ١٠ يونيو')).toBe('في 10 يونيو'));
  it('folds white space', () => expect(squash('  a \n\t b  ')).toBe('a b'));
});

describe('stripArabicMarks and hasTanween (rules that read the spelling, not the folded form)', () => {
  it('drops diacritics and tatweel but keeps hamza forms, ة and ى', () => {
    expect(stripArabicMarks('أَحْمَدُ')).toBe('أحمد');
    expect(stripArabicMarks('مدرســـة')).toBe('مدرسة');
    expect(stripArabicMarks('مُستشفى')).toBe('مستشفى');
  });
  it('finds tanween on adverbs and indefinite nouns, not on names', () => {
    expect(hasTanween('مسبقًا')).toBe(true);
    expect(hasTanween('كتابٌ')).toBe(true);
    expect(hasTanween('بيتٍ')).toBe(true);
    expect(hasTanween('سالم')).toBe(false);
    expect(hasTanween('مُحَمَّد')).toBe(false);
  });
});
