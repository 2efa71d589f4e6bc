import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { buildEvents } from '../../src/extract/events.js';
import { findTimeExpressions } from '../../src/extract/dates.js';

/** The events of an Arabic body (sentences written for the project), as [date, words] pairs. */
function events(body: string, published: string): Array<[string | null, string]> {
  const article = buildArticle(`عنوان الخبر\n\n${body}`, { format: 'text' }, { lang: 'ar', date: published });
  return buildEvents(article, findTimeExpressions(article), []).map((e) => [e.date, e.dateText]);
}

describe('a day told twice in apposition is one event', () => {
  it.each([
    ['وصل الوفد أمس الثلاثاء 4 أغسطس 2015 إلى العاصمة.', '2015-08-05', [['2015-08-04', 'أمس الثلاثاء']]],
    // «افتتح» before it now makes «اليوم» today itself; the bracketed weekday restates it (one event either way).
    ['وافتتح المحافظ اليوم (الأربعاء) 5 أغسطس 2015 المعرض.', '2015-08-05', [['2015-08-05', 'اليوم']]],
    ['وتنطلق غدا الخميس، 6 أغسطس 2015، البطولة.', '2015-08-05', [['2015-08-06', 'غدا الخميس']]],
  ] as Array<[string, string, Array<[string, string]>]>)('%s', (body, published, expected) => {
    expect(events(body, published)).toEqual(expected);
  });
  it('a weekday in brackets after a deictic day restates it, future days too («غدا (السبت)», «بعد غد (الأحد)»)', () => {
    const body = 'وتستأنف الوزارات العمل اعتبارا من بعد غد (الأحد)، ويصل الوفد غدا (السبت) إلى المدينة، وكان قد غادر أمس (الخميس) العاصمة.';
    expect(events(body, '2015-07-24')).toEqual([['2015-07-23', 'أمس'], ['2015-07-25', 'غدا'], ['2015-07-26', 'بعد غد']]);
  });
  it('a bracketed weekday that is not the day before it stays', () => {
    // The weekday is read on tomorrow's side of today: the Sunday nearest Saturday 25 July («غدا»), 26 July.
    expect(events('ويصل الوفد غدا (الأحد) إلى المدينة.', '2015-07-24')).toEqual([['2015-07-25', 'غدا'], ['2015-07-26', 'الأحد']]);
  });
  it('two different days side by side stay two events', () => {
    expect(events('وعقدت اللجنة اجتماعين أمس الثلاثاء، 3 أغسطس 2015.', '2015-08-05').map((e) => e[0])).toEqual(['2015-08-03', '2015-08-04']);
  });
});

describe('a relative month or year told again about the same happening is one event', () => {
  it('keeps the first telling of a fall in a month', () => {
    const body = 'وسجلت الصادرات تراجعا حادا في يونيو الماضي. وقال المكتب إن الصادرات تراجعت خلال يونيو الماضي بنسبة 3 في المائة.';
    expect(events(body, '2015-08-01')).toEqual([['2015-06', 'يونيو الماضي']]);
  });
  it('keeps two happenings of one month told in other words that share no content word', () => {
    const body = 'وافتتحت الشركة فرعها الجديد في يونيو الماضي. وفي سياق آخر، ارتفعت أسعار الوقود خلال شهر يونيو المنصرم.';
    expect(events(body, '2015-08-01').map((e) => e[0])).toEqual(['2015-06', '2015-06']);
  });
  it('the same month name again in other sentences, with nothing in common, stays two happenings (as the seed\'s two Februaries)', () => {
    const body = 'وافتتحت الشركة فرعها الجديد في يونيو الماضي. وفي سياق آخر، ارتفعت أسعار الوقود خلال يونيو الماضي.';
    expect(events(body, '2015-08-01').map((e) => e[0])).toEqual(['2015-06', '2015-06']);
  });
  it('the same words for a period read at year precision are the story\'s period again («خلال شهر رمضان» … «خلال شهر رمضان»)', () => {
    const body = 'ونظم المركز خلال شهر رمضان دورات علمية. وأضاف المدير أن المركز وزع خلال شهر رمضان آلاف الوجبات.';
    expect(events(body, '2015-08-04')).toEqual([['2015', 'شهر رمضان']]);
  });
  it('words that only frame a period («شهر», «المنصرم») do not make it another one', () => {
    const body = 'وحقق المكتب إنجازات كثيرة خلال شهر رمضان المنصرم. وأضاف المدير أن المكتب نظم في رمضان مسابقات ثقافية.';
    expect(events(body, '2015-08-04')).toEqual([['2015', 'شهر رمضان المنصرم']]);
  });
  it('«هذا العام» and «العام الماضي» stay two periods', () => {
    const body = 'وارتفعت الأرباح هذا العام. وكانت الشركة قد خسرت العام الماضي.';
    expect(events(body, '2015-08-04').map((e) => e[0])).toEqual(['2014', '2015']);
  });
  it('keeps a relative day told twice (often two things that happened that day)', () => {
    const body = 'وافتتح الوزير المعرض أمس. وافتتح الوزير أمس أيضا مركزا صحيا.';
    expect(events(body, '2015-08-01').map((e) => e[0])).toEqual(['2015-07-31', '2015-07-31']);
  });
});

describe('a verbatim copy of the headline in the body (a site footer) tells its dates again', () => {
  const run = (text: string, published: string) => {
    const article = buildArticle(text, { format: 'text' }, { lang: 'ar', date: published });
    return buildEvents(article, findTimeExpressions(article), []).map((e) => [e.date, e.dateText]);
  };
  it('the headline date counts once when only the footer repeats it', () => {
    const headline = 'توزيع ألف وجبة على الصائمين في رمضان بحي الروضة';
    expect(run(`${headline}\n\nوزعت الجمعية آلاف الوجبات على العمال.\nرابط الخبر بصحيفة المدينة: ${headline}`, '2015-08-04')).toEqual([['2015', 'رمضان']]);
  });
  it('the body date counts and the headline and footer copies do not', () => {
    const headline = 'توزيع ألف وجبة على الصائمين في رمضان بحي الروضة';
    expect(run(`${headline}\n\nوزعت الجمعية خلال شهر رمضان آلاف الوجبات.\nرابط الخبر: ${headline}`, '2015-08-04')).toEqual([['2015', 'شهر رمضان']]);
  });
});
