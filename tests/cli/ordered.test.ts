import { describe, expect, it } from 'vitest';
import { mapOrdered } from '../../src/cli/ordered.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapOrdered', () => {
  it('yields in input order even when later items finish first', async () => {
    const delays = [30, 1, 20, 2, 10, 0, 5];
    const out: number[] = [];
    for await (const v of mapOrdered(delays.entries(), async ([i, d]) => (await sleep(d), i), 4)) out.push(v);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('never has more than `window` calls in flight and pulls the source lazily', async () => {
    let inFlight = 0;
    let peak = 0;
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) {
        pulled++;
        yield i;
      }
    }
    const seen: number[] = [];
    for await (const v of mapOrdered(source(), async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await sleep(1);
      inFlight--;
      return i;
    }, 3)) {
      seen.push(v);
      expect(pulled - seen.length).toBeLessThanOrEqual(3);
    }
    expect(peak).toBeLessThanOrEqual(3);
    expect(seen).toHaveLength(50);
  });

  it('stops pulling when asked but still delivers what is in flight', async () => {
    let stop = false;
    const out: number[] = [];
    for await (const v of mapOrdered(Array.from({ length: 100 }, (_, i) => i), async (i) => i, 4, () => stop)) {
      out.push(v);
      if (v === 2) stop = true;
    }
    expect(out.length).toBeLessThan(10);
    expect(out).toEqual(out.map((_, i) => i));
  });
});
