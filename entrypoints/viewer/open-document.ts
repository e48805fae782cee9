/**
 * Opens a PDF once for both reading and showing it: the document (kept open for drawing
 * pages), every page's size at once (so the page boxes are laid out before any text is
 * read), then the text, page by page, through lib/pdf's reader. Each page's PDF.js text
 * content is handed on as it is read: the text layer is made from it (its span i is item i
 * of the same content), so no page's text is asked for twice.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { openFailure, PdfOpenError, readPdfPages, TEXT_ONLY_OPTIONS, type PdfDocumentLike, type PdfPage } from '../../lib/pdf/index';
import { pdfjs } from './pdfjs';
import { mark } from './timing';

/** PDF.js's text content of a page, as the text layer takes it. */
export type TextContent = Awaited<ReturnType<Awaited<ReturnType<PDFDocumentProxy['getPage']>>['getTextContent']>>;

/** A page's number and size in PDF points, before its text is read. */
export interface PageSize {
  number: number;
  width: number;
  height: number;
}

export interface OpenPdf {
  doc: PDFDocumentProxy;
  sizes: PageSize[];
  close(): Promise<void>;
}

/** Opens `bytes` (PDF.js takes them over: pass a copy if they are needed after). Throws PdfOpenError in words. */
export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  const task = pdfjs.getDocument({ data: bytes, ...TEXT_ONLY_OPTIONS, disableFontFace: false });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    throw new PdfOpenError(openFailure(e));
  }
  mark('parsed');
  const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
  const sizes = pages.map((p, i) => ({ number: i + 1, width: p.view[2] - p.view[0], height: p.view[3] - p.view[1] }));
  return { doc, sizes, close: () => doc.destroy() };
}

/**
 * Pages whose text is asked for ahead of the page being read. PDF.js's worker then reads them
 * back to back; asked one at a time, each page waited for this thread to take the page before
 * and ask again, and this thread is busy making text layers and drawing (Tarrant's 30 pages
 * were read 1.4–5 s after the first under load 3–7, where PDF.js in Node reads them in 0.4–0.85 s).
 */
const AHEAD = 8;

/**
 * Reads every page's text items in order with lib/pdf's reader; `onPage` hears each page
 * with the text content it was read from, as soon as it is read and `start` has settled.
 * The first page's text is asked for at once, before `start`: asked after the canvas in view,
 * it waited in PDF.js's worker for that page's drawing instructions (in Node, under load 7:
 * 0.31 s for page 1's text, fonts included, then 0.18 s more for its operator list).
 */
export function readText(pdf: OpenPdf, onPage: (p: PdfPage, content: TextContent) => void, start: Promise<unknown> = Promise.resolve()): Promise<PdfPage[]> {
  const contents = new Map<number, TextContent>();
  const asked = new Map<number, Promise<TextContent>>();
  const ask = (n: number) => {
    if (n > pdf.doc.numPages || asked.has(n)) return;
    const content = pdf.doc.getPage(n).then((p) => p.getTextContent());
    // a page asked ahead that fails fails when its turn comes, not before
    content.catch(() => {});
    asked.set(n, content);
  };
  ask(1);
  const doc: PdfDocumentLike = {
    numPages: pdf.doc.numPages,
    async getPage(n) {
      const page = await pdf.doc.getPage(n);
      return {
        view: page.view,
        async getTextContent() {
          await start;
          for (let k = n; k < n + AHEAD; k++) ask(k);
          const c = await asked.get(n)!;
          asked.delete(n);
          contents.set(n, c);
          return c;
        },
        getOperatorList: () => page.getOperatorList(),
      };
    },
    // the viewer closes it (OpenPdf.close)
    destroy: () => Promise.resolve(),
  };
  return readPdfPages(pdfjs as unknown as { OPS: Record<string, number> }, doc, (p) => {
    const content = contents.get(p.number)!;
    contents.delete(p.number);
    onPage(p, content);
  });
}
