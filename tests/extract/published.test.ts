import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { inferPublished, POST_SIGNATURE, addDays, utcWeekday } from '../../src/extract/published.js';
import type { TimeExpression } from '../../src/types.js';

/** A time expression at the first occurrence of `text` (the dates engine is tested on its own). */
function at(article: string, text: string, value: string | null, extra: Partial<TimeExpression> = {}, from = 0): TimeExpression {
  const start = article.indexOf(text, from);
  if (start < 0) throw new Error(`not in article: ${text}`);
  return { span: [start, start + text.length], text, value, relative: false, type: 'date', rule: 'test', ...extra };
}

describe('inferPublished', () => {
  it('prefers metadata', () => {
    const text = 'Title\n\nBody text.';
    const a = buildArticle(text, { format: 'html', published: '2021-03-04', publishedSource: 'json-ld' }, {});
    expect(inferPublished(a, [])).toMatchObject({ date: '2021-03-04', rule: 'metadata:json-ld' });
  });

  it('takes a date-stamp line near the top', () => {
    const text = 'Storm closes schools\n\nMarch 3, 2019\nSchools across the county closed yesterday.';
    const a = buildArticle(text, { format: 'text' }, {});
    const times = [at(text, 'March 3, 2019', '2019-03-03')];
    expect(inferPublished(a, times)).toMatchObject({ date: '2019-03-03', rule: 'date-stamp-line' });
  });

  it('does not take a full date inside a body sentence as the publication date', () => {
    const text = 'Court rules on appeal\n\nThe court said the contract signed on March 3, 2019 was void, and the company would appeal.';
    const a = buildArticle(text, { format: 'text' }, {});
    expect(inferPublished(a, [at(text, 'March 3, 2019', '2019-03-03')])).toBeNull();
  });

  it('takes an embedded post date confirmed by the weekday in the lead', () => {
    const text = 'الوزارة تطلق حملة جديدة\n\nأطلقت وزارة الصحة الخميس حملة للتطعيم.\nبدأنا اليوم حملة التطعيم في كل المدن.\n— وزارة الصحة (@HealthMin) March 4, 2021';
    const a = buildArticle(text, { format: 'text' }, {});
    const times = [at(text, 'الخميس', null, { relative: true, weekday: 4 }), at(text, 'March 4, 2021', '2021-03-04')];
    expect(inferPublished(a, times)).toMatchObject({ date: '2021-03-04', rule: 'embedded-post-date+lead-weekday' });
  });

  it('moves forward to the lead weekday when the post is older than the story', () => {
    const text = 'Minister resigns\n\nThe minister resigned on Friday after a post.\nI am stepping down today.\n— Jane Roe (@janeroe) March 4, 2021';
    const a = buildArticle(text, { format: 'text' }, {});
    const times = [at(text, 'Friday', null, { relative: true, weekday: 5 }), at(text, 'March 4, 2021', '2021-03-04')];
    expect(inferPublished(a, times)).toMatchObject({ date: '2021-03-05', rule: 'embedded-post-date→lead-weekday' });
  });

  it('uses the latest of several posts', () => {
    const text = 'Two posts\n\nBody.\nFirst post.\n— A (@a) March 1, 2021\nSecond post.\n— B (@b) March 3, 2021';
    const a = buildArticle(text, { format: 'text' }, {});
    const times = [at(text, 'March 1, 2021', '2021-03-01'), at(text, 'March 3, 2021', '2021-03-03')];
    expect(inferPublished(a, times)?.date).toBe('2021-03-03');
  });

  it('returns null without evidence (false positives stay out)', () => {
    const text = 'Quiet day\n\nNothing happened on Tuesday.';
    const a = buildArticle(text, { format: 'text' }, {});
    expect(inferPublished(a, [at(text, 'Tuesday', null, { relative: true, weekday: 2 })])).toBeNull();
  });
});

describe('today + full date in the lead', () => {
  it('takes the date the lead gives for its today', () => {
    const text = 'Council approves plan\n\nThe council voted today, Tuesday, March 3, 2020, to approve the plan.';
    const a = buildArticle(text, { format: 'text' }, {});
    const times = [at(text, 'today', null, { relative: true }), at(text, 'Tuesday, March 3, 2020', '2020-03-03', { weekday: 2 })];
    expect(inferPublished(a, times)).toMatchObject({ date: '2020-03-03', rule: 'lead:today+date' });
  });
  it('reads the Arabic agency style «اليوم الخميس … الموافق …»', () => {
    const text = 'الهيئة توقع اتفاقية\n\nوقعت الهيئة اليوم الخميس 8 أكتوبر 2026م اتفاقية جديدة.';
    const a = buildArticle(text, { format: 'text' }, {});
    const times = [at(text, 'اليوم الخميس', null, { relative: true, weekday: 4 }), at(text, '8 أكتوبر 2026م', '2026-10-08')];
    expect(inferPublished(a, times)?.date).toBe('2026-10-08');
  });
  it('ignores a date that only follows "today" from afar', () => {
    const text = 'Plan\n\nThe council met today to discuss what was signed on March 3, 2020.';
    const a = buildArticle(text, { format: 'text' }, {});
    const times = [at(text, 'today', null, { relative: true }), at(text, 'March 3, 2020', '2020-03-03')];
    expect(inferPublished(a, times)).toBeNull();
  });
  it('a full date in apposition to "yesterday" dates the story the day after («أمس» anchored by a stated date)', () => {
    const text = 'Plan\n\nThe council met today to discuss what was signed on March 3, 2020. Yesterday, March 2, 2020, it rained.';
    const a = buildArticle(text, { format: 'text' }, {});
    const times = [at(text, 'today', null, { relative: true }), at(text, 'March 3, 2020', '2020-03-03'), at(text, 'Yesterday', null, { relative: true }), at(text, 'March 2, 2020', '2020-03-02')];
    expect(inferPublished(a, times)).toMatchObject({ date: '2020-03-03', rule: 'lead:deictic+date' });
  });
});

describe('POST_SIGNATURE', () => {
  it.each(['— UN News (@UN_News) June 10, 2020', '-- Jane Roe (@janeroe) 4 March 2021', '— وزارة الصحة (@HealthMin) March 4, 2021'])('matches %s', (line) => {
    expect(POST_SIGNATURE.test(line)).toBe(true);
  });
  it.each(['— said the minister on Monday', 'Contact us (@support) for help with your subscription today and tomorrow and more'])('rejects %s', (line) => {
    expect(POST_SIGNATURE.test(line)).toBe(false);
  });
});

describe('date helpers', () => {
  it('adds days across months and years', () => {
    expect(addDays('2020-12-30', 3)).toBe('2021-01-02');
    expect(utcWeekday('2020-06-10')).toBe(3);
  });
});

describe('datelines', () => {
  it('take the publication date from a dated dateline and keep it out of events and actors', async () => {
    const { summarise } = await import('../../src/pipeline.js');
    const text = 'Port reopens after storm\n\nLONDON, March 3, 2019 (Reuters) - The harbour authority reopened the port on Saturday, two days after the storm.';
    const s = await summarise(text, { id: 't' });
    // Whatever the dates engine makes of the dateline, it is publication evidence, not an event.
    for (const e of s.events) expect(e.dateText).not.toContain('March 3, 2019');
    expect(s.published).toBe('2019-03-03');
    expect(s.actors.map((a) => a.name)).not.toContain('Reuters');
  });
});

describe('a deictic day with a full date in the lead (Arabic agency and press styles)', () => {
  const infer = async (body: string) => {
    const { summarise } = await import('../../src/pipeline.js');
    return (await summarise(`الهيئة تعلن خطتها\n\n${body}`, { id: 't' })).published;
  };
  it.each([
    ['وقعت الهيئة اليوم الأربعاء الموافق 5 أغسطس 2015 اتفاقية جديدة مع الجامعة.', '2015-08-05'],
    ['افتتح المحافظ اليوم (الأربعاء) 5 أغسطس 2015 المعرض السنوي للكتاب.', '2015-08-05'],
    ['اختتمت أمس الاثنين الموافق 3/8/2015م فعاليات المهرجان الصيفي.', '2015-08-04'],
    ['وصل الوفد أمس (الثلاثاء) الموافق 4 أغسطس 2015 إلى العاصمة.', '2015-08-05'],
    ['وصل الوفد أول من أمس الأحد 2 أغسطس 2015 إلى العاصمة.', '2015-08-04'],
    ['تنطلق غدا الخميس 6 أغسطس 2015 البطولة العربية للناشئين.', '2015-08-05'],
    ['باشرت الشرطة صباح اليوم الأحد الموافق 10 شوال 1436هـ بلاغا عن حادث مروري.', '2015-07-26'],
    // Past the lead, with a weekday that agrees.
    ['نعى الأدباء زميلهم الراحل.\nوكان قد أسس ناديا أدبيا في مدينته.\nوقد وافته المنية عصر أمس الأول السبت (9/ 10/ 1436هـ) بعد مرض.', '2015-07-27'],
  ])('%s', async (body, date) => {
    expect(await infer(body)).toBe(date);
  });
  it.each([
    // The weekday named is not the date's own: no publication date.
    'وصل الوفد أمس الأربعاء 4 أغسطس 2015 إلى العاصمة.',
    // A full date away from the deictic dates something else.
    'وقعت الهيئة اليوم اتفاقية بدأ العمل بها في 5 أغسطس 2015.',
    'ذكرت الهيئة أمس أن العقد الموقع في 4 أغسطس 2015 سار.',
    // Past the lead without a weekday: not enough.
    'نعى الأدباء زميلهم الراحل.\nوكان قد أسس ناديا أدبيا في مدينته.\nوأعلن النادي أمس 4 أغسطس 2015 موعد التأبين.',
  ])('no publication date from: %s', async (body) => {
    expect(await infer(body)).toBeNull();
  });
});
