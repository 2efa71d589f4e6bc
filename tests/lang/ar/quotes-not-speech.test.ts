/**
 * Arabic quotation marks that hold no one's words: names, titles, terms, figures, units, lists, slogans and
 * headline fragments in marks are not quotes; the speech around them stays.
 * Sentences written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { quotesOfArticle, quotesOfBody } from '../../helpers/arabic-quotes.js';

const PRODUCTS = `نوفا تطلق "سكاي 7" و"سكاي 7 برو" في الرياض

طرحت شركة نوفا للإلكترونيات جهازي سكاي 7" و"سكاي 7 برو" الجديدين في الأسواق.
وقال مدير المبيعات في نوفا سامر الحلبي: "نتوقع أن يحقق جهازا "سكاي 7" و"سكاي 7 برو" مبيعات كبيرة هذا العام".
ويتوفر جهازا "سكاي 7" و"سكاي 7 برو" في المتاجر بدءا من الأسبوع المقبل.
`;

describe('Arabic network names after an account noun («عبر حسابه على «…»»)', () => {
  it('are names, not quotes', async () => {
    const got = await quotesOfBody('وكتب الشيخ عبدالله المطلق عبر حسابه على «تويتر»: «الصيام مدرسة للصبر».');
    expect(got).toEqual([{ text: 'الصيام مدرسة للصبر', speaker: 'عبدالله المطلق' }]);
  });
});

describe('Arabic names and lists in quotation marks are not quotes', () => {
  it('a share, an index, a stadium or a drug named after its indefinite head noun', async () => {
    expect(await quotesOfBody('وارتفع سهم «الخليج للتنمية والاستثمار العقاري» بنسبة ثلاثة في المائة في ختام التداولات.')).toEqual([]);
    expect(await quotesOfBody('ونزل مؤشر "نيكاي 225" بمقدار مئة نقطة، فيما صعد مؤشر "داكس" الألماني.')).toEqual([]);
    expect(await quotesOfBody('وتقام المباراة على ملعب «الوادي الأخضر» بالمدينة مساء الجمعة.')).toEqual([]);
    expect(await quotesOfBody('وزاد الطلب على عقار «الفلوكسين» في الصيدليات خلال الموسم.')).toEqual([]);
  });
  it('a list or a name of a few words that no speech verb governs', async () => {
    expect(await quotesOfBody('وتضمنت الضيافة الحلويات الشعبية «المعمول والكليجا والبسبوسة والهريس» إلى جانب القهوة العربية.')).toEqual([]);
    expect(await quotesOfBody('وقدمت الفرق المشاركة عروض «الخطوة والعرضة والمزمار» وسط حضور كبير من الأهالي.')).toEqual([]);
  });
  it('the outlet spoken to after «إلى» following a speech noun or verb', async () => {
    const got = await quotesOfBody('وأكد نادر الخطيب في تصريحاته إلى «الرائد» أن المشروع يسير وفق الخطة. وتحدث الخطيب إلى «الميدان» عن المرحلة المقبلة.');
    expect(got).toEqual([]);
  });
  it('a short stretch that a relative clause describes', async () => {
    expect(await quotesOfBody('وتجول الوفد في السوق القديم بصحبة «شيخ السوق» الذي شرح تاريخ المكان ومهنه.')).toEqual([]);
  });
});

describe('Arabic quotes that stay', () => {
  it('a partial quote of a few words after a speech verb and a complementiser', async () => {
    const got = await quotesOfBody('وقال نادر الخطيب إن الاتفاق «خطوة في الطريق الصحيح» وإن التنفيذ سيبدأ قريبا.');
    expect(got.map((q) => q.text)).toEqual(['خطوة في الطريق الصحيح']);
  });
  it('a saying after a saying noun, with no verb and no speaker', async () => {
    const got = await quotesOfBody('ويردد أهالي القرية في كل مناسبة المقولة الشهيرة «من جد وجد ومن زرع حصد» أمام أبنائهم.');
    expect(got.map((q) => q.text)).toEqual(['من جد وجد ومن زرع حصد']);
  });
  it('a quote attributed after it with «هكذا» and a verb of explaining', async () => {
    const got = await quotesOfBody('«الأسعار سترتفع قبل نهاية العام بسبب الطلب المتزايد»، هكذا فسر الخبير الاقتصادي نادر الخطيب قرار البنك المركزي.');
    expect(got).toEqual([{ text: 'الأسعار سترتفع قبل نهاية العام بسبب الطلب المتزايد', speaker: 'نادر الخطيب' }]);
  });
  it('a chant of a crowd («هتف المحتجون «…»»)', async () => {
    const got = await quotesOfBody('وتجمع مئات المحتجين أمام مبنى البلدية وهتف المحتجون «لا للغلاء لا للفساد» قبل أن يتفرقوا.');
    expect(got.map((q) => q.text)).toEqual(['لا للغلاء لا للفساد']);
  });
  it('an unnamed person the story describes speaks under the words that describe her', async () => {
    const got = await quotesOfBody('وتقول امرأة فقدت منزلها في السيول: «لم يبق لنا شيء سوى الذكريات والصبر».');
    expect(got.length).toBe(1);
    expect(got[0].speaker ?? '').toMatch(/^امرأة/u);
  });
  it('the subject after the outlet spoken to («وقال لـ«الوطن» فلان»), with or without a comma', async () => {
    const a = await quotesOfBody('وقال لـ«الرائد» المحلل الاقتصادي نادر الخطيب إن «الأسواق ستتعافى قبل نهاية العام الحالي».');
    expect(a.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
    const b = await quotesOfBody('ويقول لـ"الميدان"، نادر الخطيب المحلل في شركة الأفق المالية، "إن قرار البنك سيؤثر في الأسعار خلال الأشهر المقبلة".');
    expect(b.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('but not a bare outlet with nobody after it («وقال لـ«الرائد»: «…»» after a named speaker)', async () => {
    const got = await quotesOfBody('واستقبل نادر الخطيب الوفد أمس. وقال لـ«الرائد»: «الزيارة ناجحة بكل المقاييس وستتكرر قريبا».');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('the name «علي» after a title is no preposition («على» folds the same)', async () => {
    const got = await quotesOfBody('ومن جهته قال مدير المنتخب الوطني للناشئين علي الزهراني: «مستوى اللاعبين يتحسن من مباراة إلى أخرى».');
    expect(got.map((q) => q.speaker)).toEqual(['علي الزهراني']);
  });
  it('but «على» after a title still ends the speaker phrase («وقال الوزير على هامش الحفل»)', async () => {
    const got = await quotesOfBody('وقال وزير التعليم سالم الحربي على هامش الحفل: «نحن فخورون بما قدمه الطلاب هذا العام».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
  it('a short adjunct after the verb («وقال بالنص الصريح») leaves the subject dropped', async () => {
    const got = await quotesOfBody('وفوجئ المبعوث سالم الحربي بذلك، وقال بالنص الصريح: «كيف نتصرف مع هذا الوضع؟ نريد فرصة للتفكير».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
});

describe('Arabic names with a possessed head noun, figures, and more speech verbs', () => {
  it('a name after a naming noun with a possessive suffix («حصانه «…»», «فرعها «…»»)', async () => {
    expect(await quotesOfBody('وأكد الفارس أن حصانه «برق الشمال» قفز الحاجز الأخير بسهولة.')).toEqual([]);
    expect(await quotesOfBody('واستحوذت المجموعة على المصنع من خلال شركتها «النخبة القابضة» الشهر الماضي.')).toEqual([]);
  });
  it('a figure in quotation marks is no quote', async () => {
    expect(await quotesOfBody('وأعربت الإدارة عن أملها في خفض التكاليف بنسبة "40%" خلال العام.')).toEqual([]);
  });
  it('«أبان» and «تمنى» report speech', async () => {
    const a = await quotesOfBody('وأبان نادر الخطيب أن «الطلب على المساكن سيبقى مرتفعا خلال السنوات المقبلة».');
    expect(a.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
    const b = await quotesOfBody('وقال سالم الحربي إن الحفل نجح. وتمنى الحربي أن «تعود المنافسات إلى سابق عهدها في الموسم المقبل».');
    expect(b.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
  it('a definite title noun before a long stretch is the verb\'s object, not the stretch\'s head («وأبلغ فلان الصحيفة «…»»)', async () => {
    const got = await quotesOfBody('وأبلغ سالم الحربي الصحيفة «سأعود إلى العمل في الأسبوع المقبل بعد انتهاء فترة العلاج الطويلة».');
    expect(got.map((q) => q.text)).toEqual(['سأعود إلى العمل في الأسبوع المقبل بعد انتهاء فترة العلاج الطويلة']);
  });
  it('but a short name after the definite head stays a name («الصحيفة «الرائد»»)', async () => {
    expect(await quotesOfBody('وأكد سالم الحربي أن الصحيفة «الرائد اليومية» نشرت الخبر أمس.')).toEqual([]);
  });
  it('a nickname in quotation marks right after a name («من أحمد حسن «ميدو»»)', async () => {
    expect(await quotesOfBody('وأكد سالم الحربي أنه تلقى عرضا من اللاعب ماجد الشمري «الصقر» للعودة إلى الفريق.')).toEqual([]);
  });
  it('but a short quote after a speech verb and its subject stays («وأضاف الحربي «…»»)', async () => {
    const got = await quotesOfBody('وقال سالم الحربي إن الموسم كان صعبا. وأضاف الحربي «لن نتراجع».');
    expect(got.map((q) => q.text)).toEqual(['لن نتراجع']);
  });
});

describe('Arabic stray closing marks that end no quote', () => {
  it('the close of a product name whose opening mark was lost, before «و» and the next quoted name', async () => {
    const got = await quotesOfArticle(PRODUCTS);
    expect(got.some((q) => q.text.startsWith('طرحت شركة'))).toBe(false);
  });
  it('the reporter\'s sentence opening with a speech verb and its subject', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوقالت الصحيفة إن المسؤول حاول الفرار من المدينة.\nوأكدت وسائل الإعلام المحلية أن المسؤول استخدم سيارة إسعاف في محاولته الفاشلة للهرب".\n');
    expect(got).toEqual([]);
  });
  it('keeps a stray close that ends the speaker\'s own words (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوقال الوزير: "الأسعار ستنخفض".\nالأسعار ستبقى منخفضة حتى نهاية العام".\n');
    expect(got.map((q) => q.text)).toContain('الأسعار ستبقى منخفضة حتى نهاية العام');
  });
});

describe('Arabic headline fragments the body writes as names', () => {
  it('product names quoted in the headline and named in marks in the body are no quotes', async () => {
    const got = await quotesOfArticle(PRODUCTS);
    expect(got.filter((q) => q.text === 'سكاي 7' || q.text === 'سكاي 7 برو')).toEqual([]);
  });
  it('keeps a headline fragment that the body quotes as someone\'s words (false positive)', async () => {
    const got = await quotesOfArticle('الوزير: الخطة «تسير في الطريق الصحيح»\n\nقال وزير التخطيط نادر الخطيب إن الخطة «تسير في الطريق الصحيح» رغم الصعوبات.\n');
    expect(got.filter((q) => q.text === 'تسير في الطريق الصحيح').map((q) => q.speaker)).toEqual(['نادر الخطيب', 'نادر الخطيب']);
  });
});

describe('Arabic headline fragments that close a longer name everywhere in the body', () => {
  it('an event name after «مهرجان» and a term after the noun it qualifies are no quotes', async () => {
    const got = await quotesOfArticle('هيئة الثقافة تطلق «ليالي الشتاء» في المدينة\n\nوقالت رئيسة الهيئة سلمى الراشد: «ستقام فعاليات مهرجان ليالي الشتاء في كل الأحياء».\nويضم مهرجان ليالي الشتاء عروضا مسرحية.\n');
    expect(got.map((q) => q.text)).not.toContain('ليالي الشتاء');
    const term = await quotesOfArticle('طلاب "المسائي" يطالبون بحل قضيتهم\n\nويقول الطالب سامر الحلبي: "قبلنا في التعليم المسائي منذ عامين ولم نتخرج حتى الآن".\n');
    expect(term.map((q) => q.text)).not.toContain('المسائي');
  });
  it('keeps a short headline fragment the body quotes after a verb (false positive)', async () => {
    const got = await quotesOfArticle('الخطيب: الاتفاق «خطوة جريئة»\n\nوقال الوزير نادر الخطيب إن الاتفاق «خطوة جريئة» طال انتظارها.\n');
    expect(got.filter((q) => q.text === 'خطوة جريئة').map((q) => q.speaker)).toEqual(['نادر الخطيب', 'نادر الخطيب']);
  });
});

describe('Arabic names after a naming noun with its own definite words', () => {
  it('a network named after «بموقع التواصل الاجتماعي» or «على منصة التواصل» is no quote', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوكتب الوزير نادر الخطيب أمس بموقع التواصل الاجتماعي «تويتر»: «سنراجع الملف كاملا».\n');
    expect(got.map((q) => q.text)).toEqual(['سنراجع الملف كاملا']);
  });
  it('keeps a one-word quote after a body that is a verb\'s subject (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوانتقدت هيئة الرقابة «تقاعس» الجهات الحكومية عن تنفيذ القرار.\n');
    expect(got.map((q) => q.text)).toEqual(['تقاعس']);
  });
});

describe('Arabic single words of the writer\'s set in quotation marks', () => {
  it('an adverb or a place word set off for emphasis is no quote', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوأقرب نموذج إلى بلادنا «مثلا» هو دول الجوار، كما قال الكاتب نادر الخطيب.\n');
    expect(got).toEqual([]);
  });
  it('keeps one-word answers and an accuser\'s one word (false positives)', async () => {
    expect((await quotesOfArticle('عنوان الخبر\n\nوقال المدرب نادر الخطيب: «لا».\n')).map((q) => q.text)).toEqual(['لا']);
    expect((await quotesOfArticle('عنوان الخبر\n\nوأجاب نادر الخطيب: «أبدا».\n')).map((q) => q.text)).toEqual(['أبدا']);
    expect((await quotesOfArticle('عنوان الخبر\n\nواتهمت المعارضة التركية الحكومة بـ«المراوغة» في المحادثات.\n')).map((q) => q.text)).toEqual(['المراوغة']);
  });
});

describe('Arabic figures in quotation marks', () => {
  it('an age or a range in marks is a quantity («المتهم «26 عاما»», «السور «18 إلى 20»»)', async () => {
    expect(await quotesOfBody('وأعلن الادعاء العام في المدينة أمس أن المتهم «26 عاما» سافر إلى الخارج مطلع العام.')).toEqual([]);
    expect(await quotesOfBody('وأوضح الباحث سامر الخطيب أن المخطوطة تضم أجزاء من الفصول «18 إلى 20» من الكتاب.')).toEqual([]);
  });
  it('keeps a clause that opens with a figure (false positive)', async () => {
    const got = await quotesOfBody('وقال وزير المالية سالم الحربي إن «100 مليون ريال خصصت للمشروع هذا العام».');
    expect(got).toEqual([{ text: '100 مليون ريال خصصت للمشروع هذا العام', speaker: 'سالم الحربي' }]);
  });
});

describe('Arabic personal names in quotation marks', () => {
  it('a given name, alone or with a family name, is a name even inside reported speech', async () => {
    expect(await quotesOfBody('وأكد شيخ القبيلة عامر بن يحيى العتيبي فخر الأهالي باستشهاد «فهد» دفاعا عن الوطن.')).toEqual([]);
  });
  it('keeps a phrase whose first word only folds like a given name («على» → «علي») (false positive)', async () => {
    const got = await quotesOfBody('وأعلنت وزارة الخارجية أنها «على علم بالوضع» وتتابع القضية.');
    expect(got.map((q) => q.text)).toEqual(['على علم بالوضع']);
  });
  it('keeps a clause about a person named first (false positive)', async () => {
    const got = await quotesOfBody('وقال الوزير خالد العمري إن «عبدالله بخير وسيعود قريبا».');
    expect(got).toEqual([{ text: 'عبدالله بخير وسيعود قريبا', speaker: 'خالد العمري' }]);
  });
});

describe('Arabic short names after a naming noun and its words', () => {
  it('«نشرته وكالة الأنباء الرسمية «واس»»: the agency\'s initials; the quote after it keeps its speaker', async () => {
    const got = await quotesOfBody('وأكد مدير الإدارة سامر الخطيب في بيان نشرته وكالة الأنباء الرسمية «واس» أن «العمل مستمر في المشروع».');
    expect(got).toEqual([{ text: 'العمل مستمر في المشروع', speaker: 'سامر الخطيب' }]);
  });
  it('«لهيئة البث الأسترالية «إيه بي سي»»: the outlet spoken to', async () => {
    const got = await quotesOfBody('وقالت وزيرة الطاقة سارة الخطيب لهيئة البث الأسترالية «إيه بي سي» إنه «لا يمكن قبول هذا الوضع».');
    expect(got).toEqual([{ text: 'لا يمكن قبول هذا الوضع', speaker: 'سارة الخطيب' }]);
  });
  it('keeps the words of a speaker whose title heads the naming noun («وقال مدير وكالة …») (false positive)', async () => {
    const got = await quotesOfBody('وقال مدير وكالة الأنباء الرسمية سامر الخطيب للصحفيين «نعمل بلا توقف».');
    expect(got).toEqual([{ text: 'نعمل بلا توقف', speaker: 'سامر الخطيب' }]);
  });
  it('keeps a body\'s one word after a speech verb («وانتقدت هيئة الرقابة والتحقيق «تقاعس»») (false positive)', async () => {
    const got = await quotesOfBody('وانتقدت هيئة الرقابة والتحقيق «تقاعس» الجهات الحكومية.');
    expect(got.map((q) => q.text)).toEqual(['تقاعس']);
  });
});

describe('Arabic proper names of two words in construct', () => {
  it('a naming noun or a place-name opener with a definite word («سد النهضة», «وادي الظهران») is a name', async () => {
    expect(await quotesOfBody('وأكد المسؤول سامر الخطيب أن «سد النهضة» سيكتمل العام المقبل.')).toEqual([]);
    expect(await quotesOfBody('وأوضح المدير سامر الخطيب أن «وادي الظهران» استعان بفريق من الخبراء.')).toEqual([]);
  });
  it('a local branch named after its city («صحة حائل») is a name; the statement after it is the spokesman\'s', async () => {
    expect(await quotesOfBody('وأكدت إدارة العلاقات العامة بـ«صحة حائل» أنه تم تنويم 200 مريض في مستشفيات حائل.')).toEqual([]);
  });
  it('keeps a verb with a place («نحب الرياض») and a phrase whose noun names nothing («أيام الحسم») (false positives)', async () => {
    expect((await quotesOfBody('وقال المواطن سامر الخطيب: «نحب الرياض».')).map((q) => q.text)).toEqual(['نحب الرياض']);
    expect((await quotesOfBody('ووصف الوزير خالد العمري الأيام المقبلة بأنها «أيام الحسم» للفريق.')).map((q) => q.text)).toEqual(['أيام الحسم']);
  });
});

describe('Arabic lists and names given', () => {
  it('the first of three or more quoted names joined by «و» is a list\'s name too', async () => {
    expect(await quotesOfBody('وقالت مصممة الأزياء هند العتيبي إنها تستورد فساتين تحمل أسماء مثل «ريفا» و«لونا» و«سيلين» وغيرها.')).toEqual([]);
  });
  it('keeps two quoted words joined by «و» (false positive)', async () => {
    const got = await quotesOfBody('ووصف الوزير خالد العمري الاتفاق بأنه «تاريخي» و«شجاع».');
    expect(got).toEqual([{ text: 'تاريخي', speaker: 'خالد العمري' }, { text: 'شجاع', speaker: 'خالد العمري' }]);
  });
  it('«الذي سمي بـ«…»» gives a name', async () => {
    expect(await quotesOfBody('وأكد رئيس المجلس خالد العمري أن القرار الذي سمي بـ«ورقة العمل» سيطبق قريبا.')).toEqual([]);
  });
});

describe('Arabic examples, makes and by-names in quotation marks', () => {
  it('a few words after «مثل», «من قبيل», «أبرزها» are an example: a name or a term', async () => {
    expect(await quotesOfBody('وقالت مصممة الأزياء هند العتيبي إنها تستورد فساتين تحمل أسماء عالمية مثل «لونا روسا».')).toEqual([]);
    expect(await quotesOfBody('وطالب الوزير خالد العمري المواطنين بالابتعاد عن التصرفات السلبية مثل «رمي النفايات في الشوارع».')).toEqual([]);
  });
  it('a make after «من نوع» is a name', async () => {
    expect(await quotesOfBody('وأوضح سامر الخطيب أنه يستخدم هاتفا من نوع «بلاك بيري» منذ سنوات.')).toEqual([]);
  });
  it('one or two definite words after a title with no speech verb before it are a name or by-name («الإمام «البخاري»», «اللاعب «الساحر»»)', async () => {
    expect(await quotesOfBody('وأوضح الباحث سامر الخطيب أن كتب الإمام «البخاري» ما زالت تدرس في الجامعات.')).toEqual([]);
    expect(await quotesOfBody('وأكد المدرب سامر الخطيب أن اللاعب «الساحر» سيغيب عن المباراة.')).toEqual([]);
  });
  it('keeps a title\'s short words after a speech verb («وقال الفنان «…»») (false positive)', async () => {
    expect((await quotesOfBody('وقال الفنان «الحمد لله على كل شيء».')).map((q) => q.text)).toEqual(['الحمد لله على كل شيء']);
  });
  it('keeps two words after a verb, a title and a name («وقال الشيخ فلان «العلم نور»»): no by-name (false positive)', async () => {
    expect(await quotesOfBody('وقال الشيخ خالد العمري «العلم نور».')).toEqual([{ text: 'العلم نور', speaker: 'خالد العمري' }]);
    expect(await quotesOfBody('وقال وزير المالية خالد العمري «الوضع مستقر».')).toEqual([{ text: 'الوضع مستقر', speaker: 'خالد العمري' }]);
  });
  it('still reads a by-name after a name with no verb before it («عرضا من اللاعب فلان «ميدو»»)', async () => {
    expect(await quotesOfBody('تلقى النادي عرضا من اللاعب أحمد حسن «ميدو» للانتقال.')).toEqual([]);
  });
});

describe('Arabic units and transliterated names in quotation marks', () => {
  it('one word right after a figure is its unit («المواطن 51 «عاماً»»)', async () => {
    expect(await quotesOfBody('وأوضح المتحدث باسم الشرطة أمس أن المواطن 51 «عاماً» اتصل بالشرطة.')).toEqual([]);
  });
  it('a name closing with a head written last («أوشان كوميرشال بنك») is a name', async () => {
    expect(await quotesOfBody('وقالت الشرطة إن المتهم ترأس «أوشان كوميرشال بنك» بين عامي 2008 و2010.')).toEqual([]);
  });
  it('keeps a one-word quote after a word, not a figure (false positive)', async () => {
    expect((await quotesOfBody('وقال الوزير خالد العمري إن الاتفاق «تاريخي» بكل المقاييس.')).map((q) => q.text)).toEqual(['تاريخي']);
  });
});

describe('Arabic names the article set in marks before, in marks again', () => {
  it('an initiative named after «مبادرة», then the subject of a reported clause', async () => {
    const got = await quotesOfArticle(
      'حفل للأطفال في حي الروضة\n\nنظم مركز الحي حفلا للأطفال بمشاركة مبادرة «ضحكة طفل» التطوعية.\nوعبر المشرف على الحفل سامر الحلبي عن سعادته بالمشاركة، مبينا أن «ضحكة طفل» تعد مبادرة مجتمعية تعتمد على المتطوعين.\n',
    );
    expect(got.map((q) => q.text)).not.toContain('ضحكة طفل');
  });
  it('a body named after «باسم», then named again after «أن»', async () => {
    const got = await quotesOfArticle(
      'خطة لبناء مساكن للعمال\n\nوكشف المتحدث الرسمي باسم «سكن» نادر الخطيب أن «سكن» تعتزم بناء ألف وحدة سكنية في المدن الصناعية.\n',
    );
    expect(got.map((q) => q.text)).not.toContain('سكن');
  });
  it('keeps words said that the article never used as a name (false positive)', async () => {
    const got = await quotesOfArticle(
      'الوزير: الخطة «تسير بثبات»\n\nوقال وزير التخطيط نادر الخطيب إن الخطة «تسير بثبات» رغم الصعوبات، مضيفا أن المرحلة المقبلة «أصعب».\n',
    );
    expect(got.filter((q) => q.text === 'أصعب').map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
});

describe('Arabic demonstratives pointing at a term', () => {
  it('«تلك «…»» before a definite word is the writer\'s term, not the speaker\'s words', async () => {
    const got = await quotesOfArticle(
      'الخوص يجذب زوار السوق الشعبي\n\nويمضي العم سالم الحربي في شرح طريقة صنع تلك «القفة» ويقول: «تعلمنا هذه الحرفة من آبائنا منذ الصغر».\n',
    );
    expect(got.map((q) => q.text)).toEqual(['تعلمنا هذه الحرفة من آبائنا منذ الصغر']);
    expect(got[0].speaker).toBe('سالم الحربي');
  });
  it('keeps an indefinite word after a demonstrative: a predicate someone said (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوقال المحامي نادر الخطيب إن هذه «مؤامرة» على موكله.\n');
    expect(got.map((q) => [q.text, q.speaker])).toEqual([['مؤامرة', 'نادر الخطيب']]);
  });
});

describe('Arabic chanted or written words described by a present speech verb', () => {
  it('«ردد المحتجون هتافات تقول «…»»: the crowd chanted them, not the agency named before', async () => {
    const got = await quotesOfArticle(
      'احتجاجات في المدينة\n\nوذكرت وكالة الأنباء الرسمية أن الشرطة اعتقلت المتهم.\nوفي تسجيل مصور ردد المحتجون هتافات تقول «الشعب يريد محاسبة كل المسؤولين» قرب مبنى المحافظة.\n',
    );
    const q = got.find((x) => x.text === 'الشعب يريد محاسبة كل المسؤولين');
    expect(q).toBeDefined();
    expect(q!.speaker).not.toBe('وكالة الأنباء الرسمية');
  });
  it('«وتحمل اللافتة عبارات تقول «…»»: words on a sign have no speaker', async () => {
    const got = await quotesOfArticle(
      'لافتة عملاقة في الميدان\n\nوقال رئيس الهيئة نادر الخطيب إن المشروع اكتمل.\nوتعلق في الميدان لافتة ضخمة تحمل عبارات تقول «المدينة ترحب بزوارها» منذ أمس.\n',
    );
    expect(got.filter((q) => q.text === 'المدينة ترحب بزوارها').map((q) => q.speaker)).toEqual([null]);
  });
  it('keeps a person who says the words: «تقول الطالبة …» (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nتقول الطالبة ريم الحداد: «الدوام طويل والقاعات مزدحمة».\n');
    expect(got.map((q) => q.speaker)).toEqual(['ريم الحداد']);
  });
});

describe('Arabic slogans on banners', () => {
  it('«رفع المشجعون لافتة «…»» and «لافتات كتب عليها «…»» hold a slogan, not a quote', async () => {
    expect(await quotesOfArticle('عنوان الخبر\n\nورفع المشجعون لافتة «كلنا فداء للوطن الغالي» في المدرجات.\n')).toEqual([]);
    expect(await quotesOfArticle('عنوان الخبر\n\nوحملت المسيرة لافتات كتب عليها «نعم للسلام لا للحرب» وسط حضور كبير.\n')).toEqual([]);
  });
  it('keeps what a person wrote (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوكتب وزير الرياضة نادر الخطيب على حسابه: «نعم للسلام لا للحرب في الملاعب».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
});

describe('Arabic terms: definite words in construct, a one-word clause subject, «ما يعرف بـ»', () => {
  it('definite words only, right after an indefinite noun, are its genitive: a term', async () => {
    expect(await quotesOfArticle('الأمن يعتقل عشرة مشتبهين بـ«الإرهاب»\n\nأعلنت وزارة الداخلية أمس أن قوات الأمن اعتقلت عشرة أشخاص بشبهة «الإرهاب» في المنطقة الشرقية.\n')).toEqual([]);
    expect(await quotesOfArticle('عنوان الخبر\n\nودعا نادر الخطيب إلى مواجهة «التستر التجاري» بكل حزم.\n')).toEqual([]);
  });
  it('one definite word right after «إن» that the clause goes on after is its subject: a name', async () => {
    expect(await quotesOfArticle('عنوان الخبر\n\nوقال اللاعب سامر الحلبي إن «العالمي» يستحق البطولة هذا الموسم.\n')).toEqual([]);
  });
  it('«ما يعرف بـ«…»» names a term', async () => {
    expect(await quotesOfArticle('عنوان الخبر\n\nوأوضح نادر الخطيب أن ما يعرف بـ«الدولة العميقة» ما زال يسيطر على القرار.\n')).toEqual([]);
  });
  it('keeps indefinite words, two-word expressions after «إن» and longer words said (false positives)', async () => {
    const got = await quotesOfArticle(
      'عنوان الخبر\n\nوحذر نادر الخطيب من «كارثة إنسانية» في المدينة.\nوقال الخطيب إن «القوى الخفية» تقف وراء الأزمة، داعيا إلى «وقف فوري للقتال».\n',
    );
    expect(got.map((q) => q.text)).toEqual(['كارثة إنسانية', 'القوى الخفية', 'وقف فوري للقتال']);
  });
});
