/**
 * Binary search over things in order (sentences, tokens, spans, positions in text order), one home for
 * the extractor's look-ups by position.
 */

/**
 * The first index in [0, length) at which `before` is false, for a `before` that holds on a prefix of the
 * indices and nowhere after it (a sorted array's lower bound); `length` when it holds everywhere.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
