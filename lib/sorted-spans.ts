/**
 * Spans kept in text order (paragraphs, citations, a page's text runs) are looked up by
 * offset everywhere: one binary search for all of them.
 */

/** Index of the last item whose `start` is at or before `at`, or -1 when all start after it (items sorted by start). */
export function lastStartAtOrBefore(items: readonly { start: number }[], at: number): number {
  let lo = 0, hi = items.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
