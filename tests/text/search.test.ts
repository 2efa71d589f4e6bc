import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/text/search.js';

describe('partitionPoint', () => {
  it('finds the sentence holding or following an offset', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 22, end: 30 },
    ];
    expect(partitionPoint(sentences, (s) => s.end <= 0)).toBe(0);
    expect(partitionPoint(sentences, (s) => s.end <= 10)).toBe(1);
    expect(partitionPoint(sentences, (s) => s.end <= 21)).toBe(2);
    expect(partitionPoint(sentences, (s) => s.end <= 30)).toBe(3);
    expect(partitionPoint([], () => true)).toBe(0);
  });

  it('agrees with a linear scan on sorted numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 51 }), (xs, pos) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((x) => !(x < pos));
        expect(partitionPoint(sorted, (x) => x < pos)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});
