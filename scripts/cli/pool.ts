/**
 * Runs the analysis of many files on worker threads and hands the answers back in input
 * order. Each worker holds one file at a time; an answer that arrives early waits for the
 * ones before it, and no new file is sent while AHEAD answers are waiting, so memory holds
 * at most a few analyses however long the run. A worker that dies (out of memory, a crash)
 * costs its file, which becomes an error, and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { Input } from './inputs';
import type { Answer } from './worker';

export interface Done {
  file: string;
  /** the analysis JSON in UTF-8, when the file was analysed */
  json?: Uint8Array;
  /** why not, in one line */
  error?: string;
  /** notes about how the file was read (a guessed encoding) */
  notes: string[];
}

/** answers allowed to wait for an earlier one, per worker */
const AHEAD = 4;

/**
 * The worker script: the bundle's worker.mjs next to this chunk; under tsx, worker.ts, which
 * needs tsx registered inside the worker (a worker does not inherit the parent's loader).
 */
function spawn(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.mjs', here));
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(new URL('./worker.ts', here).href)}); });`;
  return new Worker(boot, { eval: true });
}

export async function* analyzeInOrder(items: Iterator<Input>, jobs: number): AsyncGenerator<Done> {
  const waiting = new Map<number, Done>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, { index: number; file: string }>();
  const all = new Set<Worker>();
  let assigned = 0;
  let exhausted = false;
  let closing = false;
  let wake: (() => void) | null = null;
  const ping = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const finish = (w: Worker, done: Omit<Done, 'file'>) => {
    const job = busy.get(w);
    if (!job) return;
    busy.delete(w);
    waiting.set(job.index, { file: job.file, ...done });
    ping();
  };

  const start = (): Worker => {
    const w = spawn();
    all.add(w);
    w.on('message', (answer: Answer) => {
      finish(w, answer);
      idle.push(w);
      feed(); // while the reader of the answers is busy writing, the workers keep going
      ping();
    });
    // an uncaught error ends the worker; 'exit' follows and replaces it
    w.on('error', (e) => finish(w, { error: `${busy.get(w)?.file}: the analysis crashed: ${e.message}`, notes: [] }));
    w.on('exit', (code) => {
      all.delete(w);
      const i = idle.indexOf(w);
      if (i >= 0) idle.splice(i, 1);
      finish(w, { error: `${busy.get(w)?.file}: the analysis stopped (worker exit ${code})`, notes: [] });
      if (!closing) feed();
    });
    return w;
  };

  const feed = () => {
    while (!exhausted && busy.size + waiting.size < jobs * AHEAD) {
      if (idle.length === 0 && all.size >= jobs) return;
      const it = items.next();
      if (it.done) {
        exhausted = true;
        return;
      }
      const index = assigned++;
      const { file, error } = it.value;
      if (error !== undefined) {
        waiting.set(index, { file, error, notes: [] });
        continue;
      }
      const w = idle.pop() ?? start();
      busy.set(w, { index, file });
      w.postMessage({ file });
    }
  };

  try {
    for (let next = 0; ; ) {
      feed();
      const done = waiting.get(next);
      if (done) {
        waiting.delete(next++);
        yield done;
        continue;
      }
      if (exhausted && next === assigned) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    await Promise.all([...all].map((w) => w.terminate()));
  }
}
