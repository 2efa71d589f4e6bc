/** Salience: the actors an editor would list first come first. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/pipeline.js';
import { extractActors } from '../../src/extract/actors.js';
import { rankActors } from '../../src/extract/salience.js';
import type { Quote } from '../../src/types.js';

function ranked(text: string, lang: string, speakers: string[] = []) {
  const article = buildArticle(text, { format: 'text' }, { lang, date: '2024-03-05' });
  const actors = extractActors(article);
  const quotes: Quote[] = speakers.map((speaker) => ({ text: '…', span: [0, 0], speaker, speakerText: speaker, speakerSpan: null, kind: 'direct', rule: 'test' }));
  return rankActors(article, actors, quotes);
}

describe('rankActors', () => {
  it('returns an empty list for no actors', () => {
    const article = buildArticle('Nothing here\n\nquiet day.', { format: 'text' }, { lang: 'en' });
    expect(rankActors(article, [], [])).toEqual([]);
  });

  it('puts the headline actor who speaks before a place that only sets the scene', () => {
    const text = 'Costa pledges new budget\n\nFinance Minister Ana Costa said in Lisbon that spending would fall. Costa said cuts were needed. The plan was presented in Lisbon.';
    const out = ranked(text, 'en');
    expect(out[0].name).toBe('Ana Costa');
    const lisbon = out.find((a) => a.name === 'Lisbon');
    expect(lisbon?.type).toBe('location');
    expect(lisbon?.salience ?? 1).toBeLessThan(out[0].salience);
  });

  it('scores between 0 and 1 and orders by descending salience', () => {
    const text = 'Talks in Geneva\n\nPresident Omar Hadi met Prime Minister Lena Berg in Geneva. Hadi said the talks were useful. Berg agreed. Hadi will travel to Oslo.';
    const out = ranked(text, 'en');
    expect(out.map((a) => a.name)).toEqual(expect.arrayContaining(['Omar Hadi', 'Lena Berg', 'Geneva']));
    for (const a of out) expect(a.salience).toBeGreaterThanOrEqual(0), expect(a.salience).toBeLessThanOrEqual(1);
    for (let i = 1; i < out.length; i++) expect(out[i - 1].salience).toBeGreaterThanOrEqual(out[i].salience);
  });

  it('counts being a quote speaker', () => {
    const text = 'Officials meet\n\nPresident Omar Hadi and Prime Minister Lena Berg met on Friday.';
    const withBerg = ranked(text, 'en', ['Lena Berg', 'Lena Berg']);
    expect(withBerg[0].name).toBe('Lena Berg');
  });

  it('ranks the Arabic subject of speech verbs in the headline first', () => {
    const text = 'الحربي يعلن خطة جديدة\n\nأعلن وزير الصحة نادر الحربي خطة جديدة في الرياض. وقال الحربي إن الخطة تبدأ الشهر المقبل.';
    const out = ranked(text, 'ar');
    expect(out[0].name).toBe('نادر الحربي');
  });
});
