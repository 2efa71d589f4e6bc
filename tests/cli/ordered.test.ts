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

describe('mapOrdered on a source that waits', () => {
  /** A source that yields the given items, then waits until `release` is called before ending. */
  function waitingSource<T>(items: T[]) {
    let release = () => {};
    const released = new Promise<void>((r) => (release = r));
    async function* gen() {
      yield* items;
      await released;
    }
    return { source: gen(), release };
  }

  it('yields finished results while the source is still waiting for its next item', async () => {
    const { source, release } = waitingSource([1, 2, 3]);
    const seen: number[] = [];
    const run = (async () => {
      for await (const v of mapOrdered(source, async (i) => i * 10, 8)) seen.push(v);
    })();
    await sleep(50);
    expect(seen).toEqual([10, 20, 30]); // not held back until 8 more items or the end
    release();
    await run;
  });

  it('stops without waiting for a quiet source once asked, and delivers what is in flight', async () => {
    const { source } = waitingSource([1, 2]);
    let stop = () => {};
    const stopRequested = new Promise<void>((r) => (stop = r));
    const seen: number[] = [];
    const run = (async () => {
      for await (const v of mapOrdered(source, async (i) => (await sleep(20), i), 8, () => false, stopRequested)) seen.push(v);
    })();
    await sleep(5);
    stop();
    await run; // returns although the source never ends
    expect(seen).toEqual([1, 2]);
  });
});
