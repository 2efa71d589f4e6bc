import { describe, expect, it } from 'vitest';
import { findSharedDir, listGold, publishedIsInferred } from '../../eval/gold.js';

describe('which publication dates are inferred from the text', () => {
  it('scores dates the text gives: datelines and embedded posts', () => {
    expect(publishedIsInferred("dateline 'March 3 , 2011' (line 2)")).toBe(true);
    expect(publishedIsInferred('embedded tweet date May 1, 2019, a Wednesday')).toBe(true);
  });
  it('gives the run dates that come from outside the text: crawl, URL, metadata', () => {
    expect(publishedIsInferred('crawl date 2015-07-23 (no date in URL; Beirut dateline)')).toBe(false);
    expect(publishedIsInferred('url date 20150803 (…); crawl 2015-08-03')).toBe(false);
    expect(publishedIsInferred('metadata.tsv publication_date 2016-10-18; lead weekday consistent')).toBe(false);
    expect(publishedIsInferred(null)).toBe(false);
  });
});

describe('gold listing', () => {
  const shared = findSharedDir();
  it.skipIf(!shared)('finds ar, en and seed gold with existing article files', async () => {
    const { existsSync } = await import('node:fs');
    const entries = listGold(shared!);
    expect(new Set(entries.map((e) => e.group))).toEqual(new Set(['ar', 'en', 'seed']));
    for (const e of entries) expect(existsSync(e.articlePath), e.articlePath).toBe(true);
    const seed = entries.find((e) => e.group === 'seed')!;
    expect(seed.date).toBeNull();
    expect(seed.scorePublished).toBe(true);
  });
});

describe('the scorer on the gold itself', () => {
  const shared = findSharedDir();
  it.skipIf(!shared)('gives every gold file perfect figures when the output is the gold', async () => {
    const { scoreArticle, aggregate } = await import('../../eval/score.js');
    for (const entry of listGold(shared!)) {
      const g = entry.gold;
      const asOutput = {
        headline: g.headline,
        published: g.published,
        actors: g.actors.map((a) => ({ name: a.name, aliases: a.aliases, type: a.type })),
        events: g.events.map((e) => ({ date: e.date })),
        quotes: g.quotes.map((q) => ({ text: q.text, speaker: q.speaker })),
      };
      const score = scoreArticle(g, asOutput, true);
      expect(score.misses, entry.name).toEqual([]);
      const f = aggregate([score]);
      expect([f.headline, f.published, f.actorP, f.actorKeyR, f.dateF, f.quoteF, f.attributionF], entry.name).toEqual([1, 1, 1, 1, 1, 1, 1]);
    }
  });
});
