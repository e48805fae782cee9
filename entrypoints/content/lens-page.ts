/**
 * The content script's life on one page: read the opinion, ask the background for the
 * analysis (the core never runs on the page's main thread), paint it, answer the side
 * panel, follow the reader's scroll, and start again when the page swaps the opinion.
 * Everything it adds is removed by `stop()`; the page sees only the state flag and counts.
 *
 * Each behaviour is a module of its own, started here with its own `AbortSignal` (aborted
 * when the extension goes away) and its own try/catch: one that fails is reported through
 * the status path and the others keep working (Refined GitHub's feature manager).
 */
import type { GuestContext } from './guest-context';
import { overlayBoxes, overlayMarks } from '../../lib/dom/overlay';
import { legendRoot } from '../../lib/dom/legend';
import { serveContent } from '../../lib/ext/rpc';
import { clear, lensState, pageState, type LensState } from './lens-state';
import { setFactorVisible } from './painting';
import { run } from './reading';
import { scrollToParagraph, scrollToSpan, step } from './stepping';
import { repaintNotes, selectionOffsets } from './notes';
import { startLegend } from './legend-wiring';
import { startFollow } from './follow';
import { startCard } from './card';
import { guarded } from './status';
import { relabel } from './relabel';

export function startLens(ctx: GuestContext): void {
  // The overlay's boxes and the texts they cover, for the browser tests: in this isolated
  // world only (like `__injunctionLensSlices`); the page's own scripts never see it.
  Object.defineProperty(globalThis, '__injunctionLensOverlay', { get: overlayBoxes, configurable: true });
  Object.defineProperty(globalThis, '__injunctionLensState', { get: () => ({ ...pageState }), configurable: true });
  Object.defineProperty(globalThis, '__injunctionLensMarks', { get: overlayMarks, configurable: true });
  Object.defineProperty(globalThis, '__injunctionLensLegend', { get: legendRoot, configurable: true });
  let rerunTimer: number | undefined;
  const lens: LensState = lensState(ctx, (ms, force = false) => {
    clearTimeout(rerunTimer);
    rerunTimer = ctx.setTimeout(() => lens.on && run(lens, force || lens.forced), ms);
  });
  startBehaviour(lens, 'answers', (signal) => serveAnswers(lens, signal));
  startBehaviour(lens, 'legend', (signal) => startLegend(lens, signal));
  startBehaviour(lens, 'follow', (signal) => startFollow(lens, signal));
  startBehaviour(lens, 'card', (signal) => startCard(lens, signal));
  // Settings decide whether to start by itself; the toolbar button always can ('rerun').
  void run(lens, false);
  ctx.onInvalidated(() => clear(lens, true));
}

/** Starts one behaviour with its own signal, aborted when the extension goes away; its failure stays its own. */
function startBehaviour(lens: LensState, name: string, start: (signal: AbortSignal) => void) {
  const behaviour = new AbortController();
  lens.ctx.onInvalidated(() => behaviour.abort());
  guarded(name, () => start(behaviour.signal));
}

/** What the side panel and the background may ask of this page (lib/ext/messages.ts). */
function serveAnswers(lens: LensState, signal: AbortSignal) {
  const unserve = serveContent({
    scrollToParagraph: ({ index }) => ({ scrolled: scrollToParagraph(lens, index) }),
    scrollToOffset: ({ start, end }) => ({ scrolled: scrollToSpan(lens, start, end) }),
    setFactorVisible: ({ factor, visible }) => {
      setFactorVisible(lens, factor, visible);
      return null;
    },
    toggleHighlights: () => {
      lens.on = !lens.on;
      if (lens.on) void run(lens, true);
      else clear(lens, true);
      return { on: lens.on };
    },
    rerun: () => {
      lens.on = true;
      lens.rerunSoon(0, true);
      return null;
    },
    relabel: ({ paragraphs, run }) => ({ repainted: relabel(lens, paragraphs, run) }),
    step: ({ direction }) => ({ index: step(lens, direction) }),
    getSelection: () => selectionOffsets(lens),
    paintNotes: ({ spans }) => {
      repaintNotes(lens, spans);
      return null;
    },
  });
  signal.addEventListener('abort', unserve);
}
