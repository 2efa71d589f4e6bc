/**
 * Arabic actors: a phrase of address («صاحب السمو») belongs to the title, the topic of «أما … فـ» is the verb's
 * subject, an event named in quotation marks after its head noun is an actor. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { run, find, namesOnly as names } from '../../helpers/arabic-actors.js';

describe('Arabic phrases of address («صاحب السمو»)', () => {
  it('reads the prince after «صاحب السمو», and no person «صاحب السمو»', () => {
    const actors = run('وأكد صاحب السمو الأمير نايف بن مشعل أن المشروع مهم.');
    expect(find(actors, 'نايف بن مشعل')?.title).toBe('الأمير');
    expect(names(actors).some((n) => n.includes('صاحب'))).toBe(false);
  });

  it('keeps «صاحب السمو الملكي» and «صاحب المعالي» out of names', () => {
    const a = run('واستقبل صاحب السمو الملكي الأمير فيصل بن سلطان أمس الوفد الزائر.');
    expect(find(a, 'فيصل بن سلطان')).toBeDefined();
    const b = run('وأكد صاحب المعالي وزير المالية خالد العمري أن الميزانية متوازنة.');
    expect(find(b, 'خالد العمري')?.title).toBe('وزير المالية');
    for (const x of [...a, ...b]) expect(x.name.includes('صاحب')).toBe(false);
  });

  it('takes an honorific between two titles into the title («أمير المنطقة صاحب السمو الملكي الأمير …»)', () => {
    const a = run('ورعى أمير منطقة الجوف صاحب السمو الملكي الأمير فهد بن بدر أمس الحفل السنوي.');
    expect(find(a, 'فهد بن بدر')?.title).toContain('أمير منطقة الجوف');
    const b = run('وأكد وزير الإعلام معالي الدكتور سامي الهاشمي أن القناة جديدة.');
    expect(find(b, 'سامي الهاشمي')?.title).toContain('وزير الإعلام');
    for (const x of [...a, ...b]) expect(/صاحب|معالي|سمو/u.test(x.name)).toBe(false);
  });

  it('finds no person in «وقال صاحب السمو الملكي ولي العهد»', () => {
    const actors = run('وقال صاحب السمو الملكي ولي العهد إن الخطة طموحة.');
    expect(names(actors).some((n) => n.includes('صاحب') || n.includes('السمو'))).toBe(false);
  });
});

describe('Arabic topic of «أما … فـ»', () => {
  it('reads a bare two-word name before «فقال» as a person', () => {
    const actors = run('وقال المدير إن العمل مستمر. أما دغيم الحارثي فقال إن القرار متأخر.');
    expect(find(actors, 'دغيم الحارثي')?.type).toBe('person');
  });

  it('reads a name with «بنت» after «وأما» before a feminine verb', () => {
    const actors = run('وأما منيرة بنت سالم الدوسري فأكدت أن الطريق مغلق منذ أيام.');
    expect(find(actors, 'منيرة بنت سالم الدوسري')?.type).toBe('person');
  });

  it('leaves out nouns and plural subjects («أما سكان الحي فطالبوا», «أما نتائج الفحص فأظهرت»)', () => {
    for (const body of ['أما سكان الحي فطالبوا بالحل السريع.', 'أما نتائج الفحص فأظهرت سلامته.', 'أما موعد التسليم فسيكون الشهر المقبل.', 'أما البلدية فقالت إن العمل مستمر.']) {
      expect(run(body).filter((a) => a.type === 'person')).toEqual([]);
    }
  });
});

describe('Arabic events named in quotation marks', () => {
  it('reads «معرض «ألوان»» as an actor and not as the name of the director before it', () => {
    const actors = run('افتتح مدير التعليم معرض «ألوان» للفنون التشكيلية في القاعة الكبرى.');
    expect(find(actors, 'معرض «ألوان»')?.type).toBe('organization');
    expect(actors.some((a) => a.type === 'person' && a.name.startsWith('معرض'))).toBe(false);
  });

  it('reads a festival named in quotation marks', () => {
    expect(find(run('ويقام مهرجان "ربيع المدينة" في الحديقة العامة.'), 'ربيع المدينة')).toBeDefined();
  });

  it('does not read a quoted description after a definite head («المعرض "ناجح جدا"»)', () => {
    expect(run('وقالت إن المعرض "ناجح جدا" بكل المقاييس.')).toEqual([]);
  });
});

describe('Arabic streets and neighbourhoods', () => {
  it('keeps a person’s family name in a street named after them («شارع فيصل الجابر»)', () => {
    const actors = run('وأغلقت البلدية شارع فيصل الجابر في حي الروضة أمس.');
    expect(find(actors, 'شارع فيصل الجابر')?.type).toBe('location');
    expect(find(actors, 'حي الروضة')?.type).toBe('location');
  });

  it('reads the neighbourhood after «بحي» as a place of its own, not part of the street', () => {
    const a = run('وتعطلت حركة السير في شارع الأمير سلطان بحي الزهراء.');
    expect(find(a, 'شارع الأمير سلطان')?.type).toBe('location');
    expect(find(a, 'حي الزهراء')?.type).toBe('location');
    expect(find(run('وتقع الحديقة بحي النسيم شرق المدينة.'), 'حي النسيم')?.type).toBe('location');
  });
});
