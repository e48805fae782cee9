/**
 * Where the reader is in the viewer, and taking them somewhere: the text offset at the top
 * of the viewport, the paragraph there, the next or previous paragraph that carries a
 * finding, and scrolling a span of the text into view. Offsets are the built PDF text's
 * [start, end) UTF-16 offsets (lib/pdf), the same the analysis and the side panel use.
 */
import { paragraphFrom } from '../../lib/paragraph-at';
import { offsetFromPoint, rangeFromOffsets, type TextIndex } from '../../lib/dom/text-index';
import type { Analysis } from '../../lib/types';

/** The text offset under the point (x, y) of the viewport, or null off the text layer. */
export function offsetAt(index: TextIndex, x: number, y: number): number | null {
  const d = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return offsetFromPoint(index, pos.offsetNode, pos.offset);
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? offsetFromPoint(index, r.startContainer, r.startOffset) : null;
}

/**
 * The text offset at the top of what the reader sees: the first words under a few points
 * below the viewer's bar (`top`), else the start of the first page still in view.
 */
export function offsetAtTop(index: TextIndex, pages: readonly { start: number; box: HTMLElement | null }[], top: number): number {
  const x = window.innerWidth / 2;
  for (const dy of [16, 60, 120, 240]) {
    for (const dx of [-200, 0, 200]) {
      const at = offsetAt(index, x + dx, top + dy);
      if (at != null) return at;
    }
  }
  for (const p of pages) if (p.box && p.box.getBoundingClientRect().bottom > top) return p.start;
  return 0;
}

/** The paragraph holding `offset`, or the last one before it; null before the first. */
export function paragraphAtOffset(a: Analysis, offset: number): number | null {
  return paragraphFrom(a.paragraphs, offset)?.index ?? null;
}

/**
 * The paragraph a step goes to from paragraph `from` (-1: before the first): the next or
 * previous one that carries a finding (a factor other than the statement of the test), as
 * Alt+Shift+J / Alt+Shift+K do on an HTML page. Null when there is none that way.
 */
export function nextFinding(a: Analysis, from: number, direction: 1 | -1): number | null {
  const paras = a.paragraphs.filter((p) => p.factors.some((f) => f.factor !== 'standard'));
  const next = direction > 0 ? paras.find((p) => p.index > from) : [...paras].reverse().find((p) => p.index < from);
  return next?.index ?? null;
}

/** Is any of [start, end) on screen (below the bar at `top`)? */
export function isOnScreen(index: TextIndex, start: number, end: number, top: number): boolean {
  const r = rangeFromOffsets(index, start, end)?.getBoundingClientRect();
  return !!r && r.height > 0 && r.bottom > top && r.top < window.innerHeight;
}

/**
 * Scrolls the start of [start, end) to a third of the way down the viewport. Every page's
 * text layer is in place from the start, so the words are there to scroll to; the page's
 * canvas is drawn once its box comes near the viewport (./page-views.ts). False when the
 * words are not on the text layer.
 */
export function scrollToOffsets(index: TextIndex, start: number, end: number): boolean {
  const range = rangeFromOffsets(index, start, Math.min(end, start + 200)) ?? rangeFromOffsets(index, start, end);
  if (!range) return false;
  const rect = [...range.getClientRects()].find((r) => r.height > 0) ?? range.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3, behavior: 'instant' as ScrollBehavior });
  return true;
}
