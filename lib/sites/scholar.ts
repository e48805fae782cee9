/**
 * Google Scholar case pages (scholar.google.com/scholar_case?...). No saved page was
 * found to test against; the selectors are the ones public Scholar parsers agree on: the
 * opinion is `div#gs_opinion`, its caption `<center>` lines and `h3#gsl_case_name`, page
 * breaks `a.gsl_pagenum2` ("*123", with a bare-number twin `a.gsl_pagenum` in the margin
 * that is skipped), and a "Save trees" promo line `#gs_dont_print`.
 */
import { all, one, readingText } from './dom-text';
import { onHost, selectAdapter, textAt } from './select-adapter';
import { findCitation, findCourt, findDate, findDocket } from './meta';

export const scholar = selectAdapter({
  site: 'scholar',
  matches: (url) => onHost('scholar.google.com', /^\/scholar_case/)(url) || /^https?:\/\/scholar\.google\.[a-z.]+\/scholar_case/.test(url),
  detect: (doc) => one(doc, '#gs_opinion') !== null,
  roots: ['#gs_opinion'],
  // Only the caption's <center> lines, before the first paragraph; later ones are headings.
  exclude: ['a.gsl_pagenum', '#gs_dont_print', 'center:not(p ~ center)', '#gsl_case_name'],
  markerSelector: 'a.gsl_pagenum2',
  meta: (doc) => {
    const lines = all(doc, '#gs_opinion > center').map((c) => readingText([c]));
    const head = lines.join('\n');
    return {
      title: textAt(doc, '#gsl_case_name'),
      citation: findCitation(head),
      court: findCourt(head),
      date: findDate(head),
      docket: findDocket(head),
    };
  },
});
