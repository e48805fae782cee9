/**
 * Casemine (casemine.com/judgement/...). No saved page of this site could be found in public repositories to learn
 * its markup from, so the adapter claims its URLs and lets the generic body finder read
 * the page (labelled 'casemine'); add selectors here once a real page is in the fixtures.
 */
import { onHost, selectAdapter } from './select-adapter';

export const casemine = selectAdapter({
  site: 'casemine',
  matches: onHost('casemine.com', /^\/judgement\//),
});
