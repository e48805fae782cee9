/**
 * Reads the reading text out of a page and keeps the way back: `indexText` returns the
 * text the core analyses plus, for every run of it, the Text node it came from, so any
 * `[start, end)` offset of the analysis can become a DOM Range again (`rangeFromOffsets`).
 * Block elements are separated by a blank line ("\n\n"); inside `<pre>` and plain-text
 * documents the text is taken exactly as it is, so offsets match the file's characters.
 */
import { yieldToPage } from './yield';
import { SLICE_CAPS, SlicePass, WALK_CHARS } from './slice-meter';
import { BLOCK_TAGS, NEVER_TEXT_TAGS } from '../document/block-tags';
import { lastStartAtOrBefore } from '../sorted-spans';

export interface TextRun {
  node: Text;
  /** offset in the index text where this run starts */
  start: number;
  /** length in the index text */
  length: number;
  /** node offset of each index character when whitespace was collapsed; null = identity */
  offsets: Uint32Array | null;
}

export interface TextIndex {
  text: string;
  runs: TextRun[];
}


export interface IndexOptions {
  /** elements (and their subtrees) left out of the text */
  exclude?: Iterable<Element>;
  /** our own UI hosts, never read */
  isOwn?: (el: Element) => boolean;
}

/** Reads the text synchronously (tests, small pages). */
export function indexText(roots: Element | Element[], options: IndexOptions = {}): TextIndex {
  const w = new TextWalker(roots, options);
  w.step();
  return w.result();
}

/**
 * Reads the text in slices, yielding to the page between them, so a 1 MB opinion never
 * holds the main thread for long. A slice stops at `SLICE_CAPS.walk` walk steps or
 * `WALK_CHARS` characters of text, whichever comes first (what keeps it short on any
 * machine; each slice is recorded by the slice meter), or after `sliceMs` on a slow one.
 * Resolves to the same index as indexText.
 */
export async function indexTextSliced(roots: Element | Element[], options: IndexOptions = {}, sliceMs = 8, signal?: AbortSignal): Promise<TextIndex> {
  const w = new TextWalker(roots, options);
  const pass = new SlicePass('walk');
  for (;;) {
    const done = w.step(SLICE_CAPS.walk, WALK_CHARS, performance.now() + sliceMs);
    w.seal();
    pass.slice(w.sliceSteps, w.sliceChars, w.sliceCharsBefore);
    if (done) {
      const index = w.result();
      pass.end(index.text.length);
      return index;
    }
    await yieldToPage();
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
  }
}

type Frame = { node: Node | null; pre: boolean; block: boolean; el: Element | null };

const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

/** A depth-first walk with an explicit stack, so it can stop and resume anywhere. */
class TextWalker {
  private parts: string[] = [];
  private runs: TextRun[] = [];
  private length = 0;
  private pendingBreak = false;
  private lastSpace = true;
  private stack: Frame[] = [];
  private exclude: Set<Element>;

  constructor(roots: Element | Element[], private options: IndexOptions) {
    this.exclude = new Set(options.exclude ?? []);
    const list = Array.isArray(roots) ? roots : [roots];
    // roots are read in order: push them reversed onto the stack
    for (let i = list.length - 1; i >= 0; i--) this.stack.push({ node: null, pre: false, block: true, el: list[i] });
  }

  /** text of the finished slices, one string per slice (joining a slice's pieces is part of its work) */
  private chunks: string[] = [];

  result(): TextIndex {
    this.seal();
    return { text: this.chunks.length === 1 ? this.chunks[0] : this.chunks.join(''), runs: this.runs };
  }

  /** Joins the pieces read so far into one chunk: the last join then is over few strings, not a page's worth. */
  seal(): void {
    if (this.parts.length) this.chunks.push(this.parts.join(''));
    this.parts = [];
  }

  /** walk steps (a node entered, read or left) of the last `step` call */
  sliceSteps = 0;
  /** characters of text the last `step` call added */
  sliceChars = 0;
  /** of those, the characters added before its last walk step */
  sliceCharsBefore = 0;

  /**
   * Walks until done (true), or until `maxSteps` steps or `maxChars` characters of text
   * were taken, or `deadline` (performance.now()) passed (false: call again to go on).
   */
  step(maxSteps = Infinity, maxChars = Infinity, deadline = Infinity): boolean {
    let n = 0;
    const from = this.length;
    let before = from;
    try {
      while (this.stack.length) {
        if (n >= maxSteps || this.length - from >= maxChars || ((n & 63) === 63 && performance.now() > deadline)) return false;
        n++;
        before = this.length;
        this.walkOne();
      }
      return true;
    } finally {
      this.sliceSteps = n;
      this.sliceChars = this.length - from;
      this.sliceCharsBefore = before - from;
    }
  }

  /** One walk step: enter an element, read a node, or leave an element. */
  private walkOne(): void {
    const top = this.stack[this.stack.length - 1];
    if (top.el) {
      // entering an element
      const el = top.el;
      top.el = null;
      const tag = el.tagName.toUpperCase();
      if (this.exclude.has(el) || NEVER_TEXT_TAGS.has(tag) || this.options.isOwn?.(el)) {
        this.stack.pop();
        return;
      }
      const parentPre = this.stack.length > 1 ? this.stack[this.stack.length - 2].pre : false;
      top.pre = parentPre || tag === 'PRE' || isPreStyled(el);
      top.block = BLOCK_TAGS.has(tag) || this.stack.length === 1;
      if (top.block) this.breakBlock();
      top.node = el.firstChild;
      return;
    }
    const node = top.node;
    if (!node) {
      // leaving an element
      if (top.block) this.breakBlock();
      this.stack.pop();
      return;
    }
    top.node = node.nextSibling;
    if (node.nodeType === 1) this.stack.push({ node: null, pre: top.pre, block: false, el: node as Element });
    else if (node.nodeType === 3) this.text(node as Text, top.pre);
  }

  private emit(s: string) {
    this.parts.push(s);
    this.length += s.length;
  }

  private breakBlock() {
    if (this.length > 0) this.pendingBreak = true;
  }

  private flushBreak() {
    if (this.pendingBreak) {
      this.emit('\n\n');
      this.pendingBreak = false;
      this.lastSpace = true;
    }
  }

  private text(node: Text, pre: boolean) {
    const data = node.data;
    if (!data) return;
    if (pre) {
      this.flushBreak();
      this.runs.push({ node, start: this.length, length: data.length, offsets: null });
      this.emit(data);
      this.lastSpace = /\s$/.test(data);
      return;
    }
    // Fast path: nothing to collapse, and no leading space to drop.
    if (!NEEDS_COLLAPSE.test(data) && !(data[0] === ' ' && (this.lastSpace || this.pendingBreak))) {
      this.flushBreak();
      this.runs.push({ node, start: this.length, length: data.length, offsets: null });
      this.emit(data);
      this.lastSpace = data[data.length - 1] === ' ';
      return;
    }
    const out: string[] = [];
    const offs: number[] = [];
    let identity = true;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      const space = c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
      if (space) {
        if (this.lastSpace || (this.pendingBreak && out.length === 0)) {
          identity = false;
          continue;
        }
        if (c !== ' ') identity = false;
        out.push(' ');
        offs.push(i);
        this.lastSpace = true;
      } else {
        if (out.length === 0) this.flushBreak();
        out.push(c);
        offs.push(i);
        this.lastSpace = false;
      }
    }
    if (!out.length) return;
    if (offs[0] !== 0) identity = false;
    this.runs.push({ node, start: this.length, length: out.length, offsets: identity ? null : Uint32Array.from(offs) });
    this.emit(out.join(''));
  }
}

function isPreStyled(el: Element): boolean {
  const ws = (el as HTMLElement).style?.whiteSpace;
  return ws === 'pre' || ws === 'pre-wrap';
}

/** Index of the run holding text offset `at` (the run starting at or before it). */
function runAt(index: TextIndex, at: number): number {
  return lastStartAtOrBefore(index.runs, at);
}

function nodePoint(run: TextRun, at: number, isEnd: boolean): number {
  const k = Math.max(0, Math.min(run.length, at - run.start));
  if (!run.offsets) return k;
  if (isEnd) return k === 0 ? run.offsets[0] : run.offsets[k - 1] + 1;
  return k >= run.length ? run.node.data.length : run.offsets[k];
}

/** A DOM Range over index offsets `[start, end)`, or null when they fall outside the text. */
export function rangeFromOffsets(index: TextIndex, start: number, end: number, doc: Document = document): Range | null {
  if (end <= start || !index.runs.length) return null;
  let si = runAt(index, start);
  if (si < 0) si = 0;
  // a start that falls in a separator moves to the next run
  if (start >= index.runs[si].start + index.runs[si].length) si++;
  const ei = runAt(index, end - 1);
  if (si >= index.runs.length || ei < si) return null;
  const sr = index.runs[si];
  const er = index.runs[ei];
  const range = doc.createRange();
  range.setStart(sr.node, nodePoint(sr, Math.max(start, sr.start), false));
  range.setEnd(er.node, nodePoint(er, Math.min(end, er.start + er.length), true));
  return range;
}

/** The index offset of a DOM point (for turning a user's selection into offsets). */
const runsByNode = new WeakMap<TextIndex, Map<Node, TextRun>>();

export function offsetFromPoint(index: TextIndex, node: Node, offset: number): number | null {
  let byNode = runsByNode.get(index);
  if (!byNode) {
    byNode = new Map(index.runs.map((r) => [r.node, r]));
    runsByNode.set(index, byNode);
  }
  const run = byNode.get(node);
  if (!run) return null;
  if (!run.offsets) return run.start + Math.min(offset, run.length);
  let k = 0;
  while (k < run.length && run.offsets[k] < offset) k++;
  return run.start + k;
}
