/**
 * Is there a text layer worth reading? Three ways a court PDF fails, each said in words:
 * no text (a scan: only the court's electronic stamp is text), garbled text (a font whose
 * characters map to control codes and punctuation), doubled text (two copies printed over
 * each other, so words interleave). No OCR here: the PDF stays readable as a PDF.
 */
import type { PdfLine } from './lines';
import type { PdfItem, PdfPage, PdfProblem } from './types';

export interface QualityRule {
  kind: PdfProblem['kind'];
  message: string;
  /** what the rule measures, for the tests and the curious */
  test: (s: TextStats) => boolean;
  examples: string[];
}

export interface TextStats {
  pages: number;
  /** characters outside stamps and white space */
  chars: number;
  /** of those: letters and digits, and C0 controls / private-use characters */
  alnum: number;
  junk: number;
  /** pages on which two items with text overlap most of their width on one baseline */
  overlapPages: number;
  /** pages that paint an image and carry no text but stamps */
  scannedPages: number[];
}

/** more than this share of the pages scanned refuses the PDF (load.ts asks about scans only where it can) */
export const SCANNED_SHARE = 1 / 3;

/** fewer body characters than this per page: no text layer to speak of */
const MIN_CHARS_PER_PAGE = 40;

export const QUALITY_RULES: QualityRule[] = [
  {
    kind: 'garbled',
    message: 'Its text layer is garbled (its fonts map letters to the wrong characters), so there is no text to read; it needs OCR.',
    test: (s) => s.chars > 0 && (s.junk > s.chars * 0.05 || s.alnum < s.chars * 0.5),
    examples: ['$#"##""#!#$!#', '-(4030(8=0:/:/094(::,8/(<05.8'],
  },
  {
    kind: 'doubled',
    message: 'Its text layer is doubled: two copies of the text are printed over each other, so the words cannot be read apart.',
    test: (s) => s.overlapPages > 0 && s.overlapPages >= s.pages / 2,
    examples: ['Case 3:04-cv-00098-SICase 3:04-cv-00098-SI Document 577 Document 581'],
  },
  {
    kind: 'no-text',
    message: 'It has no text layer (it is a scanned image), so there is no text to read; it needs OCR.',
    test: (s) => s.chars < MIN_CHARS_PER_PAGE * Math.max(1, s.pages) * 0.5,
    examples: ['Case 1:12-cv-05708-ER Document 11 Filed 09/27/13 Page 1 of 15 (and nothing else)'],
  },
  {
    kind: 'no-text',
    message: 'Some of its pages are scanned images with no text layer ({pages}), so its text is incomplete; it needs OCR.',
    // The opening page scanned loses the caption and the start; a third of the pages, too
    // much. Image pages at the end of a text opinion are an appendix (Tarrant's maps).
    test: (s) => s.scannedPages.includes(1) || s.scannedPages.length > s.pages * SCANNED_SHARE,
    examples: ['page 1 a scanned image under its ECF stamp, pages 2–14 text, page 15 a scan again'],
  },
];

/** `kept`: each page's lines once stamps and furniture are gone; `pages`: the raw items, for overlaps. */
export function textStats(pages: PdfPage[], kept: PdfLine[][]): TextStats {
  let chars = 0, alnum = 0, junk = 0, overlapPages = 0;
  const scannedPages: number[] = [];
  kept.forEach((lines, i) => {
    if (pages[i].image && lines.every((l) => !/[\p{L}\p{N}]/u.test(l.text))) scannedPages.push(pages[i].number);
  });
  for (const lines of kept) {
    for (const l of lines) {
      for (const ch of l.text) {
        if (/\s/.test(ch)) continue;
        chars++;
        if (/[\p{L}\p{N}]/u.test(ch)) alnum++;
        else if (/[\u0000-\u001f\u007f\ue000-\uf8ff\ufffd]/.test(ch)) junk++;
      }
    }
  }
  for (const p of pages) if (hasOverlap(p.items)) overlapPages++;
  return { pages: pages.length, chars, alnum, junk, overlapPages, scannedPages };
}

/** Two items of three or more visible characters on one baseline covering the same stretch. */
function hasOverlap(items: PdfItem[]): boolean {
  const live = items.filter((it) => it.str.trim().length >= 3 && it.w > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length && Math.abs(live[j].y - live[i].y) < 1; j++) {
      const a = live[i], b = live[j];
      const overlap = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      if (overlap > 0.5 * Math.min(a.w, b.w)) return true;
    }
  }
  return false;
}

export function judgeText(stats: TextStats): PdfProblem | null {
  const rule = QUALITY_RULES.find((r) => r.test(stats));
  return rule ? { kind: rule.kind, message: rule.message.replace('{pages}', pageList(stats.scannedPages)) } : null;
}

/** "page 1", "pages 1 and 15", "pages 1, 4 and 15" */
export function pageList(pages: number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  return `pages ${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;
}
