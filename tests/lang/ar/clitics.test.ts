import { describe, expect, it } from 'vitest';
import { arabicPossessedBases, arabicStems } from '../../../src/lang/ar/clitics.js';
import { foldArabic } from '../../../src/text/normalise.js';

const stems = (w: string) => arabicStems(foldArabic(w));

describe('arabicStems', () => {
  it.each([
    ['وبالحكومة', 'حكومه'],
    ['والحكومة', 'الحكومه'],
    ['للحكومة', 'الحكومه'],
    ['وواشنطن', 'واشنطن'],
    ['بليبيا', 'ليبيا'],
    ['لبعثة', 'بعثه'],
    ['فالبعثة', 'البعثه'],
    ['كالعادة', 'العاده'],
  ])('%s has the stem %s', (word, stem) => {
    expect(stems(word)).toContain(stem);
  });
  it('lists the word itself first', () => {
    expect(stems('والوزير')[0]).toBe('والوزير');
  });
  it('does not empty short words', () => {
    for (const s of stems('ولد')) expect(s.length).toBeGreaterThanOrEqual(2);
  });
});

describe('arabicPossessedBases', () => {
  it.each([
    ['فرعها', ['فرع']],
    ['حصانه', ['حصان']],
    ['شركتهم', ['شركت', 'شركه']],
    ['مصنعهما', ['مصنع']],
  ])('%s without its suffix is %j', (word, bases) => {
    expect(arabicPossessedBases(word)).toEqual(expect.arrayContaining(bases));
  });
  it('keeps at least three letters and leaves words without a suffix alone', () => {
    expect(arabicPossessedBases('وجه')).toEqual([]);
    expect(arabicPossessedBases('مصنع')).toEqual([]);
  });
});
