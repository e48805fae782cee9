/**
 * "The paragraph at this offset", decided in one place for the exports, the reader's
 * corrections and notes (issue #16). Offsets are the analysis text's; paragraphs are in
 * order and do not overlap, so both are binary searches.
 */
import type { AnalysisParagraph } from './types';
import { lastStartAtOrBefore } from './sorted-spans';

type Para = Pick<AnalysisParagraph, 'index' | 'start' | 'end'>;

/** The paragraph holding `offset` (start ≤ offset < end), or null (between paragraphs, in a heading). */
export function paragraphHolding<P extends Para>(paragraphs: readonly P[], offset: number): P | null {
  let lo = 0, hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return null;
}

/**
 * The last paragraph that starts at or before `offset`, or null before the first: where a
 * note made on a heading or between paragraphs is filed.
 */
export function paragraphFrom<P extends Para>(paragraphs: readonly P[], offset: number): P | null {
  return paragraphs[lastStartAtOrBefore(paragraphs, offset)] ?? null;
}
