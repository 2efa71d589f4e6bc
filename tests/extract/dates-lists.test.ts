/**
 * Pack data the date engine reads instead of words of its own: list conjunctions (weekday lists with their day
 * numbers) and letters written on numbers (eras, decades, clock times). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { findTimeExpressions } from '../../src/extract/dates.js';

const find = (text: string, lang: string, published: string) =>
  findTimeExpressions(buildArticle(text, { format: 'text' }, { lang, date: published })).map((t) => [t.text, t.value]);

describe('weekday lists with their day numbers', () => {
  it('gives each weekday of an Arabic list the day its number names («و» written on the next word)', () => {
    expect(find('وتقام المباريات أيام الأحد والاثنين والثلاثاء 3 و4 و5 يوليو المقبل.', 'ar', '2020-06-10')).toEqual([
      ['الأحد', '2020-07-03'],
      ['الاثنين', '2020-07-04'],
      ['الثلاثاء', '2020-07-05'],
    ]);
  });

  it('does the same in English, the conjunction standing alone', () => {
    const found = find('The talks are on Tuesday and Wednesday, 12 and 13 May, in Geneva.', 'en', '2020-05-01');
    expect(found.slice(0, 2).map(([, v]) => v)).toEqual(['2020-05-12', '2020-05-13']);
  });

  it('false positive: a number of something else between weekdays and a month is no day list', () => {
    const found = find('The club lost on Tuesday and Wednesday, 3 players and 2 coaches left in May.', 'en', '2020-06-10');
    expect(found.find(([t]) => t === 'Tuesday')?.[1]).not.toBe('2020-05-03');
  });
});

describe('letters written on numbers (DateRules.numberSuffixes)', () => {
  it('reads an era written on a year or after a numeric date, and leaves any other short word out of the date', () => {
    expect(find('وتأسست الشركة عام 1990م وتوسعت لاحقا.', 'ar', '2015-06-25')).toEqual([['عام 1990م', '1990']]);
    expect(find('وصدر القرار بتاريخ 8/9/1436 هـ وأعلن أمس.', 'ar', '2015-06-25')[0]).toEqual(['8/9/1436 هـ', '2015-06-25']);
    expect(find('وصدر القرار بتاريخ 25/6/2015 من الوزارة.', 'ar', '2015-06-25')).toEqual([['25/6/2015', '2015-06-25']]);
    expect(find('The report of 6/10/2020 to the board was late.', 'en', '2020-06-25')).toEqual([['6/10/2020', '2020-06-10']]);
  });

  it('reads a decade and a clock time in English, and no era there', () => {
    const found = find('Prices doubled in the 1990s and the shop opens at 9am on Monday.', 'en', '2015-06-25');
    expect(found.map(([t]) => t)).toEqual(['the 1990s', '9am', 'Monday']);
    expect(find('The fund grew 2015m in a year.', 'en', '2015-06-25').some(([, v]) => v === '2015')).toBe(false);
  });
});
