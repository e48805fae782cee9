/**
 * Paints `[start, end)` spans of a TextIndex as named highlights. Uses the CSS Custom
 * Highlight API (no change to the page's DOM, so the page's scripts, selection, find and
 * copy are untouched); where it is missing, or where the page must not read what is
 * painted (the reader's notes: `overlay`), boxes in a closed shadow root stand in
 * (overlay.ts). Work is cut into slices of at most `SLICE_CAPS.paint` ranges, nearest the
 * viewport first, and only the part of the opinion around the reader carries highlights,
 * at most `LIVE_RANGES` of them (`moveTo` follows the scroll), so neither our tasks nor the
 * browser's frames run long on a 1 MB page or a page dense with citations.
 */
import { rangeFromOffsets, type TextIndex } from './text-index';
import { yieldToPage } from './yield';
import { identity, type Alias } from './highlight-names';
import { gaugeLive, LIVE_RANGES, SLICE_CAPS, SlicePass } from './slice-meter';
import { MARGIN_TAG, Overlay } from './overlay';
import type { MarkSpec } from './margin';

export interface PaintItem {
  name: string;
  start: number;
  end: number;
  /** a margin mark beside the span instead of a highlight over it (lib/dom/margin.ts) */
  mark?: MarkSpec;
}

export interface Painting {
  /** resolves when every item is painted (or the painting was cleared) */
  done: Promise<void>;
  /** removes every highlight this painting added */
  clear(): void;
  /** shows or hides every highlight whose name starts with `prefix` */
  setVisible(prefix: string, visible: boolean): void;
  /** paints around text offset `at` (the reader scrolled there); resolves when done */
  moveTo(at: number): Promise<void>;
  /** true when the CSS Highlight API was used */
  native: boolean;
  /** the client rects of the ranges alive between viewport heights `top` and `bottom` (margin marks left out) */
  rectsIn(top: number, bottom: number): DOMRect[];
}

export interface PaintOptions {
  doc?: Document;
  /** text offset to paint outward from (the viewport's top); default 0 */
  around?: number;
  /** budget of one slice, in ms (a slice also stops at `maxPerSlice` ranges) */
  sliceMs?: number;
  /** ranges made and added in one slice at most; default SLICE_CAPS.paint */
  maxPerSlice?: number;
  /** characters each side of `around` that carry highlights at a time */
  windowChars?: number;
  signal?: AbortSignal;
  /** the name each highlight is registered under on the page (highlight-names.ts); default: its own */
  alias?: Alias;
  /**
   * Paint with boxes in a closed shadow root even where the Highlight API exists: for what
   * the page must not be able to read (the reader's notes). `CSS.highlights` is the page's
   * registry: its scripts can list every range and its text.
   */
  overlay?: boolean;
  /** ranges alive at once at most, nearest `around` first; default and ceiling `LIVE_RANGES` */
  maxLive?: number;
}

/** Longer items (paragraph washes) are looked up apart: the short ones' search then reaches back a bounded way. */
const LONG_ITEM = 4096;

type HighlightLike = { add(r: AbstractRange): void; delete?(r: AbstractRange): boolean; clear(): void; priority: number };
interface Registry {
  set(name: string, h: HighlightLike): void;
  delete(name: string): boolean;
  get(name: string): HighlightLike | undefined;
}

export function paint(index: TextIndex, items: PaintItem[], options: PaintOptions = {}): Painting {
  const doc = options.doc ?? document;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = (win as unknown as { CSS?: { highlights?: Registry } })?.CSS?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new () => HighlightLike })?.Highlight;
  const native = !options.overlay && !!(registry && HighlightCtor);
  const windowChars = options.windowChars ?? 40_000;
  const maxLive = Math.min(options.maxLive ?? LIVE_RANGES, LIVE_RANGES);
  const alias = options.alias ?? identity;
  const sorted = [...items].sort((a, b) => a.start - b.start);
  // positions in `sorted` of the short items (in start order) and of the long ones
  const short: number[] = [];
  const long: number[] = [];
  sorted.forEach((it, i) => (it.end - it.start > LONG_ITEM ? long : short).push(i));
  const highlights = new Map<string, HighlightLike>();
  const live = new Map<number, Range>();
  const hidden = new Set<string>();
  const overlay = native ? null : new Overlay(doc, overlayStyle);
  // the marks: with the boxes when painting with boxes (a note's mark adds no element of its
  // own), else in a margin overlay of their own, made with the first mark
  let margin: Overlay | null = null;
  const marksLayer = (): Overlay => {
    if (overlay) return overlay;
    if (!margin) {
      margin = new Overlay(doc, overlayStyle, MARGIN_TAG);
      for (const prefix of hidden) margin.setVisible(prefix, false);
    }
    return margin;
  };
  let cleared = false;
  let generation = 0;

  const highlightFor = (name: string): HighlightLike => {
    let h = highlights.get(name);
    if (!h) {
      h = new HighlightCtor!();
      // evidence and flashes sit above the paragraph wash; citations above both
      h.priority = name.startsWith('lens-flash') ? 30 : name.startsWith('lens-citation') ? 20 : name.startsWith('lens-evidence') ? 10 : 0;
      highlights.set(name, h);
      if (!isHidden(name)) registry!.set(alias(name), h);
    }
    return h;
  };
  const isHidden = (name: string) => [...hidden].some((p) => name.startsWith(p));

  /**
   * Up to `cap` item indices overlapping [lo, hi), nearest `at` first. Walks outward from
   * `at` over the short items (two fingers, nearest start first) and checks the few long
   * ones apart, so the work is about `cap` steps however many items the window holds.
   */
  const nearest = (lo: number, hi: number, at: number, cap: number): number[] => {
    let a = 0, b = short.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (sorted[short[m]].start < at) a = m + 1;
      else b = m;
    }
    const near: number[] = [];
    let l = a - 1, r = a;
    while (near.length < cap) {
      const left = l >= 0 && sorted[short[l]].start >= lo - LONG_ITEM ? at - sorted[short[l]].start : Infinity;
      const right = r < short.length && sorted[short[r]].start < hi ? sorted[short[r]].start - at : Infinity;
      if (left === Infinity && right === Infinity) break;
      const i = left <= right ? short[l--] : short[r++];
      if (sorted[i].end > lo) near.push(i);
    }
    const wide = long.filter((i) => sorted[i].end > lo && sorted[i].start < hi);
    if (!wide.length) return near;
    return [...wide, ...near].sort((x, y) => distance(sorted[x], at) - distance(sorted[y], at)).slice(0, cap);
  };

  const drop = (i: number) => {
    const range = live.get(i);
    if (!range) return;
    if (sorted[i].mark) marksLayer().remove(i);
    else if (native) highlights.get(sorted[i].name)?.delete?.(range);
    else overlay!.remove(i);
    live.delete(i);
  };

  /**
   * Paints the items near `at` and lets go of the rest. Only a window of the opinion
   * carries highlights at a time, and at most `maxLive` ranges: the browser pre-paints and
   * paints every highlighted range of a text node it draws on each change, and a whole
   * 1 MB opinion's worth (or 20,000 `Id.` in one text node) made each frame a long task.
   */
  const moveTo = (at: number): Promise<void> => {
    if (cleared) return Promise.resolve();
    const gen = ++generation;
    const want = nearest(at - windowChars, at + windowChars, at, maxLive);
    const wanted = new Set(want);
    // what goes first (so the count alive never passes the cap), then what comes
    const gone = [...live.keys()].filter((i) => !wanted.has(i));
    const todo = want.filter((i) => !live.has(i));
    const cap = Math.min(options.maxPerSlice ?? SLICE_CAPS.paint, SLICE_CAPS.paint);
    const pass = todo.length || gone.length ? new SlicePass('paint') : null;
    return new Promise<void>((resolve) => {
      let g = 0, k = 0;
      const slice = () => {
        if (cleared || gen !== generation || options.signal?.aborted) {
          pass?.end();
          return resolve();
        }
        const t0 = performance.now();
        const budget = options.sliceMs ?? 8;
        let n = 0;
        const more = () => n < cap && ((n & 7) !== 7 || performance.now() - t0 < budget);
        while (g < gone.length && more()) {
          n++;
          drop(gone[g++]);
        }
        while (g >= gone.length && k < todo.length && more()) {
          const i = todo[k++];
          if (live.has(i)) continue;
          n++;
          const it = sorted[i];
          const range = rangeFromOffsets(index, it.start, it.end, doc);
          if (!range) continue;
          live.set(i, range);
          if (it.mark) marksLayer().add(i, it.name, range, it.mark);
          else if (native) highlightFor(it.name).add(range);
          else overlay!.add(i, it.name, range);
        }
        pass?.slice(n);
        gaugeLive(live.size);
        if (g < gone.length || k < todo.length) void yieldToPage().then(slice);
        else {
          pass?.end();
          resolve();
        }
      };
      // the first slice too runs in a task of its own: the caller's task ends first
      void yieldToPage().then(slice);
    });
  };

  return {
    done: moveTo(options.around ?? 0),
    native,
    moveTo,
    rectsIn(top, bottom) {
      const out: DOMRect[] = [];
      for (const [i, range] of live) {
        if (sorted[i].mark || isHidden(sorted[i].name)) continue;
        const b = range.getBoundingClientRect();
        if (b.bottom < top || b.top > bottom) continue;
        for (const r of Array.from(range.getClientRects())) if (r.width > 0 && r.bottom >= top && r.top <= bottom) out.push(r);
      }
      return out;
    },
    clear() {
      cleared = true;
      if (native) for (const [name, h] of highlights) {
        if (registry!.get(alias(name)) === h) registry!.delete(alias(name));
      }
      highlights.clear();
      live.clear();
      overlay?.clear();
      margin?.clear();
    },
    setVisible(prefix, visible) {
      if (visible) hidden.delete(prefix);
      else hidden.add(prefix);
      if (native) {
        for (const [name, h] of highlights) {
          if (!name.startsWith(prefix)) continue;
          if (visible && !isHidden(name)) registry!.set(alias(name), h);
          else if (!visible) registry!.delete(alias(name));
        }
      } else overlay!.setVisible(prefix, visible);
      margin?.setVisible(prefix, visible);
    },
  };
}

function distance(it: PaintItem, at: number): number {
  return it.end < at ? at - it.end : it.start > at ? it.start - at : 0;
}

/** The note's colours: a highlighter's yellow, and the amber line under it (NOTE_EDGE). */
export const NOTE_FILL = { light: 'rgba(255,235,59,0.55)', dark: 'rgba(255,202,40,0.2)' };
/**
 * A line under each of a note's lines, so a note stays distinct over a factor's colour
 * (the public interest's wash is yellow too): dark amber under dark words, light amber under light ones.
 */
export const NOTE_EDGE = { light: '#8a6100', dark: '#ffe082' };

/**
 * Overlay box styles (overlay.ts). Under dark words (a light page) the box is multiplied
 * over them: the paper turns the box's colour and the words stay dark. Under light words (a
 * dark page) multiplying would darken the box into the page, and screening would leave
 * white words on pale yellow: there the box is a translucent amber laid over normally, so
 * the words stay light on a dark amber.
 */
function overlayStyle(name: string, dark: boolean): string {
  const blend = dark ? 'normal' : 'multiply';
  if (name.startsWith('lens-note')) {
    const fill = dark ? NOTE_FILL.dark : NOTE_FILL.light;
    const edge = dark ? NOTE_EDGE.dark : NOTE_EDGE.light;
    return `background:${fill};box-shadow:inset 0 -2px 0 ${edge};mix-blend-mode:${blend}`;
  }
  if (name.startsWith('lens-flash')) return `background:${dark ? 'rgba(255,193,7,0.35)' : 'rgba(255,193,7,0.6)'};mix-blend-mode:${blend}`;
  if (name.startsWith('lens-citation')) return `background:rgba(128,128,128,0.18);mix-blend-mode:${blend}`;
  if (name.startsWith('lens-evidence')) return `background:rgba(230,159,0,0.35);mix-blend-mode:${blend}`;
  return `background:rgba(86,180,233,0.18);mix-blend-mode:${blend}`;
}
