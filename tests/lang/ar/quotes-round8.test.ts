/**
 * Arabic quotation marks, round 8: a name or a term the article already set in marks comes back in marks; a
 * demonstrative pointing at a term; a speaker's body (affiliation) in marks between commas; a present speech verb that
 * describes chanted or written words («هتافات تقول»). Sentences written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';

async function quotes(doc: string): Promise<{ text: string; speaker: string | null }[]> {
  const out = await summarise(doc, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('Arabic names the article set in marks before, in marks again', () => {
  it('an initiative named after «مبادرة», then the subject of a reported clause', async () => {
    const got = await quotes(
      'حفل للأطفال في حي الروضة\n\nنظم مركز الحي حفلا للأطفال بمشاركة مبادرة «ضحكة طفل» التطوعية.\nوعبر المشرف على الحفل سامر الحلبي عن سعادته بالمشاركة، مبينا أن «ضحكة طفل» تعد مبادرة مجتمعية تعتمد على المتطوعين.\n',
    );
    expect(got.map((q) => q.text)).not.toContain('ضحكة طفل');
  });
  it('a body named after «باسم», then named again after «أن»', async () => {
    const got = await quotes(
      'خطة لبناء مساكن للعمال\n\nوكشف المتحدث الرسمي باسم «سكن» نادر الخطيب أن «سكن» تعتزم بناء ألف وحدة سكنية في المدن الصناعية.\n',
    );
    expect(got.map((q) => q.text)).not.toContain('سكن');
  });
  it('keeps words said that the article never used as a name (false positive)', async () => {
    const got = await quotes(
      'الوزير: الخطة «تسير بثبات»\n\nوقال وزير التخطيط نادر الخطيب إن الخطة «تسير بثبات» رغم الصعوبات، مضيفا أن المرحلة المقبلة «أصعب».\n',
    );
    expect(got.filter((q) => q.text === 'أصعب').map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
});

describe('Arabic demonstratives pointing at a term', () => {
  it('«تلك «…»» before a definite word is the writer\'s term, not the speaker\'s words', async () => {
    const got = await quotes(
      'الخوص يجذب زوار السوق الشعبي\n\nويمضي العم سالم الحربي في شرح طريقة صنع تلك «القفة» ويقول: «تعلمنا هذه الحرفة من آبائنا منذ الصغر».\n',
    );
    expect(got.map((q) => q.text)).toEqual(['تعلمنا هذه الحرفة من آبائنا منذ الصغر']);
    expect(got[0].speaker).toBe('سالم الحربي');
  });
  it('keeps an indefinite word after a demonstrative: a predicate someone said (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nوقال المحامي نادر الخطيب إن هذه «مؤامرة» على موكله.\n');
    expect(got.map((q) => [q.text, q.speaker])).toEqual([['مؤامرة', 'نادر الخطيب']]);
  });
});

describe('Arabic affiliation in marks between commas in a speaker phrase', () => {
  it('«ويشير فلان، من «X»، إلى أن …» names his firm, not a quote', async () => {
    const got = await quotes(
      'المستثمرون يعودون إلى الأسهم\n\nويشير نادر الخطيب، من «المستشارين الدوليين للأسواق»، إلى أن المستثمرين لا يهتمون بالتقييمات حاليا.\n',
    );
    expect(got).toEqual([]);
  });
  it('keeps a quote between commas that a participle follows (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nوقال الوزير نادر الخطيب، «لن نتراجع عن القرار»، مشيرا إلى أن الحكومة ماضية في خطتها.\n');
    expect(got.map((q) => q.text)).toContain('لن نتراجع عن القرار');
  });
});

describe('Arabic chanted or written words described by a present speech verb', () => {
  it('«ردد المحتجون هتافات تقول «…»»: the crowd chanted them, not the agency named before', async () => {
    const got = await quotes(
      'احتجاجات في المدينة\n\nوذكرت وكالة الأنباء الرسمية أن الشرطة اعتقلت المتهم.\nوفي تسجيل مصور ردد المحتجون هتافات تقول «الشعب يريد محاسبة كل المسؤولين» قرب مبنى المحافظة.\n',
    );
    const q = got.find((x) => x.text === 'الشعب يريد محاسبة كل المسؤولين');
    expect(q).toBeDefined();
    expect(q!.speaker).not.toBe('وكالة الأنباء الرسمية');
  });
  it('«وتحمل اللافتة عبارات تقول «…»»: words on a sign have no speaker', async () => {
    const got = await quotes(
      'لافتة عملاقة في الميدان\n\nوقال رئيس الهيئة نادر الخطيب إن المشروع اكتمل.\nوتعلق في الميدان لافتة ضخمة تحمل عبارات تقول «المدينة ترحب بزوارها» منذ أمس.\n',
    );
    expect(got.filter((q) => q.text === 'المدينة ترحب بزوارها').map((q) => q.speaker)).toEqual([null]);
  });
  it('keeps a person who says the words: «تقول الطالبة …» (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nتقول الطالبة ريم الحداد: «الدوام طويل والقاعات مزدحمة».\n');
    expect(got.map((q) => q.speaker)).toEqual(['ريم الحداد']);
  });
});

describe('Arabic title of a body as the speaker: the person holding it', () => {
  it('«وقال أمين عام غرفة X:» is the person named before as its secretary general, not the chamber', async () => {
    const got = await quotes(
      'غرفة الرياض تطلق خطة جديدة\n\nافتتحت غرفة الرياض مقرها الجديد، وحضر الافتتاح موظفو الغرفة يتقدمهم أمينها العام الدكتور نادر الخطيب.\nوقال أمين عام غرفة الرياض: «نسعى إلى خدمة كل المنتسبين في المنطقة».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('keeps the body when the person with that title was named beside another body (false positive)', async () => {
    const got = await quotes(
      'غرفة الرياض تطلق خطة جديدة\n\nحضر الحفل أمين عام اتحاد الكرة سامر الحلبي وعدد من رجال الأعمال.\nوقال أمين عام غرفة الرياض: «نسعى إلى خدمة كل المنتسبين في المنطقة».\n',
    );
    expect(got.map((q) => q.speaker)).not.toContain('سامر الحلبي');
  });
});

describe('Arabic body named without its head noun', () => {
  it('«بيان الداخلية الأردنية» is the statement of «وزارة الداخلية الأردنية»', async () => {
    const got = await quotes(
      'اعتقالات في الجنوب\n\nأعلنت وزارة الداخلية الأردنية أمس اعتقال خمسة مشتبه بهم في الجنوب.\nوقالت الداخلية الأردنية في بيان: «تمكنت الوحدات من ضبط كميات من الأسلحة».\nوتابع بيان الداخلية الأردنية: «فر أحد المشتبه بهم إلى منطقة جبلية».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['وزارة الداخلية الأردنية', 'وزارة الداخلية الأردنية']);
  });
  it('no issuer when two bodies share the words after their head nouns (false positive)', async () => {
    const got = await quotes(
      'اعتقالات في الجنوب\n\nأعلنت وزارة الداخلية الأردنية ولجنة الداخلية الأردنية أمس اعتقال خمسة مشتبه بهم.\nوتابع بيان الداخلية الأردنية: «فر أحد المشتبه بهم إلى منطقة جبلية».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic speaker named by a given name the actors miss and a family name of origin', () => {
  it('«وكتبت الإعلامية هدى العلي في تغريدة:» is «هدى العلي»', async () => {
    const got = await quotes('عنوان الخبر\n\nوكتبت الإعلامية هدى العلي في تغريدة: «شكرا لكل من وقف معنا في هذه المحنة».\n');
    expect(got.map((q) => q.speaker)).toEqual(['هدى العلي']);
  });
  it('a mother named before her description speaks the quote after «وقالت»', async () => {
    const got = await quotes('عنوان الخبر\n\nوأعربت هدى العلي والدة الطفل المصاب عن حزنها، وقالت: «لم أتوقع أن يحدث هذا لابني».\n');
    expect(got.map((q) => q.speaker)).toEqual(['هدى العلي']);
  });
  it('a title and a nationality make no name (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nوقال وزير الخارجية الأمريكي في مؤتمر صحفي: «سنواصل العمل مع شركائنا في المنطقة».\n');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic slogans on banners', () => {
  it('«رفع المشجعون لافتة «…»» and «لافتات كتب عليها «…»» hold a slogan, not a quote', async () => {
    expect(await quotes('عنوان الخبر\n\nورفع المشجعون لافتة «كلنا فداء للوطن الغالي» في المدرجات.\n')).toEqual([]);
    expect(await quotes('عنوان الخبر\n\nوحملت المسيرة لافتات كتب عليها «نعم للسلام لا للحرب» وسط حضور كبير.\n')).toEqual([]);
  });
  it('keeps what a person wrote (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nوكتب وزير الرياضة نادر الخطيب على حسابه: «نعم للسلام لا للحرب في الملاعب».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
});

describe('Arabic terms: definite words in construct, a one-word clause subject, «ما يعرف بـ»', () => {
  it('definite words only, right after an indefinite noun, are its genitive: a term', async () => {
    expect(await quotes('الأمن يعتقل عشرة مشتبهين بـ«الإرهاب»\n\nأعلنت وزارة الداخلية أمس أن قوات الأمن اعتقلت عشرة أشخاص بشبهة «الإرهاب» في المنطقة الشرقية.\n')).toEqual([]);
    expect(await quotes('عنوان الخبر\n\nودعا نادر الخطيب إلى مواجهة «التستر التجاري» بكل حزم.\n')).toEqual([]);
  });
  it('one definite word right after «إن» that the clause goes on after is its subject: a name', async () => {
    expect(await quotes('عنوان الخبر\n\nوقال اللاعب سامر الحلبي إن «العالمي» يستحق البطولة هذا الموسم.\n')).toEqual([]);
  });
  it('«ما يعرف بـ«…»» names a term', async () => {
    expect(await quotes('عنوان الخبر\n\nوأوضح نادر الخطيب أن ما يعرف بـ«الدولة العميقة» ما زال يسيطر على القرار.\n')).toEqual([]);
  });
  it('keeps indefinite words, two-word expressions after «إن» and longer words said (false positives)', async () => {
    const got = await quotes(
      'عنوان الخبر\n\nوحذر نادر الخطيب من «كارثة إنسانية» في المدينة.\nوقال الخطيب إن «القوى الخفية» تقف وراء الأزمة، داعيا إلى «وقف فوري للقتال».\n',
    );
    expect(got.map((q) => q.text)).toEqual(['كارثة إنسانية', 'القوى الخفية', 'وقف فوري للقتال']);
  });
});

describe('Arabic relation nouns in the speaker phrase: the person named is the relative\'s genitive', () => {
  it('«وقالت والدة الطفل فلان:» is the mother, not the child', async () => {
    const got = await quotes('عنوان الخبر\n\nوقالت والدة الطفل سامر الحلبي: «ابني كان يلعب أمام المنزل عندما اختفى».\n');
    expect(got.map((q) => q.speaker)).not.toContain('سامر الحلبي');
  });
  it('«وقال محامي المتهم فلان، علان، إن» is the lawyer named in apposition', async () => {
    const got = await quotes('عنوان الخبر\n\nوقال محامي المتهم سامر الحلبي، نادر الخطيب، إن «موكله بريء من كل التهم المنسوبة إليه».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('keeps a title with its article before the speaker\'s name: «أكد المحامي فلان» (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nمن جهة أخرى، أكد المحامي سامر الحلبي أن «القضية لها أبعاد قانونية وإنسانية كثيرة».\n');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الحلبي']);
  });
});

describe('Arabic topic fronted with its preposition: its name is no subject', () => {
  const lead = 'الخطيب: سنعود أقوى\n\nوقال مدرب الفريق نادر الخطيب إن الفريق قدم مباراة جيدة.\n';
  it('«وعن فلان قال:» goes on with the last speaker, not the player talked about', async () => {
    const got = await quotes(lead + 'وعن سامر الحلبي قال: «إصابته ليست خطيرة وسيعود قريبا».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('«وحول غياب فلان، أوضح أن» the same', async () => {
    const got = await quotes(lead + 'وحول غياب سامر الحلبي، أوضح أن «إصابته ليست خطيرة».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('keeps a subject before its verb after a fronted adjunct without a name (false positive)', async () => {
    const got = await quotes(lead + 'وبعد المباراة سامر الحلبي قال: «سأعود للملاعب قريبا».\n');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الحلبي']);
  });
});

describe('Arabic «بقوله/بقولها» with no speech verb: the subject agreeing with the pronoun said it', () => {
  it('«وعبرت فلانة عن سعادتها بقولها:»', async () => {
    const got = await quotes('عنوان الخبر\n\nوعبرت ريم الحداد عن سعادتها بقولها: «هذا أجمل يوم في حياتي».\n');
    expect(got.map((q) => q.speaker)).toEqual(['ريم الحداد']);
  });
  it('«واستهل فلان حديثه بقوله «…»»', async () => {
    const got = await quotes('عنوان الخبر\n\nواستهل نادر الخطيب حديثه للصحفيين بقوله «الفريق قدم مباراة كبيرة اليوم».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('not a subject that disagrees with the pronoun (false positive)', async () => {
    const got = await quotes('عنوان الخبر\n\nوعبر نادر الخطيب عن سعادته بالجائزة، وعلقت زوجته بقولها: «نحن فخورون به».\n');
    expect(got.map((q) => q.speaker)).not.toContain('نادر الخطيب');
  });
});
