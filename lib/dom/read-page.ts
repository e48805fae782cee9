/**
 * Finds the opinion on the page and reads its text. Site adapters (lib/sites) decide what
 * the opinion is; this turns their answer into a TextIndex.
 */
import { extractOpinionSliced, type Extraction } from '../sites/index';
import { indexTextSliced, type TextIndex } from './text-index';
import { yieldToPage } from './yield';

export interface PageReading {
  extraction: Extraction;
  index: TextIndex;
}

/** Finds the opinion, then reads its text in slices (a long page never blocks the reader). */
export async function readPage(doc: Document, url: string, isOwn: (el: Element) => boolean, signal?: AbortSignal): Promise<PageReading> {
  const extraction = await extractOpinionSliced(doc, url, undefined, yieldToPage);
  if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
  const index = await indexTextSliced(extraction.roots, { exclude: extraction.exclude, isOwn }, 8, signal);
  return { extraction, index };
}
