/**
 * Arabic actors: bodies and places (organisations, institutions, clubs, companies, forces, facilities): their
 * head nouns, where their names end, their nationality and seat, and their short forms.
 * Sentences written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { run, find, has, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic bodies: a nisba adjective before the seat, and a two-noun field', () => {
  it('keeps «المدني» in «الدفاع المدني» before a particle or the body\'s seat', () => {
    expect(find(run('وحذرت مديرية الدفاع المدني من السيول في الأودية.'), 'مديرية الدفاع المدني')?.type).toBe('organization');
    expect(names(run('وحذرت إدارة الدفاع المدني بمنطقة تبوك من السيول.')).some((n) => n.startsWith('إدارة الدفاع المدني'))).toBe(true);
  });

  it('still ends a body before a participle that governs a complement', () => {
    expect(names(run('وقالت اللجنة المعنية بالملف إن التقرير جاهز.'))).not.toContain('اللجنة المعنية بالملف');
  });

  it('takes two coordinated nouns as a ministry\'s or department\'s field', () => {
    expect(find(run('وأعلنت وزارة التجارة والصناعة ضبط مستودع مخالف.'), 'وزارة التجارة والصناعة')?.type).toBe('organization');
    expect(find(run('وقال مدير إدارة التربية والتعليم إن الدراسة تبدأ الأحد.'), 'إدارة التربية والتعليم')).toBeDefined();
  });

  it('leaves out a coordinated plural of people, or of generic bodies', () => {
    expect(names(run('وانتقدت إدارة النادي والجماهير قرار الحكم.')).some((n) => n.includes('والجماهير'))).toBe(false);
    expect(names(run('وطالبت وزارة الصحة والمواطنين بالتعاون.')).some((n) => n.includes('والمواطنين'))).toBe(false);
    expect(names(run('وتعاونت وزارة التجارة والجهات المعنية في الحملة.')).some((n) => n.includes('والجهات'))).toBe(false);
  });
});

describe('Arabic foreign clubs named with their country after them', () => {
  const sports = 'وسجل المهاجم هدفين في المباراة الودية أمام الفريق المنافس في الدوري.';
  it('takes one to three bare words before a masculine nationality adjective as a club, the adjective form an alias', () => {
    const a = run(`أعلن روفيرا الإيطالي تعاقده مع المدافع القادم من دينامو كارباتي الروسي. ${sports}`);
    const c = find(a, 'روفيرا');
    expect(c?.type).toBe('organization');
    expect(c?.aliases).toContain('روفيرا الإيطالي');
    expect(find(a, 'دينامو كارباتي')?.type).toBe('organization');
  });

  it('takes a name ending in «ة» before a masculine adjective (a feminine noun would not agree), and keeps a name\'s own «ف»', () => {
    const a = run(`وخسر الفريق أمام سالونة الإسباني ثم فيرونتا الإيطالي قبل أن يفوز في المباراة الأخيرة. ${sports}`);
    expect(find(a, 'سالونة')?.type).toBe('organization');
    expect(find(a, 'فيرونتا')?.type).toBe('organization');
  });

  it('leaves out a person after a title, a noun with a pronoun, verbs and verbal nouns', () => {
    const a = run(`وقال المهاجم كارلوس البرازيلي إن المباراة صعبة. والتقى المدرب نظيره الروسي. حيث اصطحب السويسري المدرب معه. ${sports}`);
    expect(a.filter((x) => x.rule === 'ar:club+country')).toEqual([]);
  });

  it('takes nothing outside a sports report', () => {
    expect(run('وزار الوفد روفيرا الإيطالي لبحث التعاون التجاري.').filter((x) => x.rule === 'ar:club+country')).toEqual([]);
  });
});

describe('Arabic institutions and clubs named with a head noun', () => {
  it('takes a royal\'s «مدينة» with an agreeing adjective or a field as a body, not a place', () => {
    expect(find(run('وتقدمت موظفة بشكوى إلى مدينة الأمير فيصل الطبية بجدة.'), 'مدينة الأمير فيصل الطبية')?.type).toBe('organization');
    expect(find(run('ووقعت الجامعة اتفاقا مع مدينة الملك سعود للعلوم والتقنية.'), 'مدينة الملك سعود للعلوم والتقنية')?.type).toBe('organization');
  });

  it('leaves a district named after a sheikh alone', () => {
    expect(names(run('وتقدمت القوات نحو مدينة الشيخ حمدان شمال البلاد.')).some((n) => n.startsWith('مدينة الشيخ'))).toBe(false);
  });

  it('reads «الهلال الأحمر» as the relief body, not the club', () => {
    const a = run('وتنفذ الإدارة العامة لهيئة الهلال الأحمر بالمنطقة خطة الصيف. وقال المتحدث باسم الهلال الأحمر إن الفرق جاهزة.');
    expect(find(a, 'الهلال الأحمر')?.type).toBe('organization');
    expect(names(a)).not.toContain('الإدارة العامة لهيئة الهلال');
  });

  it('merges «صندوق النقد» with «صندوق النقد الدولي»', () => {
    const a = run('وقال صندوق النقد إن النمو سيتباطأ. وكان صندوق النقد الدولي قد حذر من المخاطر.');
    expect(a.filter((x) => names([x]).some((n) => n.startsWith('صندوق النقد'))).length).toBe(1);
  });

  it('takes «نادي X» before a noun of standing in apposition in a sports report', () => {
    const a = run('أعلن نادي بيلارو حامل لقب الدوري منح المهاجم القميص رقم 10 قبل مباراة الكأس. وسجل المهاجم هدفين في المباراة.');
    expect(find(a, 'نادي بيلارو')?.type).toBe('organization');
    expect(names(a)).not.toContain('هدفين');
  });
});

describe('Arabic bodies named in quotation marks', () => {
  it('merges «أكاديمية «X»» of the headline with «أكاديمية X الرياضية» of the body', () => {
    const a = run('توج فريق أكاديمية ريحان الرياضية بجدة بالبطولة. وأكد رئيس أكاديمية ريحان الرياضية أن المنافسة قوية.', 'أكاديمية «ريحان» تتوج بلقب البطولة');
    expect(a.filter((x) => names([x]).some((n) => n.includes('ريحان'))).length).toBe(1);
  });
});

describe('Arabic institutions named after a person inside a title', () => {
  it('takes «لمركز X الثقافي» at the end of a title as the institution, not a person', () => {
    const a = run('وقال المدير التنفيذي لمركز سالم الثقافي بالمنامة إن الندوة ناجحة.');
    expect(find(a, 'مركز سالم الثقافي')?.type).toBe('organization');
    expect(a.filter((x) => x.type === 'person')).toEqual([]);
    expect(find(run('وأكد مدير مستشفى سعد التخصصي أن الحالة مستقرة.'), 'مستشفى سعد التخصصي')?.type).toBe('organization');
  });

  it('keeps the title holder\'s name after a definite head', () => {
    expect(find(run('وقال مدير المركز سامي الحربي إن الندوة ناجحة.'), 'سامي الحربي')?.type).toBe('person');
  });
});

describe('Arabic bodies end before a titled person', () => {
  it('names a company by its bare name before the title and name of its owner', () => {
    const a = run('وتحدث في الافتتاح صاحب شركة سيرانا الأمير سامي بن فهد عن خطط التوسع.');
    expect(find(a, 'شركة سيرانا')?.type).toBe('organization');
    expect(find(a, 'سامي بن فهد')?.type).toBe('person');
    expect(names(a).some((n) => n.includes('سيرانا الأمير'))).toBe(false);
  });

  it('still names a facility after the king or prince it is named after', () => {
    const a = run('وأعلنت إدارة مطار الملك سالم الدولي بالدمام زيادة عدد الرحلات.');
    expect(names(a).some((n) => n.startsWith('إدارة مطار الملك سالم'))).toBe(true);
    expect(find(a, 'إدارة مطار')).toBeUndefined();
  });
});

describe('Arabic head nouns that are verbs before a particle with a pronoun', () => {
  it('reads «قسم بعدها» as «he divided afterwards», not a department', () => {
    const a = run('وفي الحصة الثانية قسم بعدها المدرب المشاركين إلى فرق صغيرة.');
    expect(names(a).some((n) => n.startsWith('قسم'))).toBe(false);
  });

  it('keeps a department with its genitive', () => {
    expect(find(run('ونقل المصاب إلى قسم الطوارئ في المستشفى. وقال مدير قسم العناية المركزة إن حالته مستقرة.'), 'قسم الطوارئ')).toBeDefined();
  });
});

describe('Arabic head nouns of an activity («حركة»)', () => {
  it('takes «حركة» + a noun of trade or traffic for the activity, not a body', () => {
    expect(names(run('وشهدت الأسواق تراجعا في حركة البيع خلال الأسبوع الماضي.')).some((n) => n.includes('حركة'))).toBe(false);
    expect(names(run('وتوقع المسؤول انتعاش الحركة المرورية على الطرق السريعة.')).some((n) => n.includes('حركة'))).toBe(false);
    // (an object with a preposition on it is no acting mention: «رد بحركة وصفت …»)
    expect(names(run('ورد المهاجم على الجماهير بحركة وصفت بالمسيئة. وانتقد المعلقون حركة الاحتفال.')).some((n) => n.includes('حركة'))).toBe(false);
  });

  it('keeps a movement that speaks or acts, or whose member is named', () => {
    expect(find(run('وقالت حركة الفجر في بيان إنها ستشارك في الانتخابات.'), 'حركة الفجر')?.type).toBe('organization');
    expect(find(run('وشاركت حركة الفجر في الحكومة. وأكدت الحركة أنها ستواصل العمل.'), 'حركة الفجر')).toBeDefined();
    expect(names(run('وهدد القيادي في حركة الفجر الجديد بمقاطعة الحوار.')).some((n) => n.startsWith('حركة الفجر'))).toBe(true);
  });
});

describe('Arabic bodies named with and without a patronym or a nationality', () => {
  it('merges a company with and without its nationality', () => {
    const a = run('وأعلنت شركة جوجل الأمريكية عن خدمة جديدة. وقالت شركة جوجل إن الخدمة مجانية.');
    expect(a.filter((x) => x.type === 'organization')).toHaveLength(1);
  });

  it('merges an institution named after a prince with and without the patronym, and keeps the patronym whole', () => {
    const a = run('وأعلنت جامعة الأمير فهد بن سالم عن برنامج جديد. وقال مدير جامعة الأمير فهد إن البرنامج يبدأ قريبا.');
    expect(a.filter((x) => x.type === 'organization')).toHaveLength(1);
    expect(find(a, 'جامعة الأمير فهد بن سالم')).toBeDefined();
  });

  it('keeps a ministry with no nationality apart when the article names two nationalities', () => {
    const a = run('وقالت وزارة الخارجية السعودية إن الوفد وصل. وردت وزارة الخارجية الأمريكية بالترحيب. وأكدت وزارة الخارجية أن المحادثات مستمرة.');
    expect(find(a, 'وزارة الخارجية السعودية')).toBeDefined();
    expect(find(a, 'وزارة الخارجية الأمريكية')).toBeDefined();
    expect(find(a, 'وزارة الخارجية السعودية')?.aliases ?? []).not.toContain('وزارة الخارجية');
  });
});

describe('Arabic bodies whose complement names two places', () => {
  it('keeps a second place joined by «و» in the complement («للرياض والقصيم»)', () => {
    const a = run('وأعلنت الهيئة الملكية للرياض والقصيم توقيع عقد لتوسعة الطريق. وقالت الهيئة إن العمل يبدأ قريبا.');
    expect(find(a, 'الهيئة الملكية للرياض والقصيم')?.type).toBe('organization');
    expect(find(a, 'القصيم')).toBeUndefined();
  });
});

describe('Arabic stadiums named after a king or a prince', () => {
  it('takes the stadium for a place, not its eponym for a person of the story', () => {
    const a = run('وأجرى الفريق تدريباته على ملعب الأمير سامي بن فهد مساء أمس.');
    expect(find(a, 'ملعب الأمير سامي بن فهد')?.type).toBe('location');
    expect(find(a, 'سامي بن فهد')).toBeUndefined();
    expect(find(run('وتقام المباراة على استاد الملك سالم الدولي مساء الخميس.'), 'استاد الملك سالم الدولي')?.type).toBe('location');
  });

  it('leaves a club\'s own ground unnamed', () => {
    expect(names(run('وتدرب اللاعبون على ملعب النادي أمس.')).some((n) => n.startsWith('ملعب'))).toBe(false);
  });
});

describe('Arabic plurals of a kind of body («الشركات», «المنظمات»)', () => {
  it('takes a plural of companies with adjectives only for a group the story is about', () => {
    expect(names(run('وتراجعت أسهم الشركات الصناعية الكبرى في ختام التعاملات.')).some((n) => n.includes('الشركات'))).toBe(false);
    expect(names(run('وشكر المنظمون الشركات الداعمة للبطولة في ختامها.')).some((n) => n.includes('الشركات'))).toBe(false);
  });

  it('keeps it when the headline names it, a mention acts, or a part of it is told', () => {
    expect(names(run('وقالت شركات التأمين الصحي إنها ستلتزم بالقرار.')).some((n) => n.startsWith('شركات التأمين'))).toBe(true);
    expect(names(run('وتسببت شركات الصيانة في إغلاق الطريق. ويقول السكان إن بعض الشركات تتأخر في إنجاز أعمالها.')).some((n) => n.startsWith('شركات الصيانة'))).toBe(true);
    expect(names(run('وتواجه شركات التأمين الصحي غرامات كبيرة.', 'غرامات على شركات التأمين المخالفة')).some((n) => n.startsWith('شركات التأمين'))).toBe(true);
  });
});

describe('bodies named only by a generic word', () => {
  it('a head with a genitive that is itself a bare head («مجلس الإدارة», «إدارة النادي»)', () => {
    const actors = run('وتحدث اللاعب عن عضو في مجلس الإدارة، وقال إن الصورة واضحة أمام إدارة النادي في الموسم المقبل.');
    expect(find(actors, 'مجلس الإدارة')).toBeUndefined();
    expect(find(actors, 'إدارة النادي')).toBeUndefined();
  });
  it('keeps such a body where it acts («وقرر مجلس الإدارة …»)', () => {
    const actors = run('وقرر مجلس الإدارة تأجيل الاجتماع إلى الشهر المقبل.');
    expect(find(actors, 'مجلس الإدارة')?.type).toBe('organization');
  });
  it('a team or staff named by describing adjectives alone («الفريق الكروي الأول», «الجهاز الفني»)', () => {
    const actors = run('وواصل الفريق الكروي الأول بنادي الشباب تدريباته تحت إشراف الجهاز الفني.');
    expect(find(actors, 'الفريق الكروي الأول')).toBeUndefined();
    expect(find(actors, 'الجهاز الفني')).toBeUndefined();
  });
  it('keeps a body whose genitive names it («قيادة الجيش», «مجلس الوزراء», «إدارة المرور»)', () => {
    const actors = run('وأعلنت قيادة الجيش حالة التأهب، وناقش مجلس الوزراء الخطة، وحذرت إدارة المرور من السرعة.');
    expect(find(actors, 'قيادة الجيش')).toBeDefined();
    expect(find(actors, 'مجلس الوزراء')).toBeDefined();
    expect(find(actors, 'إدارة المرور')).toBeDefined();
  });
});

describe('a body named by its field after its nationality', () => {
  it('takes «لـ» with a noun and its genitive after the nationality («الاتحاد السعودي لكرة القدم»)', () => {
    const actors = run('وأعلن الاتحاد الأردني لكرة السلة عقوبات جديدة، وعقد المركز الوطني لأبحاث المياه ورشة.');
    expect(find(actors, 'الاتحاد الأردني لكرة السلة')?.type).toBe('organization');
  });
  it('stops at the nationality before a purpose after a team or a government', () => {
    const actors = run('وسافر المنتخب الأردني لملاقاة الفريق الياباني، ودعا الوزير الحكومة التركية لوقف العمليات.');
    expect(find(actors, 'المنتخب الأردني')?.type).toBe('organization');
    expect(find(actors, 'الحكومة التركية')?.type).toBe('organization');
  });
});

describe('a law, a system or an activity named like a body', () => {
  it('«النظام» with no nationality is a law; with one, a regime', () => {
    const actors = run('ونص النظام الأساسي للحكم على العدل. وقصف النظام السوري المدينة.');
    expect(find(actors, 'النظام الأساسي')).toBeUndefined();
    expect(find(actors, 'النظام السوري')?.type).toBe('organization');
  });
  it('«مقاومة» without the article before a common noun is resisting it', () => {
    const actors = run('وساهمت مقاومة الدوران في خفض الاستهلاك. وأعلنت المقاومة الشعبية سيطرتها على المدينة.');
    expect(find(actors, 'مقاومة الدوران')).toBeUndefined();
    expect(find(actors, 'المقاومة الشعبية')?.type).toBe('group');
  });
});

describe('Arabic clubs under two heads', () => {
  it('merges «فريق X» and «نادي X» into one club', () => {
    const a = run('واصل فريق النجمة تدريباته في المعسكر. وأعلن نادي النجمة التعاقد مع مدافع جديد.');
    expect(a.filter((x) => names([x]).some((n) => n.endsWith('النجمة'))).length).toBe(1);
  });

  it('does not merge a working team with a body named by the same bare word', () => {
    const a = run('وقال رئيس نادي الشروق إن فريق العمل أنهى مهمته. وشكر نادي الشروق فريق العمل.');
    expect(find(a, 'نادي الشروق')?.aliases ?? []).not.toContain('فريق العمل');
  });
});

describe('Arabic institutions named after a titled person', () => {
  it('takes no person from a royal title after an institution head inside a title phrase, and names the institution', () => {
    const a = run('وقال مدير مستشفى الملك خالد إن الحالة مستقرة.');
    expect(a.filter((x) => x.type === 'person')).toEqual([]);
    expect(find(a, 'مستشفى الملك خالد')?.type).toBe('organization');
    const b = run('وأكد مدير جامعة الملك سعود الدكتور سامي العمر أن الجامعة تستقبل الطلاب.');
    expect(find(b, 'جامعة الملك سعود')?.type).toBe('organization');
    expect(find(b, 'سامي العمر')?.type).toBe('person');
    expect(names(b)).not.toContain('سعود');
  });

  it('takes no person from a school named after a king', () => {
    expect(run('ويعمل معلما في ثانوية الملك فهد بالرياض.').filter((x) => x.type === 'person')).toEqual([]);
  });

  it('keeps a royal title that is the person\'s own after an office', () => {
    expect(find(run('وقال وزير الخارجية الأمير سعود الفيصل إن المحادثات مثمرة.'), 'سعود الفيصل')?.type).toBe('person');
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

describe('Arabic institutions named after a person', () => {
  it('reads «مركز» + a patronymic name + its complement as one organisation, not a person', () => {
    const actors = run('وذلك لحضور برنامج ينظمه مركز فهد بن حمد لإحياء التراث في المدينة.');
    expect(find(actors, 'مركز فهد بن حمد لإحياء التراث')?.type).toBe('organization');
    expect(names(actors)).not.toContain('فهد بن حمد');
  });

  it('takes only adjectives that agree with the head after the name', () => {
    const actors = run('وكرمت مؤسسة محمد بن علي آل سالم الخيرية الفائزين.');
    expect(find(actors, 'مؤسسة محمد بن علي آل سالم الخيرية')?.type).toBe('organization');
  });
});

describe('Arabic «المملكة» in a story about another kingdom', () => {
  it('is that kingdom when the story names it often and never names Saudi Arabia', () => {
    const actors = run('استدعت مملكة البحرين سفيرها لدى إيران. وقالت البحرين إن التصريحات عدائية. وتؤكد المملكة أنها ستحمي أمنها.');
    expect(find(actors, 'البحرين')?.aliases).toContain('المملكة');
  });

  it('stays Saudi Arabia when the other kingdom is named once in passing', () => {
    const actors = run('وتقدم الشركة خدماتها في مملكة البحرين وفي الكويت، ويضع هذا اسم المملكة في موقع متقدم. وتعمل الشركة في المملكة منذ سنوات.');
    expect(find(actors, 'البحرين')?.aliases ?? []).not.toContain('المملكة');
  });
});

describe('Arabic places that are adjectives', () => {
  it('does not read «مالي» coordinated with another nisba adjective as the country', () => {
    expect(names(run('وأكد أن الخطة ستسهم في إصلاح مالي وإداري شامل.'))).not.toContain('مالي');
    expect(names(run('وزار الوزير مالي والنيجر في جولة أفريقية.'))).toContain('مالي');
  });
});

describe('Arabic verbal nouns that look like bodies', () => {
  it('reads «قيادة» and «تنظيم» before a common noun as the action, and before a body or a unit as the body', () => {
    for (const [text, bad] of [
      ['وتحدث الكاتب عن قيادة المرأة للسيارة في المدن.', 'قيادة المرأة'],
      ['وتولت البلدية تنظيم مهرجان العيد هذا العام.', 'تنظيم مهرجان العيد'],
    ] as [string, string][]) expect(names(run(text)), text).not.toContain(bad);
    expect(find(run('وأعلنت قيادة حرس الحدود ضبط المتسللين.'), 'قيادة حرس الحدود')?.type).toBe('organization');
    expect(find(run('وأكدت قيادة قوات التحالف أن العمليات مستمرة.'), 'قيادة قوات التحالف')?.type).toBe('organization');
  });

  it('ends a body’s name before «لـ» + a derived verbal noun of purpose', () => {
    const actors = run('وأحيلت القضية إلى شرطة منطقة تبوك لاستكمال الإجراءات النظامية.');
    expect(find(actors, 'شرطة منطقة تبوك')?.type).toBe('organization');
    expect(names(actors).some((n) => n.includes('لاستكمال'))).toBe(false);
  });
});

describe('Arabic bodies with and without their nationality', () => {
  it('merges a body named with its nationality and without it', () => {
    const actors = run('وناقش مجلس الشورى السعودي التقرير السنوي. وأقر مجلس الشورى التوصيات بالأغلبية.');
    expect(actors.filter((a) => a.type === 'organization')).toHaveLength(1);
    expect(find(actors, 'مجلس الشورى السعودي')?.aliases).toContain('مجلس الشورى');
  });

  it('keeps the bare form apart when the article names two nationalities', () => {
    const actors = run('واشتبكت قوات الأمن التركية مع المسلحين. وقالت قوات الأمن العراقية إن الحدود مغلقة. وانتشرت قوات الأمن في المدينة.');
    expect(find(actors, 'قوات الأمن التركية')?.aliases ?? []).not.toContain('قوات الأمن');
    expect(find(actors, 'قوات الأمن العراقية')?.aliases ?? []).not.toContain('قوات الأمن');
  });
});

describe('Arabic teams of a coach', () => {
  it('does not make «فريق المدرب …» a body of its own', () => {
    const actors = run('وفاز الهلال على الشباب. وقال إن فريق المدرب جورج ميلر قدم مباراة كبيرة.');
    expect(names(actors).some((n) => n.startsWith('فريق المدرب'))).toBe(false);
    expect(find(actors, 'جورج ميلر')?.type).toBe('person');
  });
});

describe('Arabic bodies named by a bare head', () => {
  it('makes «الشرطة» an actor when it is the subject of a past verb and no named police is in the story', () => {
    expect(find(run('وأبلغ مواطنون الشرطة عن صندوق مشبوه. وفتحت الشرطة تحقيقا في الحادث.'), 'الشرطة')?.type).toBe('organization');
    expect(find(run('وقال إن الشرطة موجودة في المكان.'), 'الشرطة')).toBeUndefined();
  });

  it('leaves «الشرطة» to the named police of the story', () => {
    const actors = run('وأعلنت شرطة منطقة تبوك القبض على المتهم. وقالت الشرطة إن التحقيق مستمر.');
    expect(actors.filter((a) => a.type === 'organization')).toHaveLength(1);
  });
});

describe('Arabic facilities and their management', () => {
  it('merges «إدارة + facility» with the facility', () => {
    const actors = run('وقعت إدارة مطار الأمير نايف الدولي عقدا مع المقاول. وسيستقبل مطار الأمير نايف الدولي الرحلات الخاصة.');
    const o = find(actors, 'إدارة مطار الأمير نايف الدولي');
    expect(o?.type).toBe('organization');
    expect(o?.aliases).toContain('مطار الأمير نايف الدولي');
    expect(actors.filter((a) => a.name.includes('مطار')).length).toBe(1);
  });

  it('keeps a department named «إدارة + field» as its own body', () => {
    const actors = run('وأعلنت إدارة المرور بمحافظة جدة عن حملة جديدة.');
    // (named with its seat, a wrapper and its place, as the independent annotation writes it)
    expect(find(actors, 'إدارة المرور بمحافظة جدة')?.type).toBe('organization');
  });
});

describe('Arabic clubs and their first team', () => {
  it('takes «فريق X الأول لكرة القدم» as the club X', () => {
    const actors = run('خاض فريق الشعلة الأول لكرة القدم مباراة ودية في معسكره المقام في تركيا عندما واجه نظيره، وانتهى اللقاء بفوز الشعلة 3/0 وجاءت أهداف الفريق عن طريق اللاعبين.');
    const club = find(actors, 'الشعلة');
    expect(club?.type).toBe('organization');
    expect(club?.aliases.some((a) => a.startsWith('فريق الشعلة'))).toBe(true);
    expect(actors.filter((a) => names([a]).some((n) => n.includes('الشعلة'))).length).toBe(1);
  });
});

describe('Arabic companies named by a transliteration and a nationality', () => {
  it('takes «شركة + bare words + nationality» as a company with the bare name as alias', () => {
    const actors = run('ووقعت الوزارة عقدا مع شركة ستار باي الأمريكية لبناء المبنى.');
    const o = find(actors, 'شركة ستار باي الأمريكية');
    expect(o?.type).toBe('organization');
    expect(o?.aliases).toContain('ستار باي');
  });

  it('needs the nationality: a bare word after «شركة» alone, or the definite «الشركة», is no such company', () => {
    for (const text of ['ووقعت الوزارة عقدا مع شركة نوفا لبناء المبنى الجديد.', 'وقالت الشركة نوفا الأمريكية إن المبنى جاهز.']) {
      expect(run(text).filter((a) => a.rule === 'ar:company+foreign-name'), text).toEqual([]);
    }
  });
});

describe('a name read through «لل» (ل + ال)', () => {
  it('gets its article back: «للقوات المسلحة» is «القوات المسلحة», «للمملكة» is «المملكة»', () => {
    const actors = run('وقال المتحدث الرسمي للقوات المسلحة الأردنية إن الدورية عادت. وأعرب الوفد عن شكره للمملكة على الدعم.');
    expect(has(actors, 'القوات المسلحة الأردنية')).toBe(true);
    expect(has(actors, 'المملكة')).toBe(true);
    expect(names(actors).some((n) => n.startsWith('لقوات') || n === 'لمملكة')).toBe(false);
  });

  it('an alias read through «لل» too («للأمم المتحدة» → «الأمم المتحدة»)', () => {
    const actors = run('وطالبت الأمم المتحدة بوقف القتال. ووجه الوزير رسالة للأمم المتحدة أمس.');
    expect(names(actors).some((n) => n.startsWith('لأمم'))).toBe(false);
  });

  it('a name that starts with «ل» keeps its letters («للبنان» is «لبنان»)', () => {
    const actors = run('وأكد الوزير دعم بلاده للبنان في مواجهة الأزمة.');
    expect(has(actors, 'لبنان')).toBe(true);
    expect(has(actors, 'البنان')).toBe(false);
  });
});

describe('a purpose after a club or a board', () => {
  it('«نادي الوحدة لإنهاء الأمور …» is the club, not a longer name', () => {
    const actors = run('ويستعد نادي الوحدة لإنهاء الأمور المتعلقة بعقود اللاعبين قبل انطلاق الموسم.');
    expect(has(actors, 'نادي الوحدة')).toBe(true);
    expect(names(actors).some((n) => n.includes('لإنهاء'))).toBe(false);
  });

  it('«مجلس الإدارة لتخفيف الأعباء» ends before the purpose', () => {
    const actors = run('وقال الرئيس إن الرعاية تأتي ضمن خطط مجلس الإدارة لتخفيف الأعباء عن النادي.');
    expect(names(actors).some((n) => n.includes('لتخفيف'))).toBe(false);
  });

  it('keeps a body\'s own field after a field head («الهيئة الوطنية لمكافحة الفساد»)', () => {
    const actors = run('وأعلنت الهيئة الوطنية لمكافحة الفساد فتح تحقيق في المشروع.');
    expect(has(actors, 'الهيئة الوطنية لمكافحة الفساد')).toBe(true);
  });
});

describe('a feminine nationality after a noun that is no role', () => {
  it('is that noun\'s adjective: «المدفعية السعودية دك مواقع …» names no one', () => {
    const actors = run('وواصلت المدفعية السعودية دك مواقع المتمردين في المنطقة الحدودية.');
    expect(names(actors).some((n) => n.includes('دك') || n.includes('مواقع'))).toBe(false);
  });

  it('after a role it still opens a name («اللاعبة السعودية سارة العتيبي»)', () => {
    const actors = run('وفازت اللاعبة السعودية سارة العتيبي بالميدالية الذهبية.');
    expect(has(actors, 'سارة العتيبي')).toBe(true);
  });
});

describe('bodies and roles the pack knows', () => {
  it('an observatory, a deanship and a police station are bodies', () => {
    const actors = run('وأعلن المرصد الوطني للعمل نتائج الدراسة. ودشنت عمادة القبول والتسجيل نظاما جديدا. وفتح مخفر شرطة الروضة تحقيقا في الحادث.');
    expect(has(actors, 'المرصد الوطني للعمل')).toBe(true);
    expect(names(actors).some((n) => n.startsWith('عمادة القبول'))).toBe(true);
    expect(names(actors).some((n) => n.startsWith('مخفر شرطة'))).toBe(true);
  });

  it('the public prosecution is a body in every country\'s news', () => {
    const actors = run('وأوضحت مذكرة النيابة العامة أن المتهم لم يحضر الجلسة.');
    expect(has(actors, 'النيابة العامة')).toBe(true);
  });

  it('a singer\'s role opens the name, and «وكاتب الأغاني» after it is a second role, no name', () => {
    const actors = run('وقال المغني وكاتب الأغاني البريطاني سام جونز إنه سعيد بالترشيح.');
    expect(has(actors, 'سام جونز')).toBe(true);
    expect(names(actors).some((n) => n.includes('كاتب'))).toBe(false);
  });

  it('«الموسيقى» (music) is no role: the name of an academy of music goes on', () => {
    const actors = run('وتخرجت الطالبة في أكاديمية لندن للموسيقى والفنون الدرامية العام الماضي.');
    expect(names(actors).some((n) => n.startsWith('أكاديمية لندن للموسيقى'))).toBe(true);
  });
});

describe('a club and its board, an eponym\'s institution, a government and its complement', () => {
  it('keeps a club\'s board apart from the club («إدارة النادي الأهلي» decides, «النادي الأهلي» plays)', () => {
    const actors = run('وقررت إدارة النادي الأهلي إيقاف مستحقات الحارس. ويخوض النادي الأهلي أولى مبارياته الودية الجمعة.');
    const board = actors.find((a) => a.name === 'إدارة النادي الأهلي');
    expect(board).toBeDefined();
    expect(board!.aliases.includes('النادي الأهلي')).toBe(false);
    expect(has(actors, 'النادي الأهلي')).toBe(true);
  });

  it('takes the field of an institution named after a person inside a title («مدير مركز الملك فهد بن عبدالعزيز للأبحاث الطبية»)', () => {
    const actors = run('وقال مدير مركز الملك فهد بن عبدالعزيز للأبحاث الطبية "سالم العمري": إن القوافل بدأت.');
    expect(has(actors, 'مركز الملك فهد بن عبدالعزيز للأبحاث الطبية')).toBe(true);
  });

  it('a government has no field: «للمنظمات الدولية» after «الحكومة الليبية» is the complement of the appeal', () => {
    const actors = run('وجاء ذلك بعد مناشدة الحكومة الليبية للمنظمات الدولية بإرسال مساعدات.');
    expect(has(actors, 'الحكومة الليبية')).toBe(true);
    expect(names(actors).some((n) => n.includes('للمنظمات'))).toBe(false);
  });

  it('a body with a field keeps it after the nationality («الشركة السعودية للكهرباء»)', () => {
    const actors = run('وقالت الشركة السعودية للكهرباء إن الانقطاع انتهى.');
    expect(has(actors, 'الشركة السعودية للكهرباء')).toBe(true);
  });
});

describe('a company read through a verb, a future verb after a title', () => {
  it('one word told alone after «شركة X» is the company («قالت شركة نتفليكس … وقالت نتفليكس»)', () => {
    const actors = run('قالت شركة نتفليكس لخدمات البث إن الفيلم جاهز. وقالت نتفليكس إن الفيلم سيطرح العام المقبل.');
    const firm = actors.find((a) => a.name === 'شركة نتفليكس');
    expect(firm?.aliases).toContain('نتفليكس');
    expect(actors.some((a) => a.type === 'person' && a.name === 'نتفليكس')).toBe(false);
  });

  it('a future verb after a title is the predicate («اللاعب سيغادر»), a foreign given name of its shape is not («المدرب الإنجليزي ستيفن جيرارد»)', () => {
    expect(run('وقال المدرب إن اللاعب سيغادر.').some((a) => a.type === 'person')).toBe(false);
    expect(has(run('وقال المدرب الإنجليزي ستيفن جيرارد إن الفريق جاهز.'), 'ستيفن جيرارد')).toBe(true);
  });
});

describe('a company named by a bare word and its field', () => {
  it('«شركة ريماس للأطعمة الغذائية» is one company, «ريماس» its short form', () => {
    const actors = run('اتفقت إدارة نادي الشعلة مع شركة ريماس للأطعمة الغذائية ليكون اسم الشركة على القمصان.');
    const firm = actors.find((a) => a.name === 'شركة ريماس للأطعمة الغذائية');
    expect(firm?.type).toBe('organization');
    expect(firm?.aliases).toContain('ريماس');
  });

  it('not a purpose («محاولة شركة أمازون للهيمنة على السوق»), not «its whole» («في مجموعه برنامجا …»)', () => {
    expect(names(run('وتواصل محاولة شركة نوفا للهيمنة على السوق المحلية.')).some((n) => n.includes('للهيمنة'))).toBe(false);
    expect(run('وهو ما يشكل في مجموعه منهجا للعلوم موجها للأطفال.').length).toBe(0);
  });
});

describe('a place that is also an adjective, an army\'s arm', () => {
  it('«مالي» after an indefinite noun is «financial» («بدعم مالي», «عجز مالي»), the country elsewhere', () => {
    expect(has(run('والتزمت الدولة بدعم مالي للمشروع. وسجلت أول عجز مالي لها.'), 'مالي')).toBe(false);
    expect(has(run('وانتقلت الجماعات المسلحة من مالي إلى الجزائر.'), 'مالي')).toBe(true);
  });

  it('«المدفعية السعودية» is a body, «المدفعية» its short form', () => {
    const actors = run('وواصلت المدفعية السعودية دك مواقع المتمردين. وقالت مصادر إن المدفعية دكت مباني مهجورة.');
    expect(actors.find((a) => a.name === 'المدفعية السعودية')?.aliases).toContain('المدفعية');
  });
});

describe('a kind of facility', () => {
  it('a facility head with a bare nisba adjective is no place («إنشاء جسر علوي», «ملعب خارجي»)', () => {
    expect(run('ويشمل المخطط بناء جسر علوي قرب الدوار.').some((a) => a.type === 'location')).toBe(false);
    expect(has(run('وأقيمت المباراة في ملعب ويمبلي أمس.'), 'ملعب ويمبلي')).toBe(true);
  });
});
