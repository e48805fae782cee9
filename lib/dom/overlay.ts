/**
 * Boxes drawn over a range's client rects, in a closed shadow root: how the reader's own
 * notes (and the flash that shows where a click led) are painted. The CSS Highlight API
 * would be lighter, but its registry belongs to the page: any page script can list
 * `CSS.highlights` and read every range's text, which would tell the page which passages
 * the reader annotated. Here the page sees one host element with a neutral name and a
 * neutral inline style, and nothing else: the boxes, their colours and the ranges they
 * cover live in a closed shadow root and in this module (the content script's isolated
 * world). The host exists only while something is painted in it.
 *
 * The boxes are `pointer-events: none` and `user-select: none` and hold no text, so the
 * page's clicks, selection, find-in-page and copy never meet them. They follow the text:
 * a window resize, fonts arriving, the page's own DOM changes and scrolling inside a
 * scrolling box all re-measure every box, in slices of `SLICE_CAPS.paint` ranges.
 * Browsers without the Highlight API paint everything this way (lib/dom/paint.ts).
 *
 * An entry may be a margin mark instead of boxes (lib/dom/margin.ts): one chip beside its
 * range, with its labels as its accessible name. The factor marks live in an overlay of
 * their own (`MARGIN_TAG`); a note's mark lives with the note's boxes, so a note still adds
 * exactly one element to the page.
 */
import { SLICE_CAPS, SlicePass } from './slice-meter';
import { yieldToPage } from './yield';
import { MARK_SIZE, releasePlace, type MarkSpec } from './margin';
import { placeMark, type OverlayEntry } from './overlay-mark';
import { createOverlayHost, lightText } from './overlay-host';
import { followLayout } from './overlay-follow';

/** The host's tag: says nothing about what is painted in it (the page can see the tag). */
export const OVERLAY_TAG = 'injunction-lens-layer';
/** The host of the factor marks' overlay: another neutral name, so that a note adds its own host. */
export const MARGIN_TAG = 'injunction-lens-margin';

/**
 * How a box is drawn: its inline CSS, given its name and whether the words under it are
 * light (a dark page: light text, whatever the colour scheme says).
 */
export type BoxStyle = (name: string, dark: boolean) => string;

/** A margin mark as the tests see it (viewport coordinates); `shown` false when no free place was found. */
export interface OverlayMark {
  name: string;
  label: string;
  symbol: string;
  shown: boolean;
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A box as the tests see it, in viewport coordinates, and the text of the range it belongs to. */
export interface OverlayBox {
  name: string;
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** the box's computed fill, blend mode and edge (box-shadow): what the tests composite */
  background: string;
  blend: string;
  edge: string;
}


/** Every overlay on this page, for the isolated-world test hook (`overlayBoxes`). */
const live = new Set<Overlay>();

export class Overlay {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private entries = new Map<number, OverlayEntry>();
  private hidden = new Set<string>();
  private watch$: AbortController | null = null;
  private observers: { disconnect(): void }[] = [];
  /** a re-measure is running; `again` asks for one more after it (the layout changed meanwhile) */
  private measuring = false;
  private again = false;

  constructor(
    private doc: Document,
    private style: BoxStyle,
    private tag = OVERLAY_TAG,
  ) {}

  /** Draws `range`'s boxes (or, with `mark`, its margin mark) under `key` (an item's index); the host appears with the first. */
  add(key: number, name: string, range: Range, mark?: MarkSpec): void {
    this.remove(key);
    const entry: OverlayEntry = { name, range, boxes: [], mark };
    this.entries.set(key, entry);
    this.place(entry, this.origin());
  }

  /** Takes away `key`'s boxes. */
  remove(key: number): void {
    const e = this.entries.get(key);
    if (!e) return;
    for (const b of e.boxes) b.remove();
    releasePlace(e);
    this.entries.delete(key);
  }

  setVisible(prefix: string, visible: boolean): void {
    if (visible) this.hidden.delete(prefix);
    else this.hidden.add(prefix);
    for (const e of this.entries.values()) for (const b of e.boxes) b.style.display = this.isHidden(e.name) ? 'none' : '';
  }

  /** Removes the host and every box, and stops following the layout. */
  clear(): void {
    for (const e of this.entries.values()) releasePlace(e);
    this.entries.clear();
    this.watch$?.abort();
    this.watch$ = null;
    for (const o of this.observers) o.disconnect();
    this.observers = [];
    this.host?.remove();
    this.host = this.root = null;
    live.delete(this);
  }

  /** The boxes and their ranges' texts (viewport coordinates): for the tests, in the isolated world only. */
  boxes(): OverlayBox[] {
    const o = this.host?.getBoundingClientRect();
    const out: OverlayBox[] = [];
    for (const e of this.entries.values()) {
      if (e.mark) continue;
      const text = e.range.toString();
      for (const b of e.boxes) {
        if (b.style.display === 'none') continue;
        const cs = this.doc.defaultView?.getComputedStyle(b);
        out.push({ name: e.name, text, left: o!.left + parseFloat(b.style.left), top: o!.top + parseFloat(b.style.top), width: parseFloat(b.style.width), height: parseFloat(b.style.height), background: cs?.backgroundColor ?? '', blend: cs?.mixBlendMode ?? '', edge: cs?.boxShadow ?? '' });
      }
    }
    return out;
  }

  /** The margin marks (viewport coordinates): for the tests, in the isolated world only. */
  marks(): OverlayMark[] {
    const o = this.host?.getBoundingClientRect();
    const out: OverlayMark[] = [];
    for (const e of this.entries.values()) {
      const b = e.boxes[0];
      if (!e.mark || !b || b.style.display === 'none') continue;
      const shown = !b.classList.contains('vh');
      out.push({ name: e.name, label: b.getAttribute('aria-label') ?? '', symbol: b.textContent ?? '', shown, left: o!.left + parseFloat(b.style.left || '0'), top: o!.top + parseFloat(b.style.top || '0'), width: shown ? MARK_SIZE : 0, height: shown ? MARK_SIZE : 0 });
    }
    return out;
  }

  /**
   * Marks placed off screen on the geometry alone whose place is now on screen: placed
   * again, this time checked by hit-testing. A scroll's worth, not every mark.
   */
  private recheck(): void {
    if (!this.host) return;
    const win = this.doc.defaultView;
    if (!win) return;
    const origin = this.origin();
    let n = 0;
    for (const e of this.entries.values()) {
      if (!e.mark || e.checked || n >= SLICE_CAPS.paint) continue;
      const at = e.at;
      // where it is now, in viewport coordinates (the host's origin moves with the document)
      const y = at ? at.top + origin.y : null;
      if (at && y != null && (y + MARK_SIZE < 0 || y > win.innerHeight)) continue;
      n++;
      this.place(e, origin);
    }
  }

  /**
   * Measures every range again and moves its boxes: in slices of `SLICE_CAPS.paint`
   * ranges (the first `getClientRects` lays the page out once; the rest only read).
   */
  async remeasure(): Promise<void> {
    if (this.measuring) {
      this.again = true;
      return;
    }
    this.measuring = true;
    try {
      do {
        this.again = false;
        const keys = [...this.entries.keys()];
        const pass = new SlicePass('paint');
        for (let k = 0; k < keys.length && this.host; ) {
          await yieldToPage();
          if (!this.host) break;
          const origin = this.origin();
          let n = 0;
          for (; k < keys.length && n < SLICE_CAPS.paint; k++) {
            const e = this.entries.get(keys[k]);
            if (!e) continue;
            n++;
            this.place(e, origin);
          }
          pass.slice(n);
        }
        pass.end();
      } while (this.again && this.host);
    } finally {
      this.measuring = false;
    }
  }

  private isHidden(name: string): boolean {
    for (const p of this.hidden) if (name.startsWith(p)) return true;
    return false;
  }

  /** Where the host's top left corner is, in viewport coordinates (creating the host if need be). */
  private origin(): { x: number; y: number } {
    const host = this.ensureHost();
    const r = host.getBoundingClientRect();
    return { x: r.left, y: r.top };
  }

  /** Makes `entry`'s boxes fit its range's rects now. */
  private place(entry: OverlayEntry, origin: { x: number; y: number }): void {
    const rects = Array.from(entry.range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (entry.mark) return placeMark(this.doc, this.root!, entry, rects, origin, this.isHidden(entry.name));
    entry.dark ??= lightText(entry.range);
    while (entry.boxes.length > rects.length) entry.boxes.pop()!.remove();
    while (entry.boxes.length < rects.length) {
      const b = this.doc.createElement('div');
      b.className = 'b';
      b.style.cssText = this.style(entry.name, entry.dark);
      if (this.isHidden(entry.name)) b.style.display = 'none';
      this.root!.appendChild(b);
      entry.boxes.push(b);
    }
    rects.forEach((r, i) => {
      const s = entry.boxes[i].style;
      s.left = `${r.left - origin.x}px`;
      s.top = `${r.top - origin.y}px`;
      s.width = `${r.width}px`;
      s.height = `${r.height}px`;
    });
  }

  private ensureHost(): HTMLElement {
    if (this.host) return this.host;
    const { host, root } = createOverlayHost(this.doc, this.tag);
    this.host = host;
    this.root = root;
    live.add(this);
    this.follow();
    return host;
  }

  /** Re-measures when the text may have moved: resize, fonts, the page's DOM, a scrolling box (overlay-follow.ts). */
  private follow(): void {
    this.watch$ = new AbortController();
    this.observers = followLayout(this.doc, this.watch$.signal, {
      alive: () => !!this.host,
      owns: (node) => !!this.host?.contains(node),
      remeasure: () => void this.remeasure(),
      recheck: () => this.recheck(),
    });
  }
}

/** The boxes of every overlay on this page (isolated world only: for the browser tests). */
export function overlayBoxes(): OverlayBox[] {
  return [...live].flatMap((o) => o.boxes());
}

/** The margin marks of every overlay on this page (isolated world only: for the browser tests). */
export function overlayMarks(): OverlayMark[] {
  return [...live].flatMap((o) => o.marks());
}
