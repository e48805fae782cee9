/**
 * What a page needs when the reader's labels change: only the paragraphs whose labels
 * differ, so a correction on a 5,000-paragraph opinion sends one paragraph, not the analysis.
 */
import type { Analysis } from '../types';

/** The paragraphs of `after` whose factor labels differ from those of the same paragraph (by index) in `before`. */
export function changedParagraphs(before: Analysis, after: Analysis): Analysis['paragraphs'] {
  const was = new Map(before.paragraphs.map((p) => [p.index, JSON.stringify(p.factors)]));
  return after.paragraphs.filter((p) => was.get(p.index) !== JSON.stringify(p.factors));
}
