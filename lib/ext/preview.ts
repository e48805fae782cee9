/**
 * The first highlights of a long opinion: analysing a megabyte takes the background a few
 * hundred milliseconds, finding the citations in the text around the reader takes a few.
 * These spans are painted while the analysis runs and replaced by its own.
 */
import { findCitations } from '../citations/index';
import { NEAR_CHARS } from './near-viewport';

/** Below this many characters the whole analysis is quick enough to wait for. */
export const PREVIEW_MIN_CHARS = 150_000;

/** Citation spans within `chars` of `around`, read from a slice widened to paragraph breaks (no citation is cut). */
export function previewCitations(text: string, around: number, chars = NEAR_CHARS): { start: number; end: number }[] {
  const lo = text.lastIndexOf('\n\n', Math.max(0, around - chars));
  const hi = text.indexOf('\n\n', Math.min(text.length, around + chars));
  const from = lo < 0 ? 0 : lo;
  const to = hi < 0 ? text.length : hi;
  return findCitations(text.slice(from, to)).map((c) => ({ start: c.start + from, end: c.end + from }));
}
