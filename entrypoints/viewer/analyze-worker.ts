/**
 * The viewer's text job (./text-job.ts: the PDF's text built with lib/pdf, a preview of its
 * citations, the analysis with lib/analyze, the same core the background and the CLI run)
 * in a worker of the extension's own page, so a long slip opinion never makes the viewer's
 * thread stop for it.
 */
import { textJob, type JobReply, type JobRequest } from './text-job';

const job = textJob((r: JobReply) => self.postMessage(r));
// one request after another: the last ('end') may wait for the analysis core to load
let queue = Promise.resolve();
self.onmessage = (e: MessageEvent<JobRequest>) => void (queue = queue.then(() => job(e.data)));
