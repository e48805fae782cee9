/**
 * The legend on the page: shown for the factors an analysis found, docked beside the
 * opinion's column, placed again on resize, and told when the reader's mode changes elsewhere.
 */
import { showLegend } from '../../lib/dom/legend';
import { rangeFromOffsets } from '../../lib/dom/text-index';
import type { Analysis, FactorName } from '../../lib/types';
import type { LensState } from './lens-state';
import { setFactorVisible, setWash } from './painting';
import { paragraphAtViewport } from './viewport';
import browser from 'webextension-polyfill';
import { onSettingsChanged } from '../../lib/ext/settings-store';

/** The stored mode and the window's size, for the page's life (until `signal` aborts). */
export function startLegend(lens: LensState, signal: AbortSignal) {
  const unwatch = onSettingsChanged(browser.storage.onChanged, ({ paragraphWash }) => {
    lens.legend?.setWash(paragraphWash);
    setWash(lens, paragraphWash, false);
  });
  signal.addEventListener('abort', unwatch);
  window.addEventListener('resize', () => lens.legend?.place(), { passive: true, signal });
}

/** The factors an analysis's paragraphs carry: the legend's rows. */
export function factorsOf(a: Analysis): Set<FactorName> {
  return new Set(a.paragraphs.flatMap((p) => p.factors.map((f) => f.factor)));
}

/** The legend for the factors `present` in this analysis. */
export function showLegendFor(lens: LensState, present: Set<FactorName>) {
  lens.legend = showLegend(document, present, (f, v) => setFactorVisible(lens, f, v), {
    wash: lens.wash,
    onWash: (wash) => setWash(lens, wash, true),
    column: () => column(lens),
    avoid: () => [lens.painting, lens.notes].flatMap((p) => p?.rectsIn(0, window.innerHeight) ?? []),
  });
}

/**
 * Where the opinion's text runs now (viewport coordinates): the left and right edges of
 * the lines of the paragraphs around the reader. The legend docks beside it.
 */
function column(lens: LensState): { left: number; right: number } | null {
  if (!lens.reading || !lens.analysis) return null;
  const paras = lens.analysis.paragraphs;
  const at = paragraphAtViewport(lens) ?? 0;
  let left = Infinity, right = -Infinity;
  for (const p of paras.slice(Math.max(0, at - 2), at + 6)) {
    const r = rangeFromOffsets(lens.reading.index, p.start, p.end);
    for (const b of r ? Array.from(r.getClientRects()) : []) {
      if (!b.width) continue;
      left = Math.min(left, b.left);
      right = Math.max(right, b.right);
    }
  }
  return left < right ? { left, right } : null;
}
