/**
 * Paints `[start, end)` spans of a TextIndex as named highlights. Uses the CSS Custom
 * Highlight API (no change to the page's DOM, so the page's scripts, selection, find and
 * copy are untouched); where it is missing, absolutely positioned boxes in a closed shadow
 * root stand in. Work is cut into slices of a few milliseconds, nearest the viewport first,
 * and only the part of the opinion around the reader carries highlights (`moveTo` follows
 * the scroll), so no main-thread task runs long on a 1 MB page and memory stays bounded.
 */
import { rangeFromOffsets, type TextIndex } from './text-index';
import { yieldToPage } from './yield';
import { identity, type Alias } from './highlight-names';
import { SLICE_CAPS, SlicePass } from './slice-meter';

export interface PaintItem {
  name: string;
  start: number;
  end: number;
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
}

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
  const native = !!(registry && HighlightCtor);
  const windowChars = options.windowChars ?? 40_000;
  const alias = options.alias ?? identity;
  const sorted = [...items].sort((a, b) => a.start - b.start);
  // longest item, so a window query can find items that start before it and reach in
  const reach = sorted.reduce((m, it) => Math.max(m, it.end - it.start), 0);
  const highlights = new Map<string, HighlightLike>();
  const live = new Map<number, Range>();
  const hidden = new Set<string>();
  const overlay = native ? null : new Overlay(doc);
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

  /** Item indices overlapping [lo, hi), nearest `at` first. */
  const within = (lo: number, hi: number, at: number): number[] => {
    let a = 0, b = sorted.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (sorted[m].start < lo - reach) a = m + 1;
      else b = m;
    }
    const out: number[] = [];
    for (let i = a; i < sorted.length && sorted[i].start < hi; i++) if (sorted[i].end > lo) out.push(i);
    return out.sort((x, y) => distance(sorted[x], at) - distance(sorted[y], at));
  };

  /**
   * Paints the items near `at` and lets go of those far from it. Only a window of the
   * opinion carries highlights at a time: the browser restyles every highlighted text
   * node on each change, and a whole 1 MB opinion's worth made each frame a long task.
   */
  const moveTo = (at: number): Promise<void> => {
    if (cleared) return Promise.resolve();
    const gen = ++generation;
    if (native) {
      for (const [i, range] of live) {
        const it = sorted[i];
        if (it.end < at - 2 * windowChars || it.start > at + 2 * windowChars) {
          highlights.get(it.name)?.delete?.(range);
          live.delete(i);
        }
      }
    }
    const todo = within(at - windowChars, at + windowChars, at).filter((i) => !live.has(i));
    const cap = Math.min(options.maxPerSlice ?? SLICE_CAPS.paint, SLICE_CAPS.paint);
    const pass = todo.length ? new SlicePass('paint') : null;
    return new Promise<void>((resolve) => {
      let k = 0;
      const slice = () => {
        if (cleared || gen !== generation || options.signal?.aborted) {
          pass?.end();
          return resolve();
        }
        const t0 = performance.now();
        const budget = options.sliceMs ?? 8;
        let n = 0;
        while (k < todo.length && n < cap && ((n & 7) !== 7 || performance.now() - t0 < budget)) {
          const i = todo[k++];
          if (live.has(i)) continue;
          n++;
          const it = sorted[i];
          const range = rangeFromOffsets(index, it.start, it.end, doc);
          if (!range) continue;
          live.set(i, range);
          if (native) highlightFor(it.name).add(range);
          else overlay!.add(it.name, range);
        }
        pass?.slice(n);
        if (k < todo.length) void yieldToPage().then(slice);
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
    clear() {
      cleared = true;
      if (native) for (const [name, h] of highlights) {
        if (registry!.get(alias(name)) === h) registry!.delete(alias(name));
      }
      highlights.clear();
      live.clear();
      overlay?.remove();
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
    },
  };
}

function distance(it: PaintItem, at: number): number {
  return it.end < at ? at - it.end : it.start > at ? it.start - at : 0;
}

/** Boxes over a range's client rects, for browsers without CSS.highlights. */
class Overlay {
  private host: HTMLElement;
  private root: ShadowRoot;
  constructor(private doc: Document) {
    this.host = doc.createElement('injunction-lens-overlay');
    this.host.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483646;';
    this.root = this.host.attachShadow({ mode: 'closed' });
    doc.documentElement.appendChild(this.host);
  }
  add(name: string, range: Range) {
    const sx = this.doc.defaultView?.scrollX ?? 0;
    const sy = this.doc.defaultView?.scrollY ?? 0;
    for (const r of Array.from(range.getClientRects())) {
      const box = this.doc.createElement('div');
      box.dataset.name = name;
      box.style.cssText = `position:absolute;left:${r.left + sx}px;top:${r.top + sy}px;width:${r.width}px;height:${r.height}px;background:${overlayColour(name)};`;
      this.root.appendChild(box);
    }
  }
  setVisible(prefix: string, visible: boolean) {
    for (const el of Array.from(this.root.children) as HTMLElement[]) {
      if ((el.dataset.name ?? '').startsWith(prefix)) el.style.display = visible ? '' : 'none';
    }
  }
  remove() {
    this.host.remove();
  }
}

function overlayColour(name: string): string {
  if (name.startsWith('lens-citation')) return 'rgba(80,80,80,0.12)';
  if (name.startsWith('lens-evidence')) return 'rgba(230,159,0,0.35)';
  return 'rgba(86,180,233,0.18)';
}
