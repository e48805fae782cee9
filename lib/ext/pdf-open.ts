/**
 * The toolbar button on a tab that shows a PDF (the browser's own viewer) opens it in ours.
 * Pure: a tab's URL (and, when the background could read it, the document's content type)
 * in, the viewer URL out. Chrome and Firefox both keep the PDF's own address as the tab's
 * URL while their viewers show it, so the address alone decides most cases; a PDF served
 * from an address with no `.pdf` (PACER's `/doc1/…`, a `download?id=` link) is recognised
 * by its content type, which the background reads from the tab when it may.
 */

export interface PdfTab {
  url: string;
  /** `document.contentType` of the tab, if the background read it ('application/pdf' for a PDF) */
  contentType?: string | null;
}

export interface PdfOpen {
  /** the viewer page to open: `viewer.html?file=<the PDF's address>` */
  viewer: string;
  /** the PDF's address the viewer will fetch (without its #fragment) */
  file: string;
}

/** A path whose last segment ends in `.pdf` (query and fragment aside): /opinions/24pdf/23-719.pdf */
const PDF_PATH = /\.pdf$/i;

/**
 * Where to open `tab` in our viewer, or null when it does not show a PDF we can open:
 * not http(s) or file, our own viewer already, or neither a `.pdf` path nor a PDF content
 * type. `viewerPage` is the extension's `viewer.html` (runtime.getURL('/viewer.html')).
 * A `file:` PDF gets the viewer too: the viewer cannot fetch it and asks the reader to
 * open it with its file picker, in words.
 */
export function pdfOpenFor(tab: PdfTab, viewerPage: string): PdfOpen | null {
  let url: URL;
  try {
    url = new URL(tab.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') return null;
  const type = (tab.contentType ?? '').split(';')[0].trim().toLowerCase();
  // a .pdf path answered with another type (a login page, a text error) is not a PDF
  const isPdf = type === 'application/pdf' || (PDF_PATH.test(url.pathname) && (!type || type === 'application/octet-stream'));
  if (!isPdf) return null;
  url.hash = '';
  const viewer = new URL(viewerPage);
  viewer.search = '';
  viewer.hash = '';
  viewer.searchParams.set('file', url.href);
  return { viewer: viewer.href, file: url.href };
}
