import { describe, expect, it } from 'vitest';
import { buildPseudoArticle, goldEntities, iobEntities, parseConll, spanToTokens } from '../../eval/anercorp.js';

// Sentences written for these tests, in the corpus's token-per-line IOB2 form.
const SAMPLE = ['زار O', 'سامي B-PERS', 'الحداد I-PERS', 'مدينة O', 'طنجة B-LOC', '. O', '', 'وقالت O', 'شركة B-ORG', 'النور I-ORG', 'إن O', 'كأس B-MISC', 'الخليج I-MISC', 'بدأت O'].join('\n');

describe('ANERcorp reading', () => {
  it('parses token-per-line IOB2 into sentences', () => {
    const sentences = parseConll(SAMPLE);
    expect(sentences.map((s) => s.length)).toEqual([6, 7]);
    expect(sentences[0][1]).toEqual({ text: 'سامي', tag: 'B-PERS' });
  });
  it('builds entities from B-/I- runs, per sentence, in corpus-wide token indexes', () => {
    expect(goldEntities(parseConll(SAMPLE))).toEqual([
      { start: 1, end: 3, type: 'PERS' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 7, end: 9, type: 'ORG' },
      { start: 10, end: 12, type: 'MISC' },
    ]);
  });
  it('opens an entity on an I- tag with no B- before it, and on a type change', () => {
    expect(iobEntities(['O', 'I-PERS', 'I-PERS', 'I-LOC'])).toEqual([
      { start: 1, end: 3, type: 'PERS' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });
});

describe('mention spans to tokens', () => {
  const pseudo = buildPseudoArticle(parseConll(SAMPLE), 100);

  it('joins tokens with spaces and sentences with line ends, keeping token offsets', () => {
    expect(pseudo.text).toBe('زار سامي الحداد مدينة طنجة .\nوقالت شركة النور إن كأس الخليج بدأت');
    expect(pseudo.text.slice(pseudo.tokenStarts[4], pseudo.tokenEnds[4])).toBe('طنجة');
  });
  it('maps a span to the tokens it touches, also when it starts after a clitic inside a token', () => {
    const start = pseudo.text.indexOf('سامي');
    expect(spanToTokens(pseudo, [start, start + 'سامي الحداد'.length])).toEqual([101, 103]);
    const clitic = pseudo.text.indexOf('وقالت') + 1;
    expect(spanToTokens(pseudo, [clitic, clitic + 4])).toEqual([106, 107]);
  });
  it('returns null for an empty span', () => {
    expect(spanToTokens(pseudo, [3, 3])).toBeNull();
  });
});
