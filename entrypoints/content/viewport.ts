/**
 * Where the reader is: the reading-text offset at the top of the viewport, the paragraph
 * there, the caret at a point, and waiting for the browser's next layout.
 */
import { offsetFromPoint } from '../../lib/dom/text-index';
import type { LensState } from './lens-state';

export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** The reading-text offset near the top of the viewport, or null off the opinion. */
export function viewportOffset(lens: LensState): number | null {
  if (!lens.reading) return null;
  const x = Math.min(window.innerWidth / 2, 200);
  for (const y of [40, 120, 240]) {
    const pos = caretAt(x, y);
    if (!pos) continue;
    const off = offsetFromPoint(lens.reading.index, pos.node, pos.offset);
    if (off != null) return off;
  }
  return null;
}

/** The index of the paragraph at the top of the viewport. */
export function paragraphAtViewport(lens: LensState): number | null {
  const off = viewportOffset(lens);
  if (off == null || !lens.analysis) return null;
  const paras = lens.analysis.paragraphs;
  let found: number | null = null;
  for (const p of paras) {
    if (p.start <= off) found = p.index;
    else break;
  }
  return found;
}

/** Has the browser rendered a frame since this script started? */
let rendered = false;
requestAnimationFrame(() => (rendered = true));

export function hasRendered(): boolean {
  return rendered;
}

/**
 * After the next frame's layout: a requestAnimationFrame callback runs just before it, a
 * task right after. A tab opened in the background renders no frames: it waits 100 ms at most.
 */
export function afterLayout(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
