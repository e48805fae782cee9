/**
 * What the PDF text builder reads and returns. Items are PDF.js text items reduced to what the
 * layout needs, in PDF user space (points, y up from the bottom of the page).
 */

/** One PDF.js text item (one span of the viewer's text layer). */
export interface PdfItem {
  str: string;
  /** left edge and baseline, in points */
  x: number;
  y: number;
  /** advance width in points */
  w: number;
  /** font size in points (the text matrix's vertical scale) */
  size: number;
  font: string;
  /** index among the page's text items that have a string: the text layer's span index */
  index: number;
  /** true when the text runs up or down the page (a margin stamp), not across */
  vertical?: boolean;
}

export interface PdfPage {
  /** 1-based page number */
  number: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** set for a page with little text: whether it paints a page-sized image (a scan) */
  image?: boolean;
}

/** A stretch of the built text copied from one item: text[start, end) = item.str.slice(offset, offset + end - start). */
export interface PdfRun {
  start: number;
  end: number;
  page: number;
  item: number;
  offset: number;
}

/** Where a page's text lies in the built text; empty pages have start === end. */
export interface PdfPageSpan {
  page: number;
  start: number;
  end: number;
}

export type PdfProblemKind = 'no-text' | 'garbled' | 'doubled' | 'empty';

export interface PdfProblem {
  kind: PdfProblemKind;
  /** one sentence for the reader */
  message: string;
}

export interface PdfText {
  text: string;
  pages: PdfPageSpan[];
  runs: PdfRun[];
  /** footnote texts, each a span of `text`, with the page printed on */
  footnotes: { start: number; end: number; page: number }[];
  /** why the text cannot be analysed, or null */
  problem: PdfProblem | null;
}
