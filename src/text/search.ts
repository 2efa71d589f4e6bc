/**
 * Binary search over items kept in text order (sentences, paragraphs, tokens, mentions): the index of the first
 * item for which `before` is false, where `before` holds for a prefix of the items and fails for the rest.
 * `partitionPoint(sentences, (s) => s.end <= pos)` is the sentence holding or following `pos`.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
