/**
 * The one adapter over PDF.js: opens a PDF's bytes and returns each page's text items. The
 * caller passes the PDF.js module (the legacy build in Node, the modern one in an extension
 * page), so this file imports no PDF.js and runs in both.
 */
import { SCANNED_SHARE } from './quality';
import type { PdfItem, PdfPage } from './types';

/** The part of PDF.js's API read here (structural, so no DOM types come with it). */
export interface PdfJsLike {
  OPS: Record<string, number>;
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocumentLike>; destroy(): Promise<void> };
}
export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<PdfPageLike>;
  destroy(): Promise<void>;
}
export interface PdfPageLike {
  view: number[];
  getTextContent(): Promise<{ items: unknown[] }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup?(): unknown;
}

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** Options every caller wants: no eval'd font code, no font loading (text only), quiet. */
export const TEXT_ONLY_OPTIONS = { isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: false };

/** A PDF that could not be opened, with the reason in words. */
export class PdfOpenError extends Error {}

/** Converts one page's PDF.js text content to items; pure, so tests can feed it snippets. */
export function pageItems(number: number, view: number[], raw: unknown[]): PdfPage {
  const items: PdfItem[] = [];
  let index = 0;
  for (const r of raw) {
    // Marked-content entries carry no `str` and get no span in the text layer.
    if (typeof (r as RawItem).str !== 'string') continue;
    const { str, transform: [a, b, c, d, e, f], width, fontName } = r as RawItem;
    const vertical = Math.abs(b) > Math.abs(a);
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    items.push({ str, x: e - view[0], y: f - view[1], w: width, size, font: fontName, index, ...(vertical ? { vertical } : {}) });
    index++;
  }
  return { number, width: view[2] - view[0], height: view[3] - view[1], items };
}

/**
 * Reads every page's text items. `onPage` hears each page as it is read (the viewer starts on
 * the first pages early). Throws PdfOpenError for a file PDF.js cannot open.
 */
export async function loadPdfPages(pdfjs: PdfJsLike, data: Uint8Array, options: Record<string, unknown> = {}, onPage?: (p: PdfPage) => void): Promise<PdfPage[]> {
  const task = pdfjs.getDocument({ data, ...TEXT_ONLY_OPTIONS, ...options });
  let doc: PdfDocumentLike;
  try {
    doc = await task.promise;
  } catch (e) {
    throw new PdfOpenError(openFailure(e));
  }
  try {
    return await readPdfPages(pdfjs, doc, onPage);
  } finally {
    await doc.destroy();
  }
}

/**
 * Reads an open document's text items, page by page in order (`onPage` hears each page as it
 * is read, before its `image` flag is known), then asks the pages with little text whether
 * they are scans, where the answer can change what the text's quality rules say (./quality.ts).
 */
export async function readPdfPages(pdfjs: Pick<PdfJsLike, 'OPS'>, doc: PdfDocumentLike, onPage?: (p: PdfPage) => void): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const p = pageItems(n, page.view, content.items);
    page.cleanup?.();
    pages.push(p);
    onPage?.(p);
  }
  for (const p of pagesToCheckForScans(pages)) {
    const page = await doc.getPage(p.number);
    p.image = await paintsPageImage(pdfjs, page, p);
    page.cleanup?.();
  }
  return pages;
}

/**
 * The pages whose `image` flag can matter: those with little text, and only when the first
 * page is one of them (a scanned first page refuses the PDF, and the message lists every
 * scanned page) or when they are more than a third of the pages (the share that refuses it).
 * Otherwise no answer can change the verdict, and none is asked for: reading a page's
 * operator list decodes its images (Tarrant's two appendix maps took PDF.js 2 s).
 */
export function pagesToCheckForScans(pages: PdfPage[]): PdfPage[] {
  const few = pages.filter((p) => visibleChars(p) < FEW_CHARS);
  return few.some((p) => p.number === 1) || few.length > pages.length * SCANNED_SHARE ? few : [];
}

/** a page with fewer visible characters than this may be a scanned image */
const FEW_CHARS = 200;
const IMAGE_OPS = ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup'];

function visibleChars(p: PdfPage): number {
  return p.items.reduce((n, it) => n + it.str.replace(/\s/g, '').length, 0);
}

/** an image drawn over at least this share of the page is a scan, not a figure (a map in an appendix) */
const SCAN_AREA = 0.6;

/**
 * Whether the page paints a page-sized image. The image's size is read off the last
 * transform before it is painted (a scanner writes "q 612 0 0 792 0 0 cm /Im0 Do Q").
 */
async function paintsPageImage(pdfjs: Pick<PdfJsLike, 'OPS'>, page: PdfPageLike, p: PdfPage): Promise<boolean> {
  const codes = new Set(IMAGE_OPS.map((k) => pdfjs.OPS[k]).filter((c) => c !== undefined));
  const ops = await page.getOperatorList();
  let area = 0;
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (ops.fnArray[i] === pdfjs.OPS.transform) {
      const [a, b, c, d] = ops.argsArray[i] as number[];
      area = Math.abs(a * d - b * c);
    } else if (codes.has(ops.fnArray[i]) && area >= SCAN_AREA * p.width * p.height) return true;
  }
  return false;
}

/** PDF.js's exception names, in words. */
const FAILURES: [name: string, words: string][] = [
  ['PasswordException', 'it is password-protected'],
  ['InvalidPDFException', 'it is not a valid PDF'],
  ['MissingPDFException', 'it is missing'],
  ['UnexpectedResponseException', 'it could not be fetched'],
];

/** Why PDF.js could not open a file, in words. */
export function openFailure(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  const found = FAILURES.find(([n]) => n === name);
  return found ? found[1] : `PDF.js could not open it (${(e as Error)?.message ?? String(e)})`;
}
