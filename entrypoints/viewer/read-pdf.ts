/**
 * A PDF from its bytes to its analysis, each step started as soon as what it needs exists:
 * the text job's worker (./run-analysis.ts) and the reader's settings are asked for while
 * PDF.js opens the document (./open-document.ts); the page boxes and the canvases in view
 * come before any text (./page-views.ts); then each page's text makes its text layer and goes
 * to the text job as it is read; once the pages in view are read, the job is asked for their
 * citations (the preview); once every page is read, for the whole text and its analysis.
 */
import type { PdfText } from '../../lib/pdf/index';
import type { Analysis } from '../../lib/types';
import { openPdf, readText, type OpenPdf } from './open-document';
import { showPages, type PageViews } from './page-views';
import { startTextJob } from './run-analysis';
import { mark } from './timing';

export interface ReadSteps {
  /** where the page boxes go */
  container: HTMLElement;
  /** made ready before the first text layer (the highlight sheet: adopted later, it restyles every span) */
  beforeText: Promise<void>;
  /** the document is open and its pages laid out (the session keeps them, to close them) */
  opened(pdf: OpenPdf, views: PageViews): void;
  /** the text of the pages read so far and the citations in it (offsets into that text) */
  preview(built: PdfText, citations: { start: number; end: number }[]): void;
  say(words: string): void;
}

/** What a PDF's reading came to: its whole text (with its problem, if it cannot be analysed) and, if it can, its analysis. */
export interface ReadPdf {
  pdf: OpenPdf;
  views: PageViews;
  built: PdfText;
  analysis: Analysis | null;
}

/** Reads the PDF in `bytes`; null once `signal` aborts. Throws PdfOpenError (in words) for a file PDF.js cannot open. */
export async function readPdf(bytes: Uint8Array, url: string | null, steps: ReadSteps, signal: AbortSignal): Promise<ReadPdf | null> {
  const built = deferred<PdfText>();
  const analysed = deferred<Analysis>();
  const job = startTextJob((r) => {
    if (r.type === 'preview') {
      mark('preview-built');
      steps.preview(r.built, r.citations);
    } else if (r.type === 'built') built.resolve(r.built);
    else if (r.type === 'analysis') analysed.resolve(r.analysis);
    else {
      built.reject(new Error(r.error));
      analysed.reject(new Error(r.error));
    }
  });
  signal.addEventListener('abort', () => job.stop());
  try {
    const pdf = await openPdf(bytes);
    mark('opened');
    if (signal.aborted) return null;
    // the first page's text is asked for now, ahead of the canvases; each page is taken once
    // the boxes are laid out and the highlight sheet adopted (`laidOut`)
    const laidOut = deferred<void>();
    const read = deferred<void>();
    let views: PageViews | null = null;
    let previewAt = 1;
    const reading = readText(pdf, (p, content) => {
      views?.addTextLayer(p.number, content);
      job.send({ type: 'page', page: p });
      // the citations of the pages in view are painted once those pages are read
      if (p.number === previewAt) {
        mark('preview-pages-read');
        job.send({ type: 'preview' });
      }
      steps.say(`Reading page ${p.number}…`);
    }, laidOut.promise).finally(() => read.resolve());
    // a failure before it is awaited below is met there, not reported as unhandled
    reading.catch(() => {});
    // the boxes, and the canvases of the pages in view, before any text is taken
    views = showPages(steps.container, pdf.doc, pdf.sizes, signal, read.promise);
    steps.opened(pdf, views);
    previewAt = Math.max(1, ...views.inView());
    await steps.beforeText;
    laidOut.resolve();
    const pages = await reading;
    if (signal.aborted) return null;
    const images: Record<number, boolean> = {};
    for (const p of pages) if (p.image !== undefined) images[p.number] = p.image;
    job.send({ type: 'end', images, url });
    mark('text-read');
    steps.say(`${pages.length} pages; analysing…`);
    const text = await built.promise;
    mark('built');
    if (signal.aborted) return null;
    if (text.problem || !text.text.trim()) return { pdf, views, built: text, analysis: null };
    const analysis = await analysed.promise;
    mark('analysed');
    // every text layer in place: the whole analysis is painted on them
    await views.textLayers();
    return signal.aborted ? null : { pdf, views, built: text, analysis };
  } finally {
    job.stop();
  }
}

function deferred<T>(): { promise: Promise<T>; resolve(v: T): void; reject(e: Error): void } {
  let resolve!: (v: T) => void, reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // a rejection nobody awaits yet (the analysis while the text is judged) is not unhandled
  promise.catch(() => {});
  return { promise, resolve, reject };
}
