/**
 * The paragraphs and citations around a text offset: what a long opinion's first
 * highlights need, sent with the analysis so they wait for no further message. The span
 * covers the painter's window (lib/dom/paint.ts paints 40,000 characters either side of
 * the reader) with a margin.
 */
import type { Analysis } from '../types';

export const NEAR_CHARS = 45_000;

export function nearViewport(a: Pick<Analysis, 'paragraphs' | 'citations'>, around: number, chars = NEAR_CHARS): { paragraphs: Analysis['paragraphs']; citations: Analysis['citations'] } {
  const from = around - chars;
  const to = around + chars;
  const touches = (s: { start: number; end: number }) => s.end > from && s.start < to;
  return {
    paragraphs: a.paragraphs.filter((p) => touches(p) || (p.continuation ?? []).some(touches)),
    citations: a.citations.filter(touches),
  };
}
