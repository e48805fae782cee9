/** Text from a PDF: load the items (load.ts, given PDF.js), build the text (build.ts). */
export { buildPdfText } from './build';
export { loadPdfPages, openFailure, pageItems, pagesToCheckForScans, PdfOpenError, readPdfPages, TEXT_ONLY_OPTIONS, type PdfDocumentLike, type PdfJsLike } from './load';
export type { PdfItem, PdfPage, PdfPageSpan, PdfProblem, PdfRun, PdfText } from './types';
