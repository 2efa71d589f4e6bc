/**
 * Arabic quotation marks that hold no one's words, round 7: a closing mark with nothing open that ends a name
 * coordinated with the next quoted name, or the reporter's own sentence opening with its speech verb; a headline
 * fragment that the body writes in marks as a name. Sentences written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';

async function quotes(doc: string): Promise<{ text: string; speaker: string | null }[]> {
  const out = await summarise(doc, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

const PRODUCTS = `نوفا تطلق "سكاي 7" و"سكاي 7 برو" في الرياض

طرحت شركة نوفا للإلكترونيات جهازي سكاي 7" و"سكاي 7 برو" الجديدين في الأسواق.
وقال مدير المبيعات في نوفا سامر الحلبي: "نتوقع أن يحقق جهازا "سكاي 7" و"سكاي 7 برو" مبيعات كبيرة هذا العام".
ويتوفر جهازا "سكاي 7" و"سكاي 7 برو" في المتاجر بدءا من الأسبوع المقبل.
`;

describe('Arabic stray closing marks that end no quote', () => {
  it('the close of a product name whose opening mark was lost, before «و» and the next quoted name', async () => {
    const got = await quotes(PRODUCTS);
    expect(got.some((q) => q.text.startsWith('طرحت شركة'))).toBe(false);
  });
  it('the reporter\'s sentence opening with a speech verb and its subject', async () => {
    const got = await quotes('عنوان الخبر\n\nوقالت الصحيفة إن المسؤول حاول الفرار من المدينة.\nوأكدت وسائل الإعلام المحلية أن المسؤول استخدم سيارة إسعاف في محاولته الفاشلة للهرب".\n');
    expect(got).toEqual([]);
  });
  it('keeps a stray close that ends the speaker\'s own words (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nوقال الوزير: "الأسعار ستنخفض".\nالأسعار ستبقى منخفضة حتى نهاية العام".\n');
    expect(got.map((q) => q.text)).toContain('الأسعار ستبقى منخفضة حتى نهاية العام');
  });
});

describe('Arabic headline fragments the body writes as names', () => {
  it('product names quoted in the headline and named in marks in the body are no quotes', async () => {
    const got = await quotes(PRODUCTS);
    expect(got.filter((q) => q.text === 'سكاي 7' || q.text === 'سكاي 7 برو')).toEqual([]);
  });
  it('keeps a headline fragment that the body quotes as someone\'s words (false positive)', async () => {
    const got = await quotes('الوزير: الخطة «تسير في الطريق الصحيح»\n\nقال وزير التخطيط نادر الخطيب إن الخطة «تسير في الطريق الصحيح» رغم الصعوبات.\n');
    expect(got.filter((q) => q.text === 'تسير في الطريق الصحيح').map((q) => q.speaker)).toEqual(['نادر الخطيب', 'نادر الخطيب']);
  });
});

describe('Arabic headline fragments that close a longer name everywhere in the body', () => {
  it('an event name after «مهرجان» and a term after the noun it qualifies are no quotes', async () => {
    const got = await quotes('هيئة الثقافة تطلق «ليالي الشتاء» في المدينة\n\nوقالت رئيسة الهيئة سلمى الراشد: «ستقام فعاليات مهرجان ليالي الشتاء في كل الأحياء».\nويضم مهرجان ليالي الشتاء عروضا مسرحية.\n');
    expect(got.map((q) => q.text)).not.toContain('ليالي الشتاء');
    const term = await quotes('طلاب "المسائي" يطالبون بحل قضيتهم\n\nويقول الطالب سامر الحلبي: "قبلنا في التعليم المسائي منذ عامين ولم نتخرج حتى الآن".\n');
    expect(term.map((q) => q.text)).not.toContain('المسائي');
  });
  it('keeps a short headline fragment the body quotes after a verb (false positive)', async () => {
    const got = await quotes('الخطيب: الاتفاق «خطوة جريئة»\n\nوقال الوزير نادر الخطيب إن الاتفاق «خطوة جريئة» طال انتظارها.\n');
    expect(got.filter((q) => q.text === 'خطوة جريئة').map((q) => q.speaker)).toEqual(['نادر الخطيب', 'نادر الخطيب']);
  });
});

describe('Arabic names after a naming noun with its own definite words', () => {
  it('a network named after «بموقع التواصل الاجتماعي» or «على منصة التواصل» is no quote', async () => {
    const got = await quotes('عنوان الخبر\n\nوكتب الوزير نادر الخطيب أمس بموقع التواصل الاجتماعي «تويتر»: «سنراجع الملف كاملا».\n');
    expect(got.map((q) => q.text)).toEqual(['سنراجع الملف كاملا']);
  });
  it('keeps a one-word quote after a body that is a verb\'s subject (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nوانتقدت هيئة الرقابة «تقاعس» الجهات الحكومية عن تنفيذ القرار.\n');
    expect(got.map((q) => q.text)).toEqual(['تقاعس']);
  });
});

describe('Arabic single words of the writer\'s set in quotation marks', () => {
  it('an adverb or a place word set off for emphasis is no quote', async () => {
    const got = await quotes('عنوان الخبر\n\nوأقرب نموذج إلى بلادنا «مثلا» هو دول الجوار، كما قال الكاتب نادر الخطيب.\n');
    expect(got).toEqual([]);
  });
  it('keeps one-word answers and an accuser\'s one word (false positives)', async () => {
    expect((await quotes('عنوان الخبر\n\nوقال المدرب نادر الخطيب: «لا».\n')).map((q) => q.text)).toEqual(['لا']);
    expect((await quotes('عنوان الخبر\n\nوأجاب نادر الخطيب: «أبدا».\n')).map((q) => q.text)).toEqual(['أبدا']);
    expect((await quotes('عنوان الخبر\n\nواتهمت المعارضة التركية الحكومة بـ«المراوغة» في المحادثات.\n')).map((q) => q.text)).toEqual(['المراوغة']);
  });
});
