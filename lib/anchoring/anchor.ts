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

  const exactHits = occurrences(text, quote.exact).map((s) => ({ start: s, end: s + quote.exact.length, errors: 0 }));
  const noContext = !quote.prefix && !quote.suffix;
  if (exactHits.length) {
    const top = best(exactHits, text, quote, hint);
    // an exact quote in the wrong surroundings may be a second copy of a passage whose
    // original was edited (a typo fixed): then the approximate search below competes
    if (noContext || (top.context >= CONFIDENT_CONTEXT && !far(top.match.start, hint))) return { start: top.match.start, end: top.match.end, exact: true };
  }

  const folded = folding(text);
  const fq = foldQuote(quote.exact);
  if (fq.length === 0) return null;
  const foldedHint = hint == null ? null : toFolded(folded, hint);
  const fquote = { ...quote, prefix: foldText(quote.prefix).text, suffix: foldText(quote.suffix).text };
  let hits = occurrences(folded.text, fq).map((s) => ({ start: s, end: s + fq.length, errors: 0 }));
  let top = hits.length ? best(hits, folded.text, fquote, foldedHint) : null;
  if (!top || (!noContext && (top.context < CONFIDENT_CONTEXT || far(top.match.start, foldedHint)))) {
    const seen = new Set(hits.map((h) => h.start));
    // with exact copies elsewhere, only look for an edited original around the old position
    const more = top && foldedHint != null ? fuzzyNear(folded.text, fq, foldedHint) : fuzzy(folded.text, fq, foldedHint);
    hits = [...hits, ...more.filter((h) => !seen.has(h.start))];
    top = hits.length ? best(hits, folded.text, fquote, foldedHint) : null;
  }
  if (!top) return null;
  const m = top.match;
  let start = folded.toSource[m.start];
  let end = folded.toSource[m.end - 1] + 1;
  // the folded quote was trimmed: give back the white space the saved quote began or ended with
  const lead = /^\s*/.exec(quote.exact)![0].length;
  const trail = /\s*$/.exec(quote.exact)![0].length;
  for (let i = 0; i < lead && start > 0 && /\s/.test(text[start - 1]); i++) start--;
  for (let i = 0; i < trail && end < text.length && /\s/.test(text[end]); i++) end++;
  return { start, end, exact: text.slice(start, end) === quote.exact };
}

/** Allowed edits: about one in ten characters, none for very short quotes, at most 32. */
export function maxErrorsFor(length: number): number {
  return Math.min(32, Math.floor(length / 10));
}

function fuzzy(text: string, q: string, near: number | null): { start: number; end: number; errors: number }[] {
  if (q.length <= WHOLE_FUZZY_MAX) return approxSearch(text, q, maxErrorsFor(q.length), { near: near == null ? null : near + q.length });
  // a long quote: find its head and tail, and accept a pair whose span is about as long
  const k = maxErrorsFor(PIECE);
  const heads = approxSearch(text, q.slice(0, PIECE), k, { near: near == null ? null : near + PIECE });
  const tails = approxSearch(text, q.slice(-PIECE), k, { near: near == null ? null : near + q.length });
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

/** Farther than this from the saved position, an exact copy may be a different passage. */
const FAR = 2000;
const WINDOW = 20000;

function far(at: number, hint: number | null): boolean {
  return hint != null && Math.abs(at - hint) > FAR;
}

function fuzzyNear(text: string, q: string, hint: number): { start: number; end: number; errors: number }[] {
  const from = Math.max(0, hint - WINDOW);
  const to = Math.min(text.length, hint + q.length + WINDOW);
  return fuzzy(text.slice(from, to), q, hint - from).map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}

/** Every start offset of `needle` in `haystack` (overlapping allowed). */
function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1 && out.length < 5000; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** How well the saved prefix/suffix must agree (0–1) before an exact match is trusted alone. */
const CONFIDENT_CONTEXT = 0.75;

/**
 * The candidate whose quote, prefix, suffix and position agree best with what was saved,
 * and how well its context agreed (0–1). Quote errors weigh most; context breaks ties
 * between repeated phrases ("irreparable harm" occurs dozens of times in an opinion) and
 * outweighs a typo or two; the old position breaks what remains.
 */
function best<T extends { start: number; end: number; errors: number }>(cands: T[], text: string, q: TextQuoteSelector, hint: number | null): { match: T; context: number } {
  const near = hint == null ? cands : [...cands].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, 1000);
  let top = { match: near[0], context: 0 }, topScore = -Infinity;
  const sides = (q.prefix ? 1 : 0) + (q.suffix ? 1 : 0);
  for (const c of near) {
    const quoteSim = 1 - c.errors / Math.max(1, q.exact.length);
    const pre = q.prefix ? 1 - editDistance(text.slice(Math.max(0, c.start - q.prefix.length), c.start), q.prefix) / q.prefix.length : 0;
    const suf = q.suffix ? 1 - editDistance(text.slice(c.end, c.end + q.suffix.length), q.suffix) / q.suffix.length : 0;
    // near the old position counts, fading over a few pages of text
    const posSim = hint == null ? 0 : 1 / (1 + Math.abs(c.start - hint) / 1000);
    const score = 50 * quoteSim + 20 * pre + 20 * suf + 5 * posSim;
    if (score > topScore) {
      topScore = score;
      top = { match: c, context: sides ? (pre + suf) / sides : 1 };
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
