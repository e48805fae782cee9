/**
 * Margin marks: a small chip beside a labelled paragraph (its factor's colour and the
 * stance's symbol) or a note (as Hypothesis marks its annotations), drawn by the overlay
 * (overlay.ts) in a closed shadow root. A mark is for the eye and for screen readers
 * alike: `role="img"` with the labels in words as its name.
 *
 * A mark never covers or moves the page's text: it is positioned absolutely in a layer
 * that takes no room in the page's flow, and it goes only where there is no text. Where
 * to put it is tried in order: the left margin beside the paragraph's first line, the
 * gap above the first line (a plain-text page's blank line, a `<p>`'s margin), then the
 * right margin beside the first line; a few places outward each, if another mark took the first. A
 * place on screen is checked by hit-testing: no character's box under any of its corners
 * or its centre, and the topmost element there one that holds the paragraph (not a
 * sidebar, an image or our own legend). A place off screen is taken on the geometry
 * alone and checked when it scrolls into view. Where no place is free the mark is drawn
 * nowhere visible but stays readable by a screen reader.
 */

/** What a mark shows and says. All of it goes in as text, never as HTML. */
export interface MarkSpec {
  /** one character: the stance's (✓ ✗ – §) or a note's (✎) */
  symbol: string;
  /** its accessible name: "Irreparable harm: found for the movant" */
  label: string;
  /** its fill, `#rrggbb` */
  colour: string;
}

/** A mark's side, in CSS pixels. */
export const MARK_SIZE = 14;
/** Space kept between a mark and the text, and between two marks side by side. */
const GAP = 4;
/** How many places outward each way is tried when nearer ones are taken. */
const STEPS = 3;

export interface Point {
  left: number;
  top: number;
}

/**
 * The places a mark may go beside a range whose client rects are `rects` (viewport
 * coordinates; the first is its first line), best first, within `[0, width)` horizontally.
 */
export function markSlots(rects: readonly DOMRectReadOnly[], width: number, size = MARK_SIZE): Point[] {
  const first = rects[0];
  if (!first) return [];
  let left = Infinity, right = -Infinity;
  for (const r of rects) {
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  const top = first.top + (first.height - size) / 2;
  const out: Point[] = [];
  for (let k = 0; k < STEPS; k++) out.push({ left: left - GAP - size - k * (size + GAP), top });
  for (let k = 0; k < STEPS; k++) out.push({ left: first.left + k * (size + GAP), top: first.top - size - 1 });
  for (let k = 0; k < STEPS; k++) out.push({ left: right + GAP + k * (size + GAP), top });
  return out.filter((p) => p.left >= 0 && p.left + size <= width);
}

/**
 * Is the square at `p` (viewport coordinates) free of the page's text? 'unknown' when it is
 * not wholly on screen (hit-testing sees only the viewport). `holder` is an element that
 * holds the text the mark belongs to: the topmost element at each probe must contain it.
 */
export function probeSlot(doc: Document, p: Point, holder: Element | null, size = MARK_SIZE): 'free' | 'text' | 'unknown' {
  const win = doc.defaultView;
  if (!win || !doc.elementFromPoint) return 'unknown';
  if (p.top < 0 || p.left < 0 || p.top + size > win.innerHeight || p.left + size > win.innerWidth) return 'unknown';
  const probes: [number, number][] = [
    [p.left + size / 2, p.top + size / 2],
    [p.left + 1, p.top + 1],
    [p.left + size - 1, p.top + 1],
    [p.left + 1, p.top + size - 1],
    [p.left + size - 1, p.top + size - 1],
  ];
  for (const [x, y] of probes) {
    const el = doc.elementFromPoint(x, y);
    if (!el || (holder && !el.contains(holder))) return 'text';
    if (textAt(doc, x, y)) return 'text';
  }
  return 'free';
}

/** Is a character of the page's text drawn at (x, y)? */
export function textAt(doc: Document, x: number, y: number): boolean {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  let node: Node | null = null;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const c = d.caretPositionFromPoint(x, y);
    if (c) [node, offset] = [c.offsetNode, c.offset];
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    if (r) [node, offset] = [r.startContainer, r.startOffset];
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return false;
  const len = (node as Text).length;
  const r = doc.createRange();
  for (const at of [offset - 1, offset]) {
    if (at < 0 || at >= len) continue;
    r.setStart(node, at);
    r.setEnd(node, at + 1);
    for (const b of Array.from(r.getClientRects())) {
      if (b.width > 0 && x >= b.left - 0.5 && x <= b.right + 0.5 && y >= b.top - 0.5 && y <= b.bottom + 0.5) return true;
    }
  }
  return false;
}

/** The element that holds a range's start: the probes' `holder`. */
export function holderOf(range: Range): Element | null {
  const n = range.startContainer;
  return n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement;
}

/** Every placed mark of every overlay, in document coordinates, by its owner: a mark does not sit on another. */
const placed = new Map<object, Point>();

/** Forgets `owner`'s place (its mark was removed or is placed again). */
export function releasePlace(owner: object): void {
  placed.delete(owner);
}

/**
 * The first free place for `owner`'s mark beside a range whose client rects are `rects`, in
 * document coordinates, and whether hit-testing saw it free (`checked`; false for a place
 * off screen, taken on the geometry alone). `at` is null where no place is free.
 */
export function findPlace(doc: Document, range: Range, rects: readonly DOMRectReadOnly[], owner: object): { at: Point | null; checked: boolean } {
  placed.delete(owner);
  const win = doc.defaultView;
  const width = doc.documentElement.clientWidth;
  const holder = holderOf(range);
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 };
  for (const p of markSlots(rects, width - scroll.x)) {
    const at = { left: p.left + scroll.x, top: p.top + scroll.y };
    if (at.top < 0 || at.left < 0 || taken(at)) continue;
    const seen = probeSlot(doc, p, holder);
    if (seen === 'text') continue;
    placed.set(owner, at);
    return { at, checked: seen === 'free' };
  }
  return { at: null, checked: true };
}

/** Does a mark at `at` (document coordinates) overlap one already placed? */
function taken(at: Point): boolean {
  for (const p of placed.values()) if (Math.abs(p.left - at.left) < MARK_SIZE && Math.abs(p.top - at.top) < MARK_SIZE) return true;
  return false;
}
