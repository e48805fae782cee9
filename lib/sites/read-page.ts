/**
 * Finds the opinion on the page and reads its text. Site adapters (lib/sites) decide what
 * the opinion is; this turns their answer into a TextIndex.
 */
import { locateOpinionSliced, type Extraction, type SiteName } from './index';
import { indexTextSliced, type TextIndex } from '../dom/text-index';
import { yieldToPage } from '../dom/yield';

export interface PageReading {
  extraction: Extraction;
  index: TextIndex;
}

/**
 * The opinion's text, read as soon as its place is known, with the rest of the extraction
 * (parts, caption, opinion score) left for `complete()`: a revisit whose text is in the
 * cache needs none of it.
 */
export interface FirstReading {
  site: SiteName;
  roots: Element[];
  index: TextIndex;
  /** the whole extraction; its index is re-read when the extraction settled on other roots */
  complete(): Promise<PageReading>;
}

/** Finds where the opinion is, then reads its text in slices (a long page never blocks the reader). */
export async function readText(doc: Document, url: string, isOwn: (el: Element) => boolean, signal?: AbortSignal): Promise<FirstReading> {
  const located = await locateOpinionSliced(doc, url, undefined, yieldToPage);
  abortIf(signal);
  const roots = located.located?.roots ?? [];
  const exclude = located.located?.exclude ?? [];
  const index = await indexTextSliced(roots, { exclude, isOwn }, 8, signal);
  let completed: Promise<PageReading> | null = null;
  const complete = async (): Promise<PageReading> => {
    const extraction = await located.finish();
    abortIf(signal);
    const same = extraction.roots.length === roots.length && extraction.roots.every((r, i) => r === roots[i]) && extraction.exclude.length === exclude.length;
    return { extraction, index: same ? index : await indexTextSliced(extraction.roots, { exclude: extraction.exclude, isOwn }, 8, signal) };
  };
  return { site: located.located?.site ?? 'generic', roots, index, complete: () => (completed ??= complete()) };
}

function abortIf(signal?: AbortSignal) {
  if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
}
