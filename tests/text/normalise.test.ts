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
  ])('%s → %s', (input, folded) => {
    expect(foldArabic(input)).toBe(folded);
  });
  it('leaves Latin text alone', () => {
    expect(foldArabic('UNHCM (@UNHCMission)')).toBe('UNHCM (@UNHCMission)');
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
