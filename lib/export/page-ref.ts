/**
 * Page references to the opinion itself, as a brief writes them: "141 S. Ct. at 66" when
 * the opinion's own reporter cite is known, "slip op. at 4" for the pages of a slip opinion
 * or PDF, "at 1308" for a reporter's star pages when the reporter is not known; never the
 * raw marker ("*1308", "[**207]", "[590 F.Supp.3d 855]"). Star pages of a second or third
 * reporter ("**207", "***3") are left out: one series is cited.
 */
import type { Analysis, CaseCitation, Citation } from '../types';

type Pages = Pick<Analysis, 'text' | 'pages' | 'paragraphs' | 'citations'>;

/** A marker right before a page start: "*12", "[*3]", "[590 F.Supp.3d 855]" (an inline star page), not a page-number line. */
const STAR_BEFORE = /(?:\[?\*{1,3}\d{1,5}\]?|\[\d{1,4}\s[^\]\n]{2,24}\s\d{1,5}\])\s*$/;

/** The opinion's own reporter cite: a case cite in the caption (before the first paragraph) whose page opens the star paging. */
export function ownCite(a: Pages): CaseCitation | null {
  const first = a.pages.find((p) => !p.page.startsWith('*'));
  const bodyStart = a.paragraphs[0]?.start ?? 0;
  if (!first) return null;
  const page = Number(first.page);
  return a.citations.find((c): c is CaseCitation => c.kind === 'case' && c.start < bodyStart && !!(c.volume && c.reporter && c.page) && Number(c.page) <= page && page - Number(c.page) < 400) ?? null;
}

/** The page reference for `offset`, or null when the text has no paging. */
export function pageRef(a: Pages, offset: number): string | null {
  let mark: { start: number; page: string } | null = null;
  for (const p of a.pages) {
    if (p.start > offset) break;
    if (!p.page.startsWith('*')) mark = p;
  }
  if (!mark) return null;
  const star = STAR_BEFORE.test(a.text.slice(Math.max(0, mark.start - 40), mark.start));
  if (!star) return `slip op. at ${mark.page}`;
  const own = ownCite(a);
  return own ? `${own.volume} ${own.reporter} at ${mark.page}` : `at ${mark.page}`;
}
