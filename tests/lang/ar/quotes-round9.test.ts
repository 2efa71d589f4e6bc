/**
 * Arabic speakers, round 9: pronouns of honour («سموه», «معاليه», «فضيلته», «سعادتها») stand for the last person the
 * story titled accordingly. Sentences written for these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';

async function quotes(doc: string): Promise<{ text: string; speaker: string | null }[]> {
  const out = await summarise(doc, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('Arabic pronouns of honour', () => {
  it('«سموه» is the prince, «معاليه» the minister, whichever was named last', async () => {
    const got = await quotes(
      'افتتاح مهرجان التمور\n\nافتتح صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية مهرجان التمور في الأحساء أمس بحضور وزير الزراعة الدكتور خالد العمري.\nوقال سموه في كلمته: «نحن فخورون بهذا الإنجاز الكبير».\nمن جهته، أكد معاليه أن «الوزارة ماضية في تطوير الخدمات».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['سعود بن نايف بن عبدالعزيز', 'خالد العمري']);
  });
  it('«فضيلته» is the sheikh, not the director named after him', async () => {
    const got = await quotes(
      'محاضرة في جامع الحي\n\nألقى الشيخ عادل الزهراني محاضرة في جامع الحي أمس بحضور مدير مكتب الدعوة المهندس فهد السبيعي.\nوأوضح فضيلته أن «الأمانة أساس كل عمل».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['عادل الزهراني']);
  });
  it('«سعادتها» is the ambassador, a woman', async () => {
    const got = await quotes(
      'سفيرة تزور معرض الكتاب\n\nزارت سفيرة النرويج لدى المملكة ليلى هانسن، أمس، معرض الكتاب في الرياض برفقة وفد من السفارة.\nوقالت سعادتها: «المعرض يعكس حيوية المشهد الثقافي».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['ليلى هانسن']);
  });
  it('is never a name of its own: with no titled person it is the recent speaker (false positive)', async () => {
    const got = await quotes(
      'جولة تفقدية للمشاريع\n\nتفقد سالم الحربي مشاريع البلدية أمس.\nوقال سموه: «المشاريع تسير وفق الخطة».\n',
    );
    expect(got.map((q) => q.speaker)).not.toContain('سموه');
  });
});
