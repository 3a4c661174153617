// Binary search over a sorted array: both the typo index's hashes and the vocabulary's words are
// found this way.

/** The first position in sorted (ascending) whose value is not below value: where value would go. */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
