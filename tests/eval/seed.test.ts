/**
 * The seed article is the one the whole team reads: its summary must be right in full. Runs without --date
 * (the seed's publication date is inferred from the embedded post), like `newsum --json` on the file.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSystem, findSharedDir, listGold, newsumOutput } from '../../eval/gold.js';

const shared = findSharedDir();
const seeds = shared ? listGold(shared).filter((e) => e.group === 'seed') : [];

describe.skipIf(!seeds.length)('seed article scores', () => {
  it('is run without --date', () => {
    for (const seed of seeds) expect(seed.date).toBeNull();
  });

  it('has the headline, publication date, every key actor, every quote and speaker right, and actors and dates F ≥ 0.9', async () => {
    const [{ figures, articles }] = await evaluateSystem(seeds, newsumOutput);
    const misses = articles.flatMap((a) => a.score.misses).join('\n');
    expect({
      headline: figures.headline,
      published: figures.published,
      actorKeyR: figures.actorKeyR,
      quoteF: figures.quoteF,
      attributionF: figures.attributionF,
      actorFAtLeast09: figures.actorF >= 0.9,
      dateFAtLeast09: figures.dateF >= 0.9,
    }, misses).toEqual({ headline: 1, published: 1, actorKeyR: 1, quoteF: 1, attributionF: 1, actorFAtLeast09: true, dateFAtLeast09: true });
  }, 60_000); // one article, but the machine is shared
});
