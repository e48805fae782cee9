/**
 * FindLaw (caselaw.findlaw.com). No saved page of this site could be found in public repositories to learn
 * its markup from, so the adapter claims its URLs and lets the generic body finder read
 * the page (labelled 'findlaw'); add selectors here once a real page is in the fixtures.
 */
import { onHost, selectAdapter } from './select-adapter';

export const findlaw = selectAdapter({
  site: 'findlaw',
  matches: onHost('caselaw.findlaw.com', /./),
});
