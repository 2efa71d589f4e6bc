/**
 * Arabic quotes, round 11: the subject of a pluperfect speech verb («وكان فلان قد قال»), clauses of time after a speech
 * verb («قال حين …»), and a longer title before a name («مستشارة الرئيس لشؤون الأمن فلانة») for a later bare title
 * («وأضافت المستشارة»). Sentences written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';

async function quotes(body: string): Promise<{ text: string; speaker: string | null }[]> {
  const out = await summarise(`خبر محلي\n\n${body}\n`, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('Arabic pluperfect speech verbs («وكان فلان قد قال»)', () => {
  it('a surname the actors do not hold, between the auxiliary and the verb, is the speaker', async () => {
    const got = await quotes('وأعلن نادي الساحل تعاقده مع المهاجم الغاني كوفي منساه. وكان منساه قد قال عند وصوله إلى المطار «جئت إلى هنا لأفوز بالدوري مع زملائي».');
    expect(got).toEqual([{ text: 'جئت إلى هنا لأفوز بالدوري مع زملائي', speaker: 'منساه' }]);
  });
  it('a family name of origin alone («وكان الهاشمي قال») is the speaker, not the one who spoke before', async () => {
    const got = await quotes('وأكد المتحدث باسم الحكومة سالم الراشد أن العلاقات جيدة. وكان الهاشمي قال خلال مقابلة تلفزيونية: «الحكومة عاجزة عن ضبط الحدود».');
    expect(got).toEqual([{ text: 'الحكومة عاجزة عن ضبط الحدود', speaker: 'الهاشمي' }]);
  });
  it('a clause of time after the verb («قال حين …», «عندما …») is no subject', async () => {
    expect(await quotes('وكان بيرو قد قال عندما وقع العقد «أريد أن أفوز بكل شيء».')).toEqual([{ text: 'أريد أن أفوز بكل شيء', speaker: 'بيرو' }]);
    const got = await quotes('وقال المدرب سالم الراشد حين سئل عن اللاعب «إنه جاهز تماما».');
    expect(got).toEqual([{ text: 'إنه جاهز تماما', speaker: 'سالم الراشد' }]);
  });
  it('reads no name in a present verb or a noun after «كان» (false positives)', async () => {
    const present = await quotes('المؤرخ الفرنسي جان لوران كان يحب أن يصف نفسه قائلا: «أنا ابن قرية صغيرة».');
    expect(present.map((q) => q.speaker)).not.toContain('يحب');
    const noun = await quotes('ولم يقدم اللاعب سامي الحربي ما يكفي في الموسم، وآخرها كان توجهه لمنتقديه طالبا منهم أن «يصمتوا» عبر مقطع مصور.');
    expect(noun.map((q) => q.speaker)).not.toContain('توجهه لمنتقديه');
  });
});

describe('Arabic bare titles for a person named with a longer title', () => {
  it('«وأضافت المستشارة» after «مستشارة الرئيس لشؤون الأمن فلانة»: the person of that title', async () => {
    const got = await quotes('وقالت مستشارة الرئيس لشؤون الأمن منى الراشد في بيان إن «الخطة تسير كما رسمت». وأضافت المستشارة أن «كل القرارات تخضع لمراجعة دقيقة».');
    expect(got).toEqual([
      { text: 'الخطة تسير كما رسمت', speaker: 'منى الراشد' },
      { text: 'كل القرارات تخضع لمراجعة دقيقة', speaker: 'منى الراشد' },
    ]);
  });
  it('a title ends at a preposition: «وزير … خلال لقائه الرئيس فلان» gives the minister, not the president (false positive)', async () => {
    const got = await quotes('وقال وزير الخارجية سعد الناصر خلال لقائه الرئيس فهد المطيري إن العلاقات متينة. وأضاف الوزير أن «الزيارة ناجحة بكل المقاييس».');
    expect(got).toEqual([{ text: 'الزيارة ناجحة بكل المقاييس', speaker: 'سعد الناصر' }]);
  });
});

describe('Arabic person names in quotation marks in the speaker phrase (house style of some outlets)', () => {
  it('a title closing with a name in marks before «إن» or a colon: the name speaks, not the body in the title, and the name is no quote', async () => {
    expect(await quotes('وقال مدير عام مكتب الصحة بالمحافظة "عادل الحربي" إن "المستشفيات تعمل بكامل طاقتها رغم الضغط".')).toEqual([
      { text: 'المستشفيات تعمل بكامل طاقتها رغم الضغط', speaker: 'عادل الحربي' },
    ]);
    expect(await quotes('وقال مدير عام مكتب الصحة بالمحافظة "عادل الحربي": "المستشفيات تعمل بكامل طاقتها رغم الضغط".')).toEqual([
      { text: 'المستشفيات تعمل بكامل طاقتها رغم الضغط', speaker: 'عادل الحربي' },
    ]);
  });
  it('a family name in marks right after the verb, with an adjunct before the colon («وقال "فلاني" الليلة في حديث:»)', async () => {
    const got = await quotes('وشدد "القحطاني" على أن الحدود آمنة. وقال "القحطاني" الليلة في حديث تلفزيوني: "الحدود آمنة بفضل الله ثم بجهود الجنود".');
    expect(got).toEqual([{ text: 'الحدود آمنة بفضل الله ثم بجهود الجنود', speaker: 'القحطاني' }]);
  });
  it('an operation, a company or a body in marks after an indefinite noun or a naming noun is no person (false positives)', async () => {
    const operation = await quotes('وأوضح قائد عمليات "غضب الوادي" أن "المدينة أصبحت آمنة بالكامل بفضل المقاتلين".');
    expect(operation.map((q) => q.speaker)).not.toContain('غضب الوادي');
    const company = await quotes('وقال ماركوس ديل مدير «هاربر ريفر ريالتي» في دبي إن «الطلب على العقارات تراجع هذا العام».');
    expect(company).toEqual([{ text: 'الطلب على العقارات تراجع هذا العام', speaker: 'ماركوس ديل' }]);
    const body = await quotes('وقالت الشركة "نور للتقنية" إن "الأجهزة الجديدة ستطرح الشهر المقبل".');
    expect(body.map((q) => q.speaker)).not.toContain('نور للتقنية');
  });
});

describe('Arabic names the actors miss after a long title', () => {
  it('«الحاكم السابق لولاية X فلان فلاني»: a title with its adjective and a place in construct, then the name', async () => {
    const got = await quotes('وقال الحاكم السابق لولاية تكساس جورج هاملتون إن «الحزب يحتاج إلى وجوه جديدة».');
    expect(got).toEqual([{ text: 'الحزب يحتاج إلى وجوه جديدة', speaker: 'جورج هاملتون' }]);
  });
  it('«مدير عام النادي X فلان فلاني»: the club after a title word is the genitive, the last two words the name', async () => {
    const got = await quotes('وأكد مدير عام هامبورغ كلاوس ريتر أن «النادي لن يبيع لاعبيه هذا الصيف».');
    expect(got).toEqual([{ text: 'النادي لن يبيع لاعبيه هذا الصيف', speaker: 'كلاوس ريتر' }]);
  });
  it('keeps a foreign surname opening like a preposition before its title (false positive)', async () => {
    const got = await quotes('وقال باليير مدير «كولدويل بانكر» في لندن: «الطلب على الشقق يرتفع منذ أشهر».');
    expect(got.map((q) => q.speaker)).toEqual(['باليير']);
  });
});

describe('Arabic speakers introduced by a speech verb with no quote', () => {
  it('a relative clause after a name the actors miss ends the name («ويقول فلان فلاني الذي شارك في …»)', async () => {
    const got = await quotes('ويقول جان بيير لوران الذي شارك في تأسيس الشركة لوكالة الأنباء "مهمتنا تطوير مواد جديدة للصناعة".');
    expect(got).toEqual([{ text: 'مهمتنا تطوير مواد جديدة للصناعة', speaker: 'جان بيير لوران' }]);
  });
  it('a person brought in by «وأوضح فلان … أنه …» speaks on in «وقال: «…»» in the next sentence', async () => {
    const got = await quotes('وقالت الممثلة ليلى حداد: «نحن نحمل رسالة». وأوضح نبيل شمشوم الذي أسس الفرقة في السبعينات أنه بدأ العرض منذ سنوات. وقال لـ«رويترز»: «لدينا اليوم مدرسة خاصة للرقص الشعبي».');
    expect(got.map((q) => q.speaker)).toEqual(['ليلى حداد', 'نبيل شمشوم']);
  });
  it('the speaker quoted before goes on when the sentence between opens with no speech verb (false positive)', async () => {
    const got = await quotes('وقالت الممثلة ليلى حداد: «نحن نحمل رسالة». وتنوعت العروض بين الدبكة والرقص المعاصر. وأضافت: «نريد أن نحافظ على تراثنا».');
    expect(got.map((q) => q.speaker)).toEqual(['ليلى حداد', 'ليلى حداد']);
  });
});

describe('Arabic unnamed sources keep their words', () => {
  it('«وقال مندوب خليجي في المنظمة» stays the source as written when the actors hold a bare «مندوب»', async () => {
    const got = await quotes('وأوضح مندوبون في المنظمة أن الأسعار ستتعافى. وقال مندوب خليجي في المنظمة: «لم يحن وقت التغيير بعد»، وأضاف: «سيزيد الطلب في النصف الثاني من العام».');
    expect(got.map((q) => q.speaker)).toEqual(['مندوب خليجي في المنظمة', 'مندوب خليجي في المنظمة']);
  });
  it('a clause of manner («دون أن يذكر …») ends the source\'s words', async () => {
    const got = await quotes('وقال متحدث باسم الشرطة في المدينة دون أن يذكر اسم الموقوف "تم استجوابه وإطلاق سراحه".');
    expect(got.map((q) => q.speaker)).toEqual(['متحدث باسم الشرطة في المدينة']);
  });
});

describe('Arabic speakers of a reported sentence after a fronted adverbial', () => {
  it('«من جانبه، بين فلان أن …. وأضاف: «…»»: the person of the reported sentence speaks on, not the one quoted before', async () => {
    const got = await quotes('وقال الخبير سامي العلي: «السوق مستقرة». من جانبه، بين الدكتور فهد الراشد، رئيس الغرفة التجارية، أن النمو سيتواصل. وأضاف: «الأشهر المقبلة ستشهد مشاريع كثيرة».');
    expect(got.map((q) => q.speaker)).toEqual(['سامي العلي', 'فهد الراشد']);
  });
  it('«وفي الأسبوع الماضي، كرر فلان أنه …. وقال: «…»»: «كرر» before a clause reports speech', async () => {
    const got = await quotes('وقال مصدر في مكتب الرئيس إن الموقف لم يحسم. وفي الأسبوع الماضي، كرر رئيس الوزراء سالم العتيبي أنه سيبذل كل جهده. وقال في مقابلة تلفزيونية: «الحل الوحيد هو التفاوض».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم العتيبي']);
  });
  it('«كرر» without a clause is no speech verb: «وكرر الفريق فوزه» (false positive)', async () => {
    const got = await quotes('وقال المدرب سالم الراشد: «الفوز مهم». وكرر الفريق فوزه على المنافس للمرة الثانية. وأضاف: «نحتاج إلى التركيز».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الراشد', 'سالم الراشد']);
  });
});

describe('Arabic heads of a body the story does not name', () => {
  it('«ونفى رئيس اللجنة …، معتبرا أن «…»»: the head speaks, unnamed, as written; not the body', async () => {
    const got = await quotes('وأعلنت اللجنة الانتخابية النتائج الأولية. ونفى رئيس اللجنة الانتخابية هذا التراجع، معتبرا أن «المشاركة كانت هي نفسها تقريبا».');
    expect(got).toEqual([{ text: 'المشاركة كانت هي نفسها تقريبا', speaker: 'رئيس اللجنة الانتخابية' }]);
  });
  it('a person the actors miss, named after the body («رئيسة مفوضية الاتحاد فلانة فلانية»), speaks', async () => {
    const got = await quotes('ودعت رئيسة مفوضية الاتحاد الأفريقي نكوسي دلامينا زوندي في البيان إلى «التعاون بشكل كامل مع فريق المراقبين».');
    expect(got.map((q) => q.speaker)).toEqual(['نكوسي دلامينا زوندي']);
  });
  it('or named in quotation marks a few words after it: «مدير عام مكتب الصحة بالمحافظة "فلان فلاني" …. وأضاف أن «…»»', async () => {
    const got = await quotes('وقال مدير عام مكتب الصحة والسكان بالمحافظة "عادل الحربي" في تصريح صحفي إن الوضع صعب. وأضاف أن "المستشفيات تحتاج إلى دعم عاجل".');
    expect(got.map((q) => q.speaker)).toEqual(['عادل الحربي']);
  });
  it('keeps a head whose name the story gives with his title (false positive)', async () => {
    const got = await quotes('وقال رئيس الاتحاد السعودي للسباحة نواف الغامدي إن الفريق جاهز. وأضاف رئيس الاتحاد السعودي للسباحة أن «المعسكر يسير حسب الخطة».');
    expect(got.map((q) => q.speaker)).toEqual(['نواف الغامدي']);
  });
  it('keeps a body that speaks for itself (false positive)', async () => {
    expect((await quotes('وقالت وزارة الصحة في بيان إن «الحالات مستقرة».')).map((q) => q.speaker)).toEqual(['وزارة الصحة']);
  });
});
