/**
 * The citation card: made for each analysis, shown for the citation under the pointer or
 * under the caret (for readers on the keyboard), hidden with Escape.
 */
import { citationAt, citationCard } from '../../lib/dom/citation-card';
import { offsetFromPoint } from '../../lib/dom/text-index';
import type { Analysis } from '../../lib/types';
import { OWN_TAG, type LensState } from './lens-state';
import { scrollToSpan } from './stepping';
import { caretAt } from './viewport';

/** The card for `a`'s citations; its links go to the cited place in the opinion. */
export function makeCard(lens: LensState, a: Analysis) {
  lens.card = citationCard(document, a, (s, e) => scrollToSpan(lens, s, e));
}

/** Hover, caret and Escape, for the page's life (until `signal` aborts). */
export function startCard(lens: LensState, signal: AbortSignal) {
  let hoverPoint: { x: number; y: number } | null = null;
  /** Hovering a citation shows its card. One caret lookup per 80 ms, for the latest point. */
  const onHover = (e: MouseEvent) => {
    if (!lens.card) return;
    if (e.target instanceof Element && OWN_TAG.test(e.target.tagName)) return;
    const pending = hoverPoint;
    hoverPoint = { x: e.clientX, y: e.clientY };
    if (pending) return; // a lookup is already scheduled; it will read the latest point
    lens.ctx.setTimeout(() => {
      const p = hoverPoint;
      hoverPoint = null;
      if (!p || !lens.card || !lens.analysis || !lens.reading) return;
      const pos = caretAt(p.x, p.y);
      const off = pos ? offsetFromPoint(lens.reading.index, pos.node, pos.offset) : null;
      const c = off == null ? null : citationAt(lens.analysis.citations, off);
      if (c) lens.card.show(c, p.x, p.y);
      else lens.card.hide();
    }, 80);
  };

  let caretTimer: number | undefined;
  let cardAtCaret = false;
  const onCaretSoon = () => {
    if (!lens.card) return;
    clearTimeout(caretTimer);
    caretTimer = lens.ctx.setTimeout(onCaret, 120);
  };
  /** The citation under the caret (the selection's focus end), if any, gets its card. */
  const onCaret = () => {
    const sel = window.getSelection();
    if (!lens.card || !lens.analysis || !lens.reading || !sel?.focusNode || !sel.rangeCount) return;
    if (sel.focusNode instanceof Element && OWN_TAG.test(sel.focusNode.tagName)) return;
    const off = offsetFromPoint(lens.reading.index, sel.focusNode, sel.focusOffset);
    const c = off == null ? null : citationAt(lens.analysis.citations, off);
    if (!c) {
      if (cardAtCaret) lens.card.hide();
      cardAtCaret = false;
      return;
    }
    const r = sel.getRangeAt(0).getBoundingClientRect();
    lens.card.show(c, r.left, r.bottom - 8);
    cardAtCaret = true;
  };

  document.addEventListener('mousemove', (e) => onHover(e), { passive: true, signal });
  // focus, for readers on the keyboard: the caret (caret browsing, a click, a selection) in a citation shows its card
  document.addEventListener('selectionchange', () => onCaretSoon(), { signal });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') lens.card?.hide();
  }, { signal });
}
