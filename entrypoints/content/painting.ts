/**
 * Painting the analysis: the reader's plan (findings first or the paragraph wash), the
 * highlight sheet, the factors switched off, and painting again when the reader changes mode.
 */
import { paint as paintIndex, type PaintItem, type Painting } from '../../lib/dom/paint';
import { paintPlan, planCounts } from '../../lib/dom/paint-plan';
import { adoptHighlightSheet } from '../../lib/dom/highlight-sheet';
import type { TextIndex } from '../../lib/dom/text-index';
import type { Analysis } from '../../lib/types';
import browser from 'webextension-polyfill';
import { updateSettings } from '../../lib/ext/settings-store';
import { clearPaintings, pageState, type LensState } from './lens-state';
import { viewportOffset } from './viewport';

export function installStyles(lens: LensState) {
  adoptHighlightSheet(document, lens.settings.colours, lens.alias, { wash: lens.wash });
}

/** The reader's painting of `a`: findings first or the paragraph wash, with margin marks. */
export function plan(lens: LensState, a: Analysis): PaintItem[] {
  return paintPlan(a, { wash: lens.wash, marks: true, colours: lens.settings.colours });
}

/** Paints over `index` (the reading whose offsets the items are in). */
export function paint(lens: LensState, index: TextIndex, items: PaintItem[], around: number, signal: AbortSignal): Painting {
  const painting = paintIndex(index, items, { around, signal, alias: lens.alias });
  for (const [f, v] of Object.entries(lens.settings.visible)) if (!v) hideFactor(painting, f);
  for (const f of lens.switchedOff) hideFactor(painting, f);
  return painting;
}

export function paintAll(lens: LensState, items: PaintItem[], around: number, signal: AbortSignal): Painting {
  return paint(lens, lens.reading!.index, items, around, signal);
}

/** A painting shown until the whole one replaces it. */
export function showEarly(lens: LensState, p: Painting) {
  if (lens.painting) lens.early.push(lens.painting);
  lens.painting = p;
}

/**
 * Findings first or the paragraph wash, from the legend (`store`: remembered with the
 * settings) or from the settings changed elsewhere. The painting is made again around
 * the reader; the old one goes first, so its marks leave their places to the new ones.
 */
export function setWash(lens: LensState, wash: boolean, store: boolean) {
  if (store) void updateSettings(browser.storage.local, { paragraphWash: wash }).catch(() => {});
  if (wash === lens.wash) return;
  lens.wash = wash;
  repaint(lens);
}

/**
 * Paints the analysis the page holds again, from its plan (a new mode, the reader's new
 * labels): nothing is read from the page again.
 */
export function repaint(lens: LensState) {
  const a = lens.analysis;
  const wash = lens.wash;
  if (!a || !lens.reading || !lens.on) return;
  installStyles(lens);
  const items = plan(lens, a);
  pageState.painted = { ...planCounts(items), wash };
  clearPaintings(lens);
  const painting = (lens.painting = paintAll(lens, items, viewportOffset(lens) ?? lens.around, lens.run$.signal));
  // painting again: 'running' until the new painting is done (the tests wait for 'ready')
  pageState.state = 'running';
  void painting.done.then(() => {
    if (lens.painting === painting && pageState.state === 'running') pageState.state = 'ready';
  });
}

export function setFactorVisible(lens: LensState, factor: string, visible: boolean) {
  if (visible) lens.switchedOff.delete(factor);
  else lens.switchedOff.add(factor);
  if (lens.painting) hideFactor(lens.painting, factor, visible);
}

function hideFactor(painting: Painting, factor: string, visible = false) {
  painting.setVisible(factor === 'citation' ? 'lens-citation' : `lens-${factor}-`, visible);
  if (factor !== 'citation') {
    painting.setVisible(`lens-evidence-${factor}`, visible);
    painting.setVisible(`lens-mark-${factor}-`, visible);
  }
}
