import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { COMMON_NOT_HEADLINE, ruleMatches } from '../../src/extract/headline.js';
import { arabic } from '../../src/lang/ar/index.js';
import { english } from '../../src/lang/en/index.js';

const headlineOf = (text: string, meta = {}) => buildArticle(text, { format: 'text', ...meta }, {}).headline;

describe('findHeadline', () => {
  it('takes the first line', () => {
    const h = headlineOf('Floods close the coastal road\n\nHeavy rain closed the road on Monday, officials said.');
    expect(h).toMatchObject({ text: 'Floods close the coastal road', rule: 'first-line' });
  });
  it('skips date stamps and separators above the headline', () => {
    const h = headlineOf('2021-03-04\n* * *\nالمجلس يقر الميزانية\n\nأقر المجلس الميزانية العامة.');
    expect(h).toMatchObject({ text: 'المجلس يقر الميزانية', rule: 'first-line-after-byline' });
  });
  it('prefers the metadata title and finds it in the text', () => {
    const h = headlineOf('Floods close road\n\nBody.', { title: 'Floods close road', titleSource: 'og:title' });
    expect(h).toMatchObject({ text: 'Floods close road', rule: 'metadata:og:title', span: [0, 17] });
  });
  it('returns none when the text starts with a long body paragraph', () => {
    expect(headlineOf('word '.repeat(100))).toBeNull();
  });
  it('folds white space in the headline', () => {
    expect(headlineOf('  Two   spaces \n\nBody.')?.text).toBe('Two spaces');
  });
});

describe('dateline-only lines are not headlines', () => {
  it.each([
    'الرياض - واس:', 'عين اليوم – متابعات', 'واس- الرياض', 'سبق - أبها:', 'بيروت – «المدينة»', 'لندن: "الشرق الأوسط"',
    'واس (الرياض)', 'أ ف ب (باريس)', 'جدة 3 رجب 1438 هـ الموافق 31 مارس 2017 م واس',
  ])('%s', (line) => {
    expect(headlineOf(`${line}\nالمجلس يقر الميزانية\n\nأقر المجلس الميزانية العامة للدولة في جلسته الأسبوعية.`)?.text).toBe('المجلس يقر الميزانية');
  });
});

describe('not-headline rules carry examples', () => {
  const rules = [...COMMON_NOT_HEADLINE, ...arabic.headline.notHeadline, ...english.headline.notHeadline];
  for (const rule of rules) {
    it(`${rule.name}: matches its examples and not its counter-examples`, () => {
      for (const e of rule.examples) expect(ruleMatches(rule, e), e).toBe(true);
      for (const c of rule.counterExamples ?? []) expect(ruleMatches(rule, c), c).toBe(false);
    });
  }
});

describe('bylines that are only a name', () => {
  const body = 'أقر المجلس الميزانية العامة للدولة في جلسته الأسبوعية بعد نقاش طويل استمر ساعات، وأكد الأعضاء أهمية ضبط الإنفاق.';
  it('skips a name above a short headline line', () => {
    expect(headlineOf(`خالد الدوسري\n\nالمجلس يقر الميزانية\n\n${body}`)?.text).toBe('المجلس يقر الميزانية');
    expect(headlineOf(`د. عامر بن محمد الحسن\n\nهل حان وقت الإصلاح؟\n\n${body}`)?.text).toBe('هل حان وقت الإصلاح؟');
    expect(headlineOf(`هشام الزامل من الدمام\n\nالمجلس يقر الميزانية\n\n${body}`)?.text).toBe('المجلس يقر الميزانية');
  });
  it('keeps a name-shaped headline before the body or before a byline', () => {
    expect(headlineOf(`ماجد الشمري الأفضل\n\n${body}`)?.text).toBe('ماجد الشمري الأفضل');
    expect(headlineOf(`ماجد الشمري الأفضل\n\nخالد الدوسري\n\n${body}`)?.text).toBe('ماجد الشمري الأفضل');
  });
  it('does not take a lead ending in a colon or a full stop for the headline', () => {
    expect(headlineOf(`خالد الدوسري\n\nقال الوزير أمس:\n\n${body}`)?.text).toBe('خالد الدوسري');
  });
  it('skips a site time stamp after a bar', () => {
    expect(headlineOf(`الرياض - المحرر | Thursday, 14 May 2026 - 09:35 am\n\nالمجلس يقر الميزانية\n\n${body}`)?.text).toBe('المجلس يقر الميزانية');
  });
});
