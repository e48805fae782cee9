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
import type { LocatedText } from './types';
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
import { westlaw } from './westlaw';
import { runSteps } from './steps';

export type { Extraction, Footnote, LocatedText, OpinionMeta, OpinionPart, PageMarker, PartKind, SiteAdapter, SiteName } from './types';
export { extractGeneric } from './generic';
export { readingText } from './dom-text';

/** Every site adapter, most specific first. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  westlaw, courtlistener, justia, scholar, cornell, findlaw, casemine, leagle, govinfo, nycourts, publicresource, cap,
];

/** The adapter that claims `url`, else one that recognises the page's layout, else null. */
export function adapterFor(doc: Document, url: string, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter | null {
  const byUrl = adapters.find((a) => safe(() => a.matches(url), false));
  if (byUrl) return byUrl;
  return adapters.find((a) => safe(() => a.detect?.(doc) ?? false, false)) ?? null;
}

/**
 * Find the opinion on `doc` (loaded from `url`). Always returns an Extraction; whether
 * it is an opinion is the core's to decide (`analyze({ text, page: x.evidence })`). `adapters`
 * is for tests and for callers that want a narrower set.
 */
export function extractOpinion(doc: Document, url: string, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): Extraction {
  return withTextCache(() => runSteps(extractSteps(doc, url, adapters)));
}

/** An extraction stopped where the opinion's text is known; `finish` does the rest. */
export interface LocatedExtraction {
  /** null when nothing on the page was located (then `finish` says "not an opinion") */
  located: LocatedText | null;
  finish(): Promise<Extraction>;
}

/**
 * `extractOpinion` for a caller on the page's main thread, handing the thread back between
 * steps (with `pause`), and in two phases: first where the text is (adapter or generic
 * reader, and the chrome to skip), then, when asked, parts, caption and score. If the
 * adapter's page breaks its assumptions in the second phase the generic reader takes
 * over, so `finish()`'s roots may differ from `located`'s.
 */
export async function locateOpinionSliced(
  doc: Document,
  url: string,
  adapters: readonly SiteAdapter[] = SITE_ADAPTERS,
  pause: () => Promise<unknown> = () => new Promise((r) => setTimeout(r, 0)),
): Promise<LocatedExtraction> {
  const steps = extractSteps(doc, url, adapters);
  const store = newTextCache();
  const next = () => withTextCache(() => steps.next(), store);
  const finish = async (): Promise<Extraction> => {
    for (;;) {
      const r = next();
      if (r.done) return r.value;
      await pause();
    }
  };
  for (;;) {
    const r = next();
    if (r.done) {
      const whole = r.value;
      return { located: whole.roots.length ? { site: whole.site, roots: whole.roots, exclude: whole.exclude } : null, finish: async () => whole };
    }
    if (r.value) return { located: r.value, finish };
    await pause();
  }
}

function* extractSteps(doc: Document, url: string, adapters: readonly SiteAdapter[]): Generator<void | LocatedText, Extraction> {
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

/** The last resort: the whole page, its evidence that of a page of links (no body was found in it). */
function nothingFound(doc: Document): Extraction {
  const root = doc.body ?? doc.documentElement;
  return { site: 'generic', roots: root ? [root] : [], exclude: [], pageMarkers: [], footnotes: [], parts: [], meta: emptyMeta(), caption: null, evidence: { linkDensity: 1, captionedItems: 0, siteLayout: false } };
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}
