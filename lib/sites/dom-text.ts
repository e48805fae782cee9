/**
 * Reading text out of elements without touching them: whitespace squashing, block-aware
 * concatenation, and a few safe selector helpers every adapter uses.
 */
import { SLICE_CAPS, SlicePass } from '../dom/slice-meter';
import { BLOCK_TAGS, NEVER_TEXT_TAGS } from '../document/block-tags';

/** Elements whose edges break the reading text: the one set every HTML reader uses (lib/document/block-tags.ts). */
export const BLOCK = BLOCK_TAGS;

/** Tags whose text is never reading text. */
export const NEVER_TEXT = NEVER_TEXT_TAGS;

/** Collapse runs of whitespace (NBSP, thin and em spaces included) to one space and trim. */
export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

// One extraction asks for the text of the same large elements (body, main) many times;
// squashing a megabyte each time made extraction a long task on big pages. Within
// `withTextCache` each element's text is read once. The cache lives for one call only,
// so a page that changes later is read afresh.
/** Texts, lengths and solid lengths read during one extraction. */
export interface TextCache {
  texts: WeakMap<Element, string>;
  lengths: WeakMap<Element, number>;
  solids: WeakMap<Element, number>;
}

export function newTextCache(): TextCache {
  return { texts: new WeakMap(), lengths: new WeakMap(), solids: new WeakMap() };
}

let cache: TextCache | null = null;

/**
 * Runs `f` with element texts cached in `store` (nested calls share the outer cache). A
 * sliced extraction passes the same store to each of its steps.
 */
export function withTextCache<T>(f: () => T, store: TextCache = newTextCache()): T {
  if (cache) return f();
  cache = store;
  try {
    return f();
  } finally {
    cache = null;
  }
}

/**
 * Length of an element's text, whitespace not squashed: enough to compare block sizes,
 * and it spares squashing a megabyte to measure it.
 */
export function textLength(el: Element | null | undefined): number {
  if (!el) return 0;
  const hit = cache?.lengths.get(el);
  if (hit !== undefined) return hit;
  const n = el.textContent?.length ?? 0;
  cache?.lengths.set(el, n);
  return n;
}

/** Count of non-whitespace characters in an element's text: size without the layout's spacing. */
export function solidLength(el: Element | null | undefined): number {
  if (!el) return 0;
  const hit = cache?.solids.get(el);
  if (hit !== undefined) return hit;
  const t = el.textContent ?? '';
  const n = countSolid(t, 0, t.length);
  cache?.solids.set(el, n);
  return n;
}

/**
 * `solidLength` in steps: the element's text nodes are read one by one, at most
 * SLICE_CAPS.count characters a slice (its `textContent` alone, a megabyte-long string
 * built in one go, and counting it, were most of a long task). Also fills in its
 * `textLength`.
 */
export function* solidLengthSteps(el: Element | null | undefined): Generator<void, number> {
  if (!el) return 0;
  const hit = cache?.solids.get(el);
  if (hit !== undefined) return hit;
  const pass = new SlicePass('count');
  const at: TextCursor = { walker: el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */), node: null, offset: 0 };
  let n = 0;
  let length = 0;
  for (;;) {
    const [solid, read, done] = countText(at, SLICE_CAPS.count);
    n += solid;
    length += read;
    pass.slice(read);
    if (done) break;
    yield;
  }
  pass.end();
  // (the cache of the step that finishes: a sliced caller's steps share one store)
  cache?.solids.set(el, n);
  cache?.lengths.set(el, length);
  return n;
}

/** Where a count over text nodes stands: the node it is in (null: between nodes) and the offset in it. */
interface TextCursor {
  walker: TreeWalker;
  node: Text | null;
  offset: number;
}

/** Counts up to `max` characters from the cursor on: [solid characters, characters read, no text left]. */
function countText(at: TextCursor, max: number): [number, number, boolean] {
  let solid = 0;
  let read = 0;
  while (read < max) {
    if (!at.node) {
      at.node = at.walker.nextNode() as Text | null;
      at.offset = 0;
      if (!at.node) return [solid, read, true];
    }
    const t = at.node.data;
    const to = Math.min(t.length, at.offset + (max - read));
    solid += countSolid(t, at.offset, to);
    read += to - at.offset;
    at.offset = to;
    if (to >= t.length) at.node = null;
  }
  return [solid, read, false];
}

/** Non-whitespace characters in `t` from `from` to `to`. (A plain function: a loop inside a generator runs unoptimised.) */
function countSolid(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000)) n++;
  }
  return n;
}

/** An element's text, squashed. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  const hit = cache?.texts.get(el);
  if (hit !== undefined) return hit;
  const t = squash(el.textContent);
  cache?.texts.set(el, t);
  return t;
}

/**
 * The text of `roots` minus `exclude` (and never-text tags), with a space at block
 * boundaries so that `<p>a</p><p>b</p>` reads "a b", squashed. This is what the content
 * script will index, up to whitespace.
 */
export function readingText(roots: readonly Element[], exclude: Iterable<Element> = [], maxChars = Infinity): string {
  return squash(collect(roots, exclude, maxChars, false).join(''));
}

/**
 * The reading text of `roots` with a line break at each block's edges: a caption's lines
 * ("138 U.S. 109", "IN THE SUPREME COURT OF TEXAS", a date alone on its line) kept apart
 * for the core, which reads captions line by line. Spaces within a line are squashed.
 */
export function readingLines(roots: readonly Element[], exclude: Iterable<Element> = [], maxChars = Infinity): string {
  return squashLines(collect(roots, exclude, maxChars, false, '\n').join(''));
}

/** Runs of spaces within a line squashed to one, blank lines dropped, lines trimmed. */
export function squashLines(s: string): string {
  return s
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * The last `maxChars` or so of the reading text that comes before `el` in the document,
 * a line per block: the lines a page prints right above an opinion (its caption, usually), not the
 * site's menus at the top of a long page. Reads backwards from `el`, only as far as needed.
 */
export function readingBefore(el: Element, maxChars = 2000): string {
  const parts: string[] = [];
  let size = 0;
  for (let node: Node = el; node.parentNode && size <= maxChars; node = node.parentNode) {
    for (let s = node.previousSibling; s && size <= maxChars; s = s.previousSibling) {
      const text = s.nodeType === 3 ? (s.nodeValue ?? '') : s.nodeType === 1 ? collect([s as Element], [], maxChars - size, true, '\n').reverse().join('') : '';
      parts.push(text);
      size += text.length;
    }
    if ((node.parentNode as Element).tagName?.toUpperCase() === 'BODY') break;
  }
  return squashLines(parts.reverse().join('\n')).slice(-maxChars);
}

/** Text pieces of `roots` in reading order (or backwards), with a space at block edges, until `maxChars`. */
function collect(roots: readonly Element[], exclude: Iterable<Element>, maxChars: number, backwards: boolean, edge = ' '): string[] {
  const skip = new Set<Node>(exclude);
  const out: string[] = [];
  let size = 0;
  const walk = (node: Node): void => {
    if (size > maxChars || skip.has(node)) return;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      out.push(v);
      size += v.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (NEVER_TEXT.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) out.push(edge);
    // stop at maxChars: a sample of a long page reads its ends, not every node between
    if (backwards) for (let c = node.lastChild; c && size <= maxChars; c = c.previousSibling) walk(c);
    else for (let c = node.firstChild; c && size <= maxChars; c = c.nextSibling) walk(c);
    if (block) out.push(edge);
  };
  const order = backwards ? [...roots].reverse() : roots;
  for (const r of order) {
    if (size > maxChars) break;
    walk(r);
    out.push(' ');
  }
  return out;
}

/** querySelectorAll that never throws (a selector a browser or happy-dom rejects gives []). */
export function all(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** querySelector that never throws. */
export function one(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Drop elements contained in another element of the list (keeps the outermost). */
export function outermost(els: readonly Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** Parse a URL without throwing; null for anything that is not one. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Host without a leading "www.", lower-cased; "" when the URL does not parse. */
export function hostOf(url: string): string {
  return parseUrl(url)?.hostname.toLowerCase().replace(/^www\./, '') ?? '';
}
