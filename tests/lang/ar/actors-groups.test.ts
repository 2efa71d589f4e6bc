/**
 * Arabic actors: the groups a story is about (residents, visitors, peoples, gangs, the people a headline counts).
 * Sentences written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/pipeline.js';
import { extractActors } from '../../../src/extract/actors.js';
import { run, find, has, namesAndAliases as names } from '../../helpers/arabic-actors.js';

describe('Arabic groups a story addresses', () => {
  it('takes a pair of plurals of people as one group, each noun an alias', () => {
    const g = find(run('ودعا المتحدث الرسمي للشرطة المواطنين والمقيمين إلى الإبلاغ عن المخالفات.'), 'المواطنين والمقيمين');
    expect(g?.type).toBe('group');
    expect(g?.aliases).toEqual(expect.arrayContaining(['المواطنين', 'المقيمين']));
  });

  it('never lets the group run into a titled name before it', () => {
    const a = run('ودعا المتحدث الإعلامي فهد الزهراني المواطنين والمقيمين إلى الحذر.');
    expect(find(a, 'فهد الزهراني')?.type).toBe('person');
    expect(names(a).some((n) => n.includes('الزهراني المواطنين'))).toBe(false);
  });

  it('leaves a pair that is the genitive of a noun alone', () => {
    expect(names(run('وتحدث الكاتب عن وصايا الآباء والمعلمين للأبناء.'))).not.toContain('الآباء والمعلمين');
    expect(names(run('وأكد أن خدمة الحجاج والزوار شرف للدولة.'))).not.toContain('الحجاج والزوار');
  });

  it('takes a plural of people the body tells three times as a group', () => {
    const a = run('وقال مدير المدرسة إن الطلاب بدأوا الاختبارات. وأضاف أن الطلاب تلقوا الكتب وأن الطلاب الجدد سيصلون غدا.');
    expect(find(a, 'الطلاب')?.type).toBe('group');
  });

  it('leaves a plural told once or twice, and one used as an adjective, alone', () => {
    expect(names(run('وحذرت الشرطة المواطنين من الاحتيال.'))).not.toContain('المواطنين');
    const b = run('وقال إن المهندسين المقيمين كثر. وإن المهندسين المقيمين سجلوا. وعدد المهندسين المقيمين كبير.');
    expect(names(b)).not.toContain('المقيمين');
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

describe('the people a headline counts or names by a plural', () => {
  const run2 = (headline: string, body: string) => extractActors(buildArticle(`${headline}\n\n${body}`, { format: 'text' }, { lang: 'ar', date: '2024-03-05' }));
  it('a counted singular in the headline and the definite plural in the body («40 معلماً» / «المعلمين الجدد»)', () => {
    const actors = run2('إدارة التعليم تستقبل 40 معلماً جديداً', 'استقبلت إدارة التعليم في المحافظة المعلمين الجدد في القاعة الكبرى.');
    expect(find(actors, 'المعلمين الجدد')?.type).toBe('group');
  });
  it('a sound plural of a participle in both («المتقدمين للوظائف»), not with a conjunction after it', () => {
    const actors = run2('الفرع يرد على المتقدمين للوظائف', 'ورد مدير الفرع على المتقدمين والمراجعين عبر حسابه.');
    expect(find(actors, 'المتقدمين')?.type).toBe('group');
  });
  it('not a body\'s genitive («حزب العمال»), nor a broken plural of the «مفاعيل» shape («ملايين»)', () => {
    const actors = run2('الحكومة تطالب حزب العمال بالانسحاب وتخصص ملايين للإعمار', 'وطالبت الحكومة حزب العمال بسحب قواته، وخصصت الملايين لإعادة الإعمار.');
    expect(actors.filter((a) => a.type === 'group').map((a) => a.name)).toEqual([]);
  });
});

describe('a group named in the construct state and its plural alone', () => {
  it('joins «الأهالي» and «بعض الأهالي» to «أهالي النسيم»', () => {
    const actors = extractActors(buildArticle('أهالي الورود يطالبون بحديقة\n\nطالب أهالي حي الورود بإنشاء حديقة. وقال الأهالي إن الحي يفتقر للخدمات. وأكد بعض الأهالي أن المطالب قديمة.', { format: 'text' }, { lang: 'ar', date: '2024-03-05' }));
    const groups = actors.filter((a) => a.type === 'group');
    expect(groups).toHaveLength(1);
    expect(groups[0].name).toBe('أهالي الورود');
    expect(groups[0].aliases).toContain('الأهالي');
  });
});

describe('a headline plural described by a known group', () => {
  it('is that group, not a second one («المتمردين الحوثيين»)', () => {
    const actors = extractActors(buildArticle('القوات تتعقب المتمردين الحوثيين في الجنوب\n\nوتواصل القوات ملاحقة المتمردين الحوثيين في الجنوب منذ أيام.', { format: 'text' }, { lang: 'ar', date: '2024-03-05' }));
    expect(actors.map((a) => a.name)).toEqual(['الحوثيين']);
  });
});

describe('Arabic gangs as groups', () => {
  it('takes «العصابات» with a describing adjective or a genitive as a group, like «الميليشيات»', () => {
    expect(find(run('جددت العصابات الحوثية قصف القرى الحدودية. وردت القوات على مصادر النيران.'), 'العصابات الحوثية')?.type).toBe('group');
    expect(find(run('وضبطت الشرطة عصابات تهريب السلاح في المنطقة.'), 'عصابات تهريب السلاح')?.type).toBe('group');
  });

  it('leaves a bare «العصابات» without a qualifier out', () => {
    expect(names(run('وقال إن العصابات لا تمثل أحدا.'))).not.toContain('العصابات');
  });
});

describe('Arabic groups named by «بعض» and a plural of people', () => {
  it('takes «بعض» + a definite plural of people the article tells again as a group, the plural as alias', () => {
    const a = run('واشتكى بعض الطلاب من صعوبة الاختبارات. وقال مدير الجامعة إن الطلاب يستحقون الدعم.');
    const g = find(a, 'بعض الطلاب');
    expect(g?.type).toBe('group');
    expect(g?.aliases).toContain('الطلاب');
    expect(find(run('وحذر الخبير من أن بعض الشباب ينجرفون وراء الشائعات. ودعا الأسر إلى حماية الشباب.'), 'بعض الشباب')?.type).toBe('group');
  });

  it('keeps the plural adjectives after the noun in the group\'s name', () => {
    const g = find(run('وقال إن بعض الشباب المتحمسين تجمعوا أمام الملعب. ودعا الشباب إلى الهدوء.'), 'بعض الشباب المتحمسين');
    expect(g?.type).toBe('group');
    expect(g?.aliases).toEqual(expect.arrayContaining(['الشباب المتحمسين', 'الشباب']));
  });

  it('leaves out a plural told once, «بعضهم», and «بعض» before a noun of things', () => {
    const cases = [
      'ولاحظ بعض المواطنين ارتفاع الأسعار في الأسواق.',
      'وقال بعضهم إن الأسعار ارتفعت. ويرى المواطنون أن الأسعار ارتفعت.',
      'وشهدت بعض الأسواق ازدحاما. وارتفعت الأسعار في الأسواق.',
    ];
    for (const body of cases) expect(run(body).filter((x) => x.type === 'group'), body).toEqual([]);
  });
});

describe('Arabic peoples named by a plural nationality', () => {
  it('makes a people an actor when the headline names it', () => {
    const actors = run('بدأت الجوازات تصحيح أوضاع الأشقاء اليمنيين. وبلغ عدد المصحح وضعهم من اليمنيين ألف شخص.', 'تصحيح أوضاع آلاف اليمنيين');
    expect(find(actors, 'اليمنيين')?.type).toBe('group');
  });

  it('leaves a people named once in passing, an adjective of another group, and «غير …» alone', () => {
    const actors = run('وزاد توظيف السعوديين في القطاع. وأشاد المدرب بالحكام السعوديين. وارتفع عدد غير السعوديين.');
    expect(find(actors, 'السعوديين')).toBeUndefined();
  });
});

describe('groups told by a plural in the construct state', () => {
  it('the plural of a role noun with its genitive, told twice, is a group («مديري التعليم», «مديرو التعليم»)', () => {
    const actors = run('أكد وزير التعليم خلال لقائه بمديري التعليم أمس على بدء الدراسة. وأكد مديرو التعليم جاهزية المدارس.');
    const g = actors.find((a) => a.name === 'مديري التعليم');
    expect(g?.type).toBe('group');
    expect(g?.aliases).toContain('مديرو التعليم');
  });

  it('a pack plural of people with a body as genitive, told twice: the group and the body both', () => {
    const actors = run('وأعلنت الجامعة نتائج القبول. وطالب منسوبي الجامعة بزيادة الرواتب، وقال منسوبو الجامعة إن الطلب قديم.');
    expect(has(actors, 'منسوبي الجامعة')).toBe(true);
  });

  it('told once, it is no group of the story', () => {
    const actors = run('وحضر الحفل عدد من مديري المدارس والمعلمين.');
    expect(names(actors).some((n) => n.startsWith('مديري'))).toBe(false);
  });
});

describe('more plurals of people', () => {
  it('a plural of people told three times is a group («المدنيين», «الركاب»)', () => {
    const actors = run('وسقط عدد من المدنيين في القصف. وطالبت المنظمة بحماية المدنيين. وقال شهود إن المدنيين فروا من المنطقة.');
    expect(actors.find((a) => a.name === 'المدنيين')?.type).toBe('group');
  });

  it('and after a body it is no adjective of its name («وزارة الدفاع العاملين …»)', () => {
    expect(names(run('وشكرت وزارة الدفاع العاملين في الميدان على جهودهم.')).some((n) => n.includes('الدفاع العاملين'))).toBe(false);
  });
});

describe('a group told by its noun alone', () => {
  it('«الأهالي» after «أهالي الحي» is the same group, its alias', () => {
    const actors = run('وطالب أهالي الحي بإنشاء حديقة عامة. وقال الأهالي إن الحي يفتقر للخدمات.');
    const g = actors.find((a) => a.name === 'أهالي الحي');
    expect(g?.type).toBe('group');
    expect(g?.aliases).toContain('الأهالي');
  });
});
