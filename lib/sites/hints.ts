/**
 * The adapters' answer about structure (separate opinions, star pages, footnotes), which
 * they find as elements, turned into offsets in the text the page indexes: the core works
 * on offsets only, and takes these instead of guessing the same things from the words.
 */
import type { Extraction } from './types';
import type { TextIndex } from '../dom/text-index';
import type { ReadingHints } from '../types';

// Node.DOCUMENT_POSITION_PRECEDING, spelled out: the CLI reads saved pages where no global Node exists
const PRECEDING = 2;

/**
 * The first run (in document order, as runs are) that `past` says lies beyond the element;
 * a binary search, so a page with hundreds of notes and tens of thousands of runs stays quick.
 */
function firstRun(index: TextIndex, past: (node: Node) => boolean): number {
  let lo = 0, hi = index.runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(index.runs[mid].node)) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** Whether `node` comes before `el` and outside it. */
const before = (el: Element, node: Node) => !el.contains(node) && (el.compareDocumentPosition(node) & PRECEDING) !== 0;

/**
 * Where an element's text starts in the index: its first run's start, or, for an element
 * with no text of its own in the index (an empty anchor, an excluded byline), where the
 * text after it starts. Null when nothing of the index follows it.
 */
export function offsetOfElement(index: TextIndex, el: Element): number | null {
  const i = firstRun(index, (node) => !before(el, node));
  return i < index.runs.length ? index.runs[i].start : null;
}

/** End of an element's text in the index (its last run's end), or null when none of it is indexed. */
function endOfElement(index: TextIndex, el: Element): number | null {
  const after = firstRun(index, (node) => !before(el, node) && !el.contains(node));
  const last = index.runs[after - 1];
  return last && el.contains(last.node) ? last.start + last.length : null;
}

/** The extraction's parts, page markers and footnotes as offsets into `index.text`; what is not in the text is left out. */
export function readingHints(extraction: Pick<Extraction, 'parts' | 'pageMarkers' | 'footnotes'>, index: TextIndex): ReadingHints {
  const parts: NonNullable<ReadingHints['parts']> = [];
  for (const p of extraction.parts) {
    const start = offsetOfElement(index, p.element);
    if (start != null) parts.push({ kind: p.kind, author: p.author, start });
  }
  parts.sort((a, b) => a.start - b.start);
  const pages: NonNullable<ReadingHints['pages']> = [];
  for (const m of extraction.pageMarkers) {
    const offset = offsetOfElement(index, m.element);
    if (offset != null) pages.push({ offset, page: m.page });
  }
  const footnotes: NonNullable<ReadingHints['footnotes']> = [];
  for (const f of extraction.footnotes) {
    const start = offsetOfElement(index, f.note);
    const end = endOfElement(index, f.note);
    if (start == null || end == null || end <= start) continue;
    footnotes.push({ label: f.label, start, end, ref: f.ref ? offsetOfElement(index, f.ref) : null });
  }
  const out: ReadingHints = {};
  if (parts.length) out.parts = parts;
  if (pages.length) out.pages = pages;
  if (footnotes.length) out.footnotes = footnotes;
  return out;
}
