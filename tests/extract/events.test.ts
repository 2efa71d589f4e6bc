import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { buildEvents, periodStart } from '../../src/extract/events.js';
import { findTimeExpressions } from '../../src/extract/dates.js';
import type { Actor, TimeExpression } from '../../src/types.js';

function at(article: string, text: string, value: string | null, extra: Partial<TimeExpression> = {}): TimeExpression {
  const start = article.indexOf(text);
  return { span: [start, start + text.length], text, value, relative: false, type: 'date', rule: 'test', ...extra };
}

function actor(article: string, name: string): Actor {
  const start = article.indexOf(name);
  return { name, type: 'person', aliases: [], title: null, mentions: [{ span: [start, start + name.length], text: name, rule: 't' }], salience: 0, rule: 't' };
}

describe('buildEvents', () => {
  const text = 'Talks resume\n\nJune 2, 2021\nThe envoy met Ana Diaz on May 30. The ministers will meet again in July. Talks lasted three days.';
  const article = buildArticle(text, { format: 'text' }, { date: '2021-06-02' });
  const times = [
    at(text, 'June 2, 2021', '2021-06-02'),
    at(text, 'May 30', '2021-05-30'),
    at(text, 'in July', '2021-07'),
    at(text, 'three days', null, { type: 'duration' }),
  ];
  const events = buildEvents(article, times, [actor(text, 'Ana Diaz')]);

  it('makes one event per dated expression, ordered by date', () => {
    expect(events.map((e) => [e.date, e.dateText])).toEqual([
      ['2021-05-30', 'May 30'],
      ['2021-07', 'in July'],
    ]);
  });
  it('keeps the date stamp and durations out', () => {
    expect(events.find((e) => e.dateText === 'June 2, 2021')).toBeUndefined();
    expect(events.find((e) => e.dateText === 'three days')).toBeUndefined();
  });
  it('summarises with the sentence and names its actors', () => {
    expect(events[0].summary).toBe('The envoy met Ana Diaz on May 30.');
    expect(events[0].actors).toEqual(['Ana Diaz']);
    expect(events[1].actors).toEqual([]);
  });
  it('leaves out values outside the contract (decades, centuries)', () => {
    const t = 'Era\n\nThe plant was built in the 1990s.';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-06-02' });
    expect(buildEvents(a, [at(t, 'the 1990s', '199')], [])).toEqual([]);
  });
  it('reduces a time of day to its day', () => {
    const t = 'Blast\n\nThe blast came at 9am on Monday.';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-06-02' });
    const ev = buildEvents(a, [at(t, 'at 9am on Monday', '2021-05-31T09:00', { type: 'time' })], []);
    expect(ev[0].date).toBe('2021-05-31');
  });
  it('counts a headline date once when the body gives it too', () => {
    const t = 'Talks resume on Monday\n\nEnvoys met on Monday in Geneva. They will meet again on Friday.';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-06-02' });
    const head = at(t, 'on Monday', '2021-05-31', { relative: true });
    const bodyStart = t.indexOf('on Monday', 30);
    const body: TimeExpression = { ...head, span: [bodyStart, bodyStart + 9] };
    const ev = buildEvents(a, [head, body, at(t, 'on Friday', '2021-06-04', { relative: true })], []);
    expect(ev.map((e) => [e.date, e.span[0]])).toEqual([['2021-05-31', bodyStart], ['2021-06-04', t.indexOf('on Friday')]]);
  });
  it('counts repeated identical relative words with the same date once', () => {
    const t = 'Exports\n\nExports rose this year. Imports fell this year as well. Last year they rose.';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-06-02' });
    const first = at(t, 'this year', '2021', { relative: true, rule: 'en:unit-shift', unitShift: true });
    const second: TimeExpression = { ...first, span: [t.lastIndexOf('this year'), t.lastIndexOf('this year') + 9] };
    const ev = buildEvents(a, [first, second, at(t, 'Last year', '2020', { relative: true, rule: 'en:unit-shift', unitShift: true })], []);
    expect(ev.map((e) => e.date)).toEqual(['2020', '2021']);
  });
  it('keeps repeated weekdays: two things can happen on one Tuesday', () => {
    const t = 'Day\n\nThe mayor resigned on Tuesday. Protesters gathered on Tuesday.';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-06-02' });
    const first = at(t, 'on Tuesday', '2021-06-01', { relative: true, rule: 'en:weekday-past' });
    const second: TimeExpression = { ...first, span: [t.lastIndexOf('on Tuesday'), t.lastIndexOf('on Tuesday') + 10] };
    expect(buildEvents(a, [first, second], [])).toHaveLength(2);
  });
  it('keeps repeated absolute dates: each may date a different happening', () => {
    const t = 'Votes\n\nThe vote was on 3 May 2021. The count also ended on 3 May 2021.';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-06-02' });
    const first = at(t, '3 May 2021', '2021-05-03');
    const second: TimeExpression = { ...first, span: [t.lastIndexOf('3 May 2021'), t.lastIndexOf('3 May 2021') + 10] };
    expect(buildEvents(a, [first, second], [])).toHaveLength(2);
  });
  it("summarises an embedded post's date with what was posted, without its links", () => {
    const t = 'Ministry starts campaign\n\nThe ministry started a campaign on Monday.\nWe begin vaccinating today in every city. https://t.co/abc pic.twitter.com/xyz\n— Health Ministry (@HealthMin) March 4, 2021';
    const a = buildArticle(t, { format: 'text' }, { date: '2021-03-04' });
    const ev = buildEvents(a, [at(t, 'March 4, 2021', '2021-03-04')], []);
    expect(ev[0].summary).toBe('We begin vaccinating today in every city.');
  });
  it('orders weeks, months and years by the day they start', () => {
    expect(periodStart('2026-W21')).toBe('2026-05-18');
    expect(periodStart('2021-W01')).toBe('2021-01-04');
    expect(periodStart('2020-W53')).toBe('2020-12-28');
    expect(periodStart('2026-07')).toBe('2026-07-01');
    expect(periodStart('2019')).toBe('2019-01-01');
    const t = 'Order\n\nThey met two weeks ago and again on July 23 after talks in July.';
    const a = buildArticle(t, { format: 'text' }, { date: '2026-06-05' });
    const ev = buildEvents(a, [at(t, 'two weeks ago', '2026-W21', { relative: true }), at(t, 'July 23', '2026-07-23'), at(t, 'in July', '2026-07')], []);
    expect(ev.map((e) => e.date)).toEqual(['2026-W21', '2026-07', '2026-07-23']);
  });
});

describe('comparison points: a number is not a clause break', () => {
  it('reads "from £12.5bn" as one amount, so a story-relative date after it is the baseline', () => {
    const text = 'Loans\n\nLoans fell to £11bn in May, from £12.5bn a year earlier.';
    const article = buildArticle(text, { format: 'text' }, { lang: 'en' });
    const times = [
      at(text, 'May', '2013-05'),
      at(text, 'a year earlier', '2012-05', { rule: 'en:ago-story' }),
    ];
    expect(buildEvents(article, times, []).map((e) => e.dateText)).toEqual(['May']);
  });
  it('keeps a year after a count of years: "from 12 years in exile in 2008" is no amount', () => {
    const text = 'Exile\n\nShe came back from 12 years in exile in 2008.';
    const article = buildArticle(text, { format: 'text' }, { lang: 'en' });
    expect(buildEvents(article, [at(text, '2008', '2008')], []).map((e) => e.date)).toEqual(['2008']);
  });
});

describe('a full date told again for the same happening is one event', () => {
  const events = (text: string, lang: string, date: string) => {
    const a = buildArticle(text, { format: 'text' }, { lang, date });
    return buildEvents(a, findTimeExpressions(a), []).map((e) => e.date);
  };
  it('merges a year whose two sentences share the word it dates («الأزمة … عام 2008»)', () => {
    expect(events('الأسواق\n\nوبدأت الأزمة المالية عام 2008 في الأسواق الأمريكية. وقال الخبير إن الأزمة التي اندلعت عام 2008 لم تنته بعد.', 'ar', '2015-08-07')).toEqual(['2008']);
    expect(events('Exporters\n\nThe recession of 2009 hit exporters hard. Economists say the recession in 2009 was the deepest.', 'en', '2014-03-05')).toEqual(['2009']);
  });
  it('merges a calendar day written out twice in one sentence for the same happening', () => {
    expect(events('البوابة\n\nوأعلنت الهيئة أن البوابة الإلكترونية تغلق يوم الخميس 6-2-1447، وأكد تعميم لاحق إغلاق البوابة الإلكترونية يوم الخميس 6-2-1447 الموافق 31-7-2025م.', 'ar', '2025-08-04')).toEqual(['2025-07-31']);
  });
  it('keeps the same year for different happenings', () => {
    expect(events('الضرائب\n\nوتنخفض الضرائب في بريطانيا ابتداء من عام 2021. ويتوقع أن ترتفع أرباح البنك بحلول عام 2021.', 'ar', '2015-08-07')).toEqual(['2021', '2021']);
  });
  it('keeps a period shared by two results: "quarter" says which period, not what happened', () => {
    expect(events('Airlines\n\nThe carrier lost $5m in the fourth quarter of 2004. Its rival saw fourth-quarter 2004 profits fall.', 'en', '2005-01-20')).toEqual(['2004', '2004']);
  });
  it('keeps the ends of career spans and the years of a list', () => {
    const found = events('اللاعب\n\nولعب اللاعب مع النادي (2005-2007) ثم مع جاره (2007-2008). وفاز مع النادي بالكأس عام 2007.', 'ar', '2015-08-07');
    expect(found.filter((d) => d === '2007')).toHaveLength(3);
  });
  it('keeps a relative date repeated: yesterday twice may be two things', () => {
    expect(events('السوق\n\nوارتفع مؤشر السوق في جلسة أمس. وتراجع مؤشر السوق الثانية في جلسة أمس.', 'ar', '2015-08-07')).toEqual(['2015-08-06', '2015-08-06']);
  });
});

describe('a weekday in brackets after a day restates it', () => {
  const events = (text: string, lang: string, date: string) => {
    const a = buildArticle(text, { format: 'text' }, { lang, date });
    return buildEvents(a, findTimeExpressions(a), []).map((e) => [e.date, e.dateText]);
  };
  it('counts «أمس (الجمعة)» and «عصر اليوم (السبت)» once each', () => {
    expect(events('التنس\n\nوتأهل اللاعب بعد فوزه أمس (الجمعة) على منافسه. ويلعب النهائي عصر اليوم (السبت) في المدينة.', 'ar', '2015-08-08').map(([d]) => d)).toEqual(['2015-08-07', '2015-08-08']);
  });
  it('keeps a bracketed date that differs from the one before it', () => {
    expect(events('اللقاء\n\nووصل الوفد أمس (والاجتماع الأحد المقبل).', 'ar', '2015-08-08').map(([d]) => d)).toEqual(['2015-08-07', '2015-08-09']);
  });
});

describe('a year in a list is not a retelling', () => {
  it('keeps "for 2031 and 2032" beside an earlier "exports in 2031"', () => {
    const t = 'Exports\n\nThe port is on course for record exports in 2031, traders say. Norway expects a 4% rise in exports for 2031 and 2032.';
    const a = buildArticle(t, { format: 'text' }, { lang: 'en', date: '2030-01-20' });
    expect(buildEvents(a, findTimeExpressions(a), []).map((e) => e.date)).toEqual(['2031', '2031', '2032']);
  });
});
