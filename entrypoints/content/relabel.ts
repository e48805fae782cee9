/**
 * The reader's labels changed (a correction saved, removed or undone in the side panel):
 * the background sends the paragraphs whose labels changed, as it applied every correction
 * to the machine's analysis (the one place that applies them, lib/export/overrides.ts), and
 * the page repaints from the analysis it holds. The page is not read again and nothing is
 * analysed again.
 */
import { stateCounts } from '../../lib/dom/paint-plan';
import type { Analysis } from '../../lib/types';
import { pageState, type LensState } from './lens-state';
import { repaint } from './painting';
import { factorsOf, showLegendFor } from './legend-wiring';
import { guarded } from './status';

/**
 * Takes `changed` into the analysis the page holds and repaints it; false when the page holds
 * none, or holds another run's (`run`: the run the background's analysis came from).
 */
export function relabel(lens: LensState, changed: Analysis['paragraphs'], run?: string): boolean {
  const a = lens.analysis;
  if (!a || !lens.reading || (run != null && run !== `${lens.token}:${lens.runs}`)) return false;
  const byIndex = new Map(changed.map((p) => [p.index, p]));
  const next: Analysis = { ...a, paragraphs: a.paragraphs.map((p) => byIndex.get(p.index) ?? p) };
  lens.analysis = next;
  pageState.counts = stateCounts(next);
  repaint(lens);
  // a factor the reader's label brought in, or took out, changes the legend's rows
  const before = factorsOf(a);
  const present = factorsOf(next);
  if (lens.on && (present.size !== before.size || [...present].some((f) => !before.has(f)))) {
    lens.legend?.remove();
    lens.legend = null;
    if (present.size) guarded('legend', () => showLegendFor(lens, present));
  }
  return true;
}
