/**
 * Arabic actors named by the headline: its subject, its speaker, its protagonist described by a noun.
 * Sentences written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { run, find, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic unnamed persons a headline is about', () => {
  it('takes an indefinite noun of a person in the headline, with its nationality or genitive, the body\'s form as alias', () => {
    const a = run('وأوضح المتحدث أن الدورية وجدت شخصين يتشاجران فطعن أحدهما رجل الأمن، ونقل رجل الأمن إلى المستشفى.', 'القبض على شخص طعن رجل أمن في السوق');
    expect(find(a, 'رجل أمن')?.aliases).toContain('رجل الأمن');
    // (the body never says «الشخص»: no actor)
    expect(names(a)).not.toContain('شخص');
    expect(find(run('وقال الجيران إن الشاب كان يدرس في الجامعة.', 'وفاة شاب سعودي غرقا في الشاطئ'), 'شاب سعودي')?.type).toBe('person');
    expect(find(run('وكان الطالب قد سافر قبل أشهر.', 'طالب هندسة أردني يفوز بجائزة دولية'), 'طالب هندسة أردني')?.type).toBe('person');
  });

  it('leaves a count of people alone', () => {
    expect(names(run('وأقيم الحفل في المركز.', 'إسلام 120 رجلا وامرأة في المركز'))).not.toContain('امرأة');
  });

  it('takes the fan of a foreign club named in the headline only', () => {
    const a = run('وتعرض المهاجم لاستفزازات من المشجع الشاب بعد ركلة الجزاء. وقام المشجع بإطلاق عبارات ساخرة.', 'مشجع ليدز سيتي يستفز المهاجم بطريقة مضحكة');
    expect(find(a, 'مشجع ليدز سيتي')?.aliases).toContain('المشجع');
  });
});

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
      // «المقاومة» names a group: it may be one, but never a person; the other nouns are no actors at all
      if (word === 'المقاومة') expect(['group', 'organization', undefined], headline).toContain(find(actors, word)?.type);
      else expect(find(actors, word), headline).toBeUndefined();
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
