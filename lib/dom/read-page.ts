/**
 * Finds the opinion on the page and reads its text. Site adapters (lib/sites) decide what
 * the opinion is; this turns their answer into a TextIndex.
 */
import { extractOpinion, type Extraction } from '../sites/index';
import { indexText, type TextIndex } from './text-index';

export interface PageReading {
  extraction: Extraction;
  index: TextIndex;
}

export function readPage(doc: Document, url: string, isOwn: (el: Element) => boolean, extract = extractOpinion): PageReading {
  const extraction = extract(doc, url);
  const index = indexText(extraction.roots, { exclude: extraction.exclude, isOwn });
  return { extraction, index };
}

/** What a site adapter hands the page reader (kept as a name for the adapters' tests). */
export type PageExtraction = Extraction;
