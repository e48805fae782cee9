/**
 * Site adapters: where the opinion is on a page, for the content script to index and
 * paint. `extractOpinion` picks the adapter whose URLs match (or whose layout it
 * recognises on a saved copy), and falls back to the generic reader whenever an adapter
 * finds nothing or fails. It reads the DOM only: no network, no mutation, no throw.
 */
import type { Extraction, SiteAdapter } from './types';
import { emptyMeta } from './types';
import { locateGeneric, locateGenericSteps } from './generic';
import { assembleSteps } from './assemble';
import { newTextCache, withTextCache } from './dom-text';
import { cap } from './cap';
import { casemine } from './casemine';
import { cornell } from './cornell';
import { courtlistener } from './courtlistener';
import { findlaw } from './findlaw';
import { govinfo } from './govinfo';
import { justia } from './justia';
import { leagle } from './leagle';
import { nycourts } from './nycourts';
import { publicresource } from './publicresource';
import { scholar } from './scholar';
import { runSteps } from './steps';

export type { Extraction, Footnote, OpinionMeta, OpinionPart, PageMarker, PartKind, SiteAdapter, SiteName } from './types';
export { extractGeneric } from './generic';
export { readingText } from './dom-text';

/** Every site adapter, most specific first. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  courtlistener, justia, scholar, cornell, findlaw, casemine, leagle, govinfo, nycourts, publicresource, cap,
];

/** The adapter that claims `url`, else one that recognises the page's layout, else null. */
export function adapterFor(doc: Document, url: string, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter | null {
  const byUrl = adapters.find((a) => safe(() => a.matches(url), false));
  if (byUrl) return byUrl;
  return adapters.find((a) => safe(() => a.detect?.(doc) ?? false, false)) ?? null;
}

/**
 * Find the opinion on `doc` (loaded from `url`). Always returns an Extraction; when
 * nothing on the page reads like an opinion its `opinionScore` is below 0.5. `adapters`
 * is for tests and for callers that want a narrower set.
 */
export function extractOpinion(doc: Document, url: string, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): Extraction {
  return withTextCache(() => runSteps(extractSteps(doc, url, adapters)));
}

/**
 * The same as `extractOpinion`, handing the main thread back between steps (with
 * `pause`, by default a zero timeout) so that a 1 MB page causes no long task.
 */
export async function extractOpinionSliced(
  doc: Document,
  url: string,
  adapters: readonly SiteAdapter[] = SITE_ADAPTERS,
  pause: () => Promise<unknown> = () => new Promise((r) => setTimeout(r, 0)),
): Promise<Extraction> {
  const steps = extractSteps(doc, url, adapters);
  const store = newTextCache();
  for (;;) {
    const r = withTextCache(() => steps.next(), store);
    if (r.done) return r.value;
    await pause();
  }
}

function* extractSteps(doc: Document, url: string, adapters: readonly SiteAdapter[]): Generator<void, Extraction> {
  const adapter = adapterFor(doc, url, adapters);
  const bySite = adapter ? safe(() => adapter.locate(doc, url), null) : null;
  let input = bySite && bySite.roots.length > 0 ? bySite : null;
  if (!input) {
    try {
      input = yield* locateGenericSteps(doc);
    } catch {
      return nothingFound(doc);
    }
  }
  yield;
  try {
    return yield* assembleSteps(input);
  } catch {
    // an adapter whose page broke its assumptions: the generic reader takes the page
    try {
      return input.site === 'generic' ? nothingFound(doc) : yield* assembleSteps(locateGeneric(doc));
    } catch {
      return nothingFound(doc);
    }
  }
}

/** The last resort: the whole page, flagged as not an opinion. */
function nothingFound(doc: Document): Extraction {
  const root = doc.body ?? doc.documentElement;
  return { site: 'generic', roots: root ? [root] : [], exclude: [], pageMarkers: [], footnotes: [], parts: [], meta: emptyMeta(), opinionScore: 0 };
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}
