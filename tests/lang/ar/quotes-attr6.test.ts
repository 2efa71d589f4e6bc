/**
 * Arabic quotes: names, lists and terms in quotation marks that no speech governs (shares, indices, dishes, an outlet
 * spoken to after «إلى»), sayings with no verb, post-posed attributions (««…»، هكذا فسر …»), crowds' chants and
 * unnamed persons described by the story. Sentences written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';

async function quotes(body: string): Promise<{ text: string; speaker: string | null }[]> {
  const out = await summarise(`عنوان الخبر\n\n${body}\n`, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('Arabic names and lists in quotation marks are not quotes', () => {
  it('a share, an index, a stadium or a drug named after its indefinite head noun', async () => {
    expect(await quotes('وارتفع سهم «الخليج للتنمية والاستثمار العقاري» بنسبة ثلاثة في المائة في ختام التداولات.')).toEqual([]);
    expect(await quotes('ونزل مؤشر "نيكاي 225" بمقدار مئة نقطة، فيما صعد مؤشر "داكس" الألماني.')).toEqual([]);
    expect(await quotes('وتقام المباراة على ملعب «الوادي الأخضر» بالمدينة مساء الجمعة.')).toEqual([]);
    expect(await quotes('وزاد الطلب على عقار «الفلوكسين» في الصيدليات خلال الموسم.')).toEqual([]);
  });
  it('a list or a name of a few words that no speech verb governs', async () => {
    expect(await quotes('وتضمنت الضيافة الحلويات الشعبية «المعمول والكليجا والبسبوسة والهريس» إلى جانب القهوة العربية.')).toEqual([]);
    expect(await quotes('وقدمت الفرق المشاركة عروض «الخطوة والعرضة والمزمار» وسط حضور كبير من الأهالي.')).toEqual([]);
  });
  it('the outlet spoken to after «إلى» following a speech noun or verb', async () => {
    const got = await quotes('وأكد نادر الخطيب في تصريحاته إلى «الرائد» أن المشروع يسير وفق الخطة. وتحدث الخطيب إلى «الميدان» عن المرحلة المقبلة.');
    expect(got).toEqual([]);
  });
  it('a short stretch that a relative clause describes', async () => {
    expect(await quotes('وتجول الوفد في السوق القديم بصحبة «شيخ السوق» الذي شرح تاريخ المكان ومهنه.')).toEqual([]);
  });
});

describe('Arabic quotes that stay', () => {
  it('a partial quote of a few words after a speech verb and a complementiser', async () => {
    const got = await quotes('وقال نادر الخطيب إن الاتفاق «خطوة في الطريق الصحيح» وإن التنفيذ سيبدأ قريبا.');
    expect(got.map((q) => q.text)).toEqual(['خطوة في الطريق الصحيح']);
  });
  it('a saying after a saying noun, with no verb and no speaker', async () => {
    const got = await quotes('ويردد أهالي القرية في كل مناسبة المقولة الشهيرة «من جد وجد ومن زرع حصد» أمام أبنائهم.');
    expect(got.map((q) => q.text)).toEqual(['من جد وجد ومن زرع حصد']);
  });
  it('a quote attributed after it with «هكذا» and a verb of explaining', async () => {
    const got = await quotes('«الأسعار سترتفع قبل نهاية العام بسبب الطلب المتزايد»، هكذا فسر الخبير الاقتصادي نادر الخطيب قرار البنك المركزي.');
    expect(got).toEqual([{ text: 'الأسعار سترتفع قبل نهاية العام بسبب الطلب المتزايد', speaker: 'نادر الخطيب' }]);
  });
  it('a chant of a crowd («هتف المحتجون «…»»)', async () => {
    const got = await quotes('وتجمع مئات المحتجين أمام مبنى البلدية وهتف المحتجون «لا للغلاء لا للفساد» قبل أن يتفرقوا.');
    expect(got.map((q) => q.text)).toEqual(['لا للغلاء لا للفساد']);
  });
  it('an unnamed person the story describes speaks under the words that describe her', async () => {
    const got = await quotes('وتقول امرأة فقدت منزلها في السيول: «لم يبق لنا شيء سوى الذكريات والصبر».');
    expect(got.length).toBe(1);
    expect(got[0].speaker ?? '').toMatch(/^امرأة/u);
  });
  it('the subject after the outlet spoken to («وقال لـ«الوطن» فلان»), with or without a comma', async () => {
    const a = await quotes('وقال لـ«الرائد» المحلل الاقتصادي نادر الخطيب إن «الأسواق ستتعافى قبل نهاية العام الحالي».');
    expect(a.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
    const b = await quotes('ويقول لـ"الميدان"، نادر الخطيب المحلل في شركة الأفق المالية، "إن قرار البنك سيؤثر في الأسعار خلال الأشهر المقبلة".');
    expect(b.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('but not a bare outlet with nobody after it («وقال لـ«الرائد»: «…»» after a named speaker)', async () => {
    const got = await quotes('واستقبل نادر الخطيب الوفد أمس. وقال لـ«الرائد»: «الزيارة ناجحة بكل المقاييس وستتكرر قريبا».');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('the name «علي» after a title is no preposition («على» folds the same)', async () => {
    const got = await quotes('ومن جهته قال مدير المنتخب الوطني للناشئين علي الزهراني: «مستوى اللاعبين يتحسن من مباراة إلى أخرى».');
    expect(got.map((q) => q.speaker)).toEqual(['علي الزهراني']);
  });
  it('but «على» after a title still ends the speaker phrase («وقال الوزير على هامش الحفل»)', async () => {
    const got = await quotes('وقال وزير التعليم سالم الحربي على هامش الحفل: «نحن فخورون بما قدمه الطلاب هذا العام».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
  it('a short adjunct after the verb («وقال بالنص الصريح») leaves the subject dropped', async () => {
    const got = await quotes('وفوجئ المبعوث سالم الحربي بذلك، وقال بالنص الصريح: «كيف نتصرف مع هذا الوضع؟ نريد فرصة للتفكير».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
});

describe('Arabic names with a possessed head noun, figures, and more speech verbs', () => {
  it('a name after a naming noun with a possessive suffix («حصانه «…»», «فرعها «…»»)', async () => {
    expect(await quotes('وأكد الفارس أن حصانه «برق الشمال» قفز الحاجز الأخير بسهولة.')).toEqual([]);
    expect(await quotes('واستحوذت المجموعة على المصنع من خلال شركتها «النخبة القابضة» الشهر الماضي.')).toEqual([]);
  });
  it('a figure in quotation marks is no quote', async () => {
    expect(await quotes('وأعربت الإدارة عن أملها في خفض التكاليف بنسبة "40%" خلال العام.')).toEqual([]);
  });
  it('«أبان» and «تمنى» report speech', async () => {
    const a = await quotes('وأبان نادر الخطيب أن «الطلب على المساكن سيبقى مرتفعا خلال السنوات المقبلة».');
    expect(a.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
    const b = await quotes('وقال سالم الحربي إن الحفل نجح. وتمنى الحربي أن «تعود المنافسات إلى سابق عهدها في الموسم المقبل».');
    expect(b.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
  it('a definite title noun before a long stretch is the verb\'s object, not the stretch\'s head («وأبلغ فلان الصحيفة «…»»)', async () => {
    const got = await quotes('وأبلغ سالم الحربي الصحيفة «سأعود إلى العمل في الأسبوع المقبل بعد انتهاء فترة العلاج الطويلة».');
    expect(got.map((q) => q.text)).toEqual(['سأعود إلى العمل في الأسبوع المقبل بعد انتهاء فترة العلاج الطويلة']);
  });
  it('but a short name after the definite head stays a name («الصحيفة «الرائد»»)', async () => {
    expect(await quotes('وأكد سالم الحربي أن الصحيفة «الرائد اليومية» نشرت الخبر أمس.')).toEqual([]);
  });
  it('a nickname in quotation marks right after a name («من أحمد حسن «ميدو»»)', async () => {
    expect(await quotes('وأكد سالم الحربي أنه تلقى عرضا من اللاعب ماجد الشمري «الصقر» للعودة إلى الفريق.')).toEqual([]);
  });
  it('but a short quote after a speech verb and its subject stays («وأضاف الحربي «…»»)', async () => {
    const got = await quotes('وقال سالم الحربي إن الموسم كان صعبا. وأضاف الحربي «لن نتراجع».');
    expect(got.map((q) => q.text)).toEqual(['لن نتراجع']);
  });
});
