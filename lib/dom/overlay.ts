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
import { findPlace, holderOf, MARK_SIZE, releasePlace, type MarkSpec, type Point } from './margin';
import { inkOn, relativeLuminance } from './palette';

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

interface Entry {
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
    private style: BoxStyle,
    private tag = OVERLAY_TAG,
  ) {}

  /** Draws `range`'s boxes (or, with `mark`, its margin mark) under `key` (an item's index); the host appears with the first. */
  add(key: number, name: string, range: Range, mark?: MarkSpec): void {
    this.remove(key);
    const entry: Entry = { name, range, boxes: [], mark };
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
  private place(entry: Entry, origin: { x: number; y: number }): void {
    const rects = Array.from(entry.range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (entry.mark) return this.placeMark(entry, rects, origin);
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

  /**
   * Puts `entry`'s mark in the first free place beside its range (margin.ts), or, where
   * none is free, nowhere visible (still read by screen readers).
   */
  private placeMark(entry: Entry, rects: DOMRect[], origin: { x: number; y: number }): void {
    const doc = this.doc;
    let b = entry.boxes[0];
    if (!b) {
      const m = entry.mark!;
      b = doc.createElement('div');
      b.setAttribute('role', 'img');
      b.setAttribute('aria-label', m.label);
      b.textContent = m.symbol;
      b.style.background = m.colour;
      b.style.color = inkOn(m.colour);
      if (this.isHidden(entry.name)) b.style.display = 'none';
      this.root!.appendChild(b);
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

  private ensureHost(): HTMLElement {
    if (this.host) return this.host;
    const doc = this.doc;
    const host = doc.createElement(this.tag);
    // all: initial, so the page's own rules for unknown elements cannot move or show it;
    // a 0×0 box at the document's origin that scrolls with the document. No z-index: one
    // would make the host a stacking context of its own, and a box's `multiply` would then
    // blend with the host's empty backdrop instead of the page (the words under a note
    // turned the note's olive, not staying black). As the document's last positioned
    // element it is drawn above the page's other positioned boxes but under any the page
    // lifts with a z-index of its own (a sticky header covers a note, as it covers the words).
    host.style.cssText = 'all:initial;display:block;position:absolute;left:0;top:0;width:0;height:0;overflow:visible;pointer-events:none;';
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    // boxes: each its own inline style (a highlighter's yellow multiplied under dark words, a
    // translucent amber over light ones); marks: a small chip, its symbol as text
    style.textContent = `.b,.m{position:absolute;pointer-events:none;user-select:none;-webkit-user-select:none;}
      .m{box-sizing:border-box;width:${MARK_SIZE}px;height:${MARK_SIZE}px;border-radius:3px;border:1px solid rgba(128,128,128,.7);font:bold 10px/${MARK_SIZE - 2}px system-ui,sans-serif;text-align:center;overflow:hidden}
      .vh{width:1px;height:1px;border:0;clip-path:inset(50%);white-space:nowrap}`;
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
    // a box inside a scrolling element moves with it; the document's own scroll moves the host
    // too, but brings marks placed off screen into view: those are checked again
    let checking = false;
    const recheck = () => {
      if (checking || !this.host) return;
      checking = true;
      const run = () => {
        checking = false;
        this.recheck();
      };
      if (win?.requestAnimationFrame && doc.visibilityState !== 'hidden') win.requestAnimationFrame(run);
      else setTimeout(run, 50);
    };
    doc.addEventListener('scroll', (e) => (e.target !== doc ? soon() : recheck()), { signal, passive: true, capture: true });
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

/** The margin marks of every overlay on this page (isolated world only: for the browser tests). */
export function overlayMarks(): OverlayMark[] {
  return [...live].flatMap((o) => o.marks());
}

/** Are the words at the range's start light (so the page under them is dark)? */
function lightText(range: Range): boolean {
  const el = holderOf(range);
  const win = el?.ownerDocument.defaultView;
  if (!el || !win?.getComputedStyle) return false;
  const rgb = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)/.exec(win.getComputedStyle(el).color);
  return !!rgb && relativeLuminance([+rgb[1], +rgb[2], +rgb[3]]) > 0.4;
}
