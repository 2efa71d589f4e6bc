import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline.js';
import { findTimeExpressions } from '../../../src/extract/dates.js';
import { dates } from '../../../src/lang/en/dates.js';

const find = (text: string, published: string | null) =>
  findTimeExpressions(buildArticle(text, { format: 'text' }, { lang: 'en', date: published ?? undefined }));

describe('English date rules: examples', () => {
  for (const ex of dates.examples) {
    it(ex.text, () => {
      const found = find(ex.text, ex.published);
      const got = found.map((t) => [t.text, t.value, t.type] as const);
      for (const [text, value, type] of ex.expect) {
        const hit = got.find(([t]) => t === text);
        expect(hit, `${text} in ${JSON.stringify(got)}`).toBeDefined();
        expect(hit![1]).toBe(value);
        if (type) expect(hit![2]).toBe(type);
      }
    });
  }
});

describe('English date rules: false positives stay out', () => {
  for (const fp of dates.falsePositives) {
    it(fp.text, () => {
      expect(find(fp.text, fp.published).map((t) => t.text)).toEqual([]);
    });
  }
});

describe('English relative dates follow news conventions', () => {
  it('a past-tense weekday is the latest such day on or before publication', () => {
    expect(find('The mayor resigned on Monday.', '2021-03-10')[0].value).toBe('2021-03-08');
    expect(find('The mayor resigned on Wednesday.', '2021-03-10')[0].value).toBe('2021-03-10');
  });
  it('a weekday sets the weekday field (0 = Sunday)', () => {
    expect(find('Voters went to the polls on Sunday.', '2021-03-10')[0].weekday).toBe(0);
  });
  it('relative expressions are unresolved without a publication date', () => {
    const found = find('The mayor resigned yesterday and the vote is next week.', null);
    expect(found.map((t) => t.value)).toEqual([null, null]);
    expect(found.every((t) => t.relative)).toBe(true);
  });
  it('an absolute date keeps its value without a publication date', () => {
    expect(find('The treaty was signed on March 3, 1999.', null)[0].value).toBe('1999-03-03');
  });
  it('"May" is a month with a day or a lead word', () => {
    expect(find('Elections were held in May and on May 4.', '2021-06-01').map((t) => t.value)).toEqual(['2021-05', '2021-05-04']);
  });
});
