/**
 * Arabic actors: where a personal name begins and ends (patronyms, given and family names, foreign names,
 * the words after a name that are not part of it) and the short forms that stand for it.
 * Sentences written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { run, find, has, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic names opened by a patronym', () => {
  it('takes an everyday-word given name, or one after «و», before «بن» and a given name as the name\'s start', () => {
    const a = run('وجاء تشكيل المجلس كالتالي: فهد بن سعد القحطاني رئيسا وصالح بن عبدالله الدوسري نائبا وعلي بن ناصر الشهري أمينا للصندوق وحسن بن محمد الغامدي عضوا.');
    for (const n of ['فهد بن سعد القحطاني', 'صالح بن عبدالله الدوسري', 'علي بن ناصر الشهري', 'حسن بن محمد الغامدي']) expect(find(a, n)?.type, n).toBe('person');
    expect(names(a)).not.toContain('عبدالله الدوسري');
    expect(names(a)).not.toContain('ناصر الشهري');
  });

  it('takes a word that is no known given name before «بن» + a given name', () => {
    expect(find(run('وقرر المجلس تعيين مطلق بن حمد الهاجري عضوا في اللجنة.'), 'مطلق بن حمد الهاجري')?.type).toBe('person');
  });

  it('leaves «حسن» or «صالح» without a patronym alone', () => {
    const a = run('وقال المدير إن الأداء كان حسن المستوى وإن الماء صالح للشرب.');
    expect(a.filter((x) => x.type === 'person')).toEqual([]);
  });

  it('keeps a participle-shaped family name after a patronym, but not a describing word', () => {
    expect(find(run('وقرر المجلس تعيين سامي بن فهد المريخي ممثلا عن القطاع الخاص.'), 'سامي بن فهد المريخي')).toBeDefined();
    expect(find(run('وقرر المجلس تعيين ماجد بن فهد المنصوري ممثلا عن الوزارة.'), 'ماجد بن فهد المنصوري')).toBeDefined();
    const b = run('وأعلنت الإدارة أن خالد بن سعد المكلف بالملف سيصل غدا.');
    expect(names(b)).not.toContain('خالد بن سعد المكلف');
  });
});

describe('Arabic manner of saying after a speaker', () => {
  it('ends the speaker\'s name before «قائلا», «مؤكدا», «مشيرا»', () => {
    const a = run('وأكد عضو مجلس الإدارة سليمان الرشيدان أن الفريق جاهز. وأضاف الرشيدان قائلا: إن المعسكر كان ناجحا.');
    expect(names(a).some((n) => n.includes('قائلا'))).toBe(false);
    const b = run('وقال المحلل منصور العتيق مؤكدا أن السوق ستتعافى.');
    expect(names(b).some((n) => n.includes('مؤكدا'))).toBe(false);
  });

  it('keeps a foreign name of the same shape', () => {
    expect(find(run('وقالت المغنية مونيكا روسي إن الحفل تأجل.'), 'مونيكا روسي')).toBeDefined();
  });
});

describe('Arabic transliterated names of players and coaches', () => {
  it('keeps a family name with a «ك» of its own before a relative pronoun', () => {
    expect(find(run('وتعاقد النادي مع لاعب الوسط سامي كوليبالو الذي كان دون فريق.'), 'سامي كوليبالو')?.type).toBe('person');
  });

  it('takes a name after a role noun with a pronoun and a nationality, before a preposition, with a «ف» of its own', () => {
    expect(find(run('وفاز الفريق بقيادة مدربه الفرنسي جيرار فيلمان في المباراة النهائية.'), 'جيرار فيلمان')?.type).toBe('person');
    expect(find(run('ونجح النادي بقيادة مدربه الفرنسي جيرار فيلمان أن ينهي سنوات الانتظار.'), 'جيرار فيلمان')?.type).toBe('person');
  });

  it('leaves a clause after a nationality adjective alone', () => {
    const a = run('وقال الوسيط إن الطيران الليبي قصف مواقع جنوب البلدة. واصطحب السويسري كلاوس معه إلى المعسكر عشرة لاعبين.');
    expect(names(a)).not.toContain('قصف مواقع');
    expect(names(a).some((n) => n.includes('معه'))).toBe(false);
  });

  it('takes the next names of a comma list after a person\'s name', () => {
    const a = run('وأحرز أهداف الفريق المهاجم سانتو كازيرا، ماتيو ديشان، وماريو سانشيز في الدقائق الأخيرة.');
    expect(find(a, 'ماتيو ديشان')?.type).toBe('person');
    expect(find(a, 'ماريو سانشيز')?.type).toBe('person');
  });

  it('stops the list at a phrase', () => {
    const a = run('وافتتح المعرض المدير سامي الراشد، بحضور عدد من المسؤولين.');
    expect(names(a)).not.toContain('بحضور عدد');
  });
});

describe('Arabic: «و» and a verb', () => {
  it('never takes «و» on a three-letter word after a title as a name', () => {
    expect(names(run('وتألق اللاعب السعودي وحسم المباراة في الشوط الثاني. وقدم اللاعب الدولي وفرض سيطرته على الملعب.')).some((n) => n.startsWith('وحسم') || n.startsWith('وفرض'))).toBe(false);
    expect(find(run('وأكد المدير وليد الحربي أن العمل مستمر.'), 'وليد الحربي')?.type).toBe('person');
  });

  it('takes a club after a verb with «و» opening the sentence', () => {
    const a = run('وسجل المهاجم هدفين في المباراة أمام الفريق المنافس في الدوري. وتقدم بيلارو الإسباني بعرض لضم المهاجم.');
    expect(find(a, 'بيلارو')?.type).toBe('organization');
  });
});

describe('Arabic names end before a prepositional phrase', () => {
  it('ends a name before «ب» + a word the article also writes without it', () => {
    const a = run('وتقدمت الوحدات التابعة للرئيس سالم بدعم من سلاح الجو نحو البلدة. وقال المتحدث إن الدعم مستمر.');
    expect(names(a).some((n) => n.includes('بدعم'))).toBe(false);
    const b = run('وأمر الملك فهد بن سعيد بصرف مكافأة شهرين للموظفين. ويبدأ صرف المكافأة الأحد.');
    expect(find(b, 'فهد بن سعيد')?.type).toBe('person');
    expect(names(b).some((n) => n.includes('بصرف'))).toBe(false);
  });

  it('ends a name before «ل» + a noun the article also writes with «لل» («لفحص طبي» / «للفحص الطبي»)', () => {
    const a = run('توجه الظهير الإيطالي ماريو فيرانتي لفحص طبي قبل توقيع العقد. وقال فيرانتي إنه سعيد.', 'فيرانتي يخضع للفحص الطبي مع النادي');
    expect(names(a).some((n) => n.includes('لفحص'))).toBe(false);
    expect(find(a, 'ماريو فيرانتي')?.type).toBe('person');
  });

  it('keeps a family name written with «ب» that the article never writes without it', () => {
    expect(find(run('وقال رئيس البلدية سالم بقشان إن الوضع مستقر. وأضاف بقشان أن العمل مستمر.'), 'سالم بقشان')?.type).toBe('person');
    // (with a conjunction on it, it is the same form)
    expect(find(run('وقال رئيس البلدية سالم بقشان إن الوضع مستقر. وأضاف وبقشان أن العمل مستمر.'), 'سالم بقشان')?.type).toBe('person');
    expect(find(run('وقال الجندي أول سعيد ناصر بلحمر من منسوبي الدوريات إن الوضع هادئ.'), 'سعيد ناصر بلحمر')).toBeDefined();
  });
});

describe('Arabic names end before an object after a patronym', () => {
  it('leaves a feminine noun named nowhere else out of the name', () => {
    const a = run('وفي الختام ألقى الأمير سامي بن فهد كلمة شكر فيها المشاركين.');
    expect(find(a, 'سامي بن فهد')?.type).toBe('person');
    expect(names(a).some((n) => n.includes('كلمة'))).toBe(false);
  });
});

describe('Arabic names do not cross a layout gap', () => {
  it('ends a body\'s name at a run of spaces in a news agency headline', () => {
    const a = run('وأشاد مجلس الوزراء بالمشروعات الجديدة.', 'محلي / أمير المنطقة يلتقي وفد مجلس الوزراء          إضافة ثانية');
    expect(names(a).some((n) => n.includes('إضافة'))).toBe(false);
    expect(find(a, 'مجلس الوزراء')?.type).toBe('organization');
  });
});

describe('Arabic short forms of a three-word name', () => {
  it('merges the last two words of a name whose family name has no article with the full name', () => {
    const a = run('وقال وزير الاقتصاد التركي علي كمال أوزتورك إن الحكومة مستعدة. وأضاف السيد كمال أوزتورك أن الحوار ممكن.');
    expect(a.filter((x) => x.type === 'person')).toHaveLength(1);
    expect(find(a, 'علي كمال أوزتورك')?.aliases).toContain('كمال أوزتورك');
  });
});

describe('Arabic foreign names after a nationality whose family name the article tells again', () => {
  it('takes a given name shaped like an imperfect verb after a title and a nationality', () => {
    const a = run('وقال وزير الخارجية الياباني تارو موري، في مؤتمر صحفي إن المحادثات مثمرة. وأضاف موري أن الجولة المقبلة في طوكيو.');
    expect(find(a, 'تارو موري')?.title).toBe('وزير الخارجية الياباني');
  });

  it('takes two bare words after a nationality before a verb when the second is told again alone', () => {
    const a = run('وذكرت تقارير أن رجل الأعمال الكندي جيمس هارلو اشترى فريقا محليا. وقالت صحف محلية إن هارلو دفع مبلغا كبيرا.');
    expect(find(a, 'جيمس هارلو')?.type).toBe('person');
  });

  it('leaves a verb and its object after a nationality alone', () => {
    const a = run('وقال إن الفريق الإيطالي يلعب مباراة صعبة. وستكون مباراة قوية.');
    expect(a.filter((x) => x.type === 'person')).toEqual([]);
    const b = run('ونشرت القوات الجوية طائرات في القاعدة السورية لشن غارات على التنظيم. وتواصلت غارات التحالف.');
    expect(names(b)).not.toContain('لشن غارات');
  });
});

describe('names that look like those words', () => {
  it('keeps a French given name in «ـوا» and a transliteration opening with «تيا»', () => {
    const actors = run('وقال المدرب الفرنسي فرانسوا ميشيل إن الفريق جاهز. وقال اللاعب إن مواطنه تياجو مارتينز الذي رحل للدوري القطري صديقه.');
    expect(find(actors, 'فرانسوا ميشيل')?.type).toBe('person');
    expect(find(actors, 'تياجو مارتينز')?.type).toBe('person');
  });
  it('keeps a club named by a head noun («نادي الاتحاد») and a board inside a title', () => {
    const actors = run('وأعلن نادي الاتحاد تعاقده مع المدافع. وقال رئيس مجلس الإدارة في الشركة سامي فرحات إن الصفقة مهمة.');
    expect(find(actors, 'نادي الاتحاد')?.type).toBe('organization');
    expect(find(actors, 'سامي فرحات')?.type).toBe('person');
  });
});

describe('foreigners known by one name or after a sports role', () => {
  it('takes one bare word after a nationality used as a noun, before a relative pronoun or a particle', () => {
    const actors = run('ويشارك جميع اللاعبين باستثناء البرازيلي ريكاردينو الذي يواصل علاجه، ويتدرب الفريق تحت قيادة الإسباني غارسيا بعد الإجازة.');
    expect(find(actors, 'ريكاردينو')?.type).toBe('person');
    expect(find(actors, 'غارسيا')?.type).toBe('person');
  });
  it('takes no adjective, adverb or noun after a nationality for a name', () => {
    const actors = run('وتعاقد النادي مع البرازيلي جديد في الصيف، ووقع الكويتي حاليا على العقد، ويعاني الاقتصاد الصيني ركودا.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
  it('reads athletes and the feminine of address as titles, and ends a name before «بالـ» on a feminine noun', () => {
    const actors = run('ووصلت العداءة الكينية جويس موتاي إلى خط النهاية، وفاز السباح الأمريكي مارك ستيفنز بالذهبية، وكرمت الجامعة الأستاذة لورا ميتشل.');
    expect(find(actors, 'جويس موتاي')?.title).toBe('العداءة الكينية');
    expect(find(actors, 'مارك ستيفنز')?.title).toBe('السباح الأمريكي');
    expect(find(actors, 'لورا ميتشل')?.title).toBe('الأستاذة');
  });
});

describe('name extents', () => {
  it('keeps a body\'s seat named by a wrapper and its place («… بمحافظة الطائف», «… في منطقة نجران»)', () => {
    const actors = run('وعقدت لجنة التنمية السياحية بمحافظة الطائف اجتماعها، وأعلنت إدارة التعليم في منطقة نجران موعد الدراسة.');
    expect(find(actors, 'لجنة التنمية السياحية بمحافظة الطائف')?.type).toBe('organization');
    expect(find(actors, 'إدارة التعليم في منطقة نجران')?.type).toBe('organization');
  });
  it('takes «الله» into a theophoric family name written as two words, and never as a name alone', () => {
    const actors = run('وقال المدير العام فهد العبد الله إن المشروع اكتمل والحمد لله. وأكد العبد الله أن العمل مستمر بإذن الله.');
    const p = find(actors, 'فهد العبد الله');
    expect(p?.aliases).toEqual(['العبد الله']);
  });
  it('ends a name before a past verb of an official («… بن سعود دشن المعرض»)', () => {
    const actors = run('وفي حفل كبير افتتح الأمير خالد بن سعود دشن المعرض الدولي للكتاب.');
    expect(find(actors, 'خالد بن سعود')?.type).toBe('person');
  });
});

describe('more nationalities, and a name before a known word in the accusative', () => {
  it('reads Latin American, African and Asian nationalities before a foreign name', () => {
    const actors = run('وسجل الأوروغوياني ماتياس ليما هدفا، ووصلت الكينية ماري كيتاني أولا، وتألق الفلبيني مانويل سانتوس.');
    expect(find(actors, 'ماتياس ليما')?.type).toBe('person');
    expect(find(actors, 'ماري كيتاني')?.type).toBe('person');
    expect(find(actors, 'مانويل سانتوس')?.type).toBe('person');
  });
});

describe('a foreign given name once before a family name the story uses alone', () => {
  it('completes the name («… لكن مارتن غرينوود رحل … وقال غرينوود …»)', () => {
    const actors = run('وكان الاتحاد قد تعاقد مع المدرب قبل عام، لكن مارتن غرينوود رحل بعد الهزيمة. وقال غرينوود إن القرار نهائي. وأضاف غرينوود أنه سيعود.');
    const p = find(actors, 'مارتن غرينوود');
    expect(p?.type).toBe('person');
    expect(p?.aliases).toContain('غرينوود');
  });
  it('takes no verb, preposition-led noun or noun of kin for a given name', () => {
    const actors = run('وسيقود غرينوود الفريق، وأعلن النادي لقبول غرينوود العرض، وحضر زوج غرينوود الحفل. وقال غرينوود إن الموسم طويل.');
    expect(find(actors, 'غرينوود')?.name).toBe('غرينوود');
  });
});

describe('a role or a verb right after a full name', () => {
  it('ends the name before «أستاذ …», «الحارس …» and the verb «فرض»', () => {
    const actors = run('وقال الدكتور جون مارتن أستاذ الاقتصاد إن القرار صائب. وتجنب المدرب التعليق على طرد الحكم مايكل هاريسون الحارس كورتيز بعد ارتكابه خطأ. وكان وزير المالية جورج فيلد فرض ضريبة جديدة.');
    expect(find(actors, 'جون مارتن')?.type).toBe('person');
    expect(find(actors, 'مايكل هاريسون')?.type).toBe('person');
    expect(find(actors, 'جورج فيلد')?.type).toBe('person');
  });
});

describe('Arabic family names of the nationality form', () => {
  it('keeps a masculine nationality adjective with the article as the family name after a titled first name', () => {
    const cases: [string, string][] = [
      ['وأوضح المتحدث باسم الشرطة العقيد سامي المصري أن الدورية تعرضت لإطلاق نار.', 'سامي المصري'],
      ['وقال اللواء خالد العراقي إن القوات تقدمت نحو المدينة.', 'خالد العراقي'],
      ['وأكد الناطق الأمني اللواء منير التركي أن الحادث وقع فجرا.', 'منير التركي'],
    ];
    for (const [body, name] of cases) expect(find(run(body), name)?.type, body).toBe('person');
  });

  it('leaves the nationality before the name in the title, and a feminine or prefixed adjective out of the name', () => {
    const a = run('وقال المدرب الأرجنتيني خوسيه مارتينيز إن الفريق جاهز للمباراة.');
    expect(find(a, 'خوسيه مارتينيز')).toBeDefined();
    expect(names(a).some((n) => n.includes('الأرجنتيني'))).toBe(false);
    const b = run('واستقبل الوزير سامي الحربي الوفود المصرية والسورية في مقر الوزارة.');
    expect(names(b).some((n) => n.includes('المصرية'))).toBe(false);
  });
});

describe('Arabic given name «بدر»', () => {
  it('opens a name with its patronym, titled or not', () => {
    expect(find(run('وقال السفير بدر بن علي الغامدي إن العلاقات متينة.'), 'بدر بن علي الغامدي')?.type).toBe('person');
    expect(find(run('وحضر اللقاء بدر بن علي الغامدي وعدد من المسؤولين.'), 'بدر بن علي الغامدي')?.type).toBe('person');
  });
});

describe('Arabic names after a nationality closed by a family name with the article', () => {
  it('takes a bare first name and a definite family name after a nationality adjective', () => {
    expect(find(run('وأعلن النادي التعاقد مع السوري جهاد الحمصي والمغربي سعيد الإدريسي.'), 'جهاد الحمصي')?.type).toBe('person');
    expect(find(run('وفازت المصممة الكويتية نجود الخرافي بالجائزة الأولى.'), 'نجود الخرافي')?.type).toBe('person');
  });

  it('leaves out a verb or a prepositional phrase after the nationality, and a describing adjective as family name', () => {
    const cases = [
      'وقال إن الاقتصاد الأمريكي تواصل التعافي خلال الربع الأخير.',
      'وطالب بتعيين مدرب سعودي للمنتخب السعودي لسد الفراغ.',
      'وتعاقد النادي مع البرازيلي كارلوس الجديد.',
    ];
    for (const body of cases) expect(run(body).filter((x) => x.type === 'person'), body).toEqual([]);
  });
});

describe('Arabic four-part names of the soldiers\' lists', () => {
  it('keeps a family name after a father\'s and a grandfather\'s known given names', () => {
    const a = run('ونتج عن ذلك استشهاد العريف خالد علي يحيى، والجندي أول سالم ناصر محمد عسيري، والجندي أول صالح محمد ياسين الحربي.');
    expect(find(a, 'سالم ناصر محمد عسيري')?.type).toBe('person');
    expect(find(a, 'صالح محمد ياسين الحربي')?.type).toBe('person');
    expect(find(a, 'خالد علي يحيى')?.type).toBe('person');
  });

  it('does not run a three-part name into the next clause', () => {
    const a = run('وقال الجندي سالم ناصر محمد إن الهجوم وقع ليلا.');
    expect(find(a, 'سالم ناصر محمد')?.type).toBe('person');
  });
});

describe('Arabic given names of the Gulf', () => {
  it('opens a name with «حمود» or «سالم»', () => {
    const actors = run('وأكد حمود المطيري أن الفريق جاهز. كما أشاد سالم المطرفي بالجماهير.');
    expect(find(actors, 'حمود المطيري')?.type).toBe('person');
    expect(find(actors, 'سالم المطرفي')?.type).toBe('person');
  });

  it('still reads «سالم» as an adjective in a phrase with no family name', () => {
    const actors = run('وخرج الطفل من الحادث سالما، وعاد إلى منزله.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('Arabic bare names with no cue, repeated', () => {
  it('takes a bare word written three times, never with the article, once as the subject of a verb', () => {
    const actors = run('كان رامونيز جالسا على مقاعد البدلاء. واستدعى المدرب رامونيز في الشوط الثاني، وأثار تصرف رامونيز استغراب الجماهير.');
    expect(find(actors, 'رامونيز')?.type).toBe('person');
  });

  it('leaves out verbal nouns, adjectives and nouns with a pronoun, however often they recur', () => {
    const actors = run('كان تحقيق الشرطة طويلا، وانتهى تحقيق النيابة أمس، وبدأ تحقيق ثالث اليوم. كان عديد من الناس هناك، وغادر عديد منهم، وبقي عديد آخر. كان غياب الأمن واضحا، وزاد غياب المياه الأزمة، وتسبب غياب الخدمات في الشكاوى.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('needs three mentions and a word that never takes the article', () => {
    expect(find(run('كان رامونيز جالسا على مقاعد البدلاء. ثم عاد رامونيز إلى الملعب.'), 'رامونيز')).toBeUndefined();
    expect(find(run('كان سندان جالسا. وأثار سندان الجدل، ثم عاد سندان فجأة، ووقف السندان في مكانه.'), 'سندان')).toBeUndefined();
  });
});

describe('Arabic particles written with «ى»', () => {
  it('does not take «على» or «إلى» for a person named «علي» alone', () => {
    const actors = run('وقال علي إن الفريق يعتمد على اللاعبين الشباب. وأكد علي أن الفوز على المنافس مهم.');
    const p = find(actors, 'علي');
    expect(p?.type).toBe('person');
    expect(p?.aliases).not.toContain('على');
    expect(p?.mentions.length).toBe(2);
  });
});

describe('Arabic given names of women', () => {
  it('opens a name with a woman\'s given name of the Gulf', () => {
    const actors = run('وقالت الكاتبة بدرية العتيبي إن المعرض ناجح. وشاركت سلوى الحربي في الندوة.');
    expect(find(actors, 'بدرية العتيبي')?.type).toBe('person');
    expect(find(actors, 'سلوى الحربي')?.type).toBe('person');
  });

  it('does not read «برقية» (a telegram) as a name', () => {
    const actors = run('وبعث ولي العهد برقية تهنئة للرئيس بمناسبة ذكرى الاستقلال.');
    expect(names(actors).some((n) => n.includes('برقية'))).toBe(false);
  });
});

describe('Arabic family names after «آل» that end like a pronoun', () => {
  it('keeps «آل شلهم» in the name', () => {
    const actors = run('وأكد رئيس بلدية طلعة عمار ناصر آل شلهم، مشيرا إلى أن العمل يتقدم بسرعة.');
    expect(find(actors, 'ناصر آل شلهم')?.title).toBe('رئيس بلدية طلعة عمار');
  });

  it('still stops a name before a noun with «ـهم» that follows no connector', () => {
    const actors = run('وقال الشيخ سالم الحربي إن أبناءهم يستحقون الدعم.');
    expect(find(actors, 'سالم الحربي')?.type).toBe('person');
    expect(names(actors).some((n) => n.includes('أبناءهم'))).toBe(false);
  });
});

describe('Arabic names after a patronym followed by a verb', () => {
  it('ends the name before a feminine past verb «فعلت»', () => {
    const actors = run('وقال إن إدارة الأمير فهد بن ماجد ركزت على الصفقات المحلية.');
    expect(find(actors, 'فهد بن ماجد')?.type).toBe('person');
    expect(names(actors).some((n) => n.includes('ركزت'))).toBe(false);
  });

  it('keeps a family name after the patronym', () => {
    const actors = run('وقال الأمير فهد بن ماجد الحربي إن الفريق جاهز.');
    expect(find(actors, 'فهد بن ماجد الحربي')?.type).toBe('person');
  });
});

describe('Arabic given names written with the article', () => {
  it('opens the name after a title with «الوليد»', () => {
    const actors = run('وقال الأمير الوليد بن ماجد إن الشركة تنمو.');
    const p = find(actors, 'الوليد بن ماجد');
    expect(p?.type).toBe('person');
    expect(p?.title).toBe('الأمير');
  });
});

describe('Arabic family names', () => {
  it('keeps a family name shaped like an imperfect verb when an appositive title follows it', () => {
    const actors = run('قضت المحكمة اليوم بسجن ماجد نسيم رئيس الهيئة الأسبق عامين. ولم يحضر نسيم الجلسة.');
    expect(find(actors, 'ماجد نسيم')?.type).toBe('person');
  });

  it('still reads an imperfect verb after a given name as the predicate', () => {
    expect(names(run('وكان خالد يزور المدينة كل عام.'))).not.toContain('خالد يزور');
  });

  it('counts a two-word given name after «بن» as one part, so the family name stays', () => {
    const actors = run('استقبل الوزير الشيخ الدكتور فهد بن عبد الله الحربي في مكتبه.');
    expect(find(actors, 'فهد بن عبد الله الحربي')?.type).toBe('person');
  });

  it('ends a patronym before an object the article never writes after that name elsewhere', () => {
    const actors = run('استقبل الشيخ خالد بن سعيد آل حمدان الوفد الزائر. وقدم رئيس الوفد للشيخ خالد بن سعيد هدية تذكارية، كما أقام الشيخ خالد بن سعيد مأدبة غداء للضيوف.');
    expect(names(actors)).not.toContain('خالد بن سعيد هدية');
    expect(names(actors)).not.toContain('خالد بن سعيد مأدبة');
    expect(find(actors, 'خالد بن سعيد آل حمدان')?.type).toBe('person');
  });

  it('keeps a bare family name after a patronym the article does not vary', () => {
    expect(find(run('وحضر اللقاء وزير الدولة الدكتور سامر بن عبيد مدني.'), 'سامر بن عبيد مدني')?.type).toBe('person');
  });

  it('ends a kunya name at the verb after it, but keeps a definite family name', () => {
    const actors = run('وقالت المصادر إن المحكمة التي ترأسها القاضي أبو العلا غرمت المتهم.');
    expect(names(actors)).not.toContain('أبو العلا غرمت');
    expect(find(run('وألقى الشاعر أبو الفضل الحارثي قصيدته.'), 'أبو الفضل الحارثي')?.type).toBe('person');
  });
});

describe('Arabic name ends', () => {
  it('ends a name before an imperfect verb, a noun with «his», an adverb in the accusative or a group head', () => {
    const actors = run('وقال الرئيس الأسبق سامي جابر يسمح بذلك. وتحدث المدرب فابيان يواصل التدريب. وعاد المدرب كارلو رودجرز مجددا إلى الفريق. والتقى الوزير أشتون كارتر قوات الأمن.');
    for (const bad of ['سامي جابر يسمح', 'فابيان يواصل', 'كارلو رودجرز مجددا', 'أشتون كارتر قوات']) expect(names(actors)).not.toContain(bad);
    expect(find(actors, 'كارلو رودجرز')?.type).toBe('person');
    expect(find(actors, 'أشتون كارتر')?.type).toBe('person');
  });

  it('keeps a nisba family name that opens like a verb («يماني»)', () => {
    expect(find(run('وشارك المهندس أيمن يماني في اللقاء مع عدد من المسؤولين.'), 'أيمن يماني')?.type).toBe('person');
  });

  it('does not take a campaign, an initiative or a preposition of time after a title for a name', () => {
    for (const [text, bad] of [
      ['وأطلق المدير حملة السكينة في المدارس.', 'حملة السكينة'],
      ['وغاب اللاعب طوال الموسم بسبب الإصابة.', 'طوال الموسم'],
      ['وتحدث الوزير بشأن قطاع الكهرباء.', 'بشأن قطاع الكهرباء'],
    ] as [string, string][]) expect(names(run(text)), text).not.toContain(bad);
  });
});

describe('Arabic participles that describe a name', () => {
  it('ends a name before «المقيم», «المشرف», «الواقع» and their like', () => {
    const actors = run('واتهمت الحكومة الداعية فتح الله كريم أوزال المقيم في الخارج. وقال الجنرال مايكل هانسن المشرف على العمليات إن الوضع هادئ.');
    expect(names(actors).some((n) => n.endsWith('المقيم') || n.endsWith('المشرف'))).toBe(false);
    expect(find(actors, 'مايكل هانسن')?.type).toBe('person');
  });
});

describe('Arabic first-stem participles after a name', () => {
  it('ends a name before «قائلا» and leaves «مقابل» out of it', () => {
    const actors = run('وانتقد المدرب خطأ ضد مهاجم سوانزي قائلا إن الحكم أخطأ.');
    expect(names(actors).some((n) => n.endsWith('قائلا'))).toBe(false);
  });
});

describe('Arabic names before a «بـ» phrase', () => {
  it('ends the name before «بـ» on a verbal noun, a demonstrative, a hamza word, a feminine noun or a noun with a pronoun', () => {
    const cases: [string, string, string][] = [
      ['ويتهم الحزب وحليفه النائب كمال نصار بتعطيل جلسات البرلمان.', 'كمال نصار', 'بتعطيل'],
      ['ونوه الشيخ فؤاد بن صخر بما قدمه الأهالي من دعم.', 'فؤاد بن صخر', 'بما'],
      ['وأشاد الوزير سامر حداد بهذا الإنجاز الكبير.', 'سامر حداد', 'بهذا'],
      ['وبعث الأمير نواف بن راشد بأطيب التمنيات للفائزين.', 'نواف بن راشد', 'بأطيب'],
      ['وطالب المحامي ماهر الجندي بزيادة عدد القضاة.', 'ماهر الجندي', 'بزيادة'],
    ];
    for (const [text, name, word] of cases) {
      const actors = run(text);
      expect(find(actors, name)?.type, text).toBe('person');
      expect(names(actors).some((n) => n.includes(word)), text).toBe(false);
    }
  });

  it('takes no «بـ» phrase after a title alone for a name', () => {
    for (const text of ['وحكم القاضي بقتله قصاصا في الجلسة.', 'ودعا آل ناجي بزيادة الجهد في العمل.', 'وحل اللاعب كأفضل هداف في البطولة.', 'وتقدم الفريق الضيف بهدفين نظيفين.']) {
      expect(run(text).filter((a) => a.type === 'person').map((a) => a.name), text).toEqual([]);
    }
  });

  it('keeps names that open with «ب»: بدر، بشار، بطرس and «بو» family names', () => {
    const actors = run('وتحدث النائب بطرس حرب للصحفيين. وقال الرئيس بشار الأسد إن الحرب طويلة. وقال الشيخ سالم بوشناقة إن الحفل ناجح.');
    for (const n of ['بطرس حرب', 'بشار الأسد', 'سالم بوشناقة']) expect(find(actors, n)?.type, n).toBe('person');
  });
});

describe('words after a name that end it', () => {
  it('a conjunction of time written as one word («… سامر معاذ بعدما …»)', () => {
    const actors = run('واتفقت الإدارة مع نظيرتها على انتقال المدافع سامر معاذ بعدما وافقت الأخيرة على العرض.');
    expect(has(actors, 'سامر معاذ')).toBe(true);
    expect(names(actors).some((n) => n.includes('بعدما'))).toBe(false);
  });

  it('«لـ» on a verbal noun after a one-word name («المدرب الروماني فلورين لمناقشة …»)', () => {
    const actors = run('ويجتمع المدير الفني مع المدرب الروماني فلورين لمناقشة أوضاع الفريق الأول.');
    expect(has(actors, 'فلورين')).toBe(true);
    expect(names(actors).some((n) => n.includes('لمناقشة'))).toBe(false);
  });

  it('a counted dual after a name («… جوزيه فرنانديز فترتين تدريبيتين»)', () => {
    const actors = run('وفرض المدرب البرتغالي جوزيه فرنانديز فترتين تدريبيتين على اللاعبين في اليوم الأول.');
    expect(has(actors, 'جوزيه فرنانديز')).toBe(true);
    expect(names(actors).some((n) => n.includes('فترتين'))).toBe(false);
  });

  it('a given name with a family name starting with «ل» stays whole («المهندس سامي لطفي»)', () => {
    const actors = run('وأوضح المهندس سامي لطفي أن الأعمال تسير وفق الخطة.');
    expect(has(actors, 'سامي لطفي')).toBe(true);
  });
});

describe('a verb after two name words', () => {
  it('is cut when the family name is told again alone and the word is nowhere else («ماركو لونيتي طلب منه …»)', () => {
    const actors = run('وكان مدرب الفريق الإيطالي ماركو لونيتي طلب منه البقاء. وقال لونيتي إن اللاعب يحتاجه.');
    expect(has(actors, 'ماركو لونيتي')).toBe(true);
    expect(names(actors).some((n) => n.includes('طلب'))).toBe(false);
  });

  it('a third name word told again stays («خوان مانويل سانتوس … وقال سانتوس»)', () => {
    expect(has(run('واستقبل الرئيس خوان مانويل سانتوس الوفد. وقال سانتوس إن الزيارة مهمة.'), 'خوان مانويل سانتوس')).toBe(true);
  });

  it('a family name after a father\'s given name stays («الدكتور فيصل علي نصار»)', () => {
    const actors = run('وبتوجيه من مدير المستشفى الدكتور فيصل علي نصار تم تشكيل فريق. وقال علي إن الفريق نجح.');
    expect(has(actors, 'فيصل علي نصار')).toBe(true);
  });
});

describe('a given name of the imperfect verb\'s shape', () => {
  it('opens the name after a title when the family name comes back alone («البروفيسور يوسي حايك … وأضاف حايك»)', () => {
    const actors = run('وقال مدير القسم البروفيسور يوسي حايك إن الحالة استقرت. وأضاف حايك أن العلاج مستمر.');
    expect(has(actors, 'يوسي حايك')).toBe(true);
  });

  it('the predicate after a title stays out («النجم يلمع في المباراة»)', () => {
    expect(run('وقال المدرب إن النجم يلمع في كل مباراة.').some((a) => a.type === 'person')).toBe(false);
  });
});

describe('verbs of what people do', () => {
  it('a family name told four times after such verbs is found with its given name («واعتقل رضايان», «وينفي رضايان»)', () => {
    const actors = run('ويبدأ الصحافي جوناثان ربيعي عامه الثاني في السجن. واعتقل ربيعي في يوليو. وينفي ربيعي التهم. ومثل ربيعي أمام المحكمة مرتين.');
    expect(names(actors).some((n) => n.includes('ربيعي'))).toBe(true);
  });

  it('a verb after a title is no name («النجم قام بتسجيل الهدف»)', () => {
    expect(run('وقال المدرب إن النجم قام بتسجيل الهدف الأول.').some((a) => a.name === 'قام')).toBe(false);
  });
});
