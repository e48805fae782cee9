/**
 * CourtListener opinion pages (courtlistener.com/opinion/...). No saved page was found to
 * test against; the selectors come from CourtListener's own open-source templates
 * (cl/opinion_page/templates/includes/single_opinion_content.html): each opinion is an
 * `h3.opinion-section-title` ("Dissent by ...") followed by a `div.subopinion-content`.
 * Harvard-sourced text carries CAP's `a.page-label` breaks; other sources use
 * `span.star-pagination`. When none of that is on the page, the generic finder reads it.
 */
import type { OpinionPart, PartKind } from './types';
import { textOf } from './dom-text';
import { onHost, selectAdapter } from './select-adapter';

function kindOf(title: string): PartKind {
  if (/per curiam/i.test(title)) return 'per_curiam';
  if (/dissent/i.test(title)) return 'dissent';
  if (/concur/i.test(title)) return 'concurrence';
  if (/lead|majority|combined|opinion/i.test(title)) return 'majority';
  return 'other';
}

/** The section title before a `.subopinion-content`, walking up through its wrappers. */
function titleBefore(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    for (let s = e.previousElementSibling; s; s = s.previousElementSibling) {
      if (s.matches('h3.opinion-section-title, .opinion-section-title')) return textOf(s);
      if (s.matches('.subopinion-content')) return '';
    }
    if (e.matches('article, #opinion-content, .tab-content')) break;
  }
  return '';
}

export const courtlistener = selectAdapter({
  site: 'courtlistener',
  matches: onHost('courtlistener.com', /^\/(?:opinion|c)\//),
  roots: ['.subopinion-content', '#opinion-content', 'article #opinion'],
  markerSelector: 'a.page-label, span.star-pagination',
  parts: (_doc, roots): OpinionPart[] => {
    if (roots.length < 2) return [];
    return roots.map((element) => {
      const title = titleBefore(element);
      const author = /\bby\s+(.+)$/i.exec(title)?.[1]?.trim() ?? null;
      return { kind: kindOf(title), author, element };
    });
  },
});
