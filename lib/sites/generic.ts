/**
 * Any page no site adapter claims (and any page an adapter fails on): the densest text
 * block is the body, site chrome inside it is skipped, and the score says whether it
 * reads like an opinion at all.
 */
import type { Extraction, SiteAdapter } from './types';
import { findBodySteps } from './body';
import { assemble } from './assemble';
import type { AssembleInput } from './types';
import { readingBefore } from './dom-text';
import { runSteps } from './steps';

/** Where the body of any page is. Never null for a document with a body or a root element. */
export function locateGeneric(doc: Document): AssembleInput {
  return runSteps(locateGenericSteps(doc));
}

/** `locateGeneric` in steps, for a caller on the page's main thread that yields between. */
export function* locateGenericSteps(doc: Document): Generator<void, AssembleInput> {
  const root = yield* findBodySteps(doc);
  yield;
  const body = doc.body ?? doc.documentElement;
  // The caption usually sits right above the body: the lines before the opinion (not the
  // opinion itself, which cites other cases, nor the site's menus at the top of the page)
  const captionText = root === body ? '' : readingBefore(root, 2000);
  return { site: 'generic', doc, roots: [root], captionText };
}

/** Read any page. Never throws for a document with a body or a root element. */
export function extractGeneric(doc: Document, url = ''): Extraction {
  void url;
  return assemble(locateGeneric(doc));
}

/** The generic reader as an adapter (claims every URL; `extractOpinion` tries it last). */
export const generic: SiteAdapter = {
  site: 'generic',
  matches: () => true,
  locate: locateGeneric,
};
