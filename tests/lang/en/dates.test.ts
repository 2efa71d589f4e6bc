import { describe, expect, it } from 'vitest';
import { english } from '../../../src/lang/en/index.js';
import { buildArticle } from '../../../src/pipeline.js';
import { findTimeExpressions } from '../../../src/extract/dates.js';
import { buildEvents } from '../../../src/extract/events.js';
import { describeDateExamples, findDates } from '../pack-examples.js';

const find = (text: string, published: string | null) => findDates(english, text, published);

describeDateExamples(english);

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

describe('unit shifts are marked for the events stage', () => {
  it('marks "last month" and «الشهر الماضي» but not weekdays or month names', () => {
    const [lastMonth, tuesday, february] = find('Prices rose last month, fell on Tuesday and in February.', '2021-06-10');
    expect([lastMonth.unitShift, tuesday.unitShift, february.unitShift]).toEqual([true, undefined, undefined]);
  });
});

describe('dates that are only a comparison point are not events', () => {
  for (const ex of english.dates.reference!.examples) {
    it(ex.text, () => {
      const article = buildArticle(`Headline\n\n${ex.text}`, { format: 'text' }, { lang: 'en', date: ex.published ?? undefined });
      const events = buildEvents(article, findTimeExpressions(article), []).map((e) => e.dateText);
      for (const w of ex.notEvents) expect(events.some((e) => e.includes(w)), `${w} in ${JSON.stringify(events)}`).toBe(false);
      for (const w of ex.events) expect(events.some((e) => e.includes(w)), `${w} in ${JSON.stringify(events)}`).toBe(true);
    });
  }
});
