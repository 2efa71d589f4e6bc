/**
 * Arabic speakers, round 9: pronouns of honour («سموه», «معاليه», «فضيلته», «معاليها») stand for the last person the
 * story titled accordingly; a bare definite source («المصدر», «المسؤول») is the one the story introduced earlier in
 * reported speech, named by that fuller phrase. Sentences written for these tests, news style, invented names.
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
  it('«معاليها» is the minister, a woman, not the man named after her', async () => {
    const got = await quotes(
      'وزيرة تزور معرض الكتاب\n\nزارت وزيرة الثقافة ليلى حداد، أمس، معرض الكتاب في الرياض برفقة مدير المعرض سامر الخطيب.\nوقالت معاليها: «المعرض يعكس حيوية المشهد الثقافي».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['ليلى حداد']);
  });
  it('«وأبدى سعادته بـ«…»» is "his happiness", the object: no titled person is made its subject (false positive)', async () => {
    const got = await quotes(
      'لاعب يزور ناديه\n\nوزار اللاعب سالم الحربي مقر النادي أمس، والتقى رئيس النادي الدكتور خالد العمري.\nوأبدى سعادته بـ«الاستقبال الحار من الجماهير والإدارة».\n',
    );
    expect(got.map((q) => q.speaker)).not.toContain('خالد العمري');
  });
  it('is never a name of its own: with no titled person it is the recent speaker (false positive)', async () => {
    const got = await quotes(
      'جولة تفقدية للمشاريع\n\nتفقد سالم الحربي مشاريع البلدية أمس.\nوقال سموه: «المشاريع تسير وفق الخطة».\n',
    );
    expect(got.map((q) => q.speaker)).not.toContain('سموه');
  });
});

describe('Arabic bare definite sources named by their earlier mention', () => {
  it('«قال مصدر أمني مطلع … إن …», then «وأضاف المصدر أن «…»»', async () => {
    const got = await quotes(
      'القبض على عصابة سرقة\n\nقال مصدر أمني مطلع لـ«الصحيفة» إن التحقيقات بدأت أمس.\nوأضاف المصدر أن «المتهمين اعترفوا بجرائمهم».\nوتابع: «سنحيلهم إلى النيابة».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['مصدر أمني مطلع', 'مصدر أمني مطلع']);
  });
  it('«نقلت الصحيفة عن مسؤول في البلدية أن …», then «وأوضح المسؤول: «…»»', async () => {
    const got = await quotes(
      'موعد افتتاح الحديقة\n\nونقلت الصحيفة عن مسؤول في البلدية أن الحديقة ستفتح الشهر المقبل.\nوأوضح المسؤول: «الأعمال شارفت على الانتهاء».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['مسؤول في البلدية']);
  });
  it('keeps «المسؤول» as written after an unqualified source or the adjective «مسؤول عن» (false positives)', async () => {
    const got = await quotes(
      'موعد بدء الدراسة\n\nأكد مسؤول رفض ذكر اسمه أن المدارس ستفتح الأحد.\nوأوضح المسؤول أن «الاستعدادات اكتملت».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['المسؤول']);
    const other = await quotes(
      'موعد بدء الدراسة\n\nوقال المدير إنه مسؤول عن القرار.\nوأوضح المسؤول أن «الاستعدادات اكتملت».\n',
    );
    expect(other.map((q) => q.speaker)).toEqual(['المسؤول']);
  });
});

describe('Arabic documents whose writer is named with a title in apposition', () => {
  it('«وجاء في رسالة بعثها فلان، الرئيس التنفيذي للشركة «…»»: the comma after the name opens the title', async () => {
    const got = await quotes(
      'الشركة تتوسع في آسيا\n\nوجاء في رسالة بعثها مؤخرا بالبريد الإلكتروني سامر الخطيب، الرئيس التنفيذي للشركة «سنواصل العمل معا في كل الأسواق، ونتوقع أن تصبح هذه السوق الأكبر لنا خلال العام المقبل».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['سامر الخطيب']);
  });
});

describe('Arabic «one of» a group, and an object pronoun between the verb and its subject', () => {
  it('«وكتب أحد المشجعين: «…»» is that unnamed fan, as written, not the player the story is about', async () => {
    const got = await quotes(
      'إصابة قوية للاعب\n\nتعرض اللاعب سالم الحربي لإصابة قوية في المباراة.\nوكتب أحد المشجعين: «نسأل الله له الشفاء العاجل».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['أحد المشجعين']);
  });
  it('«وقالت إحدى الساكنات في الحي: «…»», then «وأضافت: «…»»', async () => {
    const got = await quotes(
      'انقطاع المياه عن الحي\n\nوقالت إحدى الساكنات في الحي: «المياه مقطوعة منذ أيام».\nوأضافت: «لا أحد يرد علينا».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['إحدى الساكنات في الحي', 'إحدى الساكنات في الحي']);
  });
  it('«فيما دعا له أحد المشجعين قائلا: «…»»: the subject after «له» speaks', async () => {
    const got = await quotes(
      'إصابة قوية للاعب\n\nتعرض اللاعب سالم الحربي لإصابة قوية في المباراة.\nفيما دعا له أحد المشجعين قائلا: «نسأل الله له الشفاء العاجل».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['أحد المشجعين']);
  });
  it('«وقال لهم المدرب فلان: «…»»', async () => {
    const got = await quotes('تتويج الفريق\n\nوبعد المباراة، قال لهم المدرب سامي العتيبي: «أنتم أبطال هذا الموسم».\n');
    expect(got.map((q) => q.speaker)).toEqual(['سامي العتيبي']);
  });
  it('keeps the dropped subject when the object pronoun closes the phrase («وقال لهم: «…»», false positive)', async () => {
    const got = await quotes('لقاء مع الصحافيين\n\nوالتقى سالم الحربي بالصحافيين أمس.\nوقال لهم: «لن أعتزل قريبا».\n');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
});

describe('Arabic documents with no issuer named', () => {
  it('a body named after a preposition («أحيلت القضية إلى المحكمة») received the document, it did not issue it', async () => {
    const got = await quotes(
      'المتهم يمثل أمام القضاء\n\nأحيلت القضية إلى المحكمة الجزائية في جدة.\nوأوضحت اللائحة أن «المتهم اعترف بجريمته كاملة أمام المحققين في مركز الشرطة».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
  it('keeps the body that issued it as the subject («أصدرت الوزارة تقريرا … ووفقا للتقرير»)', async () => {
    const got = await quotes(
      'إصابات في حادث\n\nأصدرت وزارة الصحة تقريرا عن الحادث أمس.\nووفقا للتقرير فإن «عدد المصابين بلغ عشرين شخصا نقلوا جميعا إلى المستشفيات».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['وزارة الصحة']);
  });
});

describe('Arabic: the person described is not the one describing', () => {
  it('«كاشفا أن اختيار اللاعب فلان الذي وصفه بـ«…»»: the antecedent of the relative is the object of «وصفه»', async () => {
    const got = await quotes(
      'عضو الشرف: الصفقات تعثرت\n\nأكد عضو شرف النادي سامي العتيبي أن الإدارة حاولت إبرام صفقات محلية، كاشفا أن اختيار المهاجم البرازيلي كارلوس دياز الذي وصفه بـ«الموهوب» جاء بقرار إداري.\n',
    );
    expect(got.filter((q) => q.text === 'الموهوب').map((q) => q.speaker)).toEqual(['سامي العتيبي']);
  });
  it('«وأشاد المدرب فلان بالمهاجم علان الذي وصفه بـ«…»»: the person after «بالمهاجم» is the object', async () => {
    const got = await quotes(
      'المدرب يشيد بمهاجمه\n\nوأشاد المدرب سامي العتيبي بالمهاجم خالد الدوسري الذي وصفه بـ«اللاعب الأهم في الفريق هذا الموسم».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['سامي العتيبي']);
  });
  it('keeps the subject named after the relative («الذي وصفه المدرب فلان بـ«…»», false positive)', async () => {
    const got = await quotes(
      'النادي يتعاقد مع مهاجم\n\nوتعاقد النادي مع المهاجم خالد الدوسري، الذي وصفه المدرب سامي العتيبي بـ«اللاعب الأهم في الفريق هذا الموسم».\n',
    );
    expect(got.map((q) => q.speaker)).toEqual(['سامي العتيبي']);
  });
});
