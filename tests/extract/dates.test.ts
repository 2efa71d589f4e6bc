import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildArticle } from '../../src/pipeline.js';
import { findTimeExpressions, hijriToGregorian, TOKEN as DATE_TOKEN } from '../../src/extract/dates.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');

const find = (text: string, lang: string, published?: string) => findTimeExpressions(buildArticle(text, { format: 'text' }, { lang, date: published }));

describe('findTimeExpressions: the engine', () => {
  it('gives exact UTF-16 spans, in text order', () => {
    const text = 'وقال المتحدث 😀 إن الوفد وصل أمس، وإن الاجتماع عقد في الثالث من يونيو/ حزيران.';
    const found = find(text, 'ar', '2020-06-10');
    expect(found.map((t) => t.text)).toEqual(['أمس', 'الثالث من يونيو/ حزيران']);
    for (const t of found) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
    expect(found[0].span[0]).toBeLessThan(found[1].span[0]);
  });
  it('leaves a proclitic out of the span («وفبراير» → «فبراير»)', () => {
    const text = 'بين يناير وفبراير 2020 تراجعت الأسعار.';
    const found = find(text, 'ar', '2020-06-10');
    expect(found.map((t) => t.text)).toEqual(['يناير', 'فبراير 2020']);
  });
  it('reads Latin-script dates inside an Arabic article with the English rules', () => {
    const found = find('وغردت البعثة على تويتر.\n— UNMISS (@UNMISS) March 3, 2021', 'ar');
    expect(found.map((t) => [t.text, t.value])).toEqual([['March 3, 2021', '2021-03-03']]);
  });
  it('marks relative expressions and leaves them unresolved without a publication date', () => {
    const [yesterday, fixed] = find('Officials said yesterday that the plant opened on 4 May 2019.', 'en');
    expect(yesterday).toMatchObject({ relative: true, value: null });
    expect(fixed).toMatchObject({ relative: false, value: '2019-05-04' });
  });
  it('carries the rule that produced each expression', () => {
    for (const t of find('The vote was held last week, on Tuesday, and again in June 2020.', 'en', '2021-01-20')) expect(t.rule).toMatch(/^en:/u);
  });
  it('puts the weekday of a dated expression in weekday (0 = Sunday)', () => {
    expect(find('The accord was signed on June 10, 2020.', 'en')[0].weekday).toBe(3);
  });
});

describe('Hijri conversion through Intl (Umm al-Qura)', () => {
  it('converts known dates', () => {
    expect(hijriToGregorian(1436, 9, 1)).toEqual([2015, 6, 18]);
    expect(hijriToGregorian(1441, 10, 1)).toEqual([2020, 5, 24]);
  });
  it('returns null for a day that does not exist', () => {
    expect(hijriToGregorian(1436, 9, 31)).toBeNull();
  });
});

describe('hostile input stays fast', () => {
  it('a 1 MB single line of mixed words, numbers and slashes', () => {
    const unit = 'في 10 يونيو/ حزيران الماضي 1/2/ 2020 May March قبل أكثر من عام / ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = Date.now();
    const found = find(text, 'ar', '2020-06-10');
    expect(found.length).toBeGreaterThan(1000);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
  it('200,000 quotation marks and digits', () => {
    const text = '"1'.repeat(200_000);
    const started = Date.now();
    find(text, 'en', '2020-06-10');
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});

const seedFile = path.join(shared, 'seeds/000_b899b31e321ce09c.txt');
describe.skipIf(!existsSync(seedFile))('the seed article (research copy in ../shared)', () => {
  it('finds the gold dates and nothing else with a value', () => {
    const text = readFileSync(seedFile, 'utf8');
    const found = find(text, 'ar', '2020-06-10');
    const dated = found.filter((t) => t.value !== null && (t.type === 'date' || t.type === 'time')).map((t) => t.value);
    expect(dated.sort()).toEqual(['2020-02', '2020-02', '2020-06-02', '2020-06-03', '2020-06-09', '2020-06-10', '2020-06-10']);
  });
});

describe('every resolution rule has an example in a pack', () => {
  it('the packs\u2019 examples exercise all the rules', async () => {
    const { dates: ar } = await import('../../src/lang/ar/dates.js');
    const { dates: en } = await import('../../src/lang/en/dates.js');
    const seen = new Set<string>();
    for (const [lang, rules] of [['ar', ar], ['en', en]] as const) {
      for (const ex of rules.examples) for (const t of find(ex.text, lang, ex.published ?? undefined)) seen.add(t.rule.replace(/^\w+:/u, '').replace(/\+.*$/u, ''));
    }
    const rules = [
      'day-month-year', 'day-month', 'named-day', 'month', 'month-last', 'month-next', 'month-year', 'year', 'decade', 'century',
      'weekday-past', 'weekday-future', 'weekday-last', 'weekday-next', 'weekday-of-week', 'deictic', 'unit-shift', 'part-of-unit',
      'ago', 'ago-vague', 'duration', 'set', 'clock', 'hijri-date', 'hijri-day-month', 'hijri-month', 'hijri-month-year',
      'ref:past', 'ref:future',
    ];
    expect(rules.filter((r) => !seen.has(r))).toEqual([]);
  });
});

describe('properties on generated text', () => {
  it('spans are exact, ordered and disjoint for any mix of date words, numbers and punctuation', async () => {
    const fc = await import('fast-check');
    const pieces = [
      'في', 'الثالث', 'من', 'يونيو', '/', 'حزيران', 'الماضي', 'أمس', 'اليوم', 'الأربعاء', '10', '١٠', '2020', '1436', 'هـ',
      'الموافق', '-', '18-9-1436', 'قبل', 'أكثر', 'يومين', 'ثلاثة', 'أيام', 'June', 'May', 'last', 'week', 'on', 'Tuesday', ',',
      'ago', 'two', 'years', 'the', '1990s', '9/11', 'every', 'month', '(', ')', '.', '،', '«', '»', '"', '10am', 'mid', 'early',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.constantFrom(' ', '', '\n'), fc.constantFrom('ar', 'en'), (words, sep, lang) => {
        const text = words.join(sep);
        const found = find(text, lang, '2020-06-10');
        let last = -1;
        for (const t of found) {
          expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
          expect(t.span[0]).toBeGreaterThanOrEqual(last);
          last = t.span[1];
          if (t.value !== null && (t.type === 'date' || t.type === 'time')) expect(t.value).toMatch(/^\d{2,4}(-\d{2}(-\d{2})?|-W\d{2})?$/u);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('a weak «اليوم» in a filed dispatch is the day of filing', () => {
  const values = (text: string) => find(text, 'ar', '2015-08-11').filter((t) => t.text === 'اليوم').map((t) => t.value);
  it('reads «اليوم» with no lead word as today under a dated agency dateline or a place-and-outlet byline', () => {
    expect(values('الهيئة تمدد المهلة\n\n الدمام 26 شوال 1436هـ الموافق 11 أغسطس 2015م واس\n مددت هيئة النقل البحري اليوم مهلة التسجيل، وأوضح مديرها في حديث له اليوم أن الإقبال كبير.')).toEqual(['2015-08-11', '2015-08-11']);
    expect(values('تحذير من السيول\n\nسبق- أبها: حذر الدفاع المدني، اليوم، من السيول في المنطقة.')).toEqual(['2015-08-11']);
  });
  it('without a dateline a lone «اليوم» stays "nowadays"', () => {
    expect(values('مقال\n\nوأصبحت المدن اليوم أكبر من قدرة الخدمات.')).toEqual([]);
  });
  it("not the outlet's own name in the body, nor a definite noun phrase («اليوم الوطني»)", () => {
    expect(values('خبر\n\n عين اليوم – جدة\n وقال المدير لـ"عين اليوم" إن الحفل يقام بمناسبة اليوم الوطني.')).toEqual([]);
    expect(values('خبر\n\n عين اليوم – جدة\n وأعلن المدير اليوم أن الحفل يقام غدا.')).toEqual(['2015-08-11']);
  });
});

describe('the date tokenizer against the plain form of its pattern', () => {
  // As first written: letters and digits, then (. , or : before a digit, letters and digits) repeated.
  const REFERENCE = /[\p{L}\p{M}\p{N}]+(?:[.,:](?=\p{N})[\p{L}\p{M}\p{N}]+)*|\S/gu;
  const all = (re: RegExp, text: string) => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => [m.index, m[0]]);
  const alphabet = ['a', 'M', 'ب', 'ة', '\u064E', '\u0640', '1', '9', '٣', '.', ',', ':', '-', "'", ' ', '\n', '/', '😀'];
  it('gives the same tokens on random text over letters, marks, digits and joiners', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(all(DATE_TOKEN, text)).toEqual(all(REFERENCE, text));
      }),
      { numRuns: 2000 },
    );
  });
});
