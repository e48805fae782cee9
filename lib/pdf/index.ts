/** Text from a PDF: load the items (load.ts, given PDF.js), build the text (build.ts). */
export { buildPdfText } from './build';
export { loadPdfPages, pageItems, PdfOpenError, type PdfJsLike } from './load';
export type { PdfItem, PdfPage, PdfPageSpan, PdfProblem, PdfRun, PdfText } from './types';
