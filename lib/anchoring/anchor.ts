/**
 * Finds a saved annotation again in a (possibly changed) reading text, falling back
 * from one selector to the next as Hypothesis does: the stored position if the quote
 * is still there; else the quote itself, the occurrence whose surroundings best match
 * the saved prefix/suffix; else the quote with whitespace and quote marks folded (a
 * redesigned page); else an approximate match within a bounded number of edits (a
 * corrected typo). Offsets are UTF-16 `[start, end)` into `text`.
 */
import { positionOf, quoteOf, type Selector, type TextQuoteSelector } from './annotation';
import { approxSearch, editDistance } from './approx-search';
import { foldQuote, foldText, type FoldedText } from './fold-text';

export interface Anchor {
  start: number;
  end: number;
  /** true when the text at `[start, end)` is exactly the saved quote */
  exact: boolean;
}

/** Longest quote searched approximately as a whole; longer ones are placed by head and tail. */
const WHOLE_FUZZY_MAX = 256;
const PIECE = 64;

/** Where the selectors point in `text`, or null (an orphan: the caller shows the quote). */
export function anchor(text: string, selectors: readonly Selector[]): Anchor | null {
  const pos = positionOf(selectors);
  const quote = quoteOf(selectors);
  if (!quote) {
    if (pos && pos.start >= 0 && pos.end <= text.length && pos.start <= pos.end) return { start: pos.start, end: pos.end, exact: true };
    return null;
  }
  if (quote.exact === '') return null;
  if (pos && text.slice(pos.start, pos.end) === quote.exact) return { start: pos.start, end: pos.end, exact: true };
  const hint = pos?.start ?? null;

  const exactHits = occurrences(text, quote.exact);
  if (exactHits.length) {
    const start = best(exactHits.map((s) => ({ start: s, end: s + quote.exact.length, errors: 0 })), text, quote, hint).start;
    return { start, end: start + quote.exact.length, exact: true };
  }

  const folded = folding(text);
  const fq = foldQuote(quote.exact);
  if (fq.length === 0) return null;
  const foldedHint = hint == null ? null : toFolded(folded, hint);
  const foldedHits = occurrences(folded.text, fq).map((s) => ({ start: s, end: s + fq.length, errors: 0 }));
  const hits = foldedHits.length ? foldedHits : fuzzy(folded.text, fq);
  if (!hits.length) return null;
  const fquote = { ...quote, prefix: foldText(quote.prefix).text, suffix: foldText(quote.suffix).text };
  const m = best(hits, folded.text, fquote, foldedHint);
  const start = folded.toSource[m.start];
  const end = folded.toSource[m.end - 1] + 1;
  return { start, end, exact: text.slice(start, end) === quote.exact };
}

/** Allowed edits: about one in ten characters, none for very short quotes, at most 32. */
export function maxErrorsFor(length: number): number {
  return Math.min(32, Math.floor(length / 10));
}

function fuzzy(text: string, q: string): { start: number; end: number; errors: number }[] {
  if (q.length <= WHOLE_FUZZY_MAX) return approxSearch(text, q, maxErrorsFor(q.length));
  // a long quote: find its head and tail, and accept a pair whose span is about as long
  const k = maxErrorsFor(PIECE);
  const heads = approxSearch(text, q.slice(0, PIECE), k);
  const tails = approxSearch(text, q.slice(-PIECE), k);
  const slack = Math.max(32, Math.floor(q.length / 10));
  const out: { start: number; end: number; errors: number }[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const len = t.end - h.start;
      if (t.start >= h.start && Math.abs(len - q.length) <= slack) out.push({ start: h.start, end: t.end, errors: h.errors + t.errors + Math.abs(len - q.length) });
    }
  }
  return out;
}

/** Every start offset of `needle` in `haystack` (overlapping allowed). */
function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1 && out.length < 5000; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The candidate whose quote, prefix, suffix and position agree best with what was saved.
 * Quote errors weigh most; context breaks ties between repeated phrases ("irreparable harm"
 * occurs dozens of times in an opinion); the old position breaks what remains.
 */
function best<T extends { start: number; end: number; errors: number }>(cands: T[], text: string, q: TextQuoteSelector, hint: number | null): T {
  if (cands.length === 1) return cands[0];
  const near = hint == null ? cands : [...cands].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, 1000);
  let top = near[0], topScore = -Infinity;
  for (const c of near) {
    const quoteSim = 1 - c.errors / Math.max(1, q.exact.length);
    const pre = q.prefix ? 1 - editDistance(text.slice(Math.max(0, c.start - q.prefix.length), c.start), q.prefix) / q.prefix.length : 0;
    const suf = q.suffix ? 1 - editDistance(text.slice(c.end, c.end + q.suffix.length), q.suffix) / q.suffix.length : 0;
    const posSim = hint == null ? 0 : 1 - Math.min(1, Math.abs(c.start - hint) / Math.max(1, text.length));
    const score = 50 * quoteSim + 20 * pre + 20 * suf + 2 * posSim;
    if (score > topScore) {
      topScore = score;
      top = c;
    }
  }
  return top;
}

// Anchoring every note of one opinion folds the same text again and again: keep the last.
let lastText: string | null = null;
let lastFolded: FoldedText | null = null;
function folding(text: string): FoldedText {
  if (text !== lastText || !lastFolded) {
    lastFolded = foldText(text);
    lastText = text;
  }
  return lastFolded;
}

function toFolded(f: FoldedText, sourceOffset: number): number {
  let lo = 0, hi = f.toSource.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.toSource[mid] < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
