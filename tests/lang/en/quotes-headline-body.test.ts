import { describe, expect, it } from 'vitest';
import { summariseArticle } from '../../../src/pipeline.js';

const quotes = (text: string) => summariseArticle(text, { format: 'text' }, { lang: 'en', date: '2016-10-20' }).quotes.map((q) => [q.text, q.speaker]);

describe('English headline quotes spoken by a party or body', () => {
  it('gives the quote to the person the body shows using the words («Tories attack mayor\'s \'U-turns\'»)', () => {
    const text = "Tories attack mayor's 'U-turns'\n\nTory group leader Tom Harlow has accused Mayor Laura Bennett of performing U-turns over the harbour levy. Mr Harlow said the council had changed its mind three times.";
    expect(quotes(text)).toEqual([['U-turns', 'Tom Harlow']]);
  });
  it('keeps the body when no person in the body uses the words (false positive stays out)', () => {
    const text = "Harbour Council attacks 'reckless' cuts\n\nThe Harbour Council has criticised the budget. The council said the cuts would close two libraries.";
    const got = quotes(text);
    expect(got.every(([, speaker]) => speaker !== 'Tom Harlow')).toBe(true);
  });
});

describe('English headline quotes whose headline speaker no actor holds', () => {
  it('gives the quote to the body\'s speaker of the lead («Parties warned over \'grey vote\'»)', () => {
    const text = "Parties warned over 'grey vote'\n\nPolitical parties cannot take older voters for granted, Age Watch has warned. The charity said older people were more likely to vote.";
    const got = quotes(text);
    expect(got.find(([t]) => t === 'grey vote')?.[1]).toBe('Age Watch');
  });
});

describe('headline fragments that fold to nothing', () => {
  it('returns at once on a headline quote holding only a tatweel («“ـ»), instead of searching the empty string forever', () => {
    const started = Date.now();
    summariseArticle('لقاضيوقالponTuesday“ـ', { format: 'text' }, { lang: 'ar', date: '2016-10-20' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
