/**
 * New York State Law Reporting Bureau (nycourts.gov/reporter), in its two layouts.
 *
 * Current (2024–): `div.current-legal-document` holding `div.case-info` (name, slip cite,
 * date, court), `div.parties`, the bench and counsel lines, then the decision with
 * `<span class="page">[*1]</span>` breaks. Learnt from 70-35 113th St. Holdings v Auberge
 * Grand Cent. (2d Dept 2026).
 *
 * Older (and the "permanent" pages with official cites): the text sits bare in `<body>`
 * after a yellow header table and a party table, with `<font color="FF0000">[*2]</font>`
 * breaks and sometimes an unclosed `<HeadnoteBlock>` that swallows the whole decision.
 * Learnt from Feliciano v Seabrook (Sup Ct Queens County 2020) and People v Seymore
 * (1st Dept 2026).
 */
import type { Extraction, SiteAdapter } from './types';
import { all, hostOf, one, readingLines, readingText, textOf } from './dom-text';
import type { AssembleInput } from './types';
import { findDate } from './meta';

const COUNSEL = /\bfor (?:the )?(?:appellants?|respondents?|plaintiffs?|defendants?|petitioners?|claimants?|movants?|intervenors?|amicus|amici)\b[^.]*\.?$/i;

function current(doc: Document, root: Element): AssembleInput {
  const info = all(root, '.case-info p').map(textOf);
  const smalls = all(root, 'p.current-legal-small-center, p.current-legal-small-left');
  const exclude = [...all(root, '.case-info, .parties, .current-counsel-block'), ...smalls];
  const docketLine = smalls.map(textOf).find((t) => /\b\d{4}-\d{4,5}\b|Index No|Docket No|Ind(?:ictment)? No/i.test(t)) ?? '';
  return {
    site: 'nycourts',
    doc,
    roots: [root],
    exclude,
    markerSelector: 'span.page',
    captionText: readingLines(exclude),
    siteLayout: true,
    meta: {
      title: textOf(one(root, '.case-info h1, h1')) || null,
      citation: info.find((t) => /NY Slip Op/i.test(t)) ?? null,
      date: info.map((t) => findDate(t)).find(Boolean) ?? null,
      court: info.find((t) => /Court|Division|Term|Department/.test(t) && !/Published|Reporting Bureau/.test(t)) ?? null,
      docket: /\b\d{4}-\d{4,5}\b/.exec(docketLine)?.[0] ?? (docketLine || null),
      parties: readingText(all(root, '.parties')) || null,
    },
  };
}

/** The first paragraph of the decision itself: not counsel, not a bold-only headnote line. */
function firstDecisionParagraph(body: Element): Element | null {
  return (
    all(body, 'p').find((p) => {
      const t = textOf(p);
      if (t.length < 40 || COUNSEL.test(t) || p.closest('table')) return false;
      const bold = all(p, 'b, strong').reduce((n, b) => n + textOf(b).length, 0);
      return bold < 0.8 * t.length;
    }) ?? null
  );
}

/**
 * Everything before `start` in reading order, as whole elements: children of `container`
 * that end before it, descending into the one that holds it (the unclosed HeadnoteBlock).
 * Page markers are kept (they are listed, not skipped).
 */
function before(container: Element, start: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(container.children)) {
    if (child === start) break;
    if (child.contains(start)) {
      out.push(...before(child, start));
      break;
    }
    if (/^\[?\*\d+\]?$/.test(textOf(child))) continue;
    out.push(child);
  }
  return out;
}

function older(doc: Document, body: Element): AssembleInput {
  const start = firstDecisionParagraph(body);
  const leading = start ? before(body, start) : [];
  const headerCells = all(one(body, 'table'), 'td').map(textOf);
  const partyTable = all(body, 'table').find((t) => t !== one(body, 'table') && /\s(?:v\.?|against)\s/.test(readingText([t])));
  const lead = readingText([body]).slice(0, 1500);
  return {
    site: 'nycourts',
    doc,
    roots: [body],
    exclude: [...leading, ...all(body, 'form')],
    markerSelector: 'font',
    captionText: `${headerCells.join('\n')}\n${readingLines(leading)}`,
    author: headerCells.map((t) => /^([A-Z][A-Za-z'’-]+),\s*(?:J|C\.J|P\.J|A\.J\.S\.C|J\.S\.C)\.$/.exec(t)?.[1]).find(Boolean) ?? null,
    siteLayout: true,
    meta: {
      title: headerCells[0] || null,
      citation: headerCells.find((t) => /NY Slip Op/i.test(t)) ?? null,
      date: headerCells.map((t) => findDate(t)).find(Boolean) ?? null,
      court: headerCells.find((t) => /Court|Division|Term|Department/.test(t) && !/Published|Reporting Bureau|corrected/i.test(t)) ?? null,
      // Trial-court index numbers are printed bare ("712894/19") above the judge's name.
      docket: /\b(?:Index No\.?\s*)?(\d{3,6}\/\d{2,4})\b/.exec(lead)?.[1] ?? null,
      parties: partyTable ? readingText([partyTable]) : null,
    },
  };
}

export const nycourts: SiteAdapter = {
  site: 'nycourts',
  matches: (url) => {
    const host = hostOf(url);
    return (host === 'nycourts.gov' || host === 'courts.state.ny.us' || host.endsWith('.nycourts.gov')) && /\/reporter\//i.test(url);
  },
  detect: (doc) => /NY Slip Op/i.test(doc.title) || one(doc, '.current-legal-document') !== null,
  locate(doc) {
    const root = one(doc, '.current-legal-document');
    if (root) return current(doc, root);
    return doc.body ? older(doc, doc.body) : null;
  },
};
