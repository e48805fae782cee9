/**
 * Page furniture: what a court's PDF prints on every page that is not the opinion's text.
 * Stamps (CM/ECF, ACMS, appellate ECF) are recognised wherever they sit; page numbers and
 * running heads only among a page's first and last lines, and a running head only when it
 * repeats (digits aside) on other pages too. Pleading-paper line numbers are a column of
 * bare numbers in the left margin, dropped as items before lines are built, because they
 * can share a baseline with the text.
 */
import type { PdfLine } from './lines';
import type { PdfItem } from './types';

export interface FurnitureRule {
  name: string;
  pattern: RegExp;
  /** 'anywhere' for stamps, 'edge' for lines that count only among a page's first or last lines */
  where: 'anywhere' | 'edge';
  examples: string[];
}

export const FURNITURE_RULES: FurnitureRule[] = [
  {
    name: 'cm-ecf district stamp',
    pattern: /^Case\s+\d{1,2}:\d{2}-[a-z]{1,4}-\d{3,6}(?:-[A-Z]{1,4})*\s+Document\s+[\d-]+\s+Filed\s+\d\d?\/\d\d?\/\d{2,4}\s+Page\s+\d+\s+of\s+\d+(?:\s+Page\s?ID\s*#?:?\s*\d+)?$/i,
    where: 'anywhere',
    examples: [
      'Case 1:20-cv-01234 Document 15 Filed 05/19/17 Page 3 of 12',
      'Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 1 of 4 Page ID #:365',
      'Case 3:18-cv-16281-BRM-TJB Document 32 Filed 06/30/20 Page 1 of 9 PageID: 263',
    ],
  },
  {
    name: 'acms stamp',
    pattern: /^Case:\s*\d{2}-\d{1,5},\s*\d\d\/\d\d\/\d{4},\s*DktEntry:\s*[\d.]+,\s*Page\s+\d+\s+of\s+\d+$/i,
    where: 'anywhere',
    examples: ['Case: 25-1689, 07/15/2025, DktEntry: 28.1, Page 2 of 5'],
  },
  {
    name: 'appellate ecf stamp',
    // the circuits' CM/ECF stamps: the same fields in several orders
    pattern: /^(?:Appellate\s+Case|USCA\s+Case|Case):?\s*#?\s*\d{2}-\d{1,5}\s+(?=.*\bDocument:?\s*#?\s*\d+)(?=.*\b(?:Date\s+)?Filed:?\s*\d\d\/\d\d\/\d{4})(?=.*\bPages?:?\s*\d+).*$/i,
    where: 'anywhere',
    examples: [
      'Case: 12-2209 Document: 00116475093 Page: 1 Date Filed: 01/03/2013 Entry ID: 5700979',
      'Appellate Case: 21-800 Document: 010110462922 Date Filed: 01/11/2021 Page: 1',
      'Case: 17-2400 Document: 3 Filed: 07/13/2017 Pages: 1',
      'USCA Case #07-3125 Document #1229519 Filed: 02/05/2010 Page 1 of 14',
    ],
  },
  {
    name: 'page id stamp',
    pattern: /^Page\s?ID\s*#?:?\s*\d+$/i,
    where: 'anywhere',
    examples: ['PageID #: 1234', 'Page ID #:365'],
  },
  {
    name: 'slip opinion head',
    pattern: /^\(Slip Opinion\)(?:\s+OCTOBER TERM,\s+\d{4})?(?:\s+\d+)?$/i,
    where: 'edge',
    examples: ['(Slip Opinion) OCTOBER TERM, 2012 1', '(Slip Opinion)'],
  },
  {
    name: 'page number',
    pattern: /^(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4})$/i,
    where: 'edge',
    examples: ['2', '- 2 -', '-2-', 'Page 1 of 9', '3 of 12'],
  },
];

/** how many lines at each end of a page may be page numbers or running heads */
const EDGE_LINES = 3;

export function matchFurniture(text: string, atEdge: boolean): FurnitureRule | null {
  const t = text.replace(/\s+/g, ' ').trim();
  return FURNITURE_RULES.find((r) => (atEdge || r.where === 'anywhere') && r.pattern.test(t)) ?? null;
}

/** A running head or foot's identity: its words without page numbers, case folded. */
export function headKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').replace(/^#\s+|\s+#$/g, '').trim();
}

/**
 * Marks furniture lines on each page; returns the kept lines per page. A running head must
 * repeat at an edge of at least two pages, or three in a document of more than four.
 */
export function dropFurniture(pages: PdfLine[][]): PdfLine[][] {
  const seen = new Map<string, number>();
  const edges = pages.map((lines) => new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]));
  edges.forEach((set) => {
    for (const k of new Set([...set].map((l) => headKey(l.text)))) seen.set(k, (seen.get(k) ?? 0) + 1);
  });
  // Running heads alternate between left and right pages and change with the section
  // (Syllabus, Opinion of the Court), so three pages are enough in a longer document.
  const need = pages.length <= 4 ? 2 : 3;
  return pages.map((lines, p) =>
    lines.filter((l) => {
      const atEdge = edges[p].has(l);
      if (matchFurniture(l.text, atEdge)) return false;
      const key = headKey(l.text);
      return !(atEdge && key.length > 2 && (seen.get(key) ?? 0) >= need);
    }),
  );
}

/** at least this many bare numbers in one column make pleading-paper line numbers */
const MIN_LINE_NUMBERS = 8;

/**
 * Pleading-paper line numbers (1–28 down the left margin) and the numbered lines of appellate
 * opinions: bare numbers, right-aligned in one column in the left quarter of the page, most
 * of them one more than the number above. Returns the items to keep.
 */
export function dropLineNumbers(items: PdfItem[], pageWidth: number): PdfItem[] {
  const numbers = items.filter((it) => /^\s*\d{1,2}\s*$/.test(it.str) && it.x + it.w < pageWidth * 0.25);
  const columns = new Map<number, PdfItem[]>();
  for (const it of numbers) {
    const key = Math.round((it.x + it.w) / 3);
    columns.set(key, [...(columns.get(key) ?? []), it]);
  }
  const drop = new Set<PdfItem>();
  for (const col of columns.values()) {
    if (col.length < MIN_LINE_NUMBERS) continue;
    const sorted = [...col].sort((a, b) => b.y - a.y);
    let steps = 0;
    for (let i = 1; i < sorted.length; i++) if (Number(sorted[i].str) === Number(sorted[i - 1].str) + 1) steps++;
    if (steps >= (sorted.length - 1) * 0.7) col.forEach((it) => drop.add(it));
  }
  return drop.size ? items.filter((it) => !drop.has(it)) : items;
}
