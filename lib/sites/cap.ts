/**
 * Caselaw Access Project (static.case.law, case.law): a `<section class="casebody">` with
 * a `head-matter` caption and one `<article class="opinion" data-type=...>` per opinion;
 * page breaks are `<a class="page-label" data-label="261">*261</a>`, notes are
 * `<aside class="footnote" data-label="1.">`. Learnt from Commonwealth v. Brown, 466 Mass.
 * 676 (2013), as CAP serves it.
 */
import type { OpinionPart, PartKind, SiteAdapter } from './types';
import { all, hostOf, one, readingLines, readingText, textOf } from './dom-text';
import type { AssembleInput } from './types';
import { classifyOpener } from './parts';
import { findDate } from './meta';

const KINDS: Record<string, PartKind> = {
  majority: 'majority',
  'per-curiam': 'per_curiam',
  per_curiam: 'per_curiam',
  percuriam: 'per_curiam',
  concurrence: 'concurrence',
  concurring: 'concurrence',
  'concurring-in-part-and-dissenting-in-part': 'dissent',
  dissent: 'dissent',
  dissenting: 'dissent',
};

function authorOfArticle(article: Element): string | null {
  const line = textOf(one(article, '.author'));
  if (!line) return null;
  return classifyOpener(line)?.author ?? /^(?:Mr\.\s+)?(?:Justice\s+)?([A-Z][A-Za-z'’-]+)/.exec(line)?.[1] ?? null;
}

export const cap: SiteAdapter = {
  site: 'cap',
  matches: (url) => /(^|\.)case\.law$/.test(hostOf(url)),
  detect: (doc) => one(doc, 'section.casebody, div.casebody') !== null,
  locate(doc) {
    const body = one(doc, 'section.casebody, div.casebody');
    if (!body) return null;
    const articles = all(body, 'article.opinion, div.opinion');
    const head = one(body, '.head-matter');
    const roots = articles.length > 0 ? articles : [body];
    const exclude = articles.length > 0 ? [] : head ? [head] : [];
    const parts: OpinionPart[] = articles.map((a) => ({
      kind: KINDS[(a.getAttribute('data-type') ?? '').toLowerCase()] ?? 'other',
      author: authorOfArticle(a),
      element: a,
    }));
    const decision = textOf(one(body, '.decisiondate'));
    return {
      site: 'cap',
      doc,
      roots,
      exclude,
      parts,
      noteSelector: 'aside.footnote, div.footnote',
      refSelector: 'sup a, a.footnotemark',
      captionText: head ? readingLines([head]) : '',
      siteLayout: true,
      meta: {
        parties: readingText(all(body, '.parties').slice(0, 1)) || null,
        court: textOf(one(body, '.court')).replace(/[.,]$/, '') || null,
        date: decision ? findDate(decision) ?? decision : null,
        docket: textOf(one(body, '.docketnumber')) || null,
        citation: textOf(one(doc, '.citation.official, .citations .official')) || null,
      },
    };
  },
};
