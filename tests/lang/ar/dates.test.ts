import { describe, expect, it } from 'vitest';
import { arabic } from '../../../src/lang/ar/index.js';
import { buildArticle } from '../../../src/pipeline.js';
import { findTimeExpressions } from '../../../src/extract/dates.js';
import { buildEvents } from '../../../src/extract/events.js';
import { describeDateExamples, findDates } from '../pack-examples.js';

const find = (text: string, published: string | null) => findDates(arabic, text, published);

describeDateExamples(arabic);

describe('Arabic dates: calendars and digits', () => {
  it('reads Arabic-Indic digits in numeric dates', () => {
    expect(find('وصدر القرار في ١٥/٣/٢٠١٩ بعد نقاش.', null)[0].value).toBe('2019-03-15');
  });
  it('treats a Hijri date and its Gregorian equivalent as one expression', () => {
    const found = find('وافتتح المركز في 1 شوال 1436 هـ الموافق 17 يوليو 2015 م.', '2015-08-01');
    expect(found).toHaveLength(1);
    expect(found[0].value).toBe('2015-07-17');
  });
  it('a Hijri month with a day and no year takes the year the publication date implies', () => {
    expect(find('وتوقف العمل في 10 محرم من العام.', '2015-11-01')[0].value).toBe('2015-10-23');
  });
  it('relative expressions are unresolved without a publication date', () => {
    const found = find('وصل الوفد أمس ويغادر الأسبوع المقبل.', null);
    expect(found.map((t) => t.value)).toEqual([null, null]);
  });
  it('a month at the end of a line does not take the year that opens the next line', () => {
    const found = find('وانتهت الحرب في 15 أكتوبر.\n1950 - تأسيس المصنع الجديد.', '2015-08-01');
    expect(found.map((t) => [t.text, t.value])).toEqual([['15 أكتوبر', '2015-10-15'], ['1950', '1950']]);
  });
  it('a weekday after the preposition-carrying clitic is found («والأربعاء»)', () => {
    expect(find('وصل الأحد والأربعاء الماضيين وفدان.', '2020-06-12').map((t) => t.weekday)).toContain(0);
  });
});


describe('Arabic dates that are only a comparison point are not events', () => {
  for (const ex of arabic.dates.reference!.examples) {
    it(ex.text, () => {
      const article = buildArticle(`عنوان الخبر\n\n${ex.text}`, { format: 'text' }, { lang: 'ar', date: ex.published ?? undefined });
      const events = buildEvents(article, findTimeExpressions(article), []).map((e) => e.dateText);
      for (const w of ex.notEvents) expect(events.some((e) => e.includes(w)), `${w} in ${JSON.stringify(events)}`).toBe(false);
      for (const w of ex.events) expect(events.some((e) => e.includes(w)), `${w} in ${JSON.stringify(events)}`).toBe(true);
    });
  }
});
