/**
 * Arabic attribution, round 7: a title phrase whose only actor is the body in its complement names a person (before
 * the title or in apposition after it), and foreign names that open like «بـ» + article before a title. Sentences
 * written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';

async function quotes(body: string): Promise<{ text: string; speaker: string | null }[]> {
  const out = await summarise(`عنوان الخبر\n\n${body}\n`, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('Arabic title phrases with a body in their complement name a person, not the body', () => {
  it('a person no actor holds, in apposition after the title and its place in quotation marks', async () => {
    const got = await quotes('وقال نائب مدير قسم الطوارئ في مستشفى "النور"، الدكتور رامي حداد إن "المصاب يتماثل للشفاء".');
    expect(got).toEqual([{ text: 'المصاب يتماثل للشفاء', speaker: 'رامي حداد' }]);
  });
  it('a person between commas after «ممثل X»', async () => {
    const got = await quotes('وقال ممثل غرفة التجارة الدولية، بيتر كولمان، إن «الطلب على الشحن تراجع».');
    expect(got.map((q) => q.speaker)).toEqual(['بيتر كولمان']);
  });
  it('a person named before the title («السيدة فلانة رئيسة مجلس X»)', async () => {
    const got = await quotes('وقالت السيدة ماري سانتوس رئيسة مجلس الشيوخ إن «الجلسة تأجلت».');
    expect(got.map((q) => q.speaker)).toEqual(['ماري سانتوس']);
  });
  it('keeps the body when nothing names a person (false positive: no name made of the complement)', async () => {
    const got = await quotes('وقال مدير شركة النقل البحري في ميناء «الساحل» إن «الرحلات ستستأنف الأسبوع المقبل».');
    expect(got.map((q) => q.speaker)).not.toContain('الساحل');
    const clause = await quotes('وقال ممثل غرفة التجارة الدولية، في كلمة أمام المؤتمر، إن «الطلب على الشحن تراجع».');
    expect(clause.map((q) => q.speaker)).not.toContain('كلمة أمام المؤتمر');
  });
});

describe('Arabic foreign names that open like «بـ» + article', () => {
  it('a surname before a title in apposition is the speaker, and the same speaker later', async () => {
    const got = await quotes('وقال باليير مدير «كولدويل بانكر» في لندن: «الطلب على الشقق يرتفع منذ أشهر». وأكد باليير أن «الأسعار مستقرة».');
    expect(got.map((q) => q.speaker)).toEqual(['باليير', 'باليير']);
  });
  it('a prepositional adverb after the verb is no name (false positive)', async () => {
    const got = await quotes('وقال بالأمس مدير الشركة إن «الأسعار مستقرة».');
    expect(got.map((q) => q.speaker)).not.toContain('بالأمس');
  });
});

describe('Arabic documents named before under another spelling of their issuer', () => {
  it('«ويضيف التقرير» after «تقرير نشره موقع X» when the actors hold X with one more adjective', async () => {
    const got = await quotes('وتضم منظمات «الشبكة العربية المستقلة للرصد البيئي» عشرين جمعية. وبحسب تقرير نشره موقع الشبكة العربية للرصد البيئي أمس، تراجعت الغابات في المنطقة. ويضيف التقرير أن «المساحات الخضراء تقلصت بنسبة كبيرة».');
    expect(got.map((q) => q.speaker)).toEqual(['الشبكة العربية المستقلة للرصد البيئي']);
  });
  it('one shared word is not the same body (false positive: «الشبكة» alone)', async () => {
    const got = await quotes('وتضم منظمات «الشبكة العربية المستقلة للرصد البيئي» عشرين جمعية. وأعلنت وزارة الزراعة خطة جديدة. وبحسب تقرير نشره موقع الشبكة الوطنية للزراعة أمس، تراجعت الغابات في المنطقة. ويضيف التقرير أن «المساحات الخضراء تقلصت بنسبة كبيرة».');
    expect(got.map((q) => q.speaker)).not.toContain('الشبكة العربية المستقلة للرصد البيئي');
  });
});

describe('Arabic source markers after a speech verb with its subject', () => {
  it('the verb\'s subject speaks; the agency after «حسب» passed the words on', async () => {
    const got = await quotes('وأفاد مصدر أمني - بحسب وكالة الأنباء الرسمية: «القوات تقدمت في المدينة».');
    expect(got.map((q) => q.speaker)).toEqual(['مصدر أمني']);
    const named = await quotes('وقال الوزير نادر الخطيب، بحسب وكالة الأنباء الرسمية، إن «القوات تقدمت في المدينة بعد معارك عنيفة».');
    expect(named.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('keeps the agency when no verb with a subject stands before the marker (false positive)', async () => {
    const got = await quotes('وبحسب وكالة الأنباء الرسمية، فإن «القوات تقدمت في المدينة بعد معارك عنيفة».');
    expect(got.map((q) => q.speaker)).toEqual(['وكالة الأنباء الرسمية']);
  });
});

describe('Arabic lone definite titles as speakers', () => {
  it('«وقال المدرب» is the one person the story names beside that title', async () => {
    const got = await quotes('وأعلن مدرب الفريق نادر الخطيب قائمة اللاعبين. وقال المدرب عقب التدريب: «القائمة نهائية ولن تتغير».');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('a title written right after another person\'s name opens the next name (false positive: no holder)', async () => {
    const got = await quotes('التقى الوزير نادر الخطيب المدرب خوان ماريو. وقال المدرب عقب المباراة: «قدمت استقالتي للتو».');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
  it('two persons with the same title: no holder (false positive)', async () => {
    const got = await quotes('وأعلن مدرب الفريق نادر الخطيب قائمته، ورد مدرب المنافس سامي العلي بقائمة أخرى. وقال المدرب عقب التدريب: «القائمة نهائية ولن تتغير».');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic documents as subjects of verbs that are no speech cues', () => {
  it('«ووجد التقرير أن «…»» goes to the issuer of the report named before', async () => {
    const got = await quotes('وكشف تقرير سنوي من معهد «المرصد العربي للتعليم» أن «نصف الطلاب يدرسون العلوم». ووجد التقرير أن «ثلث الطلاب من الريف».');
    expect(got.map((q) => q.speaker)).toEqual(['المرصد العربي للتعليم', 'المرصد العربي للتعليم']);
  });
  it('a document that is the object of a preposition is no subject (false positive)', async () => {
    const got = await quotes('وكشف تقرير سنوي من معهد «المرصد العربي للتعليم» أن «نصف الطلاب يدرسون العلوم». وقال الوزير نادر الخطيب تعليقا على التقرير إن «الأرقام تحتاج إلى مراجعة دقيقة».');
    expect(got.map((q) => q.speaker)).toEqual(['المرصد العربي للتعليم', 'نادر الخطيب']);
  });
});

describe('Arabic unnamed persons described by a clause', () => {
  it('the preposition after the describing clause is the clause\'s, not the source\'s affiliation', async () => {
    const got = await quotes('تقول امرأة فقدها المرض في المستشفى: «لم أعد أحتمل الانتظار الطويل».');
    expect(got.map((q) => q.speaker)).toEqual(['امرأة فقدها المرض']);
  });
  it('keeps the affiliation of a source with adjectives only (false positive)', async () => {
    const got = await quotes('وقال مسؤول رفيع في الوزارة إن «التحقيق مستمر منذ أسابيع».');
    expect(got.map((q) => q.speaker)).toEqual(['مسؤول رفيع في الوزارة']);
  });
});
