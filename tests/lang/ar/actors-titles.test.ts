/**
 * Arabic actors: titles, ranks and offices before a name, and the words after a title that are no names.
 * Sentences written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { run, find, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic prepositional phrases after a title', () => {
  it('never takes «بطلب قرض» after «المواطن» as a name, but keeps «باراك أوباما» and «بلال …»', () => {
    expect(run('ويتاح للمواطن المتقدم بطلب قرض اختيار البرنامج المناسب.').filter((x) => x.type === 'person')).toEqual([]);
    expect(find(run('وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد.'), 'باراك أوباما')?.type).toBe('person');
    expect(find(run('وقال المذيع بلال الشمري إن البرنامج مستمر.'), 'بلال الشمري')?.type).toBe('person');
  });
});

describe('Arabic titles of a position or a field before a given name', () => {
  it('takes an indefinite + definite pair before a known given name into the title', () => {
    const a = run('وضم النادي المهاجم سالم الغامدي ولاعب خط الوسط ماجد سعود من نادي الساحل.');
    expect(find(a, 'ماجد سعود')?.title).toBe('لاعب خط الوسط');
    expect(names(a)).not.toContain('خط الوسط');
  });

  it('keeps a given name and family name after a title as the name («الدكتور منصور الدريس رئيس …»)', () => {
    expect(find(run('وقال الدكتور منصور الدريس رئيس فريق العمل إن الخطة جاهزة.'), 'منصور الدريس')?.type).toBe('person');
  });

  it('opens no name with the head noun of a news outlet', () => {
    const a = run('وقال رئيس شبكة قنوات الأفق سامي الحربي إن البث يبدأ غدا.');
    expect(names(a).some((n) => n.startsWith('شبكة') && find(a, n)?.type === 'person')).toBe(false);
    expect(find(a, 'سامي الحربي')?.type).toBe('person');
  });
});

describe('a media figure as a title', () => {
  it('names the person after «الإعلامي» and a nationality', () => {
    const actors = run('أثار اتهام الإعلامي السوري سامر عبدالكريم بقتل زوجته الجدل. وكشفت التحريات أن قتل الزوجة وقع في الصيف.');
    expect(find(actors, 'سامر عبدالكريم')?.title).toBe('الإعلامي السوري');
  });
  it('takes no broken plural of the «تفاعيل» shape for a name after a title', () => {
    const actors = run('وأظهر المقطع الإعلامي والسائق تفاصيل الحادث قبل توقيفهما.');
    expect(names(actors).some((n) => n.includes('تفاصيل'))).toBe(false);
  });
});

describe('a club named inside a title', () => {
  it('is an actor beside the coach or the chairman', () => {
    const actors = run('قال المدير الفني للفريق الأول بنادي الشباب جورج ميلان إن المباراة صعبة. وقال رئيس نادي الوحدة سالم الحربي إن الفريق جاهز.');
    expect(find(actors, 'جورج ميلان')?.title).toBe('المدير الفني للفريق الأول بنادي الشباب');
    expect(find(actors, 'نادي الشباب')?.type).toBe('organization');
    expect(find(actors, 'نادي الوحدة')?.type).toBe('organization');
  });
  it('takes no military rank for a club («قائد الفريق أول …»)', () => {
    const actors = run('وقال رئيس هيئة الأركان الفريق أول ركن سالم الحربي إن القوات جاهزة.');
    expect(actors.filter((a) => a.type === 'organization').map((a) => a.name)).not.toContain('الفريق أول');
  });
});

describe('Arabic ambiguous titles before a conjunction', () => {
  it('takes no name after «الفريق» when the next word opens a clause with «و/ف»', () => {
    expect(run('وقال الحارس: "جئت لأخدم الفريق وسأبذل كل جهدي في التدريبات".').filter((x) => x.type === 'person')).toEqual([]);
    expect(run('وشكر المدرب الفريق وقدم لهم التهنئة.').filter((x) => x.type === 'person')).toEqual([]);
  });

  it('keeps a known given name written with «و» after the rank «الفريق»', () => {
    expect(find(run('وقال الفريق وليد الحربي إن القوات جاهزة.'), 'وليد الحربي')?.type).toBe('person');
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

describe('Arabic non-names after a title', () => {
  it('does not take a number of years or an accusative noun with its adjective for a name', () => {
    expect(names(run('قضت المحكمة بسجن ماجد سليم وزير النقل الأسبق خمس سنوات.'))).not.toContain('خمس سنوات');
    expect(names(run('وغرمت المحكمة المتهم مبلغا كبيرا.'))).not.toContain('مبلغا كبيرا');
  });
});

describe('Arabic offices of a titled person', () => {
  it('names an office by the title and leaves the person to his own actor', () => {
    const actors = run('وأفاد بيان وزعه مكتب رئيس الوزراء الإيطالي ماريو روسي بأن المفاوضات مستمرة.');
    expect(find(actors, 'مكتب رئيس الوزراء الإيطالي')?.type).toBe('organization');
    expect(find(actors, 'ماريو روسي')?.type).toBe('person');
  });

  it('still names a group after its commander', () => {
    expect(find(run('وتقدمت قوات اللواء سالم الورفلي نحو المدينة.'), 'قوات اللواء سالم الورفلي')?.type).toBe('group');
  });
});

describe('Arabic titles used as names', () => {
  it('makes a title used alone an alias of the one person whose title opens with it', () => {
    const actors = run('بعث خادم الحرمين الشريفين الملك فهد بن سالم برقية تهنئة. وأعرب الضيف عن شكره للمملكة بقيادة خادم الحرمين الشريفين.');
    expect(actors.filter((a) => a.type === 'person')).toHaveLength(1);
    expect(find(actors, 'فهد بن سالم')?.aliases).toContain('خادم الحرمين الشريفين');
  });
});

describe('Arabic words after a title that are no names', () => {
  it('does not take a circumstantial participle, a verb of «كان»’s kind, a preposition phrase or an event for a name', () => {
    const cases: [string, string][] = [
      ['وأشاد الوزير مؤكدا أن المشروع مهم.', 'مؤكدا'],
      ['وقال الوزير مستغربا إن القرار مفاجئ.', 'مستغربا'],
      ['وقال مصدر إن المتهم ظل في السجن ست سنوات.', 'ظل'],
      ['وتحدث مبعوث الأمين العام للأمم المتحدة حيال تمديد الاتفاق.', 'حيال تمديد الاتفاق'],
      ['ورعى الأمير فهد بن سالم أمير منطقة الجوف حفل الأهالي بمناسبة العيد.', 'حفل الأهالي'],
      ['ووصل جثمان الشهيد برفقة أقارب الشهيد وهبطت الطائرة في المطار.', 'وهبطت'],
    ];
    for (const [text, word] of cases) expect(names(run(text)), text).not.toContain(word);
  });

  it('keeps a foreign name of the participle shape when a family name follows', () => {
    expect(find(run('وغنت المغنية ماريا كارلوس في الحفل.'), 'ماريا كارلوس')?.type).toBe('person');
  });

  it('reads a quoted name right after a person’s title as the name, and a quoted nickname after a nationality as no name', () => {
    const actors = run('وأكد الدكتور "الحمادي" دعم مسار حقوق الإنسان في البلاد.');
    expect(find(actors, 'الحمادي')?.type).toBe('person');
    expect(names(actors)).not.toContain('دعم مسار حقوق');
    expect(names(run('وسجل المهاجم الإيطالي "المشاغب" ماريو بالوتيلي هدفا.'))).not.toContain('المشاغب');
  });

  it('reads a bare word between a wrapper title and a second title as the place, and one between two titles as a qualifier', () => {
    const actors = run('ونقل تعازي أمير منطقة عسير الأمير فهد بن سالم لذوي الشهيد الرقيب إبراهيم مفرح العسيري.');
    expect(names(actors)).not.toContain('عسير الأمير');
    expect(find(actors, 'فهد بن سالم')?.type).toBe('person');
    expect(find(actors, 'إبراهيم مفرح العسيري')?.type).toBe('person');
    expect(names(run('وتضم الصور الملازم طيار الأمير فهد بن سالم في زيارة للمدينة.'))).not.toContain('طيار الأمير');
  });

  it('takes a four-part name after a rank when a known given name opens it and a family name with the article closes it', () => {
    expect(find(run('واستشهد العريف محمد عمر حمد الفلاحي، والجندي أول ناصر علي جابر القرني.'), 'محمد عمر حمد الفلاحي')?.type).toBe('person');
  });
});

describe('Arabic forms of address after a definite noun', () => {
  it('reads «المهندس», «الدكتور» right after a definite noun as a title, not an adjective', () => {
    expect(find(run('وشارك في اللقاء المهندس أيمن يماني وعدد من المسؤولين.'), 'أيمن يماني')?.type).toBe('person');
    expect(find(run('وحضر الحفل نائب رئيس الاتحاد المهندس جميل بوشهري والعضو سالم الفهد.'), 'جميل بوشهري')?.type).toBe('person');
  });

  it('reads «غرم الله» as a two-word given name', () => {
    expect(find(run('وقال مدير الشؤون الصحية الدكتور غرم الله بن سعيد الزهراني إن الخدمة متاحة.'), 'غرم الله بن سعيد الزهراني')?.type).toBe('person');
  });
});

describe('Arabic lone imperfect verbs after a title', () => {
  it('takes no imperfect verb after a title for a name', () => {
    for (const text of ['وهذا يجعل المواطن يستهين بمثل هذه الإعلانات.', 'وجاء التجديد للمدرب السويسري ليصنع استقراراً للفريق.', 'وقال إن المدرب ينافس على اللقب.']) {
      expect(run(text).filter((a) => a.type === 'person' && /^[لوف]?ي/u.test(a.name)), text).toEqual([]);
    }
  });

  it('keeps given names that open with «ي» and a foreign name after a nationality', () => {
    const actors = run('وقال المدرب الألماني يواكيم إن الفريق جاهز. وقال المهاجم ياسين إن الفوز مهم. وأكد اللاعب يوسف المحمد جاهزيته.');
    for (const n of ['يواكيم', 'ياسين', 'يوسف المحمد']) expect(find(actors, n)?.type, n).toBe('person');
  });
});

describe('a predicate after a title', () => {
  it('a feminine participle of the derived stems is no name («حالة الطفل مستقرة»)', () => {
    expect(run('وأكد الطبيب أن حالة الطفل مستقرة وسيخرج قريبا.').some((a) => a.type === 'person' && a.name.includes('مستقرة'))).toBe(false);
  });
});
