/**
 * Arabic documents and bodies as speakers: statements, reports and letters linked to their issuer, and bodies
 * named again by a short form.
 * Sentences written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';
import { quotesOfArticle, quotesOfBody } from '../../helpers/arabic-quotes.js';

describe('Arabic documents linked to their issuer («تقرير … من معهد «X»», «بيان صادر عن …»)', () => {
  it('give the report to the body named after the link, and «وأضاف التقرير أن» to the same body', async () => {
    const got = await quotesOfBody(
      'وكشف تقرير سنوي من معهد «الدراسات السكانية» الوطني أن «60 في المائة من الأسر تملك منازلها».\n' +
        'وفي المقابل، أضاف التقرير أن «10 في المائة من الأسر تستأجر».',
    );
    expect(got.map((q) => q.speaker)).toEqual(['الدراسات السكانية', 'الدراسات السكانية']);
  });
  it('read «صادر عن» as the link', async () => {
    const got = await quotesOfBody('وأشار بيان صادر عن هيئة الرقابة المالية إلى أن «المخالفات تراجعت هذا العام».');
    expect(got[0]?.speaker ?? '').toMatch(/^هيئة الرقابة/u);
  });
  it('read a past verb with the document\'s pronoun as the link («دراسة أجرتها جامعة X», «تقرير نشرته منظمة X»)', async () => {
    const got = await quotesOfBody(
      'وأوضحت دراسة أجرتها جامعة الملك سعود أن «نصف الطلاب ينامون أقل من ست ساعات».\n' +
        'وأشار تقرير نشرته منظمة الصحة العالمية إلى أن «التدخين يقتل الملايين كل عام».',
    );
    expect(got.map((q) => q.speaker)).toEqual(['جامعة الملك سعود', 'منظمة الصحة العالمية']);
  });
  it('never take a place after the link as the issuer («تقرير من لندن»)', async () => {
    const got = await quotesOfBody('وأفاد تقرير من لندن أن «الأسعار ارتفعت بنسبة كبيرة».');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
  it('leave a document with no link to its issuer to the issuer named before («وأصدرت … وأشار التقرير»)', async () => {
    const got = await quotesOfBody('وأصدرت منظمة الشفافية الدولية تقريرها السنوي أمس. وأشار التقرير إلى أن «الفساد تراجع في عشر دول».');
    expect(got.map((q) => q.speaker)).toEqual(['منظمة الشفافية الدولية']);
  });
});

describe('Arabic bodies named again by their head noun («الصحيفة» after «صحيفة «X»»)', () => {
  const lead = 'وذكرت صحيفة «المساء الجديد» الأسبوعية أن الإدارة تدرس الخيارات. ';
  it('give the quote to the latest body whose name opens with that noun', async () => {
    expect((await quotesOfBody(lead + 'وأضافت الصحيفة أن «الوزارة لم تحسم موقفها بعد من العقوبات».')).map((q) => q.speaker)).toEqual(['المساء الجديد']);
  });
  it('leave a head noun that opens no body named before unresolved', async () => {
    expect((await quotesOfBody(lead + 'وأضافت الوكالة أن «الوزارة لم تحسم موقفها بعد من العقوبات».')).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic documents named before under another spelling of their issuer', () => {
  it('«ويضيف التقرير» after «تقرير نشره موقع X» when the actors hold X with one more adjective', async () => {
    const got = await quotesOfBody('وتضم منظمات «الشبكة العربية المستقلة للرصد البيئي» عشرين جمعية. وبحسب تقرير نشره موقع الشبكة العربية للرصد البيئي أمس، تراجعت الغابات في المنطقة. ويضيف التقرير أن «المساحات الخضراء تقلصت بنسبة كبيرة».');
    expect(got.map((q) => q.speaker)).toEqual(['الشبكة العربية المستقلة للرصد البيئي']);
  });
  it('one shared word is not the same body (false positive: «الشبكة» alone)', async () => {
    const got = await quotesOfBody('وتضم منظمات «الشبكة العربية المستقلة للرصد البيئي» عشرين جمعية. وأعلنت وزارة الزراعة خطة جديدة. وبحسب تقرير نشره موقع الشبكة الوطنية للزراعة أمس، تراجعت الغابات في المنطقة. ويضيف التقرير أن «المساحات الخضراء تقلصت بنسبة كبيرة».');
    expect(got.map((q) => q.speaker)).not.toContain('الشبكة العربية المستقلة للرصد البيئي');
  });
});

describe('Arabic documents as subjects of verbs that are no speech cues', () => {
  it('«ووجد التقرير أن «…»» goes to the issuer of the report named before', async () => {
    const got = await quotesOfBody('وكشف تقرير سنوي من معهد «المرصد العربي للتعليم» أن «نصف الطلاب يدرسون العلوم». ووجد التقرير أن «ثلث الطلاب من الريف».');
    expect(got.map((q) => q.speaker)).toEqual(['المرصد العربي للتعليم', 'المرصد العربي للتعليم']);
  });
  it('a document that is the object of a preposition is no subject (false positive)', async () => {
    const got = await quotesOfBody('وكشف تقرير سنوي من معهد «المرصد العربي للتعليم» أن «نصف الطلاب يدرسون العلوم». وقال الوزير نادر الخطيب تعليقا على التقرير إن «الأرقام تحتاج إلى مراجعة دقيقة».');
    expect(got.map((q) => q.speaker)).toEqual(['المرصد العربي للتعليم', 'نادر الخطيب']);
  });
});

describe('Arabic «قال فيه» after a document', () => {
  it('«أصدرت بيانا قالت فيه: «…»»: the pronoun is the statement; the body that issued it speaks', async () => {
    const got = await quotesOfBody('نفت إدارة نادي الشباب الأنباء المتداولة عن بيع لاعبيها، وأصدرت مساء أمس بيانا قالت فيه: «لا صحة لما تردد عن بيع عقود اللاعبين».');
    expect(got).toHaveLength(1);
    expect(got[0].speaker).not.toBeNull();
    expect(got[0].speaker).toContain('نادي الشباب');
  });
  it('«نشر تغريدة كتب فيها: «…»», «ألقى كلمة قال فيها إن «…»»: the writer, the speaker', async () => {
    expect((await quotesOfBody('ونشر الوزير خالد العمري تغريدة على حسابه في تويتر كتب فيها: «نعمل ليلا ونهارا من أجل المواطن».')).map((q) => q.speaker)).toEqual(['خالد العمري']);
    expect((await quotesOfBody('وألقى الوزير خالد العمري كلمة في الحفل قال فيها إن «التعليم أساس التنمية».')).map((q) => q.speaker)).toEqual(['خالد العمري']);
  });
  it('«رسالة قال فيها المدرب فلان إن «…»»: the subject after the pronoun', async () => {
    expect((await quotesOfBody('وتلقى النادي رسالة قال فيها المدرب سامر الخطيب إن «الفريق بحاجة إلى مهاجم».')).map((q) => q.speaker)).toEqual(['سامر الخطيب']);
  });
});

describe('Arabic documents and plural lead-ins', () => {
  it('«وجاء في البيان أن «…»»: the words are the statement\'s, its issuer named before speaks', async () => {
    const got = await quotesOfBody('وأصدرت وزارة الصحة بيانا أمس. وجاء في البيان أن «العمل مستمر في المشروع».');
    expect(got).toEqual([{ text: 'العمل مستمر في المشروع', speaker: 'وزارة الصحة' }]);
  });
  it('«وجاء في التقرير أن «…»» with no issuer named: kept, with no speaker', async () => {
    const got = await quotesOfBody('وجاء في التقرير أن «الأسعار ارتفعت خلال الربع الثاني».');
    expect(got).toEqual([{ text: 'الأسعار ارتفعت خلال الربع الثاني', speaker: null }]);
  });
  it('«وأوضح التعميم أن «…»»: a circular is a document of the body that issued it', async () => {
    const got = await quotesOfBody('وأصدرت وزارة التعليم تعميما على المدارس. وأوضح التعميم أن «الدراسة تبدأ في الأسبوع المقبل».');
    expect(got.map((q) => q.speaker)).toEqual(['وزارة التعليم']);
  });
  it('a plural participle with no subject («قائلين») is not the body the last quote was credited to', async () => {
    const got = await quotesOfBody('وقالت وزارة الصحة إن «الوضع تحت السيطرة».\nورفع عدد من السكان دعوى أمام المحكمة، قائلين «إن القرار يلحق الضرر بآلاف الأسر في المدينة».');
    expect(got.map((q) => q.speaker)).toEqual(['وزارة الصحة', null]);
  });
});

describe('Arabic short names of bodies', () => {
  it('a body\'s short name right after its full name is a name, in the body and in the headline', async () => {
    const out = await summarise('«إبداع» تطلق مسابقة للمبتكرين\n\nتطلق الهيئة الوطنية للابتكار والإبداع «إبداع» مطلع الشهر المقبل مسابقة للمخترعين الشباب في المدارس.\n', { lang: 'ar', date: '2015-08-01' });
    expect(out.quotes).toEqual([]);
  });
  it('keeps words after a document of the body, and a body\'s words after its speech verb (false positives)', async () => {
    expect((await quotesOfBody('وجاء في بيان لوزارة الصحة «نعمل على مدار الساعة».')).map((q) => q.text)).toEqual(['نعمل على مدار الساعة']);
    expect((await quotesOfBody('وأعلنت وزارة الصحة «حالة الطوارئ» في المستشفيات.')).map((q) => q.text)).toEqual(['حالة الطوارئ']);
  });
});

describe('Arabic body named without its head noun', () => {
  it('«بيان الداخلية الأردنية» is the statement of «وزارة الداخلية الأردنية»', async () => {
    const got = await quotesOfArticle(
      'اعتقالات في الجنوب\n\nأعلنت وزارة الداخلية الأردنية أمس اعتقال خمسة مشتبه بهم في الجنوب.\nوقالت الداخلية الأردنية في بيان: «تمكنت الوحدات من ضبط كميات من الأسلحة».\nوتابع بيان الداخلية الأردنية: «فر أحد المشتبه بهم إلى منطقة جبلية».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['وزارة الداخلية الأردنية', 'وزارة الداخلية الأردنية']);
  });
  it('no issuer when two bodies share the words after their head nouns (false positive)', async () => {
    const got = await quotesOfArticle(
      'اعتقالات في الجنوب\n\nأعلنت وزارة الداخلية الأردنية ولجنة الداخلية الأردنية أمس اعتقال خمسة مشتبه بهم.\nوتابع بيان الداخلية الأردنية: «فر أحد المشتبه بهم إلى منطقة جبلية».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic documents whose writer is named with a title in apposition', () => {
  it('«وجاء في رسالة بعثها فلان، الرئيس التنفيذي للشركة «…»»: the comma after the name opens the title', async () => {
    const got = await quotesOfArticle(
      'الشركة تتوسع في آسيا\n\nوجاء في رسالة بعثها مؤخرا بالبريد الإلكتروني سامر الخطيب، الرئيس التنفيذي للشركة «سنواصل العمل معا في كل الأسواق، ونتوقع أن تصبح هذه السوق الأكبر لنا خلال العام المقبل».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['سامر الخطيب']);
  });
});

describe('Arabic documents with no issuer named', () => {
  it('a body named after a preposition («أحيلت القضية إلى المحكمة») received the document, it did not issue it', async () => {
    const got = await quotesOfArticle(
      'المتهم يمثل أمام القضاء\n\nأحيلت القضية إلى المحكمة الجزائية في جدة.\nوأوضحت اللائحة أن «المتهم اعترف بجريمته كاملة أمام المحققين في مركز الشرطة».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
  it('keeps the body that issued it as the subject («أصدرت الوزارة تقريرا … ووفقا للتقرير»)', async () => {
    const got = await quotesOfArticle(
      'إصابات في حادث\n\nأصدرت وزارة الصحة تقريرا عن الحادث أمس.\nووفقا للتقرير فإن «عدد المصابين بلغ عشرين شخصا نقلوا جميعا إلى المستشفيات».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['وزارة الصحة']);
  });
});
