/**
 * Going to a place in the opinion: a paragraph or a span (the side panel, the card), with
 * a brief flash, and stepping from one paragraph with findings to the next.
 */
import { paint } from '../../lib/dom/paint';
import { rangeFromOffsets } from '../../lib/dom/text-index';
import type { LensState } from './lens-state';
import { paragraphAtViewport } from './viewport';

export function scrollToParagraph(lens: LensState, index: number): boolean {
  const p = lens.analysis?.paragraphs[index];
  return p ? scrollToSpan(lens, p.start, p.end) : false;
}

export function scrollToSpan(lens: LensState, start: number, end: number): boolean {
  if (!lens.reading) return false;
  const range = rangeFromOffsets(lens.reading.index, start, end);
  if (!range) return false;
  const rect = range.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
  flash(lens, start, end);
  return true;
}

function flash(lens: LensState, start: number, end: number) {
  if (!lens.reading) return;
  lens.flashing?.clear();
  // an overlay too: the side panel scrolls to a note this way, and the page must not learn which passage it was
  const f = (lens.flashing = paint(lens.reading.index, [{ name: 'lens-flash', start, end }], { overlay: true }));
  lens.ctx.setTimeout(() => {
    f.clear();
    if (lens.flashing === f) lens.flashing = null;
  }, 1200);
}

/** The next (1) or previous (-1) paragraph with a finding, scrolled to; its index, or null. */
export function step(lens: LensState, direction: 1 | -1): number | null {
  const paras = lens.analysis?.paragraphs.filter((p) => p.factors.some((f) => f.factor !== 'standard')) ?? [];
  if (!paras.length) return null;
  // continue from the last stepped-to paragraph while it is still on screen, else from where the reader is
  const from = lens.stepAt >= 0 && isOnScreen(lens, lens.stepAt) ? lens.stepAt : (paragraphAtViewport(lens) ?? -1);
  const next = direction > 0 ? paras.find((p) => p.index > from) : [...paras].reverse().find((p) => p.index < from);
  if (!next) return null;
  lens.stepAt = next.index;
  scrollToParagraph(lens, next.index);
  return next.index;
}

function isOnScreen(lens: LensState, index: number): boolean {
  const p = lens.analysis?.paragraphs[index];
  const r = p && lens.reading ? rangeFromOffsets(lens.reading.index, p.start, p.end)?.getBoundingClientRect() : null;
  return !!r && r.bottom > 0 && r.top < window.innerHeight;
}
