/**
 * Finds the opinion on the page and reads its text. Site adapters (lib/sites) decide what
 * the opinion is; this turns their answer into a TextIndex.
 */
import { indexText, type TextIndex } from './text-index';

/** What a site adapter returns (lib/sites `Extraction` satisfies it). */
export interface PageExtraction {
  site: string;
  roots: Element[];
  exclude: Element[];
  meta: Record<string, string | null>;
  opinionScore: number;
}

export type Extractor = (doc: Document, url: string) => PageExtraction;

export interface PageReading {
  extraction: PageExtraction;
  index: TextIndex;
}

/** A plain-text opinion (a .txt served as <pre>) or, failing that, the whole body. */
export const wholePage: Extractor = (doc) => {
  const pre = doc.body?.children.length === 1 && doc.body.firstElementChild?.tagName === 'PRE' ? doc.body.firstElementChild : null;
  return { site: pre ? 'text' : 'generic', roots: [pre ?? doc.body ?? doc.documentElement], exclude: [], meta: {}, opinionScore: 1 };
};

export function readPage(doc: Document, url: string, isOwn: (el: Element) => boolean, extract: Extractor = wholePage): PageReading {
  const extraction = extract(doc, url);
  const index = indexText(extraction.roots, { exclude: extraction.exclude, isOwn });
  return { extraction, index };
}
