/**
 * Reads the reading text out of a page and keeps the way back: `indexText` returns the
 * text the core analyses plus, for every run of it, the Text node it came from, so any
 * `[start, end)` offset of the analysis can become a DOM Range again (`rangeFromOffsets`).
 * Block elements are separated by a blank line ("\n\n"); inside `<pre>` and plain-text
 * documents the text is taken exactly as it is, so offsets match the file's characters.
 */

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

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'PARTYBLOCK',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'IFRAME', 'OBJECT']);

export interface IndexOptions {
  /** elements (and their subtrees) left out of the text */
  exclude?: Iterable<Element>;
  /** our own UI hosts, never read */
  isOwn?: (el: Element) => boolean;
}

export function indexText(roots: Element | Element[], options: IndexOptions = {}): TextIndex {
  const exclude = new Set(options.exclude ?? []);
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let pendingBreak = false;
  let lastSpace = true;

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const breakBlock = () => {
    if (length > 0) pendingBreak = true;
  };

  const walk = (el: Element, pre: boolean) => {
    if (exclude.has(el) || SKIP.has(el.tagName.toUpperCase()) || options.isOwn?.(el)) return;
    const tag = el.tagName.toUpperCase();
    const isPre = pre || tag === 'PRE' || isPreStyled(el);
    const block = BLOCK.has(tag);
    if (block) breakBlock();
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 1) walk(n as Element, isPre);
      else if (n.nodeType === 3) {
        const node = n as Text;
        const data = node.data;
        if (!data) continue;
        if (isPre) {
          flushBreak();
          runs.push({ node, start: length, length: data.length, offsets: null });
          emit(data);
          lastSpace = /\s$/.test(data);
          continue;
        }
        const out: string[] = [];
        const offs: number[] = [];
        let identity = true;
        for (let i = 0; i < data.length; i++) {
          const c = data[i];
          const space = c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
          if (space) {
            if (lastSpace || (pendingBreak && out.length === 0)) {
              identity = false;
              continue;
            }
            if (c !== ' ') identity = false;
            out.push(' ');
            offs.push(i);
            lastSpace = true;
          } else {
            if (out.length === 0) flushBreak();
            out.push(c);
            offs.push(i);
            lastSpace = false;
          }
        }
        if (!out.length) continue;
        if (offs[0] !== 0) identity = false;
        runs.push({ node, start: length, length: out.length, offsets: identity ? null : Uint32Array.from(offs) });
        emit(out.join(''));
      }
    }
    if (block) breakBlock();
  };

  const flushBreak = () => {
    if (pendingBreak) {
      // trim one trailing space before the break so paragraphs end on their last word
      emit('\n\n');
      pendingBreak = false;
      lastSpace = true;
    }
  };

  for (const root of Array.isArray(roots) ? roots : [roots]) {
    breakBlock();
    walk(root, false);
  }
  return { text: parts.join(''), runs };
}

function isPreStyled(el: Element): boolean {
  const ws = (el as HTMLElement).style?.whiteSpace;
  return ws === 'pre' || ws === 'pre-wrap';
}

/** Index of the run holding text offset `at` (the run starting at or before it). */
function runAt(index: TextIndex, at: number): number {
  const runs = index.runs;
  let lo = 0, hi = runs.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
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
