/**
 * Any page no site adapter claims (and any page an adapter fails on): the densest text
 * block is the body, site chrome inside it is skipped, and the score says whether it
 * reads like an opinion at all.
 */
import type { Extraction, SiteAdapter } from './types';
import { findBody } from './body';
import { assemble } from './assemble';
import { readingText } from './dom-text';

/** Read any page. Never throws for a document with a body or a root element. */
export function extractGeneric(doc: Document, url = ''): Extraction {
  void url;
  const root = findBody(doc);
  const body = doc.body ?? doc.documentElement;
  // The caption usually sits above the body: read metadata from the page's first lines too.
  const captionText = root === body ? '' : readingText([body]).slice(0, 2000);
  return assemble({ site: 'generic', doc, roots: [root], captionText });
}

/** The generic reader as an adapter (claims every URL; `extractOpinion` tries it last). */
export const generic: SiteAdapter = {
  site: 'generic',
  matches: () => true,
  extract: extractGeneric,
};
