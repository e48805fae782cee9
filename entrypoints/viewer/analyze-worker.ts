/**
 * The viewer's text job (./text-job.ts: the PDF's text built with lib/pdf, a preview of its
 * citations, the analysis with lib/analyze, the same core the background and the CLI run)
 * in a worker of the extension's own page, so a long slip opinion never makes the viewer's
 * thread stop for it.
 */
import { textJob, warmUp, type JobReply, type JobRequest } from './text-job';

const job = textJob((r: JobReply) => self.postMessage(r));
// The worker starts with the page, long before the PDF's first page is read: the preview's
// code is compiled meanwhile (a failure there is the real job's to meet, not the queue's).
// Then one request after another: the last ('end') may wait for the analysis core to load.
let queue = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
  try {
    warmUp();
  } catch {
    // the job meets it again and says so
  }
});
self.onmessage = (e: MessageEvent<JobRequest>) => void (queue = queue.then(() => job(e.data)));
