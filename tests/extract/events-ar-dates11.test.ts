import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { buildEvents } from '../../src/extract/events.js';
import { findTimeExpressions } from '../../src/extract/dates.js';

/** The events of an Arabic body (sentences written for the project), as [date, words] pairs. */
function events(body: string, published: string): Array<[string | null, string]> {
  const article = buildArticle(`عنوان الخبر\n\n${body}`, { format: 'text' }, { lang: 'ar', date: published });
  return buildEvents(article, findTimeExpressions(article), []).map((e) => [e.date, e.dateText]);
}

// Published on Thursday 2015-07-23.
const THURSDAY = '2015-07-23';

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
