/**
 * CourtListener opinion pages (courtlistener.com/opinion/...). No saved page was found to
 * test against; the selectors come from CourtListener's own open-source templates
 * (cl/opinion_page/templates/includes/opinion_tabs_content.html): the opinion tab is
 * `div#opinion > article`, each opinion an `h3.opinion-section-title` ("Dissent by ...")
 * then a source wrapper (`#harvard-text`, never closed, so later opinions nest inside
 * earlier ones) holding a `div.subopinion-content`; headmatter and syllabus come before,
 * in their own sections, and are left out.
 * Harvard-sourced text carries CAP's `a.page-label` breaks; other sources use
 * `span.star-pagination`. When none of that is on the page, the generic finder reads it.
 */
import type { OpinionPart, PartKind } from './types';
import { textOf } from './dom-text';
import { onHost, selectAdapter } from './select-adapter';

/** CourtListener's opinion types as its templates print them (`get_type_display`). */
function kindOf(title: string): PartKind {
  if (/per curiam/i.test(title)) return 'per_curiam';
  if (/\bin part\b/i.test(title)) return 'other';
  if (/dissent/i.test(title)) return 'dissent';
  if (/concur/i.test(title)) return 'concurrence';
  if (/lead|majority|combined|unanimous|plurality/i.test(title)) return 'majority';
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
  // Each opinion's <h3> says its type and author; without titles the opener lines decide.
  parts: (_doc, roots): OpinionPart[] => {
    const titles = roots.map(titleBefore);
    if (titles.every((t) => t === '')) return [];
    return roots.map((element, i) => {
      const author = /\bby\s+(.+)$/i.exec(titles[i])?.[1]?.trim() ?? null;
      return { kind: kindOf(titles[i]), author, element };
    });
  },
});
