/**
 * The events of an Arabic body (sentences written for the project), as [date, words] pairs: weekdays and
 * relative days resolved by tense, a day told twice is one event, days that are no day of the story, comparison
 * baselines and labels that are no happenings.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { buildEvents } from '../../src/extract/events.js';
import { findTimeExpressions } from '../../src/extract/dates.js';
import { verbTense } from '../../src/lang/ar/dates.js';

/** The events of an Arabic body (sentences written for the project), as [date, words] pairs. */
function events(body: string, published: string): Array<[string | null, string]> {
  const article = buildArticle(`عنوان الخبر\n\n${body}`, { format: 'text' }, { lang: 'ar', date: published });
  return buildEvents(article, findTimeExpressions(article), []).map((e) => [e.date, e.dateText]);
}

// Published on Tuesday 2015-08-11: the last Thursday is 2015-08-06, the coming one 2015-08-13.
const TUESDAY = '2015-08-11';
// Published on Thursday 2015-07-23.
const THURSDAY = '2015-07-23';

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

describe('a bare weekday takes its direction from the tense of its clause', () => {
  it.each([
    // Imperfect (ي/ت/ن) and future (سـ) verbs of any kind, not only fixtures: the coming day.
    ['ويصل الوفد الرياض مساء الخميس قادما من جدة.', '2015-08-13'],
    ['وتبدأ الدراسة في المدارس يوم الخميس.', '2015-08-13'],
    ['ونلتقي بالجمهور الخميس في ساحة المهرجان.', '2015-08-13'],
    ['وسيعود الوزراء إلى العاصمة الخميس بعد انتهاء الجولة.', '2015-08-13'],
    ['وسنعلن النتائج الخميس في مؤتمر صحفي.', '2015-08-13'],
    ['ولن يشارك المهاجم في مباراة الخميس أمام الضيوف.', '2015-08-13'],
    // Perfect verbs, «لم» with a jussive, the perfect of تفعّل (which opens with «ت»): the last one.
    ['وتقدمت القوات الخميس نحو المدينة.', '2015-08-06'],
    ['ولم يحضر الوزير الاجتماع يوم الخميس.', '2015-08-06'],
    ['وتحدث المدرب الخميس عن استعدادات الفريق.', '2015-08-06'],
    ['وتغلب الفريق الخميس على منافسه بهدفين.', '2015-08-06'],
    ['وقصفت الطائرات مواقع المسلحين الخميس.', '2015-08-06'],
  ])('%s', (body, date) => {
    expect(events(body, TUESDAY).map((e) => e[0])).toEqual([date]);
  });
  it('two weekdays in one future clause are both coming', () => {
    expect(events('وسيعود الوزراء خلال يومي الأحد والاثنين إلى العاصمة.', '2015-07-24').map((e) => e[0])).toEqual(['2015-07-26', '2015-07-27']);
  });
  it('the verbs after «أن» are the content of a report or plan, not the clause the weekday stands in', () => {
    expect(events('وأعلن النادي الخميس أن الفريق يلعب مباراة ودية.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-06']);
    expect(events('وكانت القافلة قد انطلقت مساء الأربعاء على أن تصل بعد يومين.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-05']);
  });
  it('the nearest cue still wins: a perfect verb next to the weekday keeps it past', () => {
    expect(events('وقال الوزير الخميس إن المشروع ينطلق قريبا.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-06']);
  });
});

describe('verbTense reads an Arabic word form', () => {
  it.each([
    ['يلتقي', 'future'], ['وتنطلق', 'future'], ['سيعقد', 'future'], ['ستقام', 'future'], ['نلعب', 'future'], ['يصل', 'future'],
    ['قصفت', 'past'], ['وانطلقت', 'past'],
  ] as const)('%s → %s', (word, tense) => {
    expect(verbTense(word, undefined)).toBe(tense);
  });
  it('a jussive after «لم» is past', () => {
    expect(verbTense('يحضر', 'لم')).toBe('past');
    expect(verbTense('يحضر', 'ولم')).toBe('past');
  });
  it.each([
    // Nouns, names and loanwords that share a verb's first letter.
    'تقرير', 'تطوير', 'تاريخ', 'ناصر', 'ياسر', 'يومي', 'اليمن', 'تقنيه', 'مباريات', 'نهايه', 'تشرين', 'سياسي', 'سياره', 'تويتر', 'يورو', 'تمور', 'تحت',
  ])('%s is no verb', (word) => {
    expect(verbTense(word, undefined)).toBeNull();
  });
});

describe('weekdays that are no day of the story', () => {
  it('the Friday sermon and prayer are rites, not a date (the day comes from another word)', () => {
    expect(events('ويلقي الشيخ خطبة الجمعة في الجامع الكبير، وأدى المصلون صلاة الجمعة أمس.', TUESDAY)).toEqual([['2015-08-10', 'أمس']]);
  });
  it('«يوم الجمعة» and «ليلة الجمعة» are still days', () => {
    expect(events('ووصلت الطائرة ليلة الجمعة، وأقيم الحفل يوم الجمعة.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-07', '2015-08-07']);
  });
  it('a night named by its evening and the next day is one night', () => {
    expect(events('وقصفت الطائرات ليل الجمعة السبت مواقع المسلحين.', TUESDAY)).toEqual([['2015-08-07', 'ليل الجمعة']]);
    expect(events('وسيطرت القوات على القاعدة ليل الاثنين/ الثلاثاء بعد معارك.', TUESDAY)).toEqual([['2015-08-10', 'ليل الاثنين']]);
  });
  it('two weekdays that are not one night stay two events', () => {
    expect(events('وعقدت اللجنة اجتماعين الأحد والاثنين.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-09', '2015-08-10']);
  });
});

describe('other day words and labels', () => {
  it('«البارحة الأولى» is the night before last', () => {
    expect(events('وافتتح المحافظ المعرض البارحة الأولى بحضور المسؤولين.', TUESDAY)).toEqual([['2015-08-09', 'البارحة الأولى']]);
  });
  it('a birth year describing a person is a label, like an age', () => {
    expect(events('وأصيب شاب من مواليد عام 1995م في الحادث، ونقل إلى المستشفى أمس.', TUESDAY)).toEqual([['2015-08-10', 'أمس']]);
  });
  it('a year that is a happening stays', () => {
    expect(events('وولد المشروع عام 1995م حين أطلقته الوزارة.', TUESDAY)).toEqual([['1995', 'عام 1995م']]);
  });
});

describe('a coming day told again is one happening', () => {
  it('«غدا» … «يوم غد» in a preview are the same match', () => {
    const body = 'وقال المدرب إن فريقه يستعد لمواجهة الضيوف غدا على ملعبه. وأضاف أنه يأمل أن يشارك المهاجم في لقاء يوم غد بعد تعافيه.';
    expect(events(body, TUESDAY)).toEqual([['2015-08-12', 'غدا']]);
  });
  it('yesterday told twice stays two events (two things that happened then)', () => {
    const body = 'ووصل الوزير أمس إلى جدة. وفي سياق آخر، افتتح المحافظ أمس معرض الكتاب.';
    expect(events(body, TUESDAY).map((e) => e[0])).toEqual(['2015-08-10', '2015-08-10']);
  });
  it('tomorrow and the day after are two days', () => {
    expect(events('وتبدأ المقابلات غدا، وتستمر بعد غد للمتقدمين الآخرين.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-12', '2015-08-13']);
  });
});

describe('«اليوم» after a past verb and its subject is today', () => {
  it.each([
    ['أكد صندوق الإقراض اليوم إطلاق برنامج جديد للمتقدمين.', [['2015-08-11', 'اليوم']]],
    ['وأعلنت وزارة الصحة اليوم تسجيل حالتين جديدتين.', [['2015-08-11', 'اليوم']]],
    // «اليوم» as "nowadays": no past verb before it in its clause, or a clause opener between.
    ['ويرى الباحث أن شباب اليوم أكثر وعيا.', []],
    ['وقال الكاتب إن مدن اليوم تختلف عن الماضي.', []],
    ['وبدأ السوق اليوم يستعيد دوره القديم.', []],
    // A definite word after it keeps it a noun phrase («اليوم الوطني»).
    ['واحتفلت المدارس اليوم الوطني بمسيرة.', []],
  ] as Array<[string, Array<[string, string]>]>)('%s', (body, expected) => {
    expect(events(body, TUESDAY)).toEqual(expected);
  });
});

describe('«فاتح» and a weekend just gone', () => {
  it('«فاتح يناير» is the first of the month', () => {
    expect(events('ونفذت السلطات الأحكام بين فاتح يناير و15 يوليو 2015.', TUESDAY)[0]).toEqual(['2015-01-01', 'فاتح يناير']);
  });
  it('a weekend told in the past early in the week is last week', () => {
    expect(events('وقتل عشرة أشخاص خلال عطلة نهاية الأسبوع.', '2015-08-10')).toEqual([['2015-W32', 'نهاية الأسبوع']]);
  });
  it('a coming or present end of the week is this week', () => {
    expect(events('وتعقد اللجنة اجتماعها نهاية الأسبوع.', '2015-08-10')).toEqual([['2015-W33', 'نهاية الأسبوع']]);
  });
});

describe('a list of weekdays followed by as many day numbers and a month', () => {
  it('each weekday is the day its number names (the month is not a date of its own)', () => {
    const body = 'وحددت الجامعة أيام الخميس والجمعة والسبت 14 و15 و16 شوال الجاري مواعيد لاستلام الوثائق.';
    expect(events(body, '2015-07-26')).toEqual([['2015-07-30', 'الخميس'], ['2015-07-31', 'الجمعة'], ['2015-08-01', 'السبت']]);
  });
  it('Gregorian months too', () => {
    expect(events('وتقام الدورة يومي الأحد والاثنين 16 و17 أغسطس الجاري.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-16', '2015-08-17']);
  });
  it('numbers that do not match the weekdays one for one are counts, not days', () => {
    expect(events('وشارك 12 لاعبا يومي الأحد والاثنين 5 لاعبين في أغسطس.', TUESDAY).map((e) => e[0])).toEqual(['2015-08', '2015-08-09', '2015-08-10']);
  });
});

describe('comparison baselines with Arabic amounts, and dates that name places', () => {
  it('«مقارنة بنحو 388 مليار ريال في عام 2013م» is the baseline, the year before it the happening', () => {
    const body = 'وصعدت الودائع إلى 410.5 مليار ريال في نهاية عام 2014م مقارنة بنحو 388.2 مليار ريال في عام 2013م.';
    expect(events(body, '2015-07-27')).toEqual([['2014', 'نهاية عام 2014م']]);
  });
  it('a share of a total after «من» is no baseline', () => {
    const body = 'وبلغ عدد المشتركين 9 ملايين مشترك من أصل 40 مليون نسمة بنهاية عام 2012.';
    expect(events(body, '2015-08-01')).toEqual([['2012', 'نهاية عام 2012']]);
  });
  it('a day and month after an indefinite place or movement noun name it', () => {
    const body = 'وتقع العمارة خلف ملعب 22 مايو في المدينة، وتذكر الصحف ثورة 25 يناير، ووصل الوفد في 22 مايو إلى عدن.';
    expect(events(body, '2015-07-21')).toEqual([['2015-05-22', '22 مايو']]);
  });
  it('a definite noun before an ordinal day keeps the date («المستشفى أول رمضان»)', () => {
    expect(events('ودخل المستشفى أول رمضان الماضي.', '2015-07-27')).toEqual([['2015-06-18', 'أول رمضان الماضي']]);
  });
});

describe('weekdays after the plural «أيام» recur', () => {
  it('without day numbers they date nothing', () => {
    expect(events('وتفتح الحدائق للعائلات أيام الخميس والجمعة، وتقام المحاضرات أيام الأحد.', TUESDAY)).toEqual([]);
  });
  it('with day numbers they are those days', () => {
    expect(events('وحددت الجامعة أيام الأحد والاثنين 16 و17 أغسطس الجاري للمقابلات.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-16', '2015-08-17']);
  });
  it('the dual «يومي» names two days', () => {
    expect(events('وسيعود الوزراء خلال يومي الأحد والاثنين.', TUESDAY).map((e) => e[0])).toEqual(['2015-08-16', '2015-08-17']);
  });
});

describe('a percentage written in words is an amount, and one word when the baseline reach is counted', () => {
  it.each([
    // «مقارنة ب…» with a change, «بنسبة» and a decimal percentage in words before the year: the year is the baseline.
    ['وارتفع عدد المشتركين بنسبة 6.4 في المائة العام الماضي مقارنة بنمو بنسبة 5.1 في المائة في العام 2013م.', ['2014']],
    ['وزادت المبيعات 7.2 في المئة مقارنة بتراجع بنسبة 3.5 في المئة في عام 2012.', []],
    // «من … إلى …» with whole percentages in words: the start is the baseline, the end the happening.
    ['وارتفعت البطالة من 9 في المائة مطلع 2012 إلى 11 في المائة في منتصف 2013.', ['2013']],
    // «مقارنة مع» a percentage in a part of the year: the part and its year are the baseline.
    ['وسجل التضخم 3.1 في المائة في الربع الأول، مقارنة مع 2 في المائة في الربع الثالث من عام 2014.', []],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
  it('«من» with a share of a total in words is still no baseline without a percentage', () => {
    expect(events('وتسلمت الوزارة 9 ملايين من أصل 40 مليون طلب في نهاية 2012.', THURSDAY).map((e) => e[0])).toEqual(['2012']);
  });
  it('a percentage after «أكثر من» is a quantity, and its year a happening', () => {
    expect(events('وارتفعت الأسعار أكثر من 5 في المائة في عام 2014.', THURSDAY).map((e) => e[0])).toEqual(['2014']);
  });
});

describe('a comparison with a part or period of a date («مقارنة بالربع الأول من العام الماضي») is a baseline', () => {
  it.each([
    ['أما مقارنة بالنصف الثاني من العام الماضي فقد تراجعت الواردات.', []],
    ['وتحسنت الأرباح مقارنة بالنصف الأول من عام 2014.', []],
    // «عن» after an amount, with the part of the year between.
    ['وتراجع عدد الزوار بنسبة ثلاثة في المائة عن الشهر الأول من عام 2014.', []],
    ['وتراجعت الواردات 4.5 في المائة عن الشهر ذاته من العام الماضي.', []],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
  it.each([
    // No comparison word, or no amount before «عن»: the date is a happening.
    ['وأعلنت الشركة عن نتائج الربع الأول من عام 2015.', ['2015']],
    ['وارتفعت الصادرات في الربع الأول من العام الماضي.', ['2014']],
  ])('%s stays dated', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('a weekday right after a deictic day the scan read apart is that day', () => {
  it.each([
    // «منذ يوم أمس» is read on its own; the weekday after it names yesterday, whatever the clause's tense.
    ['وبحث المجلس منذ يوم أمس الأربعاء، 12 بندا من جدول أعماله.', ['2015-07-22']],
    ['ويدرس المجلس منذ يوم أمس الأربعاء خطة الميزانية.', ['2015-07-22']],
    // «اليوم (الخميس)»: the weekday in parentheses is today.
    ['واعتمدت اللجنة، اليوم (الخميس)، خطتها السنوية.', ['2015-07-23']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
  it('a weekday after other words keeps its own reading', () => {
    expect(events('وقال الوزير أمس إن اللجنة ستجتمع الأحد.', THURSDAY).map((e) => e[0])).toEqual(['2015-07-22', '2015-07-26']);
  });
});

describe('the amount of a change right after the date makes it the baseline («عن العام الماضي بنسبة …»)', () => {
  it.each([
    ['وارتفعت الرسوم الدراسية عن العام الماضي بنسبة 8 في المائة.', []],
    ['وتراجعت أعداد المسافرين عن شهر يونيو بمقدار 1200 مسافر.', []],
    // The preposition not right before the date, or no amount after it: a happening.
    ['وأعلنت الوزارة عن نتائج عام 2014 بقيمة 5 ملايين ريال.', ['2014']],
    ['وتحدث المؤرخ عن أحداث عام 1973 بنسبة كبيرة من التفصيل.', ['1973']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('«العام» after a definite noun with a conjunction written on it is an adjective («والأمين العام السابق»)', () => {
  it.each([
    ['وحضر الاجتماع المدير التنفيذي والمدير العام السابق للشركة.', []],
    ['وحضر اللقاء المدير التنفيذي والأمين العام السابق للاتحاد.', []],
    // «الماضي» after it still makes it last year.
    ['وتراجعت المبيعات والعام الماضي شهد نموا في الصادرات.', ['2014']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('a bare weekday\'s tense: not from a relative clause after it, nor from a transliterated name', () => {
  it.each([
    // The verb after «التي» belongs to the relative clause; the clause of the weekday has none: the day just gone.
    ['وأفاد شهود في المنطقة، باستعادة القوات السيطرة الأربعاء على القرى التي يتحصن فيها المسلحون.', ['2015-07-22']],
    // «كونيكتيكت» ends as a perfect verb does and «فيورنتينا» opens as an imperfect: names, not the clause's tense.
    ['وتختتم الجولة الودية الجمعة في كونيكتيكت.', ['2015-07-24']],
    ['وخسر الفريق الأحد أمام فيورنتينا بهدفين.', ['2015-07-19']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('a weekday right after a given name is a family name', () => {
  it.each([
    ['وغادر النادي لاعبا الوسط سامي الخميس وعادل السالم.', []],
    ['وكرم المجلس المهندس فهد السبت على جهوده.', []],
    // A shift after it, or «يوم» before it: a day.
    ['وعاد خالد الخميس الماضي من الخارج.', ['2015-07-16']],
    ['وقال محمد يوم الخميس إن الفريق جاهز.', ['2015-07-23']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('a demonstrative names the current unit only before a definite noun', () => {
  it.each([
    ['وزار الأبناء آباءهم في العيد، وهذه سنة حميدة توارثتها الأسر.', []],
    ['وهذا عام صعب على المزارعين.', []],
    ['وافتتح المبنى هذا العام.', ['2015']],
    ['وتبدأ الدراسة هذه السنة في موعدها.', ['2015']],
    ['وفي هذا الأسبوع افتتح المعرض.', ['2015-W30']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('«منذ» after a negated clause or right after an amount is no happening', () => {
  it.each([
    ['ولم تسجل أي إصابة بالمرض في القرية منذ 1995.', []],
    ['وهو لا يعمل منذ عام 2009.', []],
    // An amount right before «منذ» measures a change from the date.
    ['وتراجع سعر الحديد بنسبة 60% منذ عام 2010 وفق التقرير.', []],
    ['وتراجعت الأسعار بنسبة 12 في المائة منذ يونيو الماضي.', []],
    ['وتراجعت الأسعار 30 دولارا منذ يونيو الماضي.', []],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
  it.each([
    // A plain «منذ», or a count of things before it: the date stays (the pack's convention for «منذ عام 2009»).
    ['وتعمل الشركة في السوق منذ عام 2009.', ['2009']],
    ['وسجلت المدينة 3 حالات منذ أمس.', ['2015-07-22']],
  ])('%s stays', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('an elative, "than" and a relative clause up to the date: the date is what is compared with', () => {
  it.each([
    ['وبلغت نسبة الإشغال 40 في المائة وهي أدنى من التي سجلت مطلع العام الماضي.', []],
    ['وكانت الأرباح أعلى من تلك التي تحققت في 2013.', []],
    ['وحضر الحفل أكثر من الذين حضروا العام الماضي.', []],
    // No elative before «من»: the relative clause dates a happening.
    ['وتسلم الفريق الكأس من التي فازت بها العام الماضي.', ['2014']],
    ['وافتتح الوزير المشروع الذي أعلن عنه العام الماضي.', ['2014']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('a weekday opening its clause after another weekday takes that one\'s tense', () => {
  it.each([
    ['وتتواصل منافسات البطولة الودية الجمعة في المدينة بلقاء الفريقين، والسبت في العاصمة بلقاء آخر.', ['2015-07-24', '2015-07-25']],
    ['وتلعب الفرق الأحد في الرياض، والاثنين في جدة.', ['2015-07-26', '2015-07-27']],
    // Not a weekday after a verb of its own clause (one the pack may not read as a tense).
    ['وتلعب الفرق الأحد في الرياض، وغادر المدرب السبت.', ['2015-07-18', '2015-07-26']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});

describe('a month name with no day right after a place or movement noun names it', () => {
  it.each([
    ['وعمل الطبيب سنوات في مستشفى مايو كلينيك قبل عودته أمس.', ['2015-07-22']],
    ['وتحدث المحاضر عن ثورة يناير في مصر.', []],
    ['وافتتح المستشفى في مايو الماضي.', ['2015-05']],
  ])('%s', (body, dates) => {
    expect(events(body, THURSDAY).map((e) => e[0])).toEqual(dates);
  });
});
