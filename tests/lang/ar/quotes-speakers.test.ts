/**
 * Arabic speakers: who said a quote (titles and relation nouns in the speaker phrase, pronouns of honour,
 * sources named before, dropped subjects, speech verbs and lead-ins, unnamed persons described by the story).
 * Sentences written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';
import { quotesOfArticle, quotesOfBody } from '../../helpers/arabic-quotes.js';

describe('Arabic titles whose body is written in quotation marks («رئيس مجلس الإدارة في «X» فلان»)', () => {
  it('give the quote to the person named after the body, not to the board in the title', async () => {
    const got = await quotesOfBody(
      'وعينت كلية «النخبة» هالة الشريف مديرة عامة للكلية.\n' +
        'وقال رئيس مجلس الإدارة في «النخبة» تيم كارلوف لـ«الأنباء»: «هالة الشريف إدارية ناجحة». وأضاف كارلوف: «نتطلع إلى العمل معها».',
    );
    // (the surname the actors hold from «وأضاف كارلوف»; the scorer reads it as the same person)
    expect(got.map((q) => q.speaker)).toEqual(['كارلوف', 'كارلوف']);
  });
  it('leave a title with no name after its body unresolved («وقال الباحث في «X» إن»)', async () => {
    const got = await quotesOfBody('وقال الباحث في «مركز الدراسات» إن «النتائج مشجعة».');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic addressees written on a preposition («لقناة X») and descriptors after a name («الملقب»)', () => {
  it('end the speaker phrase: the unknown name before them speaks, and «وأضاف» continues it', async () => {
    const got = await quotesOfBody(
      'وقال دوروفيتش الملقب بالصقر الأبيض لقناة المدينة الرياضية "كنت متعبا جدا في المباراة". وأضاف "سأعود أقوى في البطولة القادمة".',
    );
    expect(got.map((q) => q.speaker)).toEqual(['دوروفيتش', 'دوروفيتش']);
  });
  it('keep a known person who opens the phrase («وقال سالم الحربي لقناة الأخبار»)', async () => {
    const got = await quotesOfBody('قال وزير المالية سالم الحربي إن الميزانية متوازنة. وقال الحربي لقناة الأخبار: «الوضع تحت السيطرة».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
  it('keep a named person who spoke to a newspaper («وقال نادر الخطيب لصحيفة «الوطن»»)', async () => {
    const got = await quotesOfBody('وقال نادر الخطيب لصحيفة «الوطن»: «لن أترشح مجددا».');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
});

describe('Arabic bodies named in marks inside a speaker phrase («وقال فلان رئيس «X» في لندن: «…»»)', () => {
  it('are names, not quotes: only the words after the colon are quoted, by the person', async () => {
    const got = await quotesOfBody(
      'قال وزير المالية سالم الحربي إن الميزانية متوازنة.\nوقال الحربي رئيس «مجموعة الأفق للاستثمار» في الرياض: «الأسواق تتعافى ببطء».',
    );
    expect(got).toEqual([{ text: 'الأسواق تتعافى ببطء', speaker: 'سالم الحربي' }]);
  });
  it('keep a quote right after the verb and its subject, and a word quoted before a second verb', async () => {
    const got = await quotesOfBody(
      'قال وزير المالية سالم الحربي إن الميزانية متوازنة.\nووصف الحربي القرار بـ«المتسرع» وقال: «سنراجع كل البنود».\nوقال الحربي «لن نرفع الضرائب».',
    );
    expect(got.map((q) => q.text)).toEqual(['المتسرع', 'سنراجع كل البنود', 'لن نرفع الضرائب']);
  });
});

describe('Arabic «على حد تعبير/قول فلان» after a quote (as he put it)', () => {
  it('gives the quote to the person named after it', async () => {
    expect(await quotesOfBody('«الأمن مستتب في جميع المناطق»، على حد تعبير وزير الداخلية سالم الحربي.')).toEqual([
      { text: 'الأمن مستتب في جميع المناطق', speaker: 'سالم الحربي' },
    ]);
    const got = await quotesOfBody('وتراجعت الأسعار بشكل «غير مسبوق منذ عشر سنوات»، على حد قول المحلل الاقتصادي فهد الزامل.');
    expect(got.map((q) => q.speaker)).toEqual(['فهد الزامل']);
  });
});

describe('Arabic speech verbs of continuing and warning («وزاد:», «وأكمل:», «ونبه إلى أن», «يحذر»)', () => {
  const lead = 'وقال وزير الداخلية سالم الحربي إن الأمن مستتب. ';
  it('continue the speaker before them (dropped subject)', async () => {
    for (const next of ['وزاد: «لن نسمح بأي فوضى في الشوارع».', 'وأكمل: «لن نسمح بأي فوضى في الشوارع».', 'ونبه إلى أن «الفوضى لن تمر دون عقاب».']) {
      expect((await quotesOfBody(lead + next)).map((q) => q.speaker)).toEqual(['سالم الحربي']);
    }
  });
  it('read «زاد» (increased) before no clause as no speech', async () => {
    expect(await quotesOfBody('وزاد عدد الطلاب «بشكل كبير» هذا العام.')).toEqual([]);
  });
  it('never make a person of what was said («وختم حديثه بالقول:»)', async () => {
    const out = await summarise(`عنوان الخبر\n\n${lead}وختم حديثه بالقول: «لن نسمح بأي فوضى في الشوارع».\n`, { lang: 'ar', date: '2015-08-01' });
    expect(out.actors.some((a) => a.name === 'حديثه')).toBe(false);
  });
});

describe('Arabic title phrases with a body in their complement name a person, not the body', () => {
  it('a person no actor holds, in apposition after the title and its place in quotation marks', async () => {
    const got = await quotesOfBody('وقال نائب مدير قسم الطوارئ في مستشفى "النور"، الدكتور رامي حداد إن "المصاب يتماثل للشفاء".');
    expect(got).toEqual([{ text: 'المصاب يتماثل للشفاء', speaker: 'رامي حداد' }]);
  });
  it('a person between commas after «ممثل X»', async () => {
    const got = await quotesOfBody('وقال ممثل غرفة التجارة الدولية، بيتر كولمان، إن «الطلب على الشحن تراجع».');
    expect(got.map((q) => q.speaker)).toEqual(['بيتر كولمان']);
  });
  it('a person named before the title («السيدة فلانة رئيسة مجلس X»)', async () => {
    const got = await quotesOfBody('وقالت السيدة ماري سانتوس رئيسة مجلس الشيوخ إن «الجلسة تأجلت».');
    expect(got.map((q) => q.speaker)).toEqual(['ماري سانتوس']);
  });
  it('keeps the body when nothing names a person (false positive: no name made of the complement)', async () => {
    const got = await quotesOfBody('وقال مدير شركة النقل البحري في ميناء «الساحل» إن «الرحلات ستستأنف الأسبوع المقبل».');
    expect(got.map((q) => q.speaker)).not.toContain('الساحل');
    const clause = await quotesOfBody('وقال ممثل غرفة التجارة الدولية، في كلمة أمام المؤتمر، إن «الطلب على الشحن تراجع».');
    expect(clause.map((q) => q.speaker)).not.toContain('كلمة أمام المؤتمر');
  });
});

describe('Arabic foreign names that open like «بـ» + article', () => {
  it('a surname before a title in apposition is the speaker, and the same speaker later', async () => {
    const got = await quotesOfBody('وقال باليير مدير «كولدويل بانكر» في لندن: «الطلب على الشقق يرتفع منذ أشهر». وأكد باليير أن «الأسعار مستقرة».');
    expect(got.map((q) => q.speaker)).toEqual(['باليير', 'باليير']);
  });
  it('a prepositional adverb after the verb is no name (false positive)', async () => {
    const got = await quotesOfBody('وقال بالأمس مدير الشركة إن «الأسعار مستقرة».');
    expect(got.map((q) => q.speaker)).not.toContain('بالأمس');
  });
});

describe('Arabic source markers after a speech verb with its subject', () => {
  it('the verb\'s subject speaks; the agency after «حسب» passed the words on', async () => {
    const got = await quotesOfBody('وأفاد مصدر أمني - بحسب وكالة الأنباء الرسمية: «القوات تقدمت في المدينة».');
    expect(got.map((q) => q.speaker)).toEqual(['مصدر أمني']);
    const named = await quotesOfBody('وقال الوزير نادر الخطيب، بحسب وكالة الأنباء الرسمية، إن «القوات تقدمت في المدينة بعد معارك عنيفة».');
    expect(named.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('keeps the agency when no verb with a subject stands before the marker (false positive)', async () => {
    const got = await quotesOfBody('وبحسب وكالة الأنباء الرسمية، فإن «القوات تقدمت في المدينة بعد معارك عنيفة».');
    expect(got.map((q) => q.speaker)).toEqual(['وكالة الأنباء الرسمية']);
  });
});

describe('Arabic lone definite titles as speakers', () => {
  it('«وقال المدرب» is the one person the story names beside that title', async () => {
    const got = await quotesOfBody('وأعلن مدرب الفريق نادر الخطيب قائمة اللاعبين. وقال المدرب عقب التدريب: «القائمة نهائية ولن تتغير».');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('a title written right after another person\'s name opens the next name (false positive: no holder)', async () => {
    const got = await quotesOfBody('التقى الوزير نادر الخطيب المدرب خوان ماريو. وقال المدرب عقب المباراة: «قدمت استقالتي للتو».');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
  it('two persons with the same title: no holder (false positive)', async () => {
    const got = await quotesOfBody('وأعلن مدرب الفريق نادر الخطيب قائمته، ورد مدرب المنافس سامي العلي بقائمة أخرى. وقال المدرب عقب التدريب: «القائمة نهائية ولن تتغير».');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic unnamed persons described by a clause', () => {
  it('the preposition after the describing clause is the clause\'s, not the source\'s affiliation', async () => {
    const got = await quotesOfBody('تقول امرأة فقدها المرض في المستشفى: «لم أعد أحتمل الانتظار الطويل».');
    expect(got.map((q) => q.speaker)).toEqual(['امرأة فقدها المرض']);
  });
  it('keeps the affiliation of a source with adjectives only (false positive)', async () => {
    const got = await quotesOfBody('وقال مسؤول رفيع في الوزارة إن «التحقيق مستمر منذ أسابيع».');
    expect(got.map((q) => q.speaker)).toEqual(['مسؤول رفيع في الوزارة']);
  });
});

describe('Arabic «بقوله» after a verb', () => {
  it('«واستطرد بقوله: «…»» is the speaker named before, not a person called «بقوله»', async () => {
    const got = await quotesOfBody('أكد رئيس مجلس الإدارة خالد العمري أن الشركة حققت أرباحا قياسية.\nواستطرد بقوله: «سنواصل التوسع في الأسواق الخليجية».');
    expect(got).toEqual([{ text: 'سنواصل التوسع في الأسواق الخليجية', speaker: 'خالد العمري' }]);
  });
});

describe('Arabic adverbs of manner after a speech verb', () => {
  it('«وأضاف مدافعا: «…»»: the participle is no subject; the subject was dropped', async () => {
    const got = await quotesOfBody('وقال الكاتب سامر الخطيب إن «البلاد تمر بمرحلة صعبة».\nوأضاف مدافعا: «لن تقبل حكومة عاقلة بالفوضى على أرضها».');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });
  it('«ويضيف فورا أن «…»»: an adverb of time, the same', async () => {
    const got = await quotesOfBody('وقال الكاتب سامر الخطيب إن «البلاد تمر بمرحلة صعبة».\nويضيف فورا أن «الحل ليس قريبا».');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });
  it('«وقال فلان متهكما»: a name the actors missed stops before the adverb', async () => {
    const got = await quotesOfBody('وقال برودكين متهكما في إشارة إلى الاتحاد: «هذا من أجل الموسم المقبل».');
    expect(got.map((q) => q.speaker)).toEqual(['برودكين']);
  });
  it('keeps foreign names in «ا» as names («تمارا», «مارادونا») (false positive)', async () => {
    const got = await quotesOfBody('وقالت تمارا: «نحن سعداء بالنتيجة».\nوقال مارادونا: «الفريق يستحق الفوز».');
    expect(got.map((q) => q.speaker)).toEqual(['تمارا', 'مارادونا']);
  });
  it('a pronoun opening a circumstantial clause («يقول وهو جالس») is nobody\'s name', async () => {
    const got = await quotesOfBody('«أحب هذه المدينة كثيرا» يقول وهو جالس في مقهى قرب النهر.');
    expect(got.map((q) => q.speaker)).not.toContain('وهو جالس');
  });
});

describe('Arabic unnamed delegates, diplomats and officers', () => {
  it('«وقال مندوب آسيوي في منظمة التجارة «…». وأضاف «…»»: a source named as written, who goes on speaking', async () => {
    const got = await quotesOfBody('وقال مندوب آسيوي في منظمة التجارة «لا أتوقع تبدل القواعد قريبا». وأضاف «ستنمو الصادرات مع نهاية الربع الثالث».');
    expect(got.map((q) => q.speaker)).toEqual(['مندوب آسيوي في منظمة التجارة', 'مندوب آسيوي في منظمة التجارة']);
  });
  it('«وقال دبلوماسي غربي طلب عدم ذكر اسمه: «…»»', async () => {
    expect((await quotesOfBody('وقال دبلوماسي غربي طلب عدم ذكر اسمه: «المفاوضات متعثرة».')).map((q) => q.speaker)).toEqual(['دبلوماسي غربي']);
  });
  it('keeps an analyst named after his title («محلل الأسواق فلان») (false positive)', async () => {
    expect((await quotesOfBody('وقال محلل الأسواق سامر الخطيب إن «الأسعار ستتراجع».')).map((q) => q.speaker)).toEqual(['سامر الخطيب']);
  });
});

describe('Arabic names as the subject of a speech verb, and channels', () => {
  it('«قال «المرصد …»: إنه …»: a few words between the verb and the colon or «أن» are its subject, a name', async () => {
    expect(await quotesOfBody('ومن جهته، قال «المرصد الوطني لرصد المناخ»: إنه سجل موجات حر متتالية خلال الصيف.')).toEqual([]);
  });
  it('«عبر «الإخبارية»»: the channel spoken through', async () => {
    expect(await quotesOfBody('وأكد المتحدث الرسمي أحمد الخطيب عبر «الإخبارية» أن العمل مستمر في المدينة.')).toEqual([]);
  });
  it('keeps words said between the verb and a clause that goes on without a colon (false positive)', async () => {
    expect((await quotesOfBody('وقال الوزير خالد العمري «نعمل ليلا ونهارا» إن الوزارة مستعدة.')).map((q) => q.text)).toEqual(['نعمل ليلا ونهارا']);
  });
});

describe('Arabic lone surnames written in full before', () => {
  it('«وقال ليون إن …» after «المبعوث الأممي إلى اليمن ماركو ليون»: that person, named in full', async () => {
    const got = await quotesOfBody('دعا المبعوث الأممي إلى اليمن ماركو ليون الفصائل المتنازعة إلى الحوار. وقال ليون إن «الفرصة ما زالت قائمة للتسوية».');
    expect(got.map((q) => q.speaker)).toEqual(['ماركو ليون']);
  });
  it('«ويؤكد الحداد أن …» after «وزير الداخلية الأردني، سمير الحداد،»: a definite surname too', async () => {
    const got = await quotesOfBody('وصل وزير الداخلية الأردني، سمير الحداد، إلى روما أمس. ويؤكد الحداد أن روما «شريك ثابت في ملف الحدود».');
    expect(got.map((q) => q.speaker)).toEqual(['سمير الحداد']);
  });
  it('makes no person of a verb before a body («التي أصدرها الإنتربول») (false positive)', async () => {
    const got = await quotesOfBody('سحبت المذكرة التي أصدرها الإنتربول أمس. وذكر الإنتربول أن المذكرة «لم تعد متوافرة في قاعدة البيانات».');
    expect(got.map((q) => q.speaker)).not.toContain('أصدرها الإنتربول');
  });
});

describe('Arabic verbal nouns after a speech verb', () => {
  it('«وأكد عدم وجود خلل في …»: the object, no unknown speaker; a later «وأضاف» is the dean\'s', async () => {
    const got = await quotesOfBody('وقال عميد القبول سامر الخطيب إن «نسبة القبول ارتفعت هذا العام». وأكد عدم وجود عطل في بوابة التسجيل. وأضاف: «سنعلن النتائج قريبا».');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الخطيب', 'سامر الخطيب']);
  });
  it('keeps an unnamed source\'s describing clause («مسؤول، طلب عدم ذكر اسمه، قال») from reaching back to a name (false positive)', async () => {
    const got = await quotesOfBody('وقال قائد الشرطة سامر الخطيب إن «العملية نجحت». لكن موظفا في البلدية، فضل عدم كشف هويته، قال: «تضررت منازل كثيرة في الحي».');
    expect(got.map((q) => q.speaker)[1]).not.toBe('سامر الخطيب');
  });
});

describe('Arabic affiliation in marks between commas in a speaker phrase', () => {
  it('«ويشير فلان، من «X»، إلى أن …» names his firm, not a quote', async () => {
    const got = await quotesOfArticle(
      'المستثمرون يعودون إلى الأسهم\n\nويشير نادر الخطيب، من «المستشارين الدوليين للأسواق»، إلى أن المستثمرين لا يهتمون بالتقييمات حاليا.\n',
    );
    expect(got).toEqual([]);
  });
  it('keeps a quote between commas that a participle follows (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوقال الوزير نادر الخطيب، «لن نتراجع عن القرار»، مشيرا إلى أن الحكومة ماضية في خطتها.\n');
    expect(got.map((q) => q.text)).toContain('لن نتراجع عن القرار');
  });
});

describe('Arabic title of a body as the speaker: the person holding it', () => {
  it('«وقال أمين عام غرفة X:» is the person named before as its secretary general, not the chamber', async () => {
    const got = await quotesOfArticle(
      'غرفة الرياض تطلق خطة جديدة\n\nافتتحت غرفة الرياض مقرها الجديد، وحضر الافتتاح موظفو الغرفة يتقدمهم أمينها العام الدكتور نادر الخطيب.\nوقال أمين عام غرفة الرياض: «نسعى إلى خدمة كل المنتسبين في المنطقة».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('keeps the body when the person with that title was named beside another body (false positive)', async () => {
    const got = await quotesOfArticle(
      'غرفة الرياض تطلق خطة جديدة\n\nحضر الحفل أمين عام اتحاد الكرة سامر الحلبي وعدد من رجال الأعمال.\nوقال أمين عام غرفة الرياض: «نسعى إلى خدمة كل المنتسبين في المنطقة».\n',
    );
    expect(got.map((q) => q.speaker)).not.toContain('سامر الحلبي');
  });
});

describe('Arabic speaker named by a given name the actors miss and a family name of origin', () => {
  it('«وكتبت الإعلامية هدى العلي في تغريدة:» is «هدى العلي»', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوكتبت الإعلامية هدى العلي في تغريدة: «شكرا لكل من وقف معنا في هذه المحنة».\n');
    expect(got.map((q) => q.speaker)).toEqual(['هدى العلي']);
  });
  it('a mother named before her description speaks the quote after «وقالت»', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوأعربت هدى العلي والدة الطفل المصاب عن حزنها، وقالت: «لم أتوقع أن يحدث هذا لابني».\n');
    expect(got.map((q) => q.speaker)).toEqual(['هدى العلي']);
  });
  it('a title and a nationality make no name (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوقال وزير الخارجية الأمريكي في مؤتمر صحفي: «سنواصل العمل مع شركائنا في المنطقة».\n');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic relation nouns in the speaker phrase: the person named is the relative\'s genitive', () => {
  it('«وقالت والدة الطفل فلان:» is the mother, not the child', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوقالت والدة الطفل سامر الحلبي: «ابني كان يلعب أمام المنزل عندما اختفى».\n');
    expect(got.map((q) => q.speaker)).not.toContain('سامر الحلبي');
  });
  it('«وقال محامي المتهم فلان، علان، إن» is the lawyer named in apposition', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوقال محامي المتهم سامر الحلبي، نادر الخطيب، إن «موكله بريء من كل التهم المنسوبة إليه».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('keeps a title with its article before the speaker\'s name: «أكد المحامي فلان» (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nمن جهة أخرى، أكد المحامي سامر الحلبي أن «القضية لها أبعاد قانونية وإنسانية كثيرة».\n');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الحلبي']);
  });
});

describe('Arabic topic fronted with its preposition: its name is no subject', () => {
  const lead = 'الخطيب: سنعود أقوى\n\nوقال مدرب الفريق نادر الخطيب إن الفريق قدم مباراة جيدة.\n';
  it('«وعن فلان قال:» goes on with the last speaker, not the player talked about', async () => {
    const got = await quotesOfArticle(lead + 'وعن سامر الحلبي قال: «إصابته ليست خطيرة وسيعود قريبا».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('«وحول غياب فلان، أوضح أن» the same', async () => {
    const got = await quotesOfArticle(lead + 'وحول غياب سامر الحلبي، أوضح أن «إصابته ليست خطيرة».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('keeps a subject before its verb after a fronted adjunct without a name (false positive)', async () => {
    const got = await quotesOfArticle(lead + 'وبعد المباراة سامر الحلبي قال: «سأعود للملاعب قريبا».\n');
    expect(got.map((q) => q.speaker)).toEqual(['سامر الحلبي']);
  });
});

describe('Arabic «بقوله/بقولها» with no speech verb: the subject agreeing with the pronoun said it', () => {
  it('«وعبرت فلانة عن سعادتها بقولها:»', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوعبرت ريم الحداد عن سعادتها بقولها: «هذا أجمل يوم في حياتي».\n');
    expect(got.map((q) => q.speaker)).toEqual(['ريم الحداد']);
  });
  it('«واستهل فلان حديثه بقوله «…»»', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nواستهل نادر الخطيب حديثه للصحفيين بقوله «الفريق قدم مباراة كبيرة اليوم».\n');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
  it('not a subject that disagrees with the pronoun (false positive)', async () => {
    const got = await quotesOfArticle('عنوان الخبر\n\nوعبر نادر الخطيب عن سعادته بالجائزة، وعلقت زوجته بقولها: «نحن فخورون به».\n');
    expect(got.map((q) => q.speaker)).not.toContain('نادر الخطيب');
  });
});

describe('Arabic pronouns of honour', () => {
  it('«سموه» is the prince, «معاليه» the minister, whichever was named last', async () => {
    const got = await quotesOfArticle(
      'افتتاح مهرجان التمور\n\nافتتح صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية مهرجان التمور في الأحساء أمس بحضور وزير الزراعة الدكتور خالد العمري.\nوقال سموه في كلمته: «نحن فخورون بهذا الإنجاز الكبير».\nمن جهته، أكد معاليه أن «الوزارة ماضية في تطوير الخدمات».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['سعود بن نايف بن عبدالعزيز', 'خالد العمري']);
  });
  it('«فضيلته» is the sheikh, not the director named after him', async () => {
    const got = await quotesOfArticle(
      'محاضرة في جامع الحي\n\nألقى الشيخ عادل الزهراني محاضرة في جامع الحي أمس بحضور مدير مكتب الدعوة المهندس فهد السبيعي.\nوأوضح فضيلته أن «الأمانة أساس كل عمل».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['عادل الزهراني']);
  });
  it('«معاليها» is the minister, a woman, not the man named after her', async () => {
    const got = await quotesOfArticle(
      'وزيرة تزور معرض الكتاب\n\nزارت وزيرة الثقافة ليلى حداد، أمس، معرض الكتاب في الرياض برفقة مدير المعرض سامر الخطيب.\nوقالت معاليها: «المعرض يعكس حيوية المشهد الثقافي».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['ليلى حداد']);
  });
  it('«وأبدى سعادته بـ«…»» is "his happiness", the object: no titled person is made its subject (false positive)', async () => {
    const got = await quotesOfArticle(
      'لاعب يزور ناديه\n\nوزار اللاعب سالم الحربي مقر النادي أمس، والتقى رئيس النادي الدكتور خالد العمري.\nوأبدى سعادته بـ«الاستقبال الحار من الجماهير والإدارة».\n',
    );
    expect(got.map((q) => q.speaker)).not.toContain('خالد العمري');
  });
  it('is never a name of its own: with no titled person it is the recent speaker (false positive)', async () => {
    const got = await quotesOfArticle(
      'جولة تفقدية للمشاريع\n\nتفقد سالم الحربي مشاريع البلدية أمس.\nوقال سموه: «المشاريع تسير وفق الخطة».\n',
    );
    expect(got.map((q) => q.speaker)).not.toContain('سموه');
  });
});

describe('Arabic bare definite sources named by their earlier mention', () => {
  it('«قال مصدر أمني مطلع … إن …», then «وأضاف المصدر أن «…»»', async () => {
    const got = await quotesOfArticle(
      'القبض على عصابة سرقة\n\nقال مصدر أمني مطلع لـ«الصحيفة» إن التحقيقات بدأت أمس.\nوأضاف المصدر أن «المتهمين اعترفوا بجرائمهم».\nوتابع: «سنحيلهم إلى النيابة».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['مصدر أمني مطلع', 'مصدر أمني مطلع']);
  });
  it('«نقلت الصحيفة عن مسؤول في البلدية أن …», then «وأوضح المسؤول: «…»»', async () => {
    const got = await quotesOfArticle(
      'موعد افتتاح الحديقة\n\nونقلت الصحيفة عن مسؤول في البلدية أن الحديقة ستفتح الشهر المقبل.\nوأوضح المسؤول: «الأعمال شارفت على الانتهاء».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['مسؤول في البلدية']);
  });
  it('keeps «المسؤول» as written after an unqualified source or the adjective «مسؤول عن» (false positives)', async () => {
    const got = await quotesOfArticle(
      'موعد بدء الدراسة\n\nأكد مسؤول رفض ذكر اسمه أن المدارس ستفتح الأحد.\nوأوضح المسؤول أن «الاستعدادات اكتملت».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['المسؤول']);
    const other = await quotesOfArticle(
      'موعد بدء الدراسة\n\nوقال المدير إنه مسؤول عن القرار.\nوأوضح المسؤول أن «الاستعدادات اكتملت».\n',
    );
    expect(other.map((q) => q.speaker)).toEqual(['المسؤول']);
  });
});

describe('Arabic «one of» a group, and an object pronoun between the verb and its subject', () => {
  it('«وكتب أحد المشجعين: «…»» is that unnamed fan, as written, not the player the story is about', async () => {
    const got = await quotesOfArticle(
      'إصابة قوية للاعب\n\nتعرض اللاعب سالم الحربي لإصابة قوية في المباراة.\nوكتب أحد المشجعين: «نسأل الله له الشفاء العاجل».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['أحد المشجعين']);
  });
  it('«وقالت إحدى الساكنات في الحي: «…»», then «وأضافت: «…»»', async () => {
    const got = await quotesOfArticle(
      'انقطاع المياه عن الحي\n\nوقالت إحدى الساكنات في الحي: «المياه مقطوعة منذ أيام».\nوأضافت: «لا أحد يرد علينا».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['إحدى الساكنات في الحي', 'إحدى الساكنات في الحي']);
  });
  it('«فيما دعا له أحد المشجعين قائلا: «…»»: the subject after «له» speaks', async () => {
    const got = await quotesOfArticle(
      'إصابة قوية للاعب\n\nتعرض اللاعب سالم الحربي لإصابة قوية في المباراة.\nفيما دعا له أحد المشجعين قائلا: «نسأل الله له الشفاء العاجل».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['أحد المشجعين']);
  });
  it('«وقال لهم المدرب فلان: «…»»', async () => {
    const got = await quotesOfArticle('تتويج الفريق\n\nوبعد المباراة، قال لهم المدرب سامي العتيبي: «أنتم أبطال هذا الموسم».\n');
    expect(got.map((q) => q.speaker)).toEqual(['سامي العتيبي']);
  });
  it('keeps the dropped subject when the object pronoun closes the phrase («وقال لهم: «…»», false positive)', async () => {
    const got = await quotesOfArticle('لقاء مع الصحافيين\n\nوالتقى سالم الحربي بالصحافيين أمس.\nوقال لهم: «لن أعتزل قريبا».\n');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
});

describe('Arabic: the person described is not the one describing', () => {
  it('«كاشفا أن اختيار اللاعب فلان الذي وصفه بـ«…»»: the antecedent of the relative is the object of «وصفه»', async () => {
    const got = await quotesOfArticle(
      'عضو الشرف: الصفقات تعثرت\n\nأكد عضو شرف النادي سامي العتيبي أن الإدارة حاولت إبرام صفقات محلية، كاشفا أن اختيار المهاجم البرازيلي كارلوس دياز الذي وصفه بـ«الموهوب» جاء بقرار إداري.\n',
    );
    expect(got.filter((q) => q.text === 'الموهوب').map((q) => q.speaker)).toEqual(['سامي العتيبي']);
  });
  it('«وأشاد المدرب فلان بالمهاجم علان الذي وصفه بـ«…»»: the person after «بالمهاجم» is the object', async () => {
    const got = await quotesOfArticle(
      'المدرب يشيد بمهاجمه\n\nوأشاد المدرب سامي العتيبي بالمهاجم خالد الدوسري الذي وصفه بـ«اللاعب الأهم في الفريق هذا الموسم».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['سامي العتيبي']);
  });
  it('keeps the subject named after the relative («الذي وصفه المدرب فلان بـ«…»», false positive)', async () => {
    const got = await quotesOfArticle(
      'النادي يتعاقد مع مهاجم\n\nوتعاقد النادي مع المهاجم خالد الدوسري، الذي وصفه المدرب سامي العتيبي بـ«اللاعب الأهم في الفريق هذا الموسم».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['سامي العتيبي']);
  });
});

describe('Arabic pluperfect speech verbs («وكان فلان قد قال»)', () => {
  it('a surname the actors do not hold, between the auxiliary and the verb, is the speaker', async () => {
    const got = await quotesOfBody('وأعلن نادي الساحل تعاقده مع المهاجم الغاني كوفي منساه. وكان منساه قد قال عند وصوله إلى المطار «جئت إلى هنا لأفوز بالدوري مع زملائي».');
    expect(got).toEqual([{ text: 'جئت إلى هنا لأفوز بالدوري مع زملائي', speaker: 'منساه' }]);
  });
  it('a family name of origin alone («وكان الهاشمي قال») is the speaker, not the one who spoke before', async () => {
    const got = await quotesOfBody('وأكد المتحدث باسم الحكومة سالم الراشد أن العلاقات جيدة. وكان الهاشمي قال خلال مقابلة تلفزيونية: «الحكومة عاجزة عن ضبط الحدود».');
    expect(got).toEqual([{ text: 'الحكومة عاجزة عن ضبط الحدود', speaker: 'الهاشمي' }]);
  });
  it('a clause of time after the verb («قال حين …», «عندما …») is no subject', async () => {
    expect(await quotesOfBody('وكان بيرو قد قال عندما وقع العقد «أريد أن أفوز بكل شيء».')).toEqual([{ text: 'أريد أن أفوز بكل شيء', speaker: 'بيرو' }]);
    const got = await quotesOfBody('وقال المدرب سالم الراشد حين سئل عن اللاعب «إنه جاهز تماما».');
    expect(got).toEqual([{ text: 'إنه جاهز تماما', speaker: 'سالم الراشد' }]);
  });
  it('reads no name in a present verb or a noun after «كان» (false positives)', async () => {
    const present = await quotesOfBody('المؤرخ الفرنسي جان لوران كان يفضل أن يصف نفسه قائلا: «أنا ابن قرية صغيرة».');
    expect(present.map((q) => q.speaker)).not.toContain('يحب');
    const noun = await quotesOfBody('ولم يقدم اللاعب سامي الحربي ما يكفي في الموسم، وآخرها كان توجهه للنقاد طالبا منهم أن «يصمتوا» عبر مقطع مصور.');
    expect(noun.map((q) => q.speaker)).not.toContain('توجهه للنقاد');
  });
});

describe('Arabic bare titles for a person named with a longer title', () => {
  it('«وأضافت المستشارة» after «مستشارة الرئيس لشؤون الأمن فلانة»: the person of that title', async () => {
    const got = await quotesOfBody('وقالت مستشارة الرئيس لشؤون الأمن منى الراشد في بيان إن «الخطة تسير كما رسمت». وأضافت المستشارة أن «كل القرارات تخضع لمراجعة دقيقة».');
    expect(got).toEqual([
      { text: 'الخطة تسير كما رسمت', speaker: 'منى الراشد' },
      { text: 'كل القرارات تخضع لمراجعة دقيقة', speaker: 'منى الراشد' },
    ]);
  });
  it('a title ends at a preposition: «وزير … خلال لقائه الرئيس فلان» gives the minister, not the president (false positive)', async () => {
    const got = await quotesOfBody('وقال وزير الخارجية سعد الناصر خلال لقائه الرئيس فهد المطيري إن العلاقات متينة. وأضاف الوزير أن «الزيارة ناجحة بكل المقاييس».');
    expect(got).toEqual([{ text: 'الزيارة ناجحة بكل المقاييس', speaker: 'سعد الناصر' }]);
  });
});

describe('Arabic person names in quotation marks in the speaker phrase (house style of some outlets)', () => {
  it('a title closing with a name in marks before «إن» or a colon: the name speaks, not the body in the title, and the name is no quote', async () => {
    expect(await quotesOfBody('وقال مدير عام مكتب الصحة بالمحافظة "عادل الحربي" إن "المستشفيات تعمل بكامل طاقتها رغم الضغط".')).toEqual([
      { text: 'المستشفيات تعمل بكامل طاقتها رغم الضغط', speaker: 'عادل الحربي' },
    ]);
    expect(await quotesOfBody('وقال مدير عام مكتب الصحة بالمحافظة "عادل الحربي": "المستشفيات تعمل بكامل طاقتها رغم الضغط".')).toEqual([
      { text: 'المستشفيات تعمل بكامل طاقتها رغم الضغط', speaker: 'عادل الحربي' },
    ]);
  });
  it('a family name in marks right after the verb, with an adjunct before the colon («وقال "فلاني" الليلة في حديث:»)', async () => {
    const got = await quotesOfBody('وشدد "القحطاني" على أن الحدود آمنة. وقال "القحطاني" الليلة في حديث تلفزيوني: "الحدود آمنة بفضل الله ثم بجهود الجنود".');
    expect(got).toEqual([{ text: 'الحدود آمنة بفضل الله ثم بجهود الجنود', speaker: 'القحطاني' }]);
  });
  it('an operation, a company or a body in marks after an indefinite noun or a naming noun is no person (false positives)', async () => {
    const operation = await quotesOfBody('وأوضح قائد عمليات "غضب الوادي" أن "المدينة أصبحت آمنة بالكامل بفضل المقاتلين".');
    expect(operation.map((q) => q.speaker)).not.toContain('غضب الوادي');
    const company = await quotesOfBody('وقال ماركوس ديل مدير «هاربر ريفر ريالتي» في دبي إن «الطلب على العقارات تراجع هذا العام».');
    expect(company).toEqual([{ text: 'الطلب على العقارات تراجع هذا العام', speaker: 'ماركوس ديل' }]);
    const body = await quotesOfBody('وقالت الشركة "نور للتقنية" إن "الأجهزة الجديدة ستطرح الشهر المقبل".');
    expect(body.map((q) => q.speaker)).not.toContain('نور للتقنية');
  });
});

describe('Arabic names the actors miss after a long title', () => {
  it('«الحاكم السابق لولاية X فلان فلاني»: a title with its adjective and a place in construct, then the name', async () => {
    const got = await quotesOfBody('وقال الحاكم السابق لولاية تكساس جورج هاملتون إن «الحزب يحتاج إلى وجوه جديدة».');
    expect(got).toEqual([{ text: 'الحزب يحتاج إلى وجوه جديدة', speaker: 'جورج هاملتون' }]);
  });
  it('«مدير عام النادي X فلان فلاني»: the club after a title word is the genitive, the last two words the name', async () => {
    const got = await quotesOfBody('وأكد مدير عام هامبورغ كلاوس ريتر أن «النادي لن يبيع لاعبيه هذا الصيف».');
    expect(got).toEqual([{ text: 'النادي لن يبيع لاعبيه هذا الصيف', speaker: 'كلاوس ريتر' }]);
  });
  it('keeps a foreign surname opening like a preposition before its title (false positive)', async () => {
    const got = await quotesOfBody('وقال باليير مدير «كولدويل بانكر» في لندن: «الطلب على الشقق يرتفع منذ أشهر».');
    expect(got.map((q) => q.speaker)).toEqual(['باليير']);
  });
});

describe('Arabic speakers introduced by a speech verb with no quote', () => {
  it('a relative clause after a name the actors miss ends the name («ويقول فلان فلاني الذي شارك في …»)', async () => {
    const got = await quotesOfBody('ويقول جان بيير لوران الذي شارك في تأسيس الشركة لوكالة الأنباء "مهمتنا تطوير مواد جديدة للصناعة".');
    expect(got).toEqual([{ text: 'مهمتنا تطوير مواد جديدة للصناعة', speaker: 'جان بيير لوران' }]);
  });
  it('a person brought in by «وأوضح فلان … أنه …» speaks on in «وقال: «…»» in the next sentence', async () => {
    const got = await quotesOfBody('وقالت الممثلة ليلى حداد: «نحن نحمل رسالة». وأوضح نبيل سمعان الذي أسس الفرقة قبل عقود أنه بدأ العرض منذ سنوات. وقال لـ«رويترز»: «أصبح لدينا معهد صغير للموسيقى الشعبية».');
    expect(got.map((q) => q.speaker)).toEqual(['ليلى حداد', 'نبيل سمعان']);
  });
  it('the speaker quoted before goes on when the sentence between opens with no speech verb (false positive)', async () => {
    const got = await quotesOfBody('وقالت الممثلة ليلى حداد: «نحن نحمل رسالة». وتنوعت العروض بين الدبكة والرقص المعاصر. وأضافت: «نريد أن نحافظ على تراثنا».');
    expect(got.map((q) => q.speaker)).toEqual(['ليلى حداد', 'ليلى حداد']);
  });
});

describe('Arabic unnamed sources keep their words', () => {
  it('«وقال مندوب خليجي في المنظمة» stays the source as written when the actors hold a bare «مندوب»', async () => {
    const got = await quotesOfBody('وأوضح مندوبون في المنظمة أن الأسعار ستتعافى. وقال مندوب خليجي في المنظمة: «لم يحن وقت التغيير بعد»، وأضاف: «سيزيد الطلب في النصف الثاني من العام».');
    expect(got.map((q) => q.speaker)).toEqual(['مندوب خليجي في المنظمة', 'مندوب خليجي في المنظمة']);
  });
  it('a clause of manner («دون أن يذكر …») ends the source\'s words', async () => {
    const got = await quotesOfBody('وقال متحدث باسم الشرطة في المدينة دون أن يذكر اسم الموقوف "تم استجوابه وإطلاق سراحه".');
    expect(got.map((q) => q.speaker)).toEqual(['متحدث باسم الشرطة في المدينة']);
  });
});

describe('Arabic speakers of a reported sentence after a fronted adverbial', () => {
  it('«من جانبه، بين فلان أن …. وأضاف: «…»»: the person of the reported sentence speaks on, not the one quoted before', async () => {
    const got = await quotesOfBody('وقال الخبير سامي العلي: «السوق مستقرة». من جانبه، بين الدكتور فهد الراشد، رئيس الغرفة التجارية، أن النمو سيتواصل. وأضاف: «الأشهر المقبلة ستشهد مشاريع كثيرة».');
    expect(got.map((q) => q.speaker)).toEqual(['سامي العلي', 'فهد الراشد']);
  });
  it('«وفي الأسبوع الماضي، كرر فلان أنه …. وقال: «…»»: «كرر» before a clause reports speech', async () => {
    const got = await quotesOfBody('وقال مصدر في مكتب الرئيس إن الموقف لم يحسم. وفي الأسبوع الماضي، كرر رئيس الوزراء سالم العتيبي أنه سيبذل كل جهده. وقال في مقابلة تلفزيونية: «الحل الوحيد هو التفاوض».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم العتيبي']);
  });
  it('«كرر» without a clause is no speech verb: «وكرر الفريق فوزه» (false positive)', async () => {
    const got = await quotesOfBody('وقال المدرب سالم الراشد: «الفوز مهم». وكرر الفريق فوزه على المنافس للمرة الثانية. وأضاف: «نحتاج إلى التركيز».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الراشد', 'سالم الراشد']);
  });
});

describe('Arabic heads of a body the story does not name', () => {
  it('«ونفى رئيس اللجنة …، معتبرا أن «…»»: the head speaks, unnamed, as written; not the body', async () => {
    const got = await quotesOfBody('وأعلنت اللجنة الانتخابية النتائج الأولية. ونفى رئيس اللجنة الانتخابية هذا التراجع، معتبرا أن «المشاركة كانت هي نفسها تقريبا».');
    expect(got).toEqual([{ text: 'المشاركة كانت هي نفسها تقريبا', speaker: 'رئيس اللجنة الانتخابية' }]);
  });
  it('a person the actors miss, named after the body («رئيسة مفوضية الاتحاد فلانة فلانية»), speaks', async () => {
    const got = await quotesOfBody('ودعت رئيسة مفوضية الاتحاد الأفريقي تشيبو مواندا كاسونغو في البيان إلى «العمل معا لإنجاح مهمة البعثة».');
    expect(got.map((q) => q.speaker)).toEqual(['تشيبو مواندا كاسونغو']);
  });
  it('or named in quotation marks a few words after it: «مدير عام مكتب التربية بالمحافظة "فلان فلاني" …. وأضاف أن «…»»', async () => {
    const got = await quotesOfBody('وقال مدير عام مكتب التربية بالمحافظة "عادل الحربي" في تصريح صحفي إن الوضع صعب. وأضاف أن "المستشفيات تحتاج إلى دعم عاجل".');
    expect(got.map((q) => q.speaker)).toEqual(['عادل الحربي']);
  });
  it('keeps a head whose name the story gives with his title (false positive)', async () => {
    const got = await quotesOfBody('وقال رئيس الاتحاد السعودي للسباحة نواف الغامدي إن الفريق جاهز. وأضاف رئيس الاتحاد السعودي للسباحة أن «المعسكر يسير حسب الخطة».');
    expect(got.map((q) => q.speaker)).toEqual(['نواف الغامدي']);
  });
  it('keeps a body that speaks for itself (false positive)', async () => {
    expect((await quotesOfBody('وقالت وزارة الصحة في بيان إن «الحالات مستقرة».')).map((q) => q.speaker)).toEqual(['وزارة الصحة']);
  });
});
