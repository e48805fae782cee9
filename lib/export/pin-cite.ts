/** Pin cites for a span: the page it falls on (star paging, PDF pages) and its paragraph. */
import type { Analysis } from '../types';
import { paragraphHolding } from '../paragraph-at';

/** The page label in force at `offset` ("12" for "*12"), or null when the text has no page marks. */
export function pageAt(analysis: Pick<Analysis, 'pages'>, offset: number): string | null {
  let found: string | null = null;
  for (const p of analysis.pages) {
    if (p.start <= offset) found = p.page;
    else break;
  }
  return found;
}

/** The index of the paragraph holding `offset`, or null. */
export function paragraphAt(analysis: Pick<Analysis, 'paragraphs'>, offset: number): number | null {
  return paragraphHolding(analysis.paragraphs, offset)?.index ?? null;
}

/** "at *12, ¶ 4" style pin for a span start; empty when nothing is known. */
export function pinCite(analysis: Pick<Analysis, 'pages' | 'paragraphs'>, offset: number): string {
  const page = pageAt(analysis, offset);
  const para = paragraphAt(analysis, offset);
  // star-paging labels may already carry their stars ("**207" is the second reporter's page)
  const parts = [page ? (page.startsWith('*') ? page : `*${page}`) : null, para != null ? `¶ ${para + 1}` : null].filter(Boolean);
  return parts.join(', ');
}
