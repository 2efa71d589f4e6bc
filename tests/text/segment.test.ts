import { describe, expect, it } from 'vitest';
import { lines, paragraphs, sentences } from '../../src/text/segment.js';

const slices = (text: string, segs: { start: number; end: number }[]) => segs.map((s) => text.slice(s.start, s.end));

describe('paragraphs', () => {
  it('takes one paragraph per line in one-line-per-paragraph files', () => {
    const text = 'Headline here\n\nFirst paragraph ends.\nSecond one too.\n';
    expect(slices(text, paragraphs(text))).toEqual(['Headline here', 'First paragraph ends.', 'Second one too.']);
  });
  it('joins hard-wrapped lines inside blank-line blocks', () => {
    const text = 'The minister said on\nTuesday that the plan\nwould go ahead.\n\nCritics said the\nplan was rushed and\nwould fail.\n\nA third block with\nwrapped lines that\nrun on.';
    const paras = slices(text, paragraphs(text));
    expect(paras).toHaveLength(3);
    expect(paras[0].startsWith('The minister said on')).toBe(true);
    expect(paras[0].endsWith('would go ahead.')).toBe(true);
  });
  it('counts lines with their offsets', () => {
    expect(lines('a\nbc')).toEqual([{ start: 0, end: 1 }, { start: 2, end: 4 }]);
  });
});

describe('sentences', () => {
  const abbr = new Set(['mr', 'dr']);
  it('ends an Arabic sentence after a year with its era letter, which is no abbreviation there', () => {
    const arabicAbbreviations = new Set(['د', 'م', 'هـ']);
    const text = 'تأسست الشركة عام 1950م. وقال المدير إن الأرباح ارتفعت. وصل الوفد في 1438هـ. ثم غادر.';
    expect(slices(text, sentences(text, paragraphs(text), arabicAbbreviations))).toEqual(['تأسست الشركة عام 1950م.', 'وقال المدير إن الأرباح ارتفعت.', 'وصل الوفد في 1438هـ.', 'ثم غادر.']);
    const doctor = 'استقبل د. سالم المراجعين.';
    expect(slices(doctor, sentences(doctor, paragraphs(doctor), arabicAbbreviations))).toEqual([doctor]);
  });
  it('splits at terminal punctuation followed by space', () => {
    const text = 'He left. She stayed! Did they? Yes.';
    expect(slices(text, sentences(text, paragraphs(text), abbr))).toEqual(['He left.', 'She stayed!', 'Did they?', 'Yes.']);
  });
  it('is linear on a long run of full stops glued to a word', () => {
    const text = 'Headline\n\n' + '.'.repeat(1_000_000) + 'x';
    // No clock here: the quadratic version ran for minutes and hit the test timeout; linear takes milliseconds.
    expect(sentences(text, paragraphs(text), abbr)).toHaveLength(2);
  });
  it('does not split after abbreviations and initials', () => {
    const text = 'Mr. Smith met John F. Kennedy in the U.S. on Monday. Then he left.';
    expect(slices(text, sentences(text, paragraphs(text), abbr))).toEqual(['Mr. Smith met John F. Kennedy in the U.S. on Monday.', 'Then he left.']);
  });
  it('keeps a closing quotation mark with its sentence and handles the Arabic question mark', () => {
    const text = 'قال الوزير: «انتهى الاجتماع.» ثم غادر. هل عاد؟ لا.';
    expect(slices(text, sentences(text, paragraphs(text), abbr))).toEqual(['قال الوزير: «انتهى الاجتماع.»', 'ثم غادر.', 'هل عاد؟', 'لا.']);
  });
});
