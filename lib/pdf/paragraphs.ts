/**
 * Body lines → paragraphs, read across page breaks. A paragraph ends where a rule below says
 * so, checked between each line and the one before it (on the same page or the page before).
 */
import type { PdfLine } from './lines';

export interface Layout {
  /** per page: the body's left margin and right edge, in points */
  left: Map<number, number>;
  right: Map<number, number>;
  width: Map<number, number>;
  /** the usual distance between baselines of body lines */
  spacing: number;
}

export interface BreakContext {
  layout: Layout;
  /** the lines of the paragraph `prev` ends */
  para: PdfLine[];
}

export interface BreakRule {
  name: string;
  test: (prev: PdfLine, line: PdfLine, ctx: BreakContext) => boolean;
  /** the situation, as printed */
  example: string;
}

const ENDS_SENTENCE = /[.:;!?]["”’)\]]*$/;
const samePage = (a: PdfLine, b: PdfLine) => a.page === b.page;
const left = (l: PdfLine, c: BreakContext) => c.layout.left.get(l.page) ?? l.x;
const right = (l: PdfLine, c: BreakContext) => c.layout.right.get(l.page) ?? l.right;

/** A short line standing centred: a heading or caption line, a paragraph of its own. */
export function isCentered(l: PdfLine, c: BreakContext): boolean {
  const lm = left(l, c), rm = right(l, c);
  const mid = (lm + rm) / 2;
  return l.x > lm + 2 * l.size && Math.abs((l.x + l.right) / 2 - mid) < 0.06 * (rm - lm) && l.right - l.x < 0.75 * (rm - lm);
}

export const BREAK_RULES: BreakRule[] = [
  {
    name: 'blank line',
    test: (p, l, c) => samePage(p, l) && p.y - l.y > c.layout.spacing * 1.45,
    example: 'a gap of a line or more between two lines of one page',
  },
  {
    name: 'size change',
    test: (p, l) => Math.abs(p.size - l.size) > 0.12 * Math.max(p.size, l.size),
    example: 'a 9-point quotation after 12-point text',
  },
  {
    name: 'first-line indent',
    // across a page break the line before may sit anywhere (a caption's right column)
    test: (p, l, c) => l.x > left(l, c) + 0.8 * l.size && (!samePage(p, l) || l.x > p.x + 0.8 * l.size),
    example: '"… record at the hearing on the matter." then, indented, "THUS, IT IS HEREBY ORDERED THAT:"',
  },
  {
    name: 'out of an indented block',
    test: (p, l, c) => c.para.length >= 2 && c.para.every((q) => q.x > left(q, c) + 0.8 * q.size) && l.x < p.x - 0.8 * l.size,
    example: 'a block quotation\'s last line, then text at the margin',
  },
  {
    name: 'short line ending a sentence',
    test: (p, l, c) => ENDS_SENTENCE.test(p.text) && p.right < right(p, c) - 4 * p.size,
    example: '"capricious, we affirm." ending half way across the page',
  },
  {
    name: 'after a short line in capitals',
    test: (p, l, c) => !/\p{Ll}/u.test(p.text) && /\p{Lu}/u.test(p.text) && p.right < right(p, c) - 4 * p.size,
    example: '"IT IS SO ORDERED" then "Dated: August 5, 2016"',
  },
  {
    name: 'a dateline',
    test: (p, l) => /^(?:Dated|DATED|Date|Signed|SIGNED|Entered|ENTERED)\b[^:]{0,20}:/.test(l.text),
    example: '"Dated: August 5, 2016" under the last sentence',
  },
  {
    name: 'centred line',
    test: (p, l, c) => isCentered(l, c) || isCentered(p, c),
    example: '"I. OVERVIEW OF OKLAHOMA LAW" centred over the text',
  },
];

export function breakBetween(prev: PdfLine, line: PdfLine, ctx: BreakContext, rules = BREAK_RULES): BreakRule | null {
  return rules.find((r) => r.test(prev, line, ctx)) ?? null;
}

/** Measures margins per page and the usual line spacing. */
export function measure(pages: { page: number; lines: PdfLine[]; width: number }[], bodySize: number): Layout {
  const layout: Layout = { left: new Map(), right: new Map(), width: new Map(), spacing: bodySize * 1.2 };
  const gaps = new Map<number, number>();
  for (const { page, lines, width } of pages) {
    layout.width.set(page, width);
    // the page's own text size: a syllabus page is set smaller than the opinion
    const size = bodySizeOf(lines);
    const body = lines.filter((l) => Math.abs(l.size - size) <= 0.12 * size);
    if (!body.length) continue;
    layout.left.set(page, leftMargin(body.map((l) => Math.round(l.x))));
    const rights = body.map((l) => l.right).sort((a, b) => a - b);
    layout.right.set(page, rights[Math.floor(rights.length * 0.9)]);
    for (let i = 1; i < body.length; i++) {
      const g = Math.round(body[i - 1].y - body[i].y);
      if (g > 0) gaps.set(g, (gaps.get(g) ?? 0) + 1);
    }
  }
  const best = [...gaps].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (best) layout.spacing = best[0];
  return layout;
}

/**
 * The leftmost x at which at least two lines start: not the commonest, because a caption page
 * has more lines in its right column than at the margin, and not the least, because one
 * stray line can stick out.
 */
function leftMargin(xs: number[]): number {
  const n = new Map<number, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  const repeated = [...n].filter(([, c]) => c >= 2).map(([x]) => x);
  return repeated.length ? Math.min(...repeated) : Math.min(...xs);
}

/** The size carrying most characters of the document. */
export function bodySizeOf(lines: PdfLine[]): number {
  const n = new Map<number, number>();
  for (const l of lines) n.set(l.size, (n.get(l.size) ?? 0) + l.text.length);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}
