/**
 * Arabic actors (round 6): a nationality adjective as a family name after a first name, one club under two club
 * heads, and the groups a story is about. Sentences written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { run, find, namesAndAliases as names } from '../../helpers/arabic-actors.js';

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

describe('Arabic ambiguous titles before a conjunction', () => {
  it('takes no name after «الفريق» when the next word opens a clause with «و/ف»', () => {
    expect(run('وقال الحارس: "جئت لأخدم الفريق وسأبذل كل جهدي في التدريبات".').filter((x) => x.type === 'person')).toEqual([]);
    expect(run('وشكر المدرب الفريق وقدم لهم التهنئة.').filter((x) => x.type === 'person')).toEqual([]);
  });

  it('keeps a known given name written with «و» after the rank «الفريق»', () => {
    expect(find(run('وقال الفريق وليد الحربي إن القوات جاهزة.'), 'وليد الحربي')?.type).toBe('person');
  });
});

describe('Arabic given name «بدر»', () => {
  it('opens a name with its patronym, titled or not', () => {
    expect(find(run('وقال السفير بدر بن علي الغامدي إن العلاقات متينة.'), 'بدر بن علي الغامدي')?.type).toBe('person');
    expect(find(run('وحضر اللقاء بدر بن علي الغامدي وعدد من المسؤولين.'), 'بدر بن علي الغامدي')?.type).toBe('person');
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
