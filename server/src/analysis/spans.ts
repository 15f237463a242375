// Searches in lists of spans kept in document order (sorted by start), and in ascending lists of offsets.
import type { Span } from './types';

/** How many spans start before `offset` (or at it, when `inclusive`): the index of the first one that does not. */
export function countStartingBefore(spans: readonly Span[], offset: number, inclusive = false): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = spans[mid].start;
    if (start < offset || (inclusive && start === offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many spans end at or before `offset`, for spans that do not overlap: the index of the first one that does not. */
export function countEndingBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending offsets are at or before `offset`. */
export function countAtOrBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
