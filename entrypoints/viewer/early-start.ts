/**
 * What the viewer starts before the rest of its code is evaluated (main.ts imports this
 * first): PDF.js's worker, the text job's worker and the fetch of the PDF named by `?file=`.
 * Each takes a thread or the network, not this one, and the viewer's own code (PDF.js's main
 * half, the painter, the legend) took 0.15–0.45 s to evaluate; started after it, each waited
 * that long for nothing (a Chromium trace of Tarrant: the workers compiled their modules only
 * once the page's code had run, and the PDF was asked for after that).
 */
import { fileParam, fromUrl, type PdfSource } from './pdf-source';

/** PDF.js's worker, bundled as a worker of this page (./pdf-worker.ts; ./pdfjs.ts hands it to PDF.js). */
export const pdfWorker = new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module' });

/** A new worker for the text job (./analyze-worker.ts), or null where none can start (./run-analysis.ts then runs the job here). */
function startAnalysisWorker(): Worker | null {
  try {
    return new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

let waiting: Worker | null = startAnalysisWorker();
// a worker whose module failed to load before anyone listened is not handed out
waiting?.addEventListener('error', () => (waiting = null), { once: true });

/** The text job's worker started with the page for the first PDF, then a fresh one for each PDF opened after it. */
export function takeAnalysisWorker(): Worker | null {
  const w = waiting;
  waiting = null;
  return w ?? startAnalysisWorker();
}

const file = fileParam(location.href);
/** The PDF named by the viewer's address (`?file=`), already being fetched; null when none is named. */
export const firstSource: Promise<PdfSource> | null = file ? fromUrl(file) : null;
// main.ts awaits it in the same task; until then a failed fetch is not an unhandled rejection
firstSource?.catch(() => {});
