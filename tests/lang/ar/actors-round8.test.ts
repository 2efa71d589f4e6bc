/**
 * Arabic actors (round 8): where a name or a body's name ends — a prepositional phrase after a name, an object
 * after a patronym, a titled person after a body's bare name, a particle with a pronoun after a head noun that is
 * a verb there, and a layout gap in a headline. Sentences written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { run, find, namesAndAliases as names } from '../../helpers/arabic-actors.js';

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

describe('Arabic names do not cross a layout gap', () => {
  it('ends a body\'s name at a run of spaces in a news agency headline', () => {
    const a = run('وأشاد مجلس الوزراء بالمشروعات الجديدة.', 'محلي / أمير المنطقة يلتقي وفد مجلس الوزراء          إضافة ثانية');
    expect(names(a).some((n) => n.includes('إضافة'))).toBe(false);
    expect(find(a, 'مجلس الوزراء')?.type).toBe('organization');
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

describe('Arabic groups a headline is about («زوار X», «أهالي X»)', () => {
  it('takes a plural noun of people and its genitive in the headline for the group', () => {
    expect(find(run('توافد آلاف الزوار إلى محافظة الطائف خلال الإجازة.', 'زوار الطائف يستمتعون بالأجواء الباردة'), 'زوار الطائف')?.type).toBe('group');
    expect(find(run('اشتكى أهالي حي النسيم من انقطاع المياه.', 'انقطاع المياه يقلق أهالي النسيم'), 'أهالي النسيم')?.type).toBe('group');
    expect(find(run('طالب عدد من الطلاب الجامعة بتمديد المهلة.', 'طلاب "الانتساب" يطالبون الجامعة بتمديد التسجيل'), 'طلاب "الانتساب"')?.type).toBe('group');
  });

  it('keeps the event a headline\'s visitors come to as an actor of its own', () => {
    const a = run('شهد المهرجان إقبالا كبيرا من الأسر.', 'عروض الفلكلور تجذب زوار مهرجان «ربيع الباحة»');
    expect(find(a, 'زوار مهرجان «ربيع الباحة»')?.type).toBe('group');
    expect(find(a, 'ربيع الباحة')).toBeDefined();
  });

  it('leaves a people noun before a verb or a particle alone', () => {
    expect(run('وأكد المسؤولون أن العمل مستمر.', 'الطلاب يعودون إلى المدارس الأحد').filter((x) => x.type === 'group')).toEqual([]);
    expect(names(run('وأكد المسؤولون أن العمل مستمر.', 'سكان في انتظار الكهرباء')).some((n) => n.startsWith('سكان'))).toBe(false);
  });
});

describe('Arabic short forms of a three-word name', () => {
  it('merges the last two words of a name whose family name has no article with the full name', () => {
    const a = run('وقال وزير الاقتصاد التركي علي كمال أوزتورك إن الحكومة مستعدة. وأضاف السيد كمال أوزتورك أن الحوار ممكن.');
    expect(a.filter((x) => x.type === 'person')).toHaveLength(1);
    expect(find(a, 'علي كمال أوزتورك')?.aliases).toContain('كمال أوزتورك');
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
