/**
 * Public.Resource.Org (law.resource.org, bulk.resource.org): `p.case_cite` lines, a
 * `p.parties` caption, `p.date`, a `div.prelims` with counsel and the "delivered the
 * opinion" line, then numbered paragraphs `div.num > span.num + p`. Learnt from Reagan v.
 * Aiken, 138 U.S. 109 (1891).
 */
import type { SiteAdapter } from './types';
import { all, hostOf, one, readingLines, readingText, textOf } from './dom-text';
import type { AssembleInput } from './types';
import { authorOf, classifyOpener } from './parts';
import { findDate } from './meta';

export const publicresource: SiteAdapter = {
  site: 'publicresource',
  matches: (url) => /(^|\.)resource\.org$/.test(hostOf(url)),
  detect: (doc) =>
    /Public\.Resource\.Org/i.test(one(doc, 'meta[name="description"]')?.getAttribute('content') ?? '') ||
    (one(doc, 'p.case_cite') !== null && one(doc, 'div.num') !== null),
  locate(doc) {
    const body = doc.body;
    if (!body || !one(body, 'div.num, p.case_cite')) return null;
    const header = all(body, 'p.case_cite, p.parties, p.docket, p.court, p.date, div.prelims');
    // Supreme Court pages number the syllabus and counsel paragraphs too; the opinion starts
    // at the numbered paragraph that opens it ("JUSTICE THOMAS announced the judgment of the
    // Court and delivered an opinion." in Chavez v. Martinez, 538 U.S. 760).
    const numbered = all(body, 'div.num');
    const opening = numbered.findIndex((d) => {
      const o = classifyOpener(textOf(one(d, 'p')));
      return o !== null && (o.kind === 'majority' || o.kind === 'per_curiam');
    });
    const before = opening > 0 ? numbered.slice(0, opening) : [];
    // Paragraph numbers are the publisher's, not the court's words.
    const exclude = [...header, ...before, ...all(body, '#footer, span.num')];
    const prelims = one(body, 'div.prelims');
    const openingLine = opening >= 0 ? textOf(one(numbered[opening], 'p')) : '';
    const author = authorOf(openingLine) ?? all(prelims, 'p').map((p) => authorOf(textOf(p))).find(Boolean) ?? null;
    const cites = all(body, 'p.case_cite').map(textOf);
    const citation = cites[0] ?? null;
    const dateText = all(body, 'p.date').map(textOf).join(' ');
    const isoDate = one(doc, 'meta[name="date"]')?.getAttribute('content')?.slice(0, 10) ?? null;
    return {
      site: 'publicresource',
      doc,
      roots: [body],
      exclude,
      author,
      captionText: readingLines(header),
      siteLayout: true,
      meta: {
        citation,
        docket: textOf(one(body, 'p.docket')) ? textOf(one(body, 'p.docket')).replace(/^Nos?\.\s*|\.$/g, '') : null,
        parties: readingText(all(body, 'p.parties').slice(0, 1)) || null,
        date: (dateText && findDate(dateText)) || isoDate,
        // Only the Supreme Court is reported in the United States Reports.
        court:
          textOf(one(body, 'p.court')).replace(/\.$/, '') ||
          (citation && /\bU\.\s?S\.\s/.test(citation) ? 'Supreme Court of the United States' : null),
      },
    };
  },
};
