/**
 * Following the reader and the page: the painting and the legend move with the scroll and
 * the side panel hears which paragraph is in view; a new URL (a single-page app) or a
 * changed opinion text (lazy content) starts a new run.
 */
import { broadcast } from '../../lib/ext/rpc';
import { OWN_TAG, type LensState, type PageText } from './lens-state';
import { paragraphAtViewport, viewportOffset } from './viewport';

/** Scroll and URL changes, for the page's life (until `signal` aborts). */
export function startFollow(lens: LensState, signal: AbortSignal) {
  let lastSent: number | null = null;
  let scrollTimer: number | undefined;
  const onScroll = () => {
    if (!lens.analysis) return;
    clearTimeout(scrollTimer);
    scrollTimer = lens.ctx.setTimeout(() => {
      const at = viewportOffset(lens);
      if (at != null) {
        void lens.painting?.moveTo(at);
        void lens.notes?.moveTo(at);
      }
      lens.legend?.place();
      const index = paragraphAtViewport(lens);
      if (index === lastSent) return;
      lastSent = index;
      // about this tab: the panel takes the tab the browser says sent it (lib/ext/rpc.ts onBroadcast)
      void broadcast({ channel: 'lens-broadcast', type: 'viewport', paragraph: index });
    }, 150);
  };
  window.addEventListener('scroll', onScroll, { passive: true, signal });
  lens.ctx.onLocationChange(() => {
    if (!signal.aborted) lens.rerunSoon(300);
  });
}

/** Lazy content and single-page apps: a changed opinion text means a new run. */
export function watchForChanges(lens: LensState, reading: PageText) {
  lens.observer?.disconnect();
  const roots = reading.roots;
  const before = reading.index.text.length;
  lens.observer = new MutationObserver((records) => {
    if (records.every((r) => r.target instanceof Element && OWN_TAG.test(r.target.tagName))) return;
    const detached = roots.some((r) => !r.isConnected);
    const grown = Math.abs((roots[0]?.textContent?.length ?? 0) - (roots[0] ? reading.index.text.length : 0)) > before * 0.2;
    if (detached || grown) lens.rerunSoon(500);
  });
  lens.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
}
