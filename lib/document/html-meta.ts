import { findElement, textOf, type HtmlElement } from './html-tree';

/** Case facts a page states about itself; a field is absent when the page does not say. Dates are ISO `YYYY-MM-DD`. */
export interface HtmlMeta {
  title?: string;
  courtName?: string;
  date?: string;
  docket?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const DATE_WORDS = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/;
const COURT_LINE = /^(?:The )?(?:(?:United States |U\.S\. )?(?:Supreme|Superior|District|Circuit|Appellate|Family|Surrogate's|Civil|Criminal|County|Tax|Claims|Bankruptcy|Commonwealth)\b[^.]*\b(?:Court|Division|Department)\b|[^.]*\bCourt of (?:Appeals|Justice|Claims)\b|[^.]*\bJudicial Court\b)/i;

/** "Dec. 24, 2013" / "June 11, 2020" → ISO date, or null. */
export function parseDate(s: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const m = DATE_WORDS.exec(s);
  if (!m) return null;
  const month = MONTHS[m[1].toLowerCase()];
  const day = Number(m[2]);
  if (!month || day < 1 || day > 31) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads title, court, decision date and docket from the page: CAP's `p.court`,
 * `p.decisiondate`, `p.docketnumber`; Public.Resource.Org's `<meta name="date">`; the
 * "Decided on …" and court lines New York's reporter pages print above the opinion.
 */
export function readHtmlMeta(tree: HtmlElement, text: string, pageTitle: string | null): HtmlMeta {
  const byClass = (name: string) => findElement(tree, (e) => (e.attrs.class ?? '').split(/\s+/).includes(name));
  const head = text.slice(0, 4000);
  const lines = head.split('\n');

  const metaDate = findElement(tree, (e) => e.name === 'meta' && /^(?:date|dc\.date|citation_date|citation_publication_date)$/i.test(e.attrs.name ?? ''));
  const decided = /\bDecided(?: on)?:?\s+([^\n]{6,40})/.exec(head);
  const dateEl = byClass('decisiondate') ?? byClass('date');
  const date =
    (dateEl && parseDate(textOf(dateEl).replace(/^.*Decided/s, ''))) ||
    (decided && parseDate(decided[1])) ||
    (metaDate && parseDate(metaDate.attrs.content ?? '')) ||
    null;

  const courtEl = byClass('court');
  const courtLine = lines.find((l) => l.length < 120 && COURT_LINE.test(l.trim()));
  // CAP adds the county after the court ("Supreme Judicial Court of Massachusetts, Middlesex.").
  const courtName = (courtEl && textOf(courtEl).replace(/[,.]\s*$/, '').replace(/,\s*[A-Z][a-z]+$/, '')) || courtLine?.trim() || null;

  const docketEl = byClass('docketnumber') ?? byClass('docket');
  // Docket numbers first; a New York index number ("Index No. 707503/15", "712894/19") only failing one.
  const docketLine =
    /\bDocket\s+No(?:s)?\.?\s*:?\s*([\w][\w\-–\/:.]*\w)/i.exec(head) ??
    /^(\d{4}-\d{4,6})\b/m.exec(head) ??
    /\b(?:Index|Case)\s+No(?:s)?\.?\s*:?\s*([\w][\w\-–\/:.]*\w)/i.exec(head) ??
    /^(\d{5,7}\/\d{2})$/m.exec(head);
  const docket = (docketEl && textOf(docketEl)) || docketLine?.[1] || null;

  const h1 = findElement(tree, (e) => e.name === 'h1');
  const parties = byClass('parties') ?? byClass('case-name') ?? byClass('casename');
  const title = (h1 && textOf(h1)) || (parties && textOf(parties)) || pageTitle;
  const meta: HtmlMeta = {};
  if (title) meta.title = title;
  if (courtName) meta.courtName = courtName;
  if (date) meta.date = date;
  if (docket) meta.docket = docket;
  return meta;
}
