/**
 * Opens a PDF once for both reading and showing it. lib/pdf's loader reads the pages' text
 * items and closes the document it opened; the viewer needs the document after that (to
 * draw pages) and each page's text content (for PDF.js's text layer, whose span i is item i
 * of the same content). So the loader is handed a view of PDF.js whose document keeps each
 * page's text content and whose `destroy` waits for the viewer to call it.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { loadPdfPages, type PdfJsLike, type PdfPage } from '../../lib/pdf/index';
import { pdfjs } from './pdfjs';

/** PDF.js's text content of a page, as the text layer takes it. */
export type TextContent = Awaited<ReturnType<Awaited<ReturnType<PDFDocumentProxy['getPage']>>['getTextContent']>>;

export interface OpenPdf {
  doc: PDFDocumentProxy;
  pages: PdfPage[];
  /** page number → the text content the items were read from */
  contents: Map<number, TextContent>;
  close(): Promise<void>;
}

/**
 * Reads `bytes` (PDF.js takes them over: pass a copy if they are needed after), calling
 * `onPage` as each page's items are read. Throws PdfOpenError in words.
 */
export async function openPdf(bytes: Uint8Array, onPage?: (p: PdfPage) => void): Promise<OpenPdf> {
  const contents = new Map<number, TextContent>();
  let kept: PDFDocumentProxy | null = null;
  const keeping: PdfJsLike = {
    OPS: pdfjs.OPS as unknown as Record<string, number>,
    getDocument(src) {
      const task = pdfjs.getDocument(src);
      const promise = task.promise.then((doc) => {
        kept = doc;
        return {
          numPages: doc.numPages,
          async getPage(n: number) {
            const page = await doc.getPage(n);
            return {
              view: page.view,
              async getTextContent() {
                const c = await page.getTextContent();
                contents.set(n, c);
                return c;
              },
              getOperatorList: () => page.getOperatorList(),
            };
          },
          // the viewer closes it (OpenPdf.close)
          destroy: () => Promise.resolve(),
        };
      });
      return { promise, destroy: () => task.destroy() };
    },
  };
  // Fonts are loaded (the loader's default leaves them out): the pages are drawn here.
  const pages = await loadPdfPages(keeping, bytes, { disableFontFace: false }, onPage);
  const doc = kept as PDFDocumentProxy | null;
  if (!doc) throw new Error('PDF.js opened no document');
  return { doc, pages, contents, close: () => doc.destroy() };
}
