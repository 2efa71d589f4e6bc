/**
 * Arabic titles with a place or body complement before the holder's name (pack titlePrepositions: «في», «باسم»,
 * «لدى»). Sentences written for these tests; the names are invented.
 */
import { describe, expect, it } from 'vitest';
import { run, find } from '../../helpers/arabic-actors.js';

describe('Arabic titles with a complement before the name', () => {
  it('reads an ambassador or a delegate «لدى» a country or body as a titled person', () => {
    const a = run('وأكد السفير الأردني لدى اليابان سامر الحديدي أن العلاقات متينة. وأضاف الحديدي أن الزيارة ناجحة.');
    expect(find(a, 'سامر الحديدي')?.type).toBe('person');
    expect(find(a, 'سامر الحديدي')?.title).toContain('لدى اليابان');
    const b = run('وقال المندوب الدائم لدى الأمم المتحدة فهد الرشيد إن المجلس سيجتمع. وأوضح الرشيد أن القرار جاهز.');
    expect(find(b, 'فهد الرشيد')?.type).toBe('person');
  });

  it('keeps «في» and «باسم» complements as before', () => {
    expect(find(run('وقال مدير الشرطة في جدة خالد السبيعي إن التحقيق مستمر. وأضاف السبيعي أن المتهم موقوف.'), 'خالد السبيعي')?.type).toBe('person');
    expect(find(run('وقال المتحدث باسم الوزارة ماجد العنزي إن القرار نهائي. وأكد العنزي أن التطبيق فوري.'), 'ماجد العنزي')?.type).toBe('person');
  });

  it('false positive: a journey «إلى» a place after a title is no part of the title', () => {
    const a = run('ووصل وزير الخارجية إلى الرياض أمس في زيارة رسمية.');
    expect(a.some((x) => x.type === 'person' && x.name.includes('الرياض'))).toBe(false);
  });
});
