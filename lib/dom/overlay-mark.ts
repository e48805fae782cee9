/**
 * An overlay's entries (lib/dom/overlay.ts) and the drawing of one as a margin mark: one
 * chip in the first free place beside its range (margin.ts).
 */
import { findPlace, type MarkSpec, type Point } from './margin';
import { inkOn } from './palette';

/** One range drawn in an overlay: its boxes, or its margin mark. */
export interface OverlayEntry {
  name: string;
  range: Range;
  boxes: HTMLElement[];
  /** the words under it are light (a dark page), decided when first drawn */
  dark?: boolean;
  mark?: MarkSpec;
  /** a mark's place in document coordinates, once placed; `checked` when hit-testing saw it free */
  at?: Point | null;
  checked?: boolean;
}

/**
 * Puts `entry`'s mark (in `root`) in the first free place beside its range, or, where none
 * is free, nowhere visible (still read by screen readers). `hidden`: its factor is switched off.
 */
export function placeMark(doc: Document, root: ShadowRoot, entry: OverlayEntry, rects: DOMRect[], origin: { x: number; y: number }, hidden: boolean): void {
  let b = entry.boxes[0];
  if (!b) {
    const m = entry.mark!;
    b = doc.createElement('div');
    b.setAttribute('role', 'img');
    b.setAttribute('aria-label', m.label);
    b.textContent = m.symbol;
    b.style.background = m.colour;
    b.style.color = inkOn(m.colour);
    if (hidden) b.style.display = 'none';
    root.appendChild(b);
    entry.boxes.push(b);
  }
  const { at: found, checked } = findPlace(doc, entry.range, rects, entry);
  entry.at = found;
  entry.checked = checked;
  if (!found) {
    b.className = 'm vh';
    b.style.left = b.style.top = '0px';
    return;
  }
  const win = doc.defaultView;
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
  b.className = 'm';
  // the host's origin is the document's, give or take a transformed root: measured, not assumed
  b.style.left = `${found.left - scroll.x - origin.x}px`;
  b.style.top = `${found.top - scroll.y - origin.y}px`;
}
