import { describe, expect, it } from 'vitest';
import { arabic } from '../../../src/lang/ar/index.js';
import { describeQuoteExamples, quoteSetup } from '../pack-examples.js';
import { extractQuotes } from '../../../src/extract/quotes.js';

describeQuoteExamples(arabic);

describe('Arabic speech cues', () => {
  const forms = new Map(arabic.quotes.speechCues.map((c) => [c.form, c]));
  it('fold verbs and give feminine and plural forms', () => {
    expect(forms.get(arabic.fold('قالت'))).toMatchObject({ gender: 'f', role: 'verb' });
    expect(forms.get(arabic.fold('أضافوا'))).toMatchObject({ number: 'pl' });
    expect(forms.get(arabic.fold('مؤكدة'))).toMatchObject({ gender: 'f', role: 'lead-in' });
    expect(forms.get(arabic.fold('رأت'))).toMatchObject({ gender: 'f' });
  });
});

describe('Arabic verbs joined by «و» after a quote', () => {
  const singer = { name: 'ريم الحداد', type: 'person' as const, aliases: [] };
  it('take no subject from the words between an earlier quote and the verb («"…" الجديدين وقالت:»)', () => {
    const text = 'من جهتها أبدت ريم الحداد إعجابها بطرازي "نجمة" و"نجمة برو" الجديدين وقالت: "سعدت كثيرا بهذه الشراكة الطويلة".';
    const { article, actors } = quoteSetup(arabic, text, [singer]);
    const quotes = extractQuotes(article, actors);
    const last = quotes.find((q) => q.text.startsWith('سعدت'));
    expect(last?.speaker).toBe('ريم الحداد');
    expect(quotes.some((q) => q.speakerText === 'الجديدين')).toBe(false);
  });
});

describe('Arabic unnamed sources with a describing clause', () => {
  it('give the quote to the source, not to a word of the clause («وأضاف المصدر الذي طلب عدم ذكر اسمه:»)', async () => {
    const { anonymousSources } = await import('../../../src/extract/sources.js');
    const text = 'وقال مصدر مطلع إن المفاوضات متعثرة. وأضاف المصدر الذي طلب عدم ذكر اسمه: «الطرفان لم يتفقا على أي بند حتى الآن».';
    const { article, actors } = quoteSetup(arabic, text, []);
    const { quotes, actors: withSources } = anonymousSources(article, actors, extractQuotes(article, actors));
    // (The bare «المصدر» is the source the sentence before introduced: it is named by that fuller phrase.)
    expect(quotes.map((q) => q.speaker)).toEqual(['مصدر مطلع']);
    expect(withSources.map((a) => a.name)).toEqual(['مصدر مطلع']);
  });
});

describe('Arabic speakers the actors did not hold', async () => {
  const { unknownSpeakerExamples, unknownSpeakerCounterExamples, leadInExamples } = await import('../../../src/lang/ar/quotes-examples.js');
  for (const ex of [...unknownSpeakerExamples, ...unknownSpeakerCounterExamples, ...leadInExamples]) {
    it(`${ex.rule}: ${ex.text.slice(0, 50)}`, () => {
      const { article, actors } = quoteSetup(arabic, ex.text, ex.actors);
      const got = extractQuotes(article, actors);
      expect(got.map((q) => ({ text: q.text, speaker: q.speaker }))).toEqual(ex.expect);
      expect(got.some((q) => q.rule.includes(ex.rule))).toBe(true);
    });
  }
  it('join the actors through the pipeline, with the surname as an alias', async () => {
    const { summarise } = await import('../../../src/pipeline.js');
    const text = 'الناشط يتحدث عن السجون\n\nوقال الناشط الحقوقي البلجيكي يانيك فوسترمانس إن «السجون مكتظة».\nوقال فوسترمانس «نحتاج إلى إصلاح شامل».\n';
    const out = await summarise(text, { lang: 'ar', date: '2015-08-01' });
    expect(out.quotes.map((q) => q.speaker)).toEqual(['يانيك فوسترمانس', 'يانيك فوسترمانس']);
    expect(out.actors.find((a) => a.name === 'يانيك فوسترمانس')).toMatchObject({ type: 'person', aliases: ['فوسترمانس'] });
  });
});

describe('Arabic headline fragments', () => {
  it('a name the body writes bare again and again is not a quote («بـ«سوق الكتاب»»)', async () => {
    const { summarise } = await import('../../../src/pipeline.js');
    const text =
      'مئة عارض يتنافسون على جوائز «سوق الكتاب»\n\nتفتتح سوق الكتاب أبوابها الأسبوع المقبل بمشاركة مئة عارض.\n' +
      'وقال مدير المعرض خالد الزهراني إن «عدد الزوار سيتجاوز التوقعات هذا العام بفضل سوق الكتاب الجديدة».\n' +
      'وتقدم سوق الكتاب جوائز للفائزين في ختام الدورة.\n';
    const out = await summarise(text, { lang: 'ar', date: '2015-08-01' });
    expect(out.quotes.map((q) => q.text)).toEqual(['عدد الزوار سيتجاوز التوقعات هذا العام بفضل سوق الكتاب الجديدة']);
  });
});
