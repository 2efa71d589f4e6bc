import { describe, expect, it } from 'vitest';
import { asciiDigits, foldArabic, foldLatin, squash } from '../../src/text/normalise.js';

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
