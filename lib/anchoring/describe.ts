/** Selectors for a span of the reading text, as a reader's highlight stores them. */
import type { TextPositionSelector, TextQuoteSelector } from './annotation';

/** Characters of context kept each side of a quote (what Hypothesis and the W3C examples use). */
export const CONTEXT_LENGTH = 32;

/**
 * A position selector and a quote selector (with up to 32 characters of prefix and suffix)
 * for `[start, end)` in `text` (UTF-16 offsets). Offsets are clamped into the text.
 */
export function describe(text: string, start: number, end: number, context = CONTEXT_LENGTH): [TextPositionSelector, TextQuoteSelector] {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return [
    { type: 'TextPositionSelector', start: s, end: e },
    { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(Math.max(0, s - context), s), suffix: text.slice(e, e + context) },
  ];
}
