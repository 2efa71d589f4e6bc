import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في العاصمة بحضور الوزير.', 'ar'],
    ['The health ministry said on Tuesday that a new hospital would open in the capital.', 'en'],
    ['Le ministre a annoncé mardi que la nouvelle loi sera votée dans les prochains jours.', 'fr'],
    ['El ministro anunció el martes que la nueva ley será aprobada en los próximos días.', 'es'],
    ['قال UNHCM في بيان إن المحادثات ستستأنف الأسبوع المقبل في جنيف بمشاركة الطرفين.', 'ar'],
    ['12345 ...', 'und'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
