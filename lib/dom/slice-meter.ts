/**
 * How much work each slice of ours on the page's main thread did. Every loop over the
 * opinion that runs on the page (reading the text, finding the body, the parts, the page
 * markers, painting) hands the thread back after a fixed number of work units (nodes,
 * characters, blocks, ranges): that, not a clock, is what keeps a task short on any
 * machine, and it is what the browser tests assert. Each loop records one entry per slice
 * here; the caps below were picked from measurement (a slice at the cap takes a few
 * milliseconds on the dev machine, well under the 50 ms of a long task).
 *
 * The record is counters per kind plus a small ring of the latest slices: cheap enough to
 * keep on always. The content script exposes it in its own isolated world only
 * (`globalThis.__injunctionLensSlices`), never on the page's DOM or window.
 */

/** The loops that run on the page's main thread. */
export type SliceKind = 'walk' | 'paint' | 'body' | 'parts' | 'markers' | 'blocks' | 'links' | 'count' | 'upload';

/**
 * At most this many units per slice. `walk`: nodes entered (elements and text nodes), and
 * `WALK_CHARS` characters; `paint`: ranges made and added; `body`, `parts`: blocks
 * read; `blocks`: elements whose names are checked for chrome or editorial matter;
 * `markers`: candidate page-marker elements; `links`: links measured; `count`:
 * characters counted (an element's solid length, for its link density); `upload`:
 * characters of the reading text sent to the background in one message (one chunk a
 * slice: the browser serialises a message on the page's thread).
 */
export const SLICE_CAPS: Readonly<Record<SliceKind, number>> = {
  walk: 1500,
  paint: 60,
  body: 400,
  parts: 300,
  markers: 800,
  blocks: 1500,
  links: 800,
  count: 131_072,
  // one upload chunk (lib/ext/upload.ts takes its chunk size from here; the measurements are there)
  upload: 65_536,
};
/**
 * Highlight ranges one painting keeps alive at most: those nearest the reader. Not a
 * slice's work but the browser's: each frame after a highlight changes, Chromium
 * pre-paints and paints every range of the text nodes it touches, so on a page dense with
 * citations (200,000 `Id.` in one text node) the 20,000 ranges of a character window made
 * every frame a 300 ms task. Bounded by ranges, a frame's work is bounded however dense
 * the citations; 1,500 still covers more than a screen of the densest text.
 */
export const LIVE_RANGES = 1500;
/** Characters the text walker reads in one slice at most. */
export const WALK_CHARS = 48_000;
/** Characters a block vote or a parts scan reads in one slice at most (its last block may carry it past). */
export const BLOCK_CHARS = 200_000;

export interface SliceStats {
  slices: number;
  units: number;
  maxUnits: number;
  chars: number;
  maxChars: number;
  /** slices over their cap (should stay 0: the tests assert it) */
  over: number;
}

export interface SliceEntry {
  kind: SliceKind;
  units: number;
  chars: number;
  /** which pass (one loop over the document) the slice belongs to */
  pass: number;
  /** how many times we had handed the thread back to the page when the slice ended */
  yields: number;
}

/** One loop over the whole document: its slices and the characters they read. */
export interface PassEntry {
  kind: SliceKind;
  pass: number;
  slices: number;
  units: number;
  chars: number;
  /** for `walk`: the length of the text the pass produced; for `upload`: of the text sent (its slices' chars add up to it) */
  textLength?: number;
  done: boolean;
}

export interface SliceRecord {
  caps: Record<SliceKind, number>;
  walkChars: number;
  blockChars: number;
  byKind: Partial<Record<SliceKind, SliceStats>>;
  /** the latest slices, oldest first (a ring of RING entries) */
  recent: SliceEntry[];
  /** the latest passes, oldest first */
  passes: PassEntry[];
  /** times the thread was handed back to the page (`yieldToPage`) */
  yields: number;
  /** the most ranges one painting has held at once, and its cap (`LIVE_RANGES`) */
  live: { max: number; cap: number };
}

const RING = 256;
const PASSES = 32;

let record: SliceRecord = fresh();
let passes = 0;

function fresh(): SliceRecord {
  return { caps: { ...SLICE_CAPS }, walkChars: WALK_CHARS, blockChars: BLOCK_CHARS, byKind: {}, recent: [], passes: [], yields: 0, live: { max: 0, cap: LIVE_RANGES } };
}

/** The meter's record (the same object as it fills). */
export function sliceRecord(): SliceRecord {
  return record;
}

/** Counts a hand-back of the thread to the page (yield.ts calls it). */
export function countYield(): void {
  record.yields++;
}

/** Records how many ranges a painting holds now (the tests assert the most stays within `LIVE_RANGES`). */
export function gaugeLive(ranges: number): void {
  if (ranges > record.live.max) record.live.max = ranges;
}

/** Starts a new record (tests). */
export function resetSliceMeter(): void {
  record = fresh();
}

/** A loop over the document: `slice()` once per slice, `end()` when it is done. */
export class SlicePass {
  readonly id = ++passes;
  private entry: PassEntry;
  constructor(readonly kind: SliceKind) {
    this.entry = { kind, pass: this.id, slices: 0, units: 0, chars: 0, done: false };
    record.passes.push(this.entry);
    if (record.passes.length > PASSES) record.passes.shift();
  }

  /**
   * Records one slice of `units` work units and `chars` characters read. `charsBefore`:
   * the characters read before the slice's last unit (a slice stops as soon as it reaches
   * its character cap, so only its last unit may carry it past). Empty slices are not recorded.
   */
  slice(units: number, chars = 0, charsBefore = 0): void {
    if (units === 0 && chars === 0) return;
    const s = (record.byKind[this.kind] ??= { slices: 0, units: 0, maxUnits: 0, chars: 0, maxChars: 0, over: 0 });
    s.slices++;
    s.units += units;
    s.chars += chars;
    if (units > s.maxUnits) s.maxUnits = units;
    if (chars > s.maxChars) s.maxChars = chars;
    const charCap = this.kind === 'walk' ? WALK_CHARS : BLOCK_CHARS;
    if (units > SLICE_CAPS[this.kind] || charsBefore >= charCap) s.over++;
    this.entry.slices++;
    this.entry.units += units;
    this.entry.chars += chars;
    record.recent.push({ kind: this.kind, units, chars, pass: this.id, yields: record.yields });
    if (record.recent.length > RING) record.recent.shift();
  }

  end(textLength?: number): void {
    this.entry.done = true;
    if (textLength !== undefined) this.entry.textLength = textLength;
  }
}

/**
 * A counter for a generator's loop: `tick(chars)` counts one unit and says whether the
 * slice is full (then the loop yields and calls `flush()`).
 */
export class SliceCounter {
  private units = 0;
  private chars = 0;
  private before = 0;
  readonly pass: SlicePass;
  constructor(readonly kind: SliceKind, private cap = SLICE_CAPS[kind], private charCap = kind === 'walk' ? WALK_CHARS : BLOCK_CHARS) {
    this.pass = new SlicePass(kind);
  }
  /** Counts one unit (and `chars` characters read); true when the slice is full and the caller must yield. */
  tick(chars = 0): boolean {
    this.units++;
    this.before = this.chars;
    this.chars += chars;
    return this.units >= this.cap || this.chars >= this.charCap;
  }
  /** Counts one unit inside a generator loop, yielding when the slice is full (`yield* meter.step()`). */
  *step(chars = 0): Generator<void, void> {
    if (!this.tick(chars)) return;
    this.flush();
    yield;
  }
  /** Closes the current slice (call before yielding). */
  flush(): void {
    this.pass.slice(this.units, this.chars, this.before);
    this.units = this.chars = this.before = 0;
  }
  end(): void {
    this.flush();
    this.pass.end();
  }
}
