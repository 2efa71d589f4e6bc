/**
 * Arabic actors named by the headline's subject (a bare or quoted name before the headline's verb or colon, that
 * the body repeats), a body's name between a title and a given name, and ranks that are no bodies. Sentences
 * written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { run, find, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic headline subjects', () => {
  it('takes a bare name before the headline verb when the body repeats it twice, never with the article', () => {
    const actors = run('أعلنت نوفاتك عن خدمة جديدة للمشتركين. وقالت نوفاتك إن الخدمة تشمل المدن كافة.', 'نوفاتك تطلق خدمة الدفع بالجوال');
    expect(find(actors, 'نوفاتك')).toBeDefined();
  });

  it('takes a quoted name at the head of the headline as a body', () => {
    const actors = run('وقالت «ريادة» إنها أطلقت الخدمة في عشر مدن. ويعكس هذا حرص فريق «ريادة» على التطوير.', '«ريادة» الأولى في خدمات الدفع');
    expect(find(actors, 'ريادة')?.type).toBe('organization');
  });

  it('takes the speaker before a headline colon as a person', () => {
    const actors = run('كتبت نوال القحطاني مقالا عن المدارس. وترى نوال القحطاني أن التعليم أولا.', 'نوال القحطاني: التعليم أولا');
    expect(find(actors, 'نوال القحطاني')?.type).toBe('person');
  });

  it('takes an outlet named before a headline colon as a body', () => {
    const actors = run('وذكرت «سكاي نيوز» أن الشرطة اعتقلت المشتبه به. وأضافت سكاي نيوز أن التحقيق مستمر.', '"سكاي نيوز": اعتقال مطلوب في العاصمة');
    expect(find(actors, 'سكاي نيوز')?.type).toBe('organization');
  });

  it('takes a definite family name in the headline when the body writes it after a given name', () => {
    const actors = run('افتتح حمود الزهراني المعرض أمس. وقال الزهراني إن المعرض يستمر أسبوعا.', 'الزهراني يفتتح معرض الكتاب');
    const p = find(actors, 'حمود الزهراني');
    expect(p?.type).toBe('person');
    expect(actors.filter((a) => names([a]).includes('الزهراني')).length).toBe(1);
  });

  it('leaves out common nouns in the subject slot: a noun and its genitive, a noun and its nationality, a plural, a definite noun', () => {
    const cases: [string, string, string][] = [
      ['أسعار النفط تتراجع مع نهاية الأسبوع', 'تراجعت أسعار النفط أمس. وقال محللون إن أسعار النفط ستبقى منخفضة.', 'أسعار النفط'],
      ['معلم سعودي يفوز بجائزة التميز', 'فاز معلم سعودي بالجائزة. وقال معلم سعودي آخر إن المنافسة كانت قوية.', 'معلم سعودي'],
      ['أمطار تغرق شوارع المدينة', 'هطلت أمطار غزيرة على المدينة. وتسببت الأمطار في إغلاق الطرق، وتوقعت الأرصاد أمطار أخرى.', 'أمطار'],
      ['المقاومة تتقدم نحو المدينة', 'تقدمت قوات الرئيس هادي والمقاومة نحو المدينة. وقالت المقاومة إنها سيطرت على التلال.', 'المقاومة'],
    ];
    for (const [headline, body, word] of cases) {
      const actors = run(body, headline);
      expect(actors.filter((a) => a.type === 'person' && a.name === word), headline).toEqual([]);
      if (word !== 'المقاومة') expect(find(actors, word), headline).toBeUndefined();
    }
  });

  it('leaves a place the body names with its wrapper to the place finders', () => {
    const actors = run('قالت حكومة إقليم كردستان إن الحوار مستمر. وأضافت حكومة إقليم كردستان أن الوفد يصل غدا.', 'كردستان تعلن استئناف الحوار');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('reads the subject only at the head of the headline, before a verb or a colon', () => {
    const actors = run('وصل نوفاتك إلى المدينة. وقال نوفاتك إنه سعيد.', 'مهرجان الصيف يستضيف نوفاتك');
    expect(find(actors, 'مهرجان الصيف')).toBeUndefined();
  });
});

describe('Arabic titles that end in a body named by bare words', () => {
  it('splits «رئيس مركز <place> <given name> <family name>» into the body and the titled person', () => {
    const actors = run('وقال رئيس مركز طلعة عمار حمود الشمري إن الأهالي استقبلوا القرار بالترحيب. وأضاف الشمري أن العمل يبدأ غدا.');
    const p = find(actors, 'حمود الشمري');
    expect(p?.type).toBe('person');
    expect(p?.title).toBe('رئيس مركز طلعة عمار');
    expect(p?.aliases).toContain('الشمري');
    expect(find(actors, 'طلعة عمار')?.type).toBe('organization');
    expect(names(actors).some((n) => n.includes('عمار حمود'))).toBe(false);
  });

  it('keeps a name that opens with a given name after the title, and a patronym inside the name', () => {
    const actors = run('وقال رئيس مركز الشرطة سالم بن حمد العتيبي إن التحقيق مستمر.');
    expect(find(actors, 'سالم بن حمد العتيبي')?.type).toBe('person');
  });

  it('stops the family name before a describing word', () => {
    const actors = run('ونقل رئيس مركز طلعة عمار حمود الشمري السابق تعازي القيادة.');
    expect(find(actors, 'حمود الشمري')?.title).toBe('رئيس مركز طلعة عمار');
  });
});

describe('Arabic ranks', () => {
  it('takes «المركز الأول», «المرتبة الثانية» as ranks, not bodies, and keeps a first team', () => {
    const actors = run('وحل اللاعب سامر حداد في المركز الأول، فيما جاء زميله في المرتبة الثانية. وضم المدرب اللاعبين إلى المنتخب الأول.');
    expect(names(actors).some((n) => n.includes('المركز') || n.includes('المرتبة'))).toBe(false);
    expect(find(actors, 'المنتخب الأول')).toBeDefined();
  });

  it('keeps a centre named by its field, and «المركز» as its short name', () => {
    const actors = run('وأعلن مركز الأبحاث الزراعية عن برنامج جديد. وقال المركز إن البرنامج يبدأ قريبا.');
    expect(find(actors, 'مركز الأبحاث الزراعية')?.aliases).toContain('المركز');
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

describe('Arabic foreign clubs named by transliteration', () => {
  it('takes «X سيتي», «X يونايتد», «ريال/أتلتيكو + city» as clubs in a sports report', () => {
    const actors = run('انتقل المدافع عن طريق الإعارة من ريال مدريد إلى النادي. ولعب المهاجم مع تولوز واتلتيكو مدريد، ثم سجل هدفا في مرمى هال سيتي في مباراة الدوري أمام مانشستر يونايتد.');
    for (const n of ['ريال مدريد', 'اتلتيكو مدريد', 'هال سيتي', 'مانشستر يونايتد']) expect(find(actors, n)?.type, n).toBe('organization');
    expect(names(actors).some((n) => n.startsWith('و'))).toBe(false);
  });

  it('leaves money in riyals and articles with no sports reporting alone', () => {
    const sport = run('وحصل اللاعب على مكافأة قدرها مليون ريال سعودي بعد المباراة، ودفع النادي 500 ريال تسدد لاحقا قبل نهاية الدوري.');
    expect(names(sport).some((n) => n.includes('ريال'))).toBe(false);
    const city = run('وزار الوفد مدينة كانساس سيتي الأمريكية لبحث التعاون التجاري.');
    expect(city.filter((a) => a.type === 'organization' && a.name.includes('سيتي'))).toEqual([]);
  });
});

describe('Arabic commands and the forces they command', () => {
  it('merges «قيادة X» with X', () => {
    const actors = run('دعت قيادة القوات البرية الملكية الخريجين إلى التسجيل. ويمكن التقديم عبر موقع القوات البرية.');
    const o = find(actors, 'القوات البرية');
    expect(o?.name.startsWith('قيادة القوات البرية')).toBe(true);
    expect(actors.filter((a) => names([a]).includes('القوات البرية')).length).toBe(1);
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

describe('Arabic words after a title that open with a clitic', () => {
  it('takes no name from «و» on a feminine noun or a preposition on a feminine plural', () => {
    for (const text of ['وعملت وزيرة في الحكومة وزعيمة للمعارضة في مجلس النواب.', 'وقال المستشار المالي لعقارات سكنية في المدينة إن الطلب ارتفع.']) {
      expect(run(text).filter((a) => a.type === 'person').map((a) => a.name), text).toEqual([]);
    }
  });

  it('keeps given names that open with «ف» and end with «ة», and family names in «ات»', () => {
    const actors = run('وقالت الكاتبة فوزية الشهري إن المدارس تحتاج إلى دعم. وأكد المدرب بركات الحسن أن الفريق جاهز.');
    expect(find(actors, 'فوزية الشهري')?.type).toBe('person');
    expect(find(actors, 'بركات الحسن')?.type).toBe('person');
  });
});

describe('Arabic lone words after a title that are no names', () => {
  it('rejects verbs of the fifth stem, a word with «ـه», a connector alone and «أثناء»', () => {
    for (const text of [
      'وقال إن المرشح تتوفر لديه الخبرة اللازمة.',
      'وذكر أن الشيخ تحولت حياته بعد الحادث.',
      'وكان الملك الشاب منحه وساما رفيعا.',
      'ويشارك اللاعب الأميركي بن في البطولة للمرة الأولى.',
      'وتحدث الرئيس أثناء الاجتماع عن الخطة.',
    ]) {
      expect(run(text).filter((a) => a.type === 'person').map((a) => a.name), text).toEqual([]);
    }
  });

  it('keeps a lone foreign name after a title', () => {
    const actors = run('وقال المدرب الروماني ريجيكامب إن الفريق جاهز للمباراة.');
    expect(find(actors, 'ريجيكامب')?.type).toBe('person');
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

describe('Arabic headline speakers named by a family name', () => {
  it('takes «الـX:» at the head of the headline when the body writes X after a bare first name', () => {
    const actors = run('وقال رئيس لجنة النقل بالغرفة سعيد الدرعاني لـ«الصحيفة» إن النسبة مرتفعة. وأضاف الدرعاني أن الحل قريب.', 'الدرعاني: 90% من النقل مخالف');
    const p = find(actors, 'سعيد الدرعاني');
    expect(p?.type).toBe('person');
    expect(actors.filter((a) => names([a]).includes('الدرعاني')).length).toBe(1);
  });

  it('takes a campaign named before the colon as a body, and leaves a ministry metonym alone', () => {
    const camp = run('وأكدت حملة الطمأنينة أن المنضمين للتنظيم بلا علم. وأوضحت حملة الطمأنينة أن العلاج ممكن.', 'الطمأنينة: المنضمون للتنظيم بلا علم');
    expect(camp.filter((a) => a.type === 'person')).toEqual([]);
    expect(find(camp, 'الطمأنينة')?.type).toBe('organization');
    const ministry = run('وأعلنت وزارة الصحة تسجيل حالات جديدة. وقالت الوزارة إن الوضع مستقر.', 'الصحة: تسجيل حالات جديدة');
    expect(ministry.filter((a) => a.type === 'person')).toEqual([]);
  });
});

describe('Arabic headline protagonists named by a noun and a nationality', () => {
  it('takes «معلم سعودي يفوز …» as the story\'s person when the body says «المعلم»', () => {
    const actors = run('فاز معلم من المنطقة الشرقية بالجائزة الأولى. وقال المعلم إن الفوز ثمرة عمل طويل.', 'معلم سعودي يفوز بجائزة التميز الدولية');
    const p = find(actors, 'معلم سعودي');
    expect(p?.type).toBe('person');
    expect(p?.aliases).toContain('المعلم');
  });

  it('leaves documents, plurals and nouns the body never takes up alone', () => {
    const cases: [string, string][] = [
      ['تقرير أمريكي يكشف أرقام البطالة', 'نشر تقرير حكومي أرقاما جديدة. وذكر التقرير أن البطالة تراجعت.'],
      ['دراسة بريطانية تؤكد فوائد المشي', 'أكدت دراسة حديثة فوائد المشي. وأوضحت الدراسة أن المشي يقلل الأمراض.'],
      ['معلمون سعوديون يفوزون بجوائز', 'فاز المعلمون بالجوائز. وقال المعلمون إن الفوز مستحق.'],
      ['معلم سعودي يفوز بجائزة التميز', 'فاز معلم من الشرقية بالجائزة في الحفل أمس.'],
    ];
    for (const [headline, body] of cases) expect(run(body, headline).filter((a) => a.type === 'person').map((a) => a.name), headline).toEqual([]);
  });
});

describe('Arabic competitions named after a body or a person', () => {
  it('takes no actor from the name of a cup or a league', () => {
    const actors = run('وتوج الفريق بلقب كأس الاتحاد الآسيوي بعد فوزه في النهائي، وكان قد أحرز كأس خادم الحرمين الشريفين قبل عامين.');
    expect(names(actors).some((n) => n.includes('الاتحاد الآسيوي') || n.includes('خادم الحرمين'))).toBe(false);
  });

  it('keeps the body when it acts outside the cup\'s name', () => {
    const actors = run('وأعلن الاتحاد الآسيوي لكرة القدم موعد القرعة. وتقام مباريات كأس الاتحاد الآسيوي في سبتمبر.');
    expect(names(actors).some((n) => n.startsWith('الاتحاد الآسيوي'))).toBe(true);
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

describe('Arabic lone words with a preposition after a title', () => {
  it('takes no name from «بحصان» when the article writes «حصان» too', () => {
    const actors = run('حصان شارد على الطريق. واصطدم قائد الشاحنة بحصان قبل أن ينقل إلى المستشفى.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('keeps a foreign name that opens with «ب»', () => {
    const actors = run('ووزع المدرب بيرتوني (إيطالي) التمارين على مجموعتين.');
    expect(find(actors, 'بيرتوني')?.type).toBe('person');
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

describe('Arabic sources described after a verb of saying', () => {
  it('takes no person from «تقارير إخبارية», «أوساط سياسية»', () => {
    const actors = run('وذكرت تقارير إخبارية أن الشركة تدرس العرض. وقالت أوساط سياسية إن الاتفاق قريب.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
  });

  it('keeps two-word names after a verb of saying', () => {
    const actors = run('وقال سامر حداد إن الاتفاق قريب. وقالت عطية منصور إن الشركة تدرس العرض.');
    expect(find(actors, 'سامر حداد')?.type).toBe('person');
  });
});

describe('Arabic columnist contact lines', () => {
  it('takes no actor from «للتواصل مع الكاتب …»', () => {
    const actors = run('إن المدن تحتاج إلى حدائق أكثر.\n\nللتواصل مع الكاتب ابعث برسالتك عبر البريد الإلكتروني المنشور أعلاه.');
    expect(actors.filter((a) => a.type === 'person')).toEqual([]);
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
