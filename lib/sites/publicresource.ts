/**
 * Public.Resource.Org (law.resource.org, bulk.resource.org): `p.case_cite` lines, a
 * `p.parties` caption, `p.date`, a `div.prelims` with counsel and the "delivered the
 * opinion" line, then numbered paragraphs `div.num > span.num + p`. Learnt from Reagan v.
 * Aiken, 138 U.S. 109 (1891).
 */
import type { SiteAdapter } from './types';
import { all, hostOf, one, readingText, textOf } from './dom-text';
import { assemble } from './assemble';
import { authorOf } from './parts';
import { findDate } from './meta';

export const publicresource: SiteAdapter = {
  site: 'publicresource',
  matches: (url) => /(^|\.)resource\.org$/.test(hostOf(url)),
  detect: (doc) =>
    /Public\.Resource\.Org/i.test(one(doc, 'meta[name="description"]')?.getAttribute('content') ?? '') ||
    (one(doc, 'p.case_cite') !== null && one(doc, 'div.num') !== null),
  extract(doc) {
    const body = doc.body;
    if (!body || !one(body, 'div.num, p.case_cite')) return null;
    const header = all(body, 'p.case_cite, p.parties, p.date, div.prelims');
    // Paragraph numbers are the publisher's, not the court's words.
    const exclude = [...header, ...all(body, '#footer, span.num')];
    const prelims = one(body, 'div.prelims');
    const author = all(prelims, 'p').map((p) => authorOf(textOf(p))).find(Boolean) ?? null;
    const cites = all(body, 'p.case_cite').map(textOf);
    const citation = cites[0] ?? null;
    const dateText = textOf(one(body, 'p.date'));
    const isoDate = one(doc, 'meta[name="date"]')?.getAttribute('content')?.slice(0, 10) ?? null;
    return assemble({
      site: 'publicresource',
      doc,
      roots: [body],
      exclude,
      author,
      captionText: readingText(header),
      siteBonus: 0.1,
      meta: {
        citation,
        parties: readingText(all(body, 'p.parties').slice(0, 1)) || null,
        date: (dateText && findDate(dateText)) || isoDate,
        // Only the Supreme Court is reported in the United States Reports.
        court: citation && /\bU\.\s?S\.\s/.test(citation) ? 'Supreme Court of the United States' : null,
      },
    });
  },
};
