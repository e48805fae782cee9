/**
 * What the content script's behaviours share on one page (lens-page.ts starts them): the
 * reading of the opinion, its analysis, the paintings, the legend and the card, and the
 * reader's choices. Kept in this isolated world; the page sees none of it.
 */
import type { GuestContext } from './guest-context';
import type { Painting } from '../../lib/dom/paint';
import type { planCounts, stateCounts } from '../../lib/dom/paint-plan';
import { removeHighlightSheet } from '../../lib/dom/highlight-sheet';
import { pageAliases } from '../../lib/dom/highlight-names';
import { defaultSettings, type Settings } from '../../lib/ext/settings';
import type { Legend } from '../../lib/dom/legend';
import type { CitationCard } from '../../lib/dom/citation-card';
import type { TextIndex } from '../../lib/dom/text-index';
import type { Analysis } from '../../lib/types';

/** The opinion's elements and its reading text: what painting and re-runs need. */
export type PageText = { roots: Element[]; index: TextIndex };

/**
 * Where the lens is on this page (running, ready, not-opinion, error) and the counts of its
 * answer. Kept in this isolated world only, for the browser tests: nothing on the page's
 * DOM says the lens is there (an attribute would tell every page script).
 */
export const pageState: {
  state: 'running' | 'ready' | 'not-opinion' | 'error' | null;
  counts: ReturnType<typeof stateCounts> | null;
  /** what the whole painting's plan holds (ranges, characters, marks) and in which mode */
  painted: (ReturnType<typeof planCounts> & { wash: boolean }) | null;
  /** how many times this page's text was read (a correction repaints without reading again) */
  reads: number;
} = { state: null, counts: null, painted: null, reads: 0 };

/** Our own elements (the legend, the card, the overlay): changes to them are not the page's. */
export const OWN_TAG = /^INJUNCTION-LENS-/;

export type LensState = {
  readonly ctx: GuestContext;
  reading: PageText | null;
  analysis: Analysis | null;
  painting: Painting | null;
  /** paintings shown before the whole one (a long text's preview, its near-viewport part) */
  early: Painting[];
  runs: number;
  /** this page load's token: a message meant for another document in the tab never matches */
  readonly token: string;
  /** the reader asked for the lens on this page (toolbar, toggle): later re-runs stay on */
  forced: boolean;
  /** stops early paintings adding highlights once the whole one starts */
  early$: AbortController;
  run$: AbortController;
  flashing: Painting | null;
  around: number;
  notes: Painting | null;
  legend: Legend | null;
  card: CitationCard | null;
  observer: MutationObserver | null;
  on: boolean;
  stepAt: number;
  settings: Settings;
  /** the paragraph wash (true) or findings first (false): the reader's choice (settings' `paragraphWash`) */
  wash: boolean;
  /** factors the reader switched off in the legend on this page (kept when the painting is made again) */
  readonly switchedOff: Set<string>;
  /** the names our highlights go by on this page: opaque to the page (highlight-names.ts) */
  readonly alias: ReturnType<typeof pageAliases>;
  /** A re-run the page caused (lazy content, navigation): it stays on if the reader had asked for it. */
  rerunSoon: (ms: number, force?: boolean) => void;
};

/** A fresh state for this page load; `rerunSoon` is the page's way to start a run again. */
export function lensState(ctx: GuestContext, rerunSoon: LensState['rerunSoon']): LensState {
  return {
    ctx,
    reading: null,
    analysis: null,
    painting: null,
    early: [],
    runs: 0,
    token: Math.random().toString(36).slice(2),
    forced: false,
    early$: new AbortController(),
    run$: new AbortController(),
    flashing: null,
    around: 0,
    notes: null,
    legend: null,
    card: null,
    observer: null,
    on: true,
    stepAt: -1,
    settings: defaultSettings(),
    wash: false,
    switchedOff: new Set<string>(),
    alias: pageAliases(),
    rerunSoon,
  };
}

/** Removes the whole painting and every early one. */
export function clearPaintings(lens: LensState) {
  lens.painting?.clear();
  for (const p of lens.early) p.clear();
  lens.early = [];
  lens.painting = null;
}

/** Ends the run and removes what it added; `all`: the stylesheet and the state too. */
export function clear(lens: LensState, all: boolean) {
  lens.run$.abort();
  lens.early$.abort();
  lens.legend?.remove();
  lens.legend = null;
  lens.card?.remove();
  lens.card = null;
  clearPaintings(lens);
  lens.notes?.clear();
  lens.flashing?.clear();
  lens.notes = lens.flashing = null;
  lens.observer?.disconnect();
  lens.observer = null;
  lens.analysis = null;
  if (all) {
    removeHighlightSheet(document);
    pageState.state = null;
    pageState.counts = null;
    pageState.painted = null;
  }
}
