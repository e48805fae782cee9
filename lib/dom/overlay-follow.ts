/**
 * When an overlay's boxes must be measured again (lib/dom/overlay.ts): the window resized,
 * fonts arrived, the page's DOM changed, a scrolling box scrolled; and when marks placed off
 * screen may have come into view (the document's own scroll). Each at most once a frame.
 */

export interface LayoutWatch {
  /** the overlay still has a host (nothing to do once it is gone) */
  alive(): boolean;
  /** `node` is inside the overlay's own host (its changes are ours, not the page's) */
  owns(node: Node): boolean;
  /** measure every range again */
  remeasure(): void;
  /** place again the marks that a scroll may have brought into view */
  recheck(): void;
}

/** Starts watching until `signal` aborts; returns the observers to disconnect. */
export function followLayout(doc: Document, signal: AbortSignal, watch: LayoutWatch): { disconnect(): void }[] {
  const win = doc.defaultView;
  const observers: { disconnect(): void }[] = [];
  /** `fn` in the next frame (or 50 ms on in a hidden tab), once however many calls came before it */
  const oncePerFrame = (fn: () => void) => {
    let queued = false;
    return () => {
      if (queued || !watch.alive()) return;
      queued = true;
      const run = () => {
        queued = false;
        fn();
      };
      if (win?.requestAnimationFrame && doc.visibilityState !== 'hidden') win.requestAnimationFrame(run);
      else setTimeout(run, 50);
    };
  };
  const soon = oncePerFrame(() => watch.remeasure());
  win?.addEventListener('resize', soon, { signal, passive: true });
  // a box inside a scrolling element moves with it; the document's own scroll moves the host
  // too, but brings marks placed off screen into view: those are checked again
  const recheck = oncePerFrame(() => watch.recheck());
  doc.addEventListener('scroll', (e) => (e.target !== doc ? soon() : recheck()), { signal, passive: true, capture: true });
  doc.fonts?.addEventListener?.('loadingdone', soon, { signal } as AddEventListenerOptions);
  const RO = (win as (Window & typeof globalThis) | null)?.ResizeObserver;
  if (RO) {
    const ro = new RO(soon);
    if (doc.body) ro.observe(doc.body);
    ro.observe(doc.documentElement);
    observers.push(ro);
  }
  const MO = (win as (Window & typeof globalThis) | null)?.MutationObserver;
  if (MO && doc.body) {
    // text that moves without the body changing size (a banner swapped for another)
    const mo = new MO((records) => {
      if (records.some((r) => !watch.owns(r.target))) soon();
    });
    mo.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
    observers.push(mo);
  }
  return observers;
}
