import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { anonymousSources } from '../../src/extract/sources.js';
import type { Quote } from '../../src/types.js';

/** A quote whose speaker words stand at the first occurrence of `speakerText` (the quotes stage is tested apart). */
function quote(text: string, quoted: string, speakerText: string | null, rule: string, speaker: string | null = null): Quote {
  const q = text.indexOf(quoted);
  const s = speakerText ? text.indexOf(speakerText) : -1;
  return { text: quoted, span: [q, q + quoted.length], speaker, speakerText, speakerSpan: s >= 0 ? [s, s + speakerText!.length] : null, kind: 'partial', rule };
}

describe('anonymousSources', () => {
  const text = 'عنوان\n\nوقال مصدر مطلع إن «الاجتماع تأجل». وأضاف «سيعقد الشهر المقبل». وقال المصدر الذي طلب عدم ذكر اسمه إن «القرار نهائي». وقال الوزير «لا تعليق».';
  const article = buildArticle(text, { format: 'text' }, { lang: 'ar' });
  const quotes = [
    quote(text, 'الاجتماع تأجل', 'مصدر مطلع', 'quote:paired; speaker:anonymous'),
    quote(text, 'سيعقد الشهر المقبل', 'وأضاف', 'quote:paired; speaker:dropped-subject'),
    quote(text, 'القرار نهائي', 'المصدر الذي طلب عدم ذكر اسمه', 'quote:paired; speaker:anonymous'),
    quote(text, 'لا تعليق', 'الوزير', 'quote:paired; speaker:named', 'الوزير'),
  ];
  const result = anonymousSources(article, [], quotes);

  it('makes one actor of a source and its later definite reference, cut before the relative clause', () => {
    expect(result.actors).toHaveLength(1);
    expect(result.actors[0]).toMatchObject({ name: 'مصدر مطلع', aliases: ['المصدر'], type: 'person' });
    for (const m of result.actors[0].mentions) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });
  it('gives the source its quotes and the dropped-subject quote after it', () => {
    expect(result.quotes.map((q) => q.speaker)).toEqual(['مصدر مطلع', 'مصدر مطلع', 'مصدر مطلع', 'الوزير']);
  });
  it('leaves articles without anonymous sources untouched (false positives stay out)', () => {
    const named = [quote(text, 'لا تعليق', 'الوزير', 'quote:paired; speaker:named', 'الوزير'), quote(text, 'سيعقد الشهر المقبل', 'وأضاف', 'quote:paired; speaker:dropped-subject')];
    expect(anonymousSources(article, [], named)).toEqual({ actors: [], quotes: named });
  });
  it('names a source without a stray closing mark the article typed after it, and keeps a mark that closes a name in it', () => {
    const ar = 'عنوان\n\nوقالت مصادر محلية" إن «الطريق أغلق». وقال مصدر في "الهيئة" إن «العمل مستمر».';
    const a = buildArticle(ar, { format: 'text' }, { lang: 'ar' });
    const r = anonymousSources(a, [], [quote(ar, 'الطريق أغلق', 'مصادر محلية"', 'quote:paired; speaker:anonymous'), quote(ar, 'العمل مستمر', 'مصدر في "الهيئة"', 'quote:paired; speaker:anonymous')]);
    expect(r.actors.map((x) => x.name)).toEqual(['مصادر محلية', 'مصدر في "الهيئة"']);
    for (const actor of r.actors) for (const m of actor.mentions) expect(ar.slice(m.span[0], m.span[1])).toBe(m.text);
  });
  it('cuts an Arabic source before a describing verb written without «الذي» («مسؤول رفض ذكر اسمه»)', () => {
    const ar = 'عنوان\n\nوقال مسؤول حكومي رفض ذكر اسمه إن «الموعد لم يحدد بعد».';
    const a = buildArticle(ar, { format: 'text' }, { lang: 'ar' });
    const r = anonymousSources(a, [], [quote(ar, 'الموعد لم يحدد بعد', 'مسؤول حكومي رفض ذكر اسمه', 'quote:paired; speaker:anonymous')]);
    expect(r.actors.map((x) => x.name)).toEqual(['مسؤول حكومي']);
    expect(r.quotes[0].speaker).toBe('مسؤول حكومي');
  });
  it('keeps the adjectives of an Arabic source (false positive: no cut without a describing verb)', () => {
    const ar = 'عنوان\n\nوقال مصدر أمني رفيع المستوى إن «التحقيق مستمر».';
    const a = buildArticle(ar, { format: 'text' }, { lang: 'ar' });
    const r = anonymousSources(a, [], [quote(ar, 'التحقيق مستمر', 'مصدر أمني رفيع المستوى', 'quote:paired; speaker:anonymous')]);
    expect(r.actors.map((x) => x.name)).toEqual(['مصدر أمني رفيع المستوى']);
  });
  it('cuts an English source before "who"', () => {
    const en = 'Title\n\n"The deal is off," said a senior official who asked not to be named.';
    const a = buildArticle(en, { format: 'text' }, { lang: 'en' });
    const r = anonymousSources(a, [], [quote(en, 'The deal is off,', 'a senior official who asked not to be named', 'quote:paired; speaker:anonymous')]);
    expect(r.actors[0].name).toBe('a senior official');
  });
  it('keeps two English sources with different qualifiers apart; a bare later reference joins the last one', () => {
    const en = 'Title\n\nMr Lee\'s spokesman said: "No comment." A union spokesman said: "We will strike." The spokesman said: "Soon."';
    const a = buildArticle(en, { format: 'text' }, { lang: 'en' });
    const r = anonymousSources(a, [], [
      quote(en, 'No comment.', "Mr Lee's spokesman", 'quote:paired; speaker:anonymous'),
      quote(en, 'We will strike.', 'A union spokesman', 'quote:paired; speaker:anonymous'),
      quote(en, 'Soon.', 'The spokesman', 'quote:paired; speaker:anonymous'),
    ]);
    expect(r.actors.map((x) => x.name)).toEqual(["Mr Lee's spokesman", 'A union spokesman']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(["Mr Lee's spokesman", 'A union spokesman', 'A union spokesman']);
  });
  it('takes the head noun last in English («the prime minister\'s official spokesman» is a spokesman, not an official)', () => {
    const en = 'Title\n\nThe prime minister\'s official spokesman said: "No comment." A senior official said: "Later."';
    const a = buildArticle(en, { format: 'text' }, { lang: 'en' });
    const r = anonymousSources(a, [], [
      quote(en, 'No comment.', "prime minister's official spokesman", 'quote:paired; speaker:anonymous'),
      quote(en, 'Later.', 'A senior official', 'quote:paired; speaker:anonymous'),
    ]);
    expect(r.actors.map((x) => x.name)).toEqual(["prime minister's official spokesman", 'A senior official']);
  });
  it('stops giving dropped subjects to the source once someone else, named or not, has spoken', () => {
    const t = 'عنوان\n\nوقال مصدر أمني إن «الطريق مغلق». وقال الخبير فارس النمر إن «الإغلاق سيطول». وأضاف أن «البدائل محدودة».';
    const a = buildArticle(t, { format: 'text' }, { lang: 'ar' });
    const qs = [
      quote(t, 'الطريق مغلق', 'مصدر أمني', 'quote:paired; speaker:anonymous'),
      quote(t, 'الإغلاق سيطول', 'الخبير فارس النمر', 'quote:paired; speaker:verb-before'),
      quote(t, 'البدائل محدودة', 'وأضاف', 'quote:paired; speaker:dropped-subject'),
    ];
    expect(anonymousSources(a, [], qs).quotes.map((q) => q.speaker)).toEqual(['مصدر أمني', null, null]);
  });
  it('gives a participle lead-in and the rest of a split quote to the source', () => {
    const t = 'عنوان\n\nوقال مصدر أمني إن «الطريق مغلق منذ الفجر»، مشيرا إلى أن «فرق الصيانة تعمل هناك».';
    const a = buildArticle(t, { format: 'text' }, { lang: 'ar' });
    const qs = [
      quote(t, 'الطريق مغلق منذ الفجر', 'مصدر أمني', 'quote:paired; speaker:anonymous'),
      quote(t, 'فرق الصيانة تعمل هناك', 'مشيرا', 'quote:paired; speaker:lead-in'),
    ];
    expect(anonymousSources(a, [], qs).quotes.map((q) => q.speaker)).toEqual(['مصدر أمني', 'مصدر أمني']);
  });
  it('gives an English pronoun left unresolved right after the source\'s quote to the source, not after a named speaker', () => {
    const t = 'Show dropped\n\n"We have nothing more to announce," a spokeswoman said. She added the hosts "brought real warmth to the show". "It was fun," said Jo Ray. He added it was "a shame".';
    const a = buildArticle(t, { format: 'text' }, { lang: 'en' });
    const qs = [
      quote(t, 'We have nothing more to announce,', 'a spokeswoman', 'quote:paired; speaker:anonymous'),
      quote(t, 'brought real warmth to the show', 'She', 'quote:paired; speaker:pronoun'),
      quote(t, 'It was fun,', 'Jo Ray', 'quote:paired; speaker:verb-after', 'Jo Ray'),
      quote(t, 'a shame', 'He', 'quote:paired; speaker:pronoun'),
    ];
    expect(anonymousSources(a, [], qs).quotes.map((q) => q.speaker)).toEqual(['a spokeswoman', 'a spokeswoman', 'Jo Ray', null]);
  });
  it('keeps two Arabic sources introduced indefinite apart; a later definite reference joins the last one', () => {
    const t = 'عنوان\n\nوقال مصدر أمني إن «الطريق مغلق». وقال مصدر في البلدية إن «الصيانة بدأت». وأكد المصدر أن «العمل ينتهي غدا».';
    const a = buildArticle(t, { format: 'text' }, { lang: 'ar' });
    const r = anonymousSources(a, [], [
      quote(t, 'الطريق مغلق', 'مصدر أمني', 'quote:paired; speaker:anonymous'),
      quote(t, 'الصيانة بدأت', 'مصدر في البلدية', 'quote:paired; speaker:anonymous'),
      quote(t, 'العمل ينتهي غدا', 'المصدر', 'quote:paired; speaker:anonymous'),
    ]);
    expect(r.actors.map((x) => x.name)).toEqual(['مصدر أمني', 'مصدر في البلدية']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['مصدر أمني', 'مصدر في البلدية', 'مصدر في البلدية']);
  });
  it('keeps one Arabic source named again definite with its qualifier (false positive: «المصدر الأمني» is not a new source)', () => {
    const t = 'عنوان\n\nوقال مصدر أمني إن «الطريق مغلق». وأضاف المصدر الأمني أن «الفرق تعمل».';
    const a = buildArticle(t, { format: 'text' }, { lang: 'ar' });
    const r = anonymousSources(a, [], [
      quote(t, 'الطريق مغلق', 'مصدر أمني', 'quote:paired; speaker:anonymous'),
      quote(t, 'الفرق تعمل', 'المصدر الأمني', 'quote:paired; speaker:anonymous'),
    ]);
    expect(r.actors.map((x) => x.name)).toEqual(['مصدر أمني']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['مصدر أمني', 'مصدر أمني']);
  });
});
