/**
 * Turning "the opinion is here, skip these" into a full Extraction: page markers,
 * footnotes, parts, missing metadata from the caption text, and the page's evidence for "is
 * this an opinion?" (the core decides it: lib/analysis/is-opinion.ts). Every
 * adapter ends here so that they all answer the same questions the same way.
 */
import type { AssembleInput, Extraction, Footnote, LocatedText, OpinionMeta, OpinionPart, PageMarker, SiteName } from './types';
import { emptyMeta } from './types';
import { readingText, squash, textOf } from './dom-text';

const OPENING_READ = 6000;
import { findPageMarkersSteps } from './page-markers';
import { findFootnotes } from './footnotes';
import { findPartsSteps } from './parts';
import { findCaption, findCitation } from './meta';
import { countCaptionedItems, findChromeSteps, findEditorialSteps, linkDensitySteps } from './body';
import type { PageEvidence } from '../analysis/is-opinion';
import { runSteps } from './steps';

/**
 * Where the opinion's text is: its roots and what to skip inside them. `assembleSteps`
 * yields this as soon as it is known, before the slower rest (parts, caption, evidence), so
 * that a caller can read the text early (a revisit finds its cached analysis by it).
 */
/** The page's title: <title> without the site's suffix, else the first <h1>. */
export function pageTitle(doc: Document): string | null {
  const h1 = textOf(doc.querySelector('h1'));
  const title = squash(doc.title).replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, '');
  return title || h1 || null;
}

/** Fill in markers, notes, parts, missing caption fields and the score for `input.roots`. */
export function assemble(input: AssembleInput): Extraction {
  return runSteps(assembleSteps(input));
}

/**
 * `assemble` in steps: each `yield` is a point where a caller on the page's main thread
 * may hand the thread back (a 1 MB page costs tens of milliseconds per step).
 */
export function* assembleSteps(input: AssembleInput): Generator<void | LocatedText, Extraction> {
  const { doc, site } = input;
  const roots = input.roots.filter(Boolean);
  const exclude = [...(input.exclude ?? [])];
  if (input.stripChrome !== false) {
    for (const r of roots) {
      const chrome = yield* findChromeSteps(r);
      yield;
      const editorial = yield* findEditorialSteps(r);
      exclude.push(...[...chrome, ...editorial].filter((el) => !exclude.some((x) => x === el || x.contains(el))));
    }
  }
  yield { site, roots, exclude: [...exclude] };
  const skip = new Set(exclude);
  const isSkipped = (el: Element) => exclude.some((x) => x === el || x.contains(el));

  const pageMarkers: PageMarker[] = (yield* findPageMarkersSteps(roots, input.markerSelector ?? null)).filter((m) => !isSkipped(m.element));
  yield;
  const footnotes: Footnote[] = findFootnotes(roots, input.noteSelector, input.refSelector).filter((f) => !isSkipped(f.note));
  yield;
  const parts: OpinionPart[] = input.parts && input.parts.length > 0 ? input.parts : yield* findPartsSteps(roots, skip, input.author ?? null, pageMarkers.map((m) => m.element));
  yield;

  // The caption is what precedes the opinion; without one, the opinion's first lines (read
  // well past 600 characters, so that squashed white space still leaves 600).
  // The case's own citation is never read from the body, which cites other cases.
  const opening = input.captionText ?? readingText(roots, exclude, OPENING_READ).slice(0, 600);
  const given = { ...emptyMeta(), ...input.meta };
  const title = given.title ?? pageTitle(doc) ?? given.parties;
  const meta: OpinionMeta = {
    title,
    // Court, date and docket as the page marks them up, or null: read from text, they are the
    // core's to decide (analyze() reads the caption with the text's head and its signature
    // block), so the page and the command line decide them in one place (issue #16). Guessed
    // here from the first court name or docket in the header, they came out as a cited case's.
    court: given.court ?? null,
    date: given.date ?? null,
    docket: given.docket ?? null,
    citation: given.citation ?? findCitation(`${title ?? ''}\n${opening}`),
    parties: given.parties ?? (title ? findCaption(title) : null),
  };

  yield;
  const captionedItems = countCaptionedItems(roots, exclude);
  yield;
  let density = roots.length ? 0 : 1;
  for (const r of roots) density += (yield* linkDensitySteps(r)) / roots.length;
  yield;
  // "Is this an opinion?" is decided once, by the core (lib/analysis/is-opinion.ts, through
  // analyze({ page })): the page gives it what only the page knows, never a verdict.
  const evidence: PageEvidence = { linkDensity: density, captionedItems, siteLayout: input.siteLayout === true };
  return { site, roots, exclude, pageMarkers, footnotes, parts, meta, caption: input.captionText || null, evidence };
}
