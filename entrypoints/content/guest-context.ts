/**
 * The content script's lifetime on a page: its listeners and timers, and the callbacks that
 * end them. We keep our own instead of WXT's content-script context because WXT's speaks to
 * the page: it posts `<extension id>:content:wxt:content-script-started` to the window,
 * dispatches it on the document (where any page listener hears it), stops itself when the
 * page dispatches that event back, and announces URL changes with events on the window.
 * Here nothing is dispatched on the page and nothing the page dispatches ends the lens.
 * It ends only when the extension goes away (updated, disabled: `runtime.id` is gone).
 */
export class GuestContext {
  private readonly controller = new AbortController();
  private readonly ends: (() => void)[] = [];
  private watching = false;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** false once the extension that injected us is gone; checking also ends us then */
  get isValid(): boolean {
    if (!this.signal.aborted && !extensionAlive()) this.end();
    return !this.signal.aborted;
  }

  onInvalidated(cb: () => void): () => void {
    this.ends.push(cb);
    return () => {
      const i = this.ends.indexOf(cb);
      if (i >= 0) this.ends.splice(i, 1);
    };
  }

  /** A listener removed when we end. */
  addEventListener(target: EventTarget, type: string, handler: (e: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** `cb` when the page's URL changes without a load (a single-page app), told directly, never as a page event. */
  onLocationChange(cb: () => void): void {
    this.watchLocation(cb);
  }

  setTimeout(fn: () => void, ms?: number): number {
    return this.timer(window.setTimeout, window.clearTimeout, fn, ms);
  }

  setInterval(fn: () => void, ms?: number): number {
    return this.timer(window.setInterval, window.clearInterval, fn, ms);
  }

  /** A timer that runs `fn` only while the lens is valid, and is cleared when it is invalidated. */
  private timer(set: (cb: () => void, ms?: number) => number, clear: (id: number) => void, fn: () => void, ms?: number): number {
    const id = set.call(window, () => {
      if (this.isValid) fn();
    }, ms);
    this.onInvalidated(() => clear.call(window, id));
    return id;
  }

  private watchLocation(handler: () => void) {
    if (this.watching) return;
    this.watching = true;
    let last = location.href;
    // a single-page app changes the URL without a load: poll (cheap: one string compare a
    // second) rather than patch the page's history functions or listen on its window
    this.setInterval(() => {
      if (location.href === last) return;
      last = location.href;
      handler();
    }, 1000);
  }

  private end() {
    this.controller.abort();
    for (const cb of this.ends.splice(0)) {
      try {
        cb();
      } catch {
        /* one failing teardown does not stop the rest */
      }
    }
  }
}

function extensionAlive(): boolean {
  try {
    return !!(globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id;
  } catch {
    return false;
  }
}
