/**
 * The viewer's text work, off its main thread (./analyze-worker.ts runs it; ./run-analysis.ts
 * drives it): the pages' text items arrive one message a page as PDF.js reads them; asked for
 * a preview, the text of the pages read so far is built and its citations found (a few
 * milliseconds), so the first highlights need neither the whole PDF nor the whole analysis;
 * at the end the whole text is built with lib/pdf and analysed with lib/analyze, exactly as
 * before (and as `lens analyze` does), and each result is sent as soon as it exists.
 */
import { findCitations } from '../../lib/citations/index';
import { buildPdfText, type PdfPage, type PdfText } from '../../lib/pdf/index';
import type { Analysis } from '../../lib/types';

export type JobRequest =
  | { type: 'page'; page: PdfPage }
  | { type: 'preview' }
  /** every page read; `images`: page number → paints a page-sized image (only the pages asked) */
  | { type: 'end'; images: Record<number, boolean>; url: string | null };

export type JobReply =
  /** the text of the first `pages` pages and the citations in it: offsets into this preview text only */
  | { type: 'preview'; pages: number; built: PdfText; citations: { start: number; end: number }[] }
  /** the whole text (with its problem, if it cannot be analysed) */
  | { type: 'built'; built: PdfText }
  | { type: 'analysis'; analysis: Analysis }
  | { type: 'error'; error: string };

/**
 * A sentence with a case, a statute and an Id. (Winter, 555 U.S. 7), and a page of it, run
 * through the preview's code once while the worker waits for the PDF: the first call of each
 * function and regular expression compiles it, and on page 1's text that took the preview
 * 0.4–1 s on a loaded machine (the text of one page is built and searched in a few ms after).
 */
const WARM_UP = 'See Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 20 (2008); 28 U.S.C. § 1292(a)(1). Id. at 22.';

export function warmUp(): void {
  const item = { str: WARM_UP, x: 72, y: 700, w: 468, size: 12, font: 'f1', index: 0 };
  findCitations(buildPdfText([{ number: 1, width: 612, height: 792, items: [item] }]).text || WARM_UP);
}

/** One PDF's text job: feed it requests in order; it answers through `reply`. */
export function textJob(reply: (r: JobReply) => void): (req: JobRequest) => Promise<void> {
  const pages: PdfPage[] = [];
  // The analysis core (compromise's lexicon and all) loads once the preview is answered, while
  // the other pages are read: loaded at once, its evaluation held up the preview on this thread.
  let core: Promise<typeof import('../../lib/analyze')> | null = null;
  const loadCore = () => {
    if (!core) (core = import('../../lib/analyze')).catch(() => {});
    return core;
  };
  return async (req) => {
    try {
      if (req.type === 'page') pages.push(req.page);
      else if (req.type === 'preview') {
        const built = buildPdfText(pages);
        // a few pages may look unreadable where the whole would not: no preview then
        if (!built.problem && built.text.trim()) reply({ type: 'preview', pages: pages.length, built, citations: findCitations(built.text).map((c) => ({ start: c.start, end: c.end })) });
        void loadCore();
      } else {
        for (const p of pages) if (req.images[p.number] !== undefined) p.image = req.images[p.number];
        const built = buildPdfText(pages);
        reply({ type: 'built', built });
        if (built.problem || !built.text.trim()) return;
        const { analyze } = await loadCore();
        reply({ type: 'analysis', analysis: analyze({ text: built.text, url: req.url, site: 'pdf' }) });
      }
    } catch (err) {
      reply({ type: 'error', error: String((err as Error)?.message ?? err) });
    }
  };
}
