/**
 * The first highlights of a long opinion: analysing a megabyte takes the background a few
 * hundred milliseconds, finding the citations in the text around the reader takes a few.
 * These spans are painted while the analysis runs and replaced by its own. The page sends
 * the text around the reader by itself (./preview-window.ts) as soon as it knows the text
 * is not cached, before the rest of the extraction and the upload of the whole text.
 *
 * The citations are found as the analysis finds them: through the document builder (its
 * reading text without star pages and line-break hyphens, mapped back to the source), not
 * in the raw text, where a cite broken by "*12" or a line break was found differently (on
 * the plain-text opinions of the shared corpus, Alabama Realtors and Fisher among them).
 */
import { citationsInSource } from '../analyze';
import { buildDocument } from '../document/build';
import { NEAR_CHARS } from './near-viewport';
import { UPLOAD_CHUNK_CHARS } from './upload';
import type { PreviewWindow } from './preview-window';

export { PREVIEW_MIN_CHARS, previewWindow, type PreviewWindow } from './preview-window';

/** Characters from a cut edge of a window within which a citation may be a fragment: left out. */
const EDGE = 200;

/** Citation spans within `chars` of `around`, read from a slice widened to paragraph breaks (no citation is cut). */
export function previewCitations(text: string, around: number, chars = NEAR_CHARS): { start: number; end: number }[] {
  const lo = text.lastIndexOf('\n\n', Math.max(0, around - chars));
  const hi = text.indexOf('\n\n', Math.min(text.length, around + chars));
  const from = lo < 0 ? 0 : lo;
  const to = hi < 0 ? text.length : hi;
  return citationsOf(text.slice(from, to)).map((c) => ({ start: c.start + from, end: c.end + from }));
}

/** The citation spans of a window the page sent (previewWindow), at their offsets in the whole text. */
export function previewSpans(w: PreviewWindow): { start: number; end: number }[] {
  if (typeof w.text !== 'string' || !Number.isInteger(w.from) || w.from < 0) throw new Error('preview: malformed window');
  if (w.text.length > UPLOAD_CHUNK_CHARS) throw new Error(`preview: a window of ${w.text.length} characters (at most ${UPLOAD_CHUNK_CHARS})`);
  const n = w.text.length;
  return citationsOf(w.text)
    .filter((c) => !(w.cutStart && c.start < EDGE) && !(w.cutEnd && c.end > n - EDGE))
    .map((c) => ({ start: c.start + w.from, end: c.end + w.from }));
}

/** Citation core spans of `text` (source offsets), found through the document builder as `analyze` finds them. */
function citationsOf(text: string): { start: number; end: number }[] {
  return citationsInSource(buildDocument(text));
}
