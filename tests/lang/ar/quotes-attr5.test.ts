/**
 * Arabic quote attribution (who said it): documents linked to their issuer, titles whose body is written in
 * quotation marks, addressees written on a preposition, descriptors after an unknown name. Sentences written for
 * these tests, news style, invented names.
 */
import { describe, expect, it } from 'vitest';
import { summarise } from '../../../src/pipeline.js';

async function speakers(body: string): Promise<{ text: string; speaker: string | null }[]> {
  const out = await summarise(`عنوان الخبر\n\n${body}\n`, { lang: 'ar', date: '2015-08-01' });
  return out.quotes.map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('Arabic documents linked to their issuer («تقرير … من معهد «X»», «بيان صادر عن …»)', () => {
  it('give the report to the body named after the link, and «وأضاف التقرير أن» to the same body', async () => {
    const got = await speakers(
      'وكشف تقرير سنوي من معهد «الدراسات السكانية» الوطني أن «60 في المائة من الأسر تملك منازلها».\n' +
        'وفي المقابل، أضاف التقرير أن «10 في المائة من الأسر تستأجر».',
    );
    expect(got.map((q) => q.speaker)).toEqual(['الدراسات السكانية', 'الدراسات السكانية']);
  });
  it('read «صادر عن» as the link', async () => {
    const got = await speakers('وأشار بيان صادر عن هيئة الرقابة المالية إلى أن «المخالفات تراجعت هذا العام».');
    expect(got[0]?.speaker ?? '').toMatch(/^هيئة الرقابة/u);
  });
  it('read a past verb with the document\'s pronoun as the link («دراسة أجرتها جامعة X», «تقرير نشرته منظمة X»)', async () => {
    const got = await speakers(
      'وأوضحت دراسة أجرتها جامعة الملك سعود أن «نصف الطلاب ينامون أقل من ست ساعات».\n' +
        'وأشار تقرير نشرته منظمة الصحة العالمية إلى أن «التدخين يقتل الملايين كل عام».',
    );
    expect(got.map((q) => q.speaker)).toEqual(['جامعة الملك سعود', 'منظمة الصحة العالمية']);
  });
  it('never take a place after the link as the issuer («تقرير من لندن»)', async () => {
    const got = await speakers('وأفاد تقرير من لندن أن «الأسعار ارتفعت بنسبة كبيرة».');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
  it('leave a document with no link to its issuer to the issuer named before («وأصدرت … وأشار التقرير»)', async () => {
    const got = await speakers('وأصدرت منظمة الشفافية الدولية تقريرها السنوي أمس. وأشار التقرير إلى أن «الفساد تراجع في عشر دول».');
    expect(got.map((q) => q.speaker)).toEqual(['منظمة الشفافية الدولية']);
  });
});

describe('Arabic titles whose body is written in quotation marks («رئيس مجلس الإدارة في «X» فلان»)', () => {
  it('give the quote to the person named after the body, not to the board in the title', async () => {
    const got = await speakers(
      'وعينت كلية «النخبة» هالة الشريف مديرة عامة للكلية.\n' +
        'وقال رئيس مجلس الإدارة في «النخبة» تيم كارلوف لـ«الأنباء»: «هالة الشريف إدارية ناجحة». وأضاف كارلوف: «نتطلع إلى العمل معها».',
    );
    // (the surname the actors hold from «وأضاف كارلوف»; the scorer reads it as the same person)
    expect(got.map((q) => q.speaker)).toEqual(['كارلوف', 'كارلوف']);
  });
  it('leave a title with no name after its body unresolved («وقال الباحث في «X» إن»)', async () => {
    const got = await speakers('وقال الباحث في «مركز الدراسات» إن «النتائج مشجعة».');
    expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('Arabic addressees written on a preposition («لقناة X») and descriptors after a name («الملقب»)', () => {
  it('end the speaker phrase: the unknown name before them speaks, and «وأضاف» continues it', async () => {
    const got = await speakers(
      'وقال دوروفيتش الملقب بالصقر الأبيض لقناة المدينة الرياضية "كنت متعبا جدا في المباراة". وأضاف "سأعود أقوى في البطولة القادمة".',
    );
    expect(got.map((q) => q.speaker)).toEqual(['دوروفيتش', 'دوروفيتش']);
  });
  it('keep a known person who opens the phrase («وقال سالم الحربي لقناة الأخبار»)', async () => {
    const got = await speakers('قال وزير المالية سالم الحربي إن الميزانية متوازنة. وقال الحربي لقناة الأخبار: «الوضع تحت السيطرة».');
    expect(got.map((q) => q.speaker)).toEqual(['سالم الحربي']);
  });
  it('keep a named person who spoke to a newspaper («وقال نادر الخطيب لصحيفة «الوطن»»)', async () => {
    const got = await speakers('وقال نادر الخطيب لصحيفة «الوطن»: «لن أترشح مجددا».');
    expect(got.map((q) => q.speaker)).toEqual(['نادر الخطيب']);
  });
});

describe('Arabic bodies named in marks inside a speaker phrase («وقال فلان رئيس «X» في لندن: «…»»)', () => {
  it('are names, not quotes: only the words after the colon are quoted, by the person', async () => {
    const got = await speakers(
      'قال وزير المالية سالم الحربي إن الميزانية متوازنة.\nوقال الحربي رئيس «مجموعة الأفق للاستثمار» في الرياض: «الأسواق تتعافى ببطء».',
    );
    expect(got).toEqual([{ text: 'الأسواق تتعافى ببطء', speaker: 'سالم الحربي' }]);
  });
  it('keep a quote right after the verb and its subject, and a word quoted before a second verb', async () => {
    const got = await speakers(
      'قال وزير المالية سالم الحربي إن الميزانية متوازنة.\nووصف الحربي القرار بـ«المتسرع» وقال: «سنراجع كل البنود».\nوقال الحربي «لن نرفع الضرائب».',
    );
    expect(got.map((q) => q.text)).toEqual(['المتسرع', 'سنراجع كل البنود', 'لن نرفع الضرائب']);
  });
});

describe('Arabic network names after an account noun («عبر حسابه على «…»»)', () => {
  it('are names, not quotes', async () => {
    const got = await speakers('وكتب الشيخ عبدالله المطلق عبر حسابه على «تويتر»: «الصيام مدرسة للصبر».');
    expect(got).toEqual([{ text: 'الصيام مدرسة للصبر', speaker: 'عبدالله المطلق' }]);
  });
});

describe('Arabic «على حد تعبير/قول فلان» after a quote (as he put it)', () => {
  it('gives the quote to the person named after it', async () => {
    expect(await speakers('«الأمن مستتب في جميع المناطق»، على حد تعبير وزير الداخلية سالم الحربي.')).toEqual([
      { text: 'الأمن مستتب في جميع المناطق', speaker: 'سالم الحربي' },
    ]);
    const got = await speakers('وتراجعت الأسعار بشكل «غير مسبوق منذ عشر سنوات»، على حد قول المحلل الاقتصادي فهد الزامل.');
    expect(got.map((q) => q.speaker)).toEqual(['فهد الزامل']);
  });
});

describe('Arabic speech verbs of continuing and warning («وزاد:», «وأكمل:», «ونبه إلى أن», «يحذر»)', () => {
  const lead = 'وقال وزير الداخلية سالم الحربي إن الأمن مستتب. ';
  it('continue the speaker before them (dropped subject)', async () => {
    for (const next of ['وزاد: «لن نسمح بأي فوضى في الشوارع».', 'وأكمل: «لن نسمح بأي فوضى في الشوارع».', 'ونبه إلى أن «الفوضى لن تمر دون عقاب».']) {
      expect((await speakers(lead + next)).map((q) => q.speaker)).toEqual(['سالم الحربي']);
    }
  });
  it('read «زاد» (increased) before no clause as no speech', async () => {
    expect(await speakers('وزاد عدد الطلاب «بشكل كبير» هذا العام.')).toEqual([]);
  });
  it('never make a person of what was said («وختم حديثه بالقول:»)', async () => {
    const out = await summarise(`عنوان الخبر\n\n${lead}وختم حديثه بالقول: «لن نسمح بأي فوضى في الشوارع».\n`, { lang: 'ar', date: '2015-08-01' });
    expect(out.actors.some((a) => a.name === 'حديثه')).toBe(false);
  });
});

describe('Arabic bodies named again by their head noun («الصحيفة» after «صحيفة «X»»)', () => {
  const lead = 'وذكرت صحيفة «المساء الجديد» الأسبوعية أن الإدارة تدرس الخيارات. ';
  it('give the quote to the latest body whose name opens with that noun', async () => {
    expect((await speakers(lead + 'وأضافت الصحيفة أن «الوزارة لم تحسم موقفها بعد من العقوبات».')).map((q) => q.speaker)).toEqual(['المساء الجديد']);
  });
  it('leave a head noun that opens no body named before unresolved', async () => {
    expect((await speakers(lead + 'وأضافت الوكالة أن «الوزارة لم تحسم موقفها بعد من العقوبات».')).map((q) => q.speaker)).toEqual([null]);
  });
});
