/**
 * Drives the viewer's text job (./text-job.ts) in its worker (./analyze-worker.ts): pages go
 * in as PDF.js reads them, replies come back as they are ready. Where a worker cannot start
 * (a browser that refuses module workers in extension pages), the job runs on this thread,
 * each request in a task of its own: slower for the reader, never wrong.
 */
import type { JobReply, JobRequest } from './text-job';
import { takeAnalysisWorker } from './early-start';

export interface TextJobLink {
  send(req: JobRequest): void;
  stop(): void;
}

export function startTextJob(onReply: (r: JobReply) => void): TextJobLink {
  // the first PDF's worker was started with the page (./early-start.ts): its module is loaded by now
  const worker = takeAnalysisWorker();
  if (worker) {
    const w = worker;
    w.onmessage = (e: MessageEvent<JobReply>) => onReply(e.data);
    w.onerror = (e) => onReply({ type: 'error', error: e.message || 'the analysis worker failed' });
    return { send: (req) => w.postMessage(req), stop: () => w.terminate() };
  }
  // no worker: the same job here, in order, one request per task
  let stopped = false;
  let queue: Promise<unknown> = import('./text-job').then(({ textJob }) => textJob((r) => void (!stopped && onReply(r))));
  return {
    send(req) {
      const copy = structuredClone(req);
      queue = queue.then(async (job) => {
        await new Promise((r) => setTimeout(r, 0));
        if (!stopped) await (job as (q: JobRequest) => Promise<void>)(copy);
        return job;
      });
    },
    stop: () => void (stopped = true),
  };
}
