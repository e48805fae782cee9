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
 */
import { SLICE_CAPS, SlicePass } from './slice-meter';
import { yieldToPage } from './yield';

/** The host's tag: says nothing about what is painted in it (the page can see the tag). */
export const OVERLAY_TAG = 'injunction-lens-layer';

/** A box as the tests see it, in viewport coordinates, and the text of the range it belongs to. */
export interface OverlayBox {
  name: string;
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Entry {
  name: string;
  range: Range;
  boxes: HTMLElement[];
}

/** Every overlay on this page, for the isolated-world test hook (`overlayBoxes`). */
const live = new Set<Overlay>();

export class Overlay {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private entries = new Map<number, Entry>();
  private hidden = new Set<string>();
  private watch$: AbortController | null = null;
  private observers: { disconnect(): void }[] = [];
  /** a re-measure is running; `again` asks for one more after it (the layout changed meanwhile) */
  private measuring = false;
  private again = false;

  constructor(
    private doc: Document,
    private colour: (name: string) => string,
  ) {}

  /** Draws `range`'s boxes under `key` (an item's index); the host appears with the first. */
  add(key: number, name: string, range: Range): void {
    this.remove(key);
    const entry: Entry = { name, range, boxes: [] };
    this.entries.set(key, entry);
    this.place(entry, this.origin());
  }

  /** Takes away `key`'s boxes. */
  remove(key: number): void {
    const e = this.entries.get(key);
    if (!e) return;
    for (const b of e.boxes) b.remove();
    this.entries.delete(key);
  }

  setVisible(prefix: string, visible: boolean): void {
    if (visible) this.hidden.delete(prefix);
    else this.hidden.add(prefix);
    for (const e of this.entries.values()) for (const b of e.boxes) b.style.display = this.isHidden(e.name) ? 'none' : '';
  }

  /** Removes the host and every box, and stops following the layout. */
  clear(): void {
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
      const text = e.range.toString();
      for (const b of e.boxes) {
        if (b.style.display === 'none') continue;
        out.push({ name: e.name, text, left: o!.left + parseFloat(b.style.left), top: o!.top + parseFloat(b.style.top), width: parseFloat(b.style.width), height: parseFloat(b.style.height) });
      }
    }
    return out;
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
  private place(entry: Entry, origin: { x: number; y: number }): void {
    const rects = Array.from(entry.range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    while (entry.boxes.length > rects.length) entry.boxes.pop()!.remove();
    while (entry.boxes.length < rects.length) {
      const b = this.doc.createElement('div');
      b.className = 'b';
      b.style.background = this.colour(entry.name);
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
    const doc = this.doc;
    const host = doc.createElement(OVERLAY_TAG);
    // all: initial, so the page's own rules for unknown elements cannot move or show it;
    // a 0×0 box at the document's origin that scrolls with the document
    host.style.cssText = 'all:initial;display:block;position:absolute;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none;z-index:2147483646;';
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    // multiply: a highlighter's yellow under the words, the words still black
    style.textContent = '.b{position:absolute;pointer-events:none;user-select:none;-webkit-user-select:none;mix-blend-mode:multiply;}';
    root.appendChild(style);
    doc.documentElement.appendChild(host);
    this.host = host;
    this.root = root;
    live.add(this);
    this.follow();
    return host;
  }

  /** Re-measures when the text may have moved: resize, fonts, the page's DOM, a scrolling box. */
  private follow(): void {
    const doc = this.doc;
    const win = doc.defaultView;
    const signal = (this.watch$ = new AbortController()).signal;
    let queued = false;
    const soon = () => {
      if (queued || !this.host) return;
      queued = true;
      // once per frame at most, however many events came
      const run = () => {
        queued = false;
        void this.remeasure();
      };
      if (win?.requestAnimationFrame && doc.visibilityState !== 'hidden') win.requestAnimationFrame(run);
      else setTimeout(run, 50);
    };
    win?.addEventListener('resize', soon, { signal, passive: true });
    // a box inside a scrolling element moves with it; the document's own scroll moves the host too
    doc.addEventListener('scroll', (e) => e.target !== doc && soon(), { signal, passive: true, capture: true });
    doc.fonts?.addEventListener?.('loadingdone', soon, { signal } as AddEventListenerOptions);
    const RO = (win as (Window & typeof globalThis) | null)?.ResizeObserver;
    if (RO) {
      const ro = new RO(soon);
      if (doc.body) ro.observe(doc.body);
      ro.observe(doc.documentElement);
      this.observers.push(ro);
    }
    const MO = (win as (Window & typeof globalThis) | null)?.MutationObserver;
    if (MO && doc.body) {
      // text that moves without the body changing size (a banner swapped for another)
      const mo = new MO((records) => {
        if (records.some((r) => !this.host?.contains(r.target))) soon();
      });
      mo.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
      this.observers.push(mo);
    }
  }
}

/** The boxes of every overlay on this page (isolated world only: for the browser tests). */
export function overlayBoxes(): OverlayBox[] {
  return [...live].flatMap((o) => o.boxes());
}
