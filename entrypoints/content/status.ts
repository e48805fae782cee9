/**
 * How a run ends (ready, not an opinion, an error), reported through the background's
 * `reportStatus`; and how a behaviour that fails is reported, through `behaviourFailed`: the
 * page stays painted and the side panel keeps its analysis, saying in a line what does not work.
 */
import { stateCounts } from '../../lib/dom/paint-plan';
import { callBackground } from '../../lib/ext/rpc';
import type { Analysis } from '../../lib/types';
import { clearPaintings, pageState, type LensState } from './lens-state';

export function finish(lens: LensState, state: 'ready' | 'not-opinion' | 'error', a: Analysis | null, error?: string) {
  // nothing painted early (a long text's preview) stays on a page that is not an opinion
  if (state !== 'ready') clearPaintings(lens);
  pageState.state = state;
  pageState.counts = a ? stateCounts(a) : null;
  if (!a) pageState.painted = null;
  if (state !== 'ready') void callBackground('reportStatus', { status: state, url: location.href, error });
}

/** One behaviour failed (`name`): said to the background; the page and the other behaviours go on. */
export function reportFailure(name: string, e: unknown) {
  const error = String((e as Error)?.message ?? e);
  void callBackground('behaviourFailed', { behaviour: name, error, url: location.href }).catch(() => {});
}

/** Runs one behaviour's start alone: its error is reported, never thrown into the others. */
export function guarded(name: string, start: () => void) {
  try {
    start();
  } catch (e) {
    reportFailure(name, e);
  }
}
