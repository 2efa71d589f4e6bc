/**
 * Arabic quotes, round 10: quotation marks around a figure, a person's name, or the short name of what a naming noun
 * and its words name («وكالة الأنباء الرسمية «…»») are not quotes; «بقوله» is no speaker. Sentences written for these
 * tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';

async function quotes(body: string): Promise<{ text: string; speaker: string | null }[]> {
  const out = await summarise(`خبر محلي\n\n${body}\n`, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('Arabic figures in quotation marks', () => {
  it('an age or a range in marks is a quantity («المتهم «26 عاما»», «السور «18 إلى 20»»)', async () => {
    expect(await quotes('وأعلن الادعاء العام في المدينة أمس أن المتهم «26 عاما» سافر إلى الخارج مطلع العام.')).toEqual([]);
    expect(await quotes('وأوضح الباحث سامر الخطيب أن المخطوطة تضم أجزاء من الفصول «18 إلى 20» من الكتاب.')).toEqual([]);
  });
  it('keeps a clause that opens with a figure (false positive)', async () => {
    const got = await quotes('وقال وزير المالية سالم الحربي إن «100 مليون ريال خصصت للمشروع هذا العام».');
    expect(got).toEqual([{ text: '100 مليون ريال خصصت للمشروع هذا العام', speaker: 'سالم الحربي' }]);
  });
});

describe('Arabic personal names in quotation marks', () => {
  it('a given name, alone or with a family name, is a name even inside reported speech', async () => {
    expect(await quotes('وأكد شيخ القبيلة عامر بن يحيى العتيبي فخر الأهالي باستشهاد «فهد» دفاعا عن الوطن.')).toEqual([]);
  });
  it('keeps a phrase whose first word only folds like a given name («على» → «علي») (false positive)', async () => {
    const got = await quotes('وأعلنت وزارة الخارجية أنها «على علم بالوضع» وتتابع القضية.');
    expect(got.map((q) => q.text)).toEqual(['على علم بالوضع']);
  });
  it('keeps a clause about a person named first (false positive)', async () => {
    const got = await quotes('وقال الوزير خالد العمري إن «عبدالله بخير وسيعود قريبا».');
    expect(got).toEqual([{ text: 'عبدالله بخير وسيعود قريبا', speaker: 'خالد العمري' }]);
  });
});

describe('Arabic short names after a naming noun and its words', () => {
  it('«نشرته وكالة الأنباء الرسمية «واس»»: the agency\'s initials; the quote after it keeps its speaker', async () => {
    const got = await quotes('وأكد مدير الإدارة سامر الخطيب في بيان نشرته وكالة الأنباء الرسمية «واس» أن «العمل مستمر في المشروع».');
    expect(got).toEqual([{ text: 'العمل مستمر في المشروع', speaker: 'سامر الخطيب' }]);
  });
  it('«لهيئة البث الأسترالية «إيه بي سي»»: the outlet spoken to', async () => {
    const got = await quotes('وقالت وزيرة الطاقة سارة الخطيب لهيئة البث الأسترالية «إيه بي سي» إنه «لا يمكن قبول هذا الوضع».');
    expect(got).toEqual([{ text: 'لا يمكن قبول هذا الوضع', speaker: 'سارة الخطيب' }]);
  });
  it('keeps the words of a speaker whose title heads the naming noun («وقال مدير وكالة …») (false positive)', async () => {
    const got = await quotes('وقال مدير وكالة الأنباء الرسمية سامر الخطيب للصحفيين «نعمل بلا توقف».');
    expect(got).toEqual([{ text: 'نعمل بلا توقف', speaker: 'سامر الخطيب' }]);
  });
  it('keeps a body\'s one word after a speech verb («وانتقدت هيئة الرقابة والتحقيق «تقاعس»») (false positive)', async () => {
    const got = await quotes('وانتقدت هيئة الرقابة والتحقيق «تقاعس» الجهات الحكومية.');
    expect(got.map((q) => q.text)).toEqual(['تقاعس']);
  });
});

describe('Arabic «بقوله» after a verb', () => {
  it('«واستطرد بقوله: «…»» is the speaker named before, not a person called «بقوله»', async () => {
    const got = await quotes('أكد رئيس مجلس الإدارة خالد العمري أن الشركة حققت أرباحا قياسية.\nواستطرد بقوله: «سنواصل التوسع في الأسواق الخليجية».');
    expect(got).toEqual([{ text: 'سنواصل التوسع في الأسواق الخليجية', speaker: 'خالد العمري' }]);
  });
});

describe('Arabic proper names of two words in construct', () => {
  it('a naming noun or a place-name opener with a definite word («سد النهضة», «وادي الظهران») is a name', async () => {
    expect(await quotes('وأكد المسؤول سامر الخطيب أن «سد النهضة» سيكتمل العام المقبل.')).toEqual([]);
    expect(await quotes('وأوضح المدير سامر الخطيب أن «وادي الظهران» استعان بفريق من الخبراء.')).toEqual([]);
  });
  it('a local branch named after its city («صحة حائل») is a name; the statement after it is the spokesman\'s', async () => {
    expect(await quotes('وأكدت إدارة العلاقات العامة بـ«صحة حائل» أنه تم تنويم 200 مريض في مستشفيات حائل.')).toEqual([]);
  });
  it('keeps a verb with a place («نحب الرياض») and a phrase whose noun names nothing («أيام الحسم») (false positives)', async () => {
    expect((await quotes('وقال المواطن سامر الخطيب: «نحب الرياض».')).map((q) => q.text)).toEqual(['نحب الرياض']);
    expect((await quotes('ووصف الوزير خالد العمري الأيام المقبلة بأنها «أيام الحسم» للفريق.')).map((q) => q.text)).toEqual(['أيام الحسم']);
  });
});

describe('Arabic lists and names given', () => {
  it('the first of three or more quoted names joined by «و» is a list\'s name too', async () => {
    expect(await quotes('وقالت مصممة الأزياء هند العتيبي إنها تستورد فساتين تحمل أسماء مثل «ريفا» و«لونا» و«سيلين» وغيرها.')).toEqual([]);
  });
  it('keeps two quoted words joined by «و» (false positive)', async () => {
    const got = await quotes('ووصف الوزير خالد العمري الاتفاق بأنه «تاريخي» و«شجاع».');
    expect(got).toEqual([{ text: 'تاريخي', speaker: 'خالد العمري' }, { text: 'شجاع', speaker: 'خالد العمري' }]);
  });
  it('«الذي سمي بـ«…»» gives a name', async () => {
    expect(await quotes('وأكد رئيس المجلس خالد العمري أن القرار الذي سمي بـ«ورقة العمل» سيطبق قريبا.')).toEqual([]);
  });
});

describe('Arabic adverbs of manner after a speech verb', () => {
  it('«وأضاف مدافعا: «…»»: the participle is no subject; the subject was dropped', async () => {
    const got = await quotes('وقال الكاتب سامر الخطيب إن «البلاد تمر بمرحلة صعبة».\nوأضاف مدافعا: «لن تقبل حكومة عاقلة بالفوضى على أرضها».');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });
  it('«ويضيف فورا أن «…»»: an adverb of time, the same', async () => {
    const got = await quotes('وقال الكاتب سامر الخطيب إن «البلاد تمر بمرحلة صعبة».\nويضيف فورا أن «الحل ليس قريبا».');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });
  it('«وقال فلان متهكما»: a name the actors missed stops before the adverb', async () => {
    const got = await quotes('وقال برودكين متهكما في إشارة إلى الاتحاد: «هذا من أجل الموسم المقبل».');
    expect(got.map((q) => q.speaker)).toEqual(['برودكين']);
  });
  it('keeps foreign names in «ا» as names («تمارا», «مارادونا») (false positive)', async () => {
    const got = await quotes('وقالت تمارا: «نحن سعداء بالنتيجة».\nوقال مارادونا: «الفريق يستحق الفوز».');
    expect(got.map((q) => q.speaker)).toEqual(['تمارا', 'مارادونا']);
  });
  it('a pronoun opening a circumstantial clause («يقول وهو جالس») is nobody\'s name', async () => {
    const got = await quotes('«أحب هذه المدينة كثيرا» يقول وهو جالس في مقهى قرب النهر.');
    expect(got.map((q) => q.speaker)).not.toContain('وهو جالس');
  });
});

describe('Arabic «قال فيه» after a document', () => {
  it('«أصدرت بيانا قالت فيه: «…»»: the pronoun is the statement; the body that issued it speaks', async () => {
    const got = await quotes('نفت إدارة نادي الشباب الأنباء المتداولة عن بيع لاعبيها، وأصدرت مساء أمس بيانا قالت فيه: «لا صحة لما تردد عن بيع عقود اللاعبين».');
    expect(got).toHaveLength(1);
    expect(got[0].speaker).not.toBeNull();
    expect(got[0].speaker).toContain('نادي الشباب');
  });
  it('«نشر تغريدة كتب فيها: «…»», «ألقى كلمة قال فيها إن «…»»: the writer, the speaker', async () => {
    expect((await quotes('ونشر الوزير خالد العمري تغريدة على حسابه في تويتر كتب فيها: «نعمل ليلا ونهارا من أجل المواطن».')).map((q) => q.speaker)).toEqual(['خالد العمري']);
    expect((await quotes('وألقى الوزير خالد العمري كلمة في الحفل قال فيها إن «التعليم أساس التنمية».')).map((q) => q.speaker)).toEqual(['خالد العمري']);
  });
  it('«رسالة قال فيها المدرب فلان إن «…»»: the subject after the pronoun', async () => {
    expect((await quotes('وتلقى النادي رسالة قال فيها المدرب سامر الخطيب إن «الفريق بحاجة إلى مهاجم».')).map((q) => q.speaker)).toEqual(['سامر الخطيب']);
  });
});

describe('Arabic unnamed delegates, diplomats and officers', () => {
  it('«وقال مندوب آسيوي في منظمة التجارة «…». وأضاف «…»»: a source named as written, who goes on speaking', async () => {
    const got = await quotes('وقال مندوب آسيوي في منظمة التجارة «لا أتوقع تبدل القواعد قريبا». وأضاف «ستنمو الصادرات مع نهاية الربع الثالث».');
    expect(got.map((q) => q.speaker)).toEqual(['مندوب آسيوي في منظمة التجارة', 'مندوب آسيوي في منظمة التجارة']);
  });
  it('«وقال دبلوماسي غربي طلب عدم ذكر اسمه: «…»»', async () => {
    expect((await quotes('وقال دبلوماسي غربي طلب عدم ذكر اسمه: «المفاوضات متعثرة».')).map((q) => q.speaker)).toEqual(['دبلوماسي غربي']);
  });
  it('keeps an analyst named after his title («محلل الأسواق فلان») (false positive)', async () => {
    expect((await quotes('وقال محلل الأسواق سامر الخطيب إن «الأسعار ستتراجع».')).map((q) => q.speaker)).toEqual(['سامر الخطيب']);
  });
});

describe('Arabic documents and plural lead-ins', () => {
  it('«وجاء في البيان أن «…»»: the words are the statement\'s, its issuer named before speaks', async () => {
    const got = await quotes('وأصدرت وزارة الصحة بيانا أمس. وجاء في البيان أن «العمل مستمر في المشروع».');
    expect(got).toEqual([{ text: 'العمل مستمر في المشروع', speaker: 'وزارة الصحة' }]);
  });
  it('«وجاء في التقرير أن «…»» with no issuer named: kept, with no speaker', async () => {
    const got = await quotes('وجاء في التقرير أن «الأسعار ارتفعت خلال الربع الثاني».');
    expect(got).toEqual([{ text: 'الأسعار ارتفعت خلال الربع الثاني', speaker: null }]);
  });
  it('«وأوضح التعميم أن «…»»: a circular is a document of the body that issued it', async () => {
    const got = await quotes('وأصدرت وزارة التعليم تعميما على المدارس. وأوضح التعميم أن «الدراسة تبدأ في الأسبوع المقبل».');
    expect(got.map((q) => q.speaker)).toEqual(['وزارة التعليم']);
  });
  it('a plural participle with no subject («قائلين») is not the body the last quote was credited to', async () => {
    const got = await quotes('وقالت وزارة الصحة إن «الوضع تحت السيطرة».\nورفع عدد من السكان دعوى أمام المحكمة، قائلين «إن القرار يلحق الضرر بآلاف الأسر في المدينة».');
    expect(got.map((q) => q.speaker)).toEqual(['وزارة الصحة', null]);
  });
});

describe('Arabic examples, makes and by-names in quotation marks', () => {
  it('a few words after «مثل», «من قبيل», «أبرزها» are an example: a name or a term', async () => {
    expect(await quotes('وقالت مصممة الأزياء هند العتيبي إنها تستورد فساتين تحمل أسماء عالمية مثل «لونا روسا».')).toEqual([]);
    expect(await quotes('وطالب الوزير خالد العمري المواطنين بالابتعاد عن التصرفات السلبية مثل «رمي النفايات في الشوارع».')).toEqual([]);
  });
  it('a make after «من نوع» is a name', async () => {
    expect(await quotes('وأوضح سامر الخطيب أنه يستخدم هاتفا من نوع «بلاك بيري» منذ سنوات.')).toEqual([]);
  });
  it('one or two definite words after a title with no speech verb before it are a name or by-name («الإمام «البخاري»», «اللاعب «الساحر»»)', async () => {
    expect(await quotes('وأوضح الباحث سامر الخطيب أن كتب الإمام «البخاري» ما زالت تدرس في الجامعات.')).toEqual([]);
    expect(await quotes('وأكد المدرب سامر الخطيب أن اللاعب «الساحر» سيغيب عن المباراة.')).toEqual([]);
  });
  it('keeps a title\'s short words after a speech verb («وقال الفنان «…»») (false positive)', async () => {
    expect((await quotes('وقال الفنان «الحمد لله على كل شيء».')).map((q) => q.text)).toEqual(['الحمد لله على كل شيء']);
  });
  it('keeps two words after a verb, a title and a name («وقال الشيخ فلان «العلم نور»»): no by-name (false positive)', async () => {
    expect(await quotes('وقال الشيخ خالد العمري «العلم نور».')).toEqual([{ text: 'العلم نور', speaker: 'خالد العمري' }]);
    expect(await quotes('وقال وزير المالية خالد العمري «الوضع مستقر».')).toEqual([{ text: 'الوضع مستقر', speaker: 'خالد العمري' }]);
  });
  it('still reads a by-name after a name with no verb before it («عرضا من اللاعب فلان «ميدو»»)', async () => {
    expect(await quotes('تلقى النادي عرضا من اللاعب أحمد حسن «ميدو» للانتقال.')).toEqual([]);
  });
});

describe('Arabic short names of bodies', () => {
  it('a body\'s short name right after its full name is a name, in the body and in the headline', async () => {
    const out = await summarise('«إبداع» تطلق مسابقة للمبتكرين\n\nتطلق الهيئة الوطنية للابتكار والإبداع «إبداع» مطلع الشهر المقبل مسابقة للمخترعين الشباب في المدارس.\n', { lang: 'ar', date: '2015-08-01' });
    expect(out.quotes).toEqual([]);
  });
  it('keeps words after a document of the body, and a body\'s words after its speech verb (false positives)', async () => {
    expect((await quotes('وجاء في بيان لوزارة الصحة «نعمل على مدار الساعة».')).map((q) => q.text)).toEqual(['نعمل على مدار الساعة']);
    expect((await quotes('وأعلنت وزارة الصحة «حالة الطوارئ» في المستشفيات.')).map((q) => q.text)).toEqual(['حالة الطوارئ']);
  });
});

describe('Arabic names as the subject of a speech verb, and channels', () => {
  it('«قال «المرصد …»: إنه …»: a few words between the verb and the colon or «أن» are its subject, a name', async () => {
    expect(await quotes('ومن جهته، قال «المرصد الوطني لرصد المناخ»: إنه سجل موجات حر متتالية خلال الصيف.')).toEqual([]);
  });
  it('«عبر «الإخبارية»»: the channel spoken through', async () => {
    expect(await quotes('وأكد المتحدث الرسمي أحمد الخطيب عبر «الإخبارية» أن العمل مستمر في المدينة.')).toEqual([]);
  });
  it('keeps words said between the verb and a clause that goes on without a colon (false positive)', async () => {
    expect((await quotes('وقال الوزير خالد العمري «نعمل ليلا ونهارا» إن الوزارة مستعدة.')).map((q) => q.text)).toEqual(['نعمل ليلا ونهارا']);
  });
});

describe('Arabic units and transliterated names in quotation marks', () => {
  it('one word right after a figure is its unit («المواطن 51 «عاماً»»)', async () => {
    expect(await quotes('وأوضح المتحدث باسم الشرطة أمس أن المواطن 51 «عاماً» اتصل بالشرطة.')).toEqual([]);
  });
  it('a name closing with a head written last («أوشان كوميرشال بنك») is a name', async () => {
    expect(await quotes('وقالت الشرطة إن المتهم ترأس «أوشان كوميرشال بنك» بين عامي 2008 و2010.')).toEqual([]);
  });
  it('keeps a one-word quote after a word, not a figure (false positive)', async () => {
    expect((await quotes('وقال الوزير خالد العمري إن الاتفاق «تاريخي» بكل المقاييس.')).map((q) => q.text)).toEqual(['تاريخي']);
  });
});

describe('Arabic lone surnames written in full before', () => {
  it('«وقال ليون إن …» after «المبعوث الأممي إلى اليمن ماركو ليون»: that person, named in full', async () => {
    const got = await quotes('دعا المبعوث الأممي إلى اليمن ماركو ليون الفصائل المتنازعة إلى الحوار. وقال ليون إن «الفرصة ما زالت قائمة للتسوية».');
    expect(got.map((q) => q.speaker)).toEqual(['ماركو ليون']);
  });
  it('«ويؤكد الحداد أن …» after «وزير الداخلية الأردني، سمير الحداد،»: a definite surname too', async () => {
    const got = await quotes('وصل وزير الداخلية الأردني، سمير الحداد، إلى روما أمس. ويؤكد الحداد أن روما «شريك ثابت في ملف الحدود».');
    expect(got.map((q) => q.speaker)).toEqual(['سمير الحداد']);
  });
  it('makes no person of a verb before a body («التي أصدرها الإنتربول») (false positive)', async () => {
    const got = await quotes('سحبت المذكرة التي أصدرها الإنتربول أمس. وذكر الإنتربول أن المذكرة «لم تعد متوافرة في قاعدة البيانات».');
    expect(got.map((q) => q.speaker)).not.toContain('أصدرها الإنتربول');
  });
});

describe('Arabic verbal nouns after a speech verb', () => {
  it('«وأكد عدم وجود خلل في …»: the object, no unknown speaker; a later «وأضاف» is the dean\'s', async () => {
    const got = await quotes('وقال عميد القبول سامر الخطيب إن «نسبة القبول ارتفعت هذا العام». وأكد عدم وجود عطل في بوابة التسجيل. وأضاف: «سنعلن النتائج قريبا».');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });
  it('keeps an unnamed source\'s describing clause («مسؤول، طلب عدم ذكر اسمه، قال») from reaching back to a name (false positive)', async () => {
    const got = await quotes('وقال قائد الشرطة سامر الخطيب إن «العملية نجحت». لكن موظفا في البلدية، فضل عدم كشف هويته، قال: «تضررت منازل كثيرة في الحي».');
    expect(got.map((q) => q.speaker)[1]).not.toBe('سامر الخطيب');
  });
});
