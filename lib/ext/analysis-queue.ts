/**
 * The background analyses one text at a time (the core is synchronous), so the order of the
 * waiting ones is what a reader feels: the tab in front of them goes first, then the others
 * in the order they asked, and a job whose tab has moved on (a newer run, a closed tab) is
 * dropped before it costs anything. Between two jobs the thread is handed back, so the
 * messages of other tabs (their uploads, their cached answers) are not held up either.
 */
export interface QueuedJob<T> {
  tabId: number;
  /** the tab's run this job is for; `stale` says when the tab has moved on */
  run?: string;
  work: () => T;
}

export interface QueueHooks {
  /** is this the tab the reader is looking at (the active tab of the focused window)? */
  visible(tabId: number): boolean | Promise<boolean>;
  /** has the tab moved on (a newer run, closed)? A stale job is refused, not run. */
  stale(tabId: number, run: string | undefined): boolean;
  /** hands the thread back between two jobs */
  yieldNow?: () => Promise<void>;
}

export class StaleJobError extends Error {
  constructor() {
    super('the page moved on before its analysis ran');
  }
}

export function analysisQueue(hooks: QueueHooks) {
  type Entry = { job: QueuedJob<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void };
  const waiting: Entry[] = [];
  let running = false;
  const yieldNow = hooks.yieldNow ?? (() => new Promise<void>((r) => setTimeout(r, 0)));

  async function next(): Promise<Entry | undefined> {
    // drop what no one will read
    for (let i = waiting.length - 1; i >= 0; i--) {
      const e = waiting[i];
      if (hooks.stale(e.job.tabId, e.job.run)) {
        waiting.splice(i, 1);
        e.reject(new StaleJobError());
      }
    }
    if (!waiting.length) return undefined;
    let pick = 0;
    for (let i = 0; i < waiting.length; i++) {
      if (await hooks.visible(waiting[i].job.tabId)) {
        pick = i;
        break;
      }
    }
    return waiting.splice(pick, 1)[0];
  }

  async function drain() {
    if (running) return;
    running = true;
    try {
      for (;;) {
        await yieldNow();
        const e = await next();
        if (!e) break;
        try {
          e.resolve(e.job.work());
        } catch (err) {
          e.reject(err);
        }
      }
    } finally {
      running = false;
    }
  }

  return {
    /** runs `job.work` when its turn comes; rejects with StaleJobError if its tab moved on first */
    run<T>(job: QueuedJob<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push({ job, resolve: resolve as (v: unknown) => void, reject });
        void drain();
      });
    },
    /** how many jobs wait (for tests and the bench) */
    get size() {
      return waiting.length;
    },
  };
}
