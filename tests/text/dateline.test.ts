import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/text/dateline.js';
import { packFor } from '../../src/lang/registry.js';

/** The dateline as the pipeline reads it: with the rules of the language's pack (or of its script's). */
const datelineOf = (text: string, lang: string) => findDateline(text, packFor(lang, text).dateline);
import { ruleMatches } from '../../src/extract/headline.js';
import { headline as arabicHeadline } from '../../src/lang/ar/headline.js';
import { headline as englishHeadline } from '../../src/lang/en/headline.js';

interface Case {
  text: string;
  lang: string;
  /** The dateline as it stands in the text (span slice). */
  dateline: string;
  place: string | null;
  agency: string | null;
  date?: string;
}

const withHeadline = (headline: string, body: string) => `${headline}\n\n${body}`;

const CASES: Case[] = [
  {
    text: withHeadline('Britain’s economy beats forecasts', "LONDON, June 10 (Reuters) - Britain's economy grew faster than expected in April, official data showed."),
    lang: 'en', dateline: 'LONDON, June 10 (Reuters) - ', place: 'LONDON', agency: 'Reuters', date: 'June 10',
  },
  {
    text: withHeadline('Harbour reopens', 'LONDON, March 3, 2019 (Reuters) - The harbour reopened on Saturday.'),
    lang: 'en', dateline: 'LONDON, March 3, 2019 (Reuters) - ', place: 'LONDON', agency: 'Reuters', date: 'March 3, 2019',
  },
  {
    text: withHeadline('Senate passes spending bill', 'WASHINGTON (AP) — The Senate voted on Tuesday to approve the spending bill.'),
    lang: 'en', dateline: 'WASHINGTON (AP) — ', place: 'WASHINGTON', agency: 'AP',
  },
  {
    text: withHeadline('Protests grow in the capital', 'CAIRO, Egypt (CNN) -- Thousands of protesters gathered in the main square.'),
    lang: 'en', dateline: 'CAIRO, Egypt (CNN) -- ', place: 'CAIRO', agency: 'CNN',
  },
  {
    text: withHeadline('Stocks slide', 'NEW YORK — Stocks fell sharply on Monday as oil prices rose.'),
    lang: 'en', dateline: 'NEW YORK — ', place: 'NEW YORK', agency: null,
  },
  {
    text: withHeadline('Markets wait for the vote', 'Hong Kong (AFP) – Asian markets were mixed on Wednesday.'),
    lang: 'en', dateline: 'Hong Kong (AFP) – ', place: 'Hong Kong', agency: 'AFP',
  },
  {
    text: withHeadline('افتتاح مستشفى جديد', 'الرياض - واس: أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في شمال المدينة.'),
    lang: 'ar', dateline: 'الرياض - واس: ', place: 'الرياض', agency: 'واس',
  },
  {
    text: withHeadline('افتتاح مستشفى جديد', 'الرياض: سالم العنزي\nأعلنت وزارة الصحة اليوم افتتاح مستشفى جديد.'),
    lang: 'ar', dateline: 'الرياض: سالم العنزي', place: 'الرياض', agency: null,
  },
  {
    text: withHeadline('الحكومة تعد بإصلاحات', 'لندن: "الشرق الأوسط"\nقال مسؤول حكومي إن الإصلاحات ستبدأ العام المقبل.'),
    lang: 'ar', dateline: 'لندن: "الشرق الأوسط"', place: 'لندن', agency: 'الشرق الأوسط',
  },
  {
    text: withHeadline('البرلمان يناقش الموازنة', 'بيروت – «المدينة»\nناقش البرلمان مشروع الموازنة في جلسة مطولة.'),
    lang: 'ar', dateline: 'بيروت – «المدينة»', place: 'بيروت', agency: 'المدينة',
  },
  {
    text: withHeadline('اشتباكات في ريف العاصمة', 'دمشق، سوريا (CNN) -- قالت مصادر محلية إن اشتباكات عنيفة اندلعت في الريف الشرقي.'),
    lang: 'ar', dateline: 'دمشق، سوريا (CNN) -- ', place: 'دمشق', agency: 'CNN',
  },
  {
    text: withHeadline('تدشين مشروع للطرق', 'جدة 12 رجب 1442 هـ الموافق 24 فبراير 2021 م واس\nدشن أمير المنطقة مشروعا جديدا للطرق.'),
    lang: 'ar', dateline: 'جدة 12 رجب 1442 هـ الموافق 24 فبراير 2021 م واس', place: 'جدة', agency: 'واس', date: '12 رجب 1442 هـ الموافق 24 فبراير 2021 م',
  },
  {
    text: withHeadline('فوز الفريق في الدوري', 'سبق - أبها: حقق فريق النادي فوزا مهما على منافسه مساء أمس.'),
    lang: 'ar', dateline: 'سبق - أبها: ', place: 'أبها', agency: 'سبق',
  },
  {
    text: withHeadline('حملة لتنظيف الشواطئ', 'خالد العمري- سبق- جدة: أطلقت البلدية حملة واسعة لتنظيف الشواطئ.'),
    lang: 'ar', dateline: 'خالد العمري- سبق- جدة: ', place: 'جدة', agency: 'سبق',
  },
  {
    text: withHeadline('زيارة رسمية', 'عين اليوم – القاهرة\nوصل الوفد إلى القاهرة في زيارة رسمية تستمر ثلاثة أيام.'),
    lang: 'ar', dateline: 'عين اليوم – القاهرة', place: 'القاهرة', agency: 'عين اليوم',
  },
  {
    text: withHeadline('مهرجان للتراث', 'الطائف ـ ناصر الزهراني\nانطلقت فعاليات المهرجان وسط حضور كبير.'),
    lang: 'ar', dateline: 'الطائف ـ ناصر الزهراني', place: 'الطائف', agency: null,
  },
  {
    text: withHeadline('قرار جديد', 'الرياض: أعلنت الوزارة، أمس، أن القرار نهائي.'),
    lang: 'ar', dateline: 'الرياض: ', place: 'الرياض', agency: null,
  },
];

const NONE: Array<[string, string]> = [
  ['Senate passes spending bill\n\nThe Senate voted on Tuesday to approve the spending bill.', 'en'],
  ['Zimbabwe coup: army takes control\n\nSoldiers took over the state broadcaster overnight.', 'en'],
  ['By the numbers: how the vote went\n\nTurnout was the highest in a decade.', 'en'],
  ['الصين: الحكومة تشجع الاستثمار العقاري في الخارج\n\nتشجع الحكومة الشركات على الاستثمار.', 'ar'],
  ['الوزير: لا تراجع عن القرار\n\nأكد الوزير أن القرار نهائي.', 'ar'],
  ['عنوان الخبر\n\nقال الوزير: إن القرار نهائي ولا رجعة فيه.', 'ar'],
  ['عنوان الخبر\n\nوزير الخارجية: نرفض التدخل', 'ar'],
  ['الفريق يفوز في الخليج\n\nحقق الفريق فوزا كبيرا.', 'ar'],
  ['وزير الخارجية لـ«الشرق الأوسط»: الأمن أولا\n\nقال الوزير إن الأمن أولوية.', 'ar'],
];

describe('findDateline', () => {
  for (const c of CASES) {
    it(`finds «${c.dateline}»`, () => {
      const d = datelineOf(c.text, c.lang);
      expect(d).not.toBeNull();
      expect(c.text.slice(...d!.span)).toBe(c.dateline);
      expect(d!.place).toBe(c.place);
      expect(d!.agency).toBe(c.agency);
      if (c.date) expect(c.text.slice(...d!.dateSpan!)).toBe(c.date);
      else expect(d!.dateSpan).toBeNull();
    });
  }

  for (const [text, lang] of NONE) {
    it(`finds none in «${text.split('\n')[0]}»`, () => {
      expect(datelineOf(text, lang)).toBeNull();
    });
  }

  it('works without a headline line and for languages without tables', () => {
    const d = datelineOf('PARIS (AFP) - Le gouvernement a annoncé mercredi une réforme.', 'fr');
    expect(d).toMatchObject({ place: 'PARIS', agency: 'AFP' });
    const a = datelineOf('الرياض - واس: أعلنت الوزارة اليوم.', 'und');
    expect(a).toMatchObject({ place: 'الرياض', agency: 'واس' });
  });

  it('stays linear on a hostile first line', () => {
    const started = Date.now();
    datelineOf('- '.repeat(1_000_000), 'ar');
    datelineOf('A'.repeat(5_000_000), 'en');
    datelineOf('«'.repeat(200_000), 'ar');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('not-headline lines', () => {
  const all = [...arabicHeadline.notHeadline, ...englishHeadline.notHeadline];
  const matches = (line: string) => all.some((r) => ruleMatches(r, line));

  it('every rule matches its examples and none of its counter-examples', () => {
    for (const rule of all) {
      for (const e of rule.examples) expect(ruleMatches(rule, e), `${rule.name}: ${e}`).toBe(true);
      for (const c of rule.counterExamples ?? []) expect(ruleMatches(rule, c), `${rule.name}: ${c}`).toBe(false);
    }
  });

  it('skips bylines, agency tags and dateline lines', () => {
    for (const line of ['By Jane Smith', 'كتب: سالم العنزي', 'الرياض - محمد العتيبي', 'واس', 'LONDON (Reuters) -', 'عين اليوم – الرياض']) expect(matches(line), line).toBe(true);
  });

  it('keeps real headlines', () => {
    const headlines = [
      'Senate passes spending bill after all-night session',
      'Harbour strike: dock workers walk out over pay',
      'UK ECONOMY GROWS',
      'Reuters cuts jobs',
      'الرياض تستضيف قمة عربية طارئة',
      'جدة: أمطار غزيرة تغرق الشوارع وتوقف الدراسة',
      'الفريق يتقدم إلى نصف النهائي.. والجماهير تحتفل في الشوارع',
      'الحربي: خفض الرسوم يفتح باب الاستثمار في الموانئ',
    ];
    for (const h of headlines) expect(matches(h), h).toBe(false);
  });

  it('stays fast on very long lines', () => {
    const started = Date.now();
    for (const line of ['ا'.repeat(1_000_000), 'ab '.repeat(300_000), 'By ' + 'Smith '.repeat(200_000), 'A-'.repeat(300_000)]) matches(line);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
