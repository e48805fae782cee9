/**
 * Sites whose opinion pages the content script runs on by itself; elsewhere it runs only
 * when the reader clicks the toolbar button (activeTab + scripting). Patterns name opinion
 * pages, not whole sites: on CourtListener only `/opinion/…` (not search, dockets, accounts).
 */
export const OPINION_SITES = [
  '*://www.courtlistener.com/opinion/*',
  '*://law.justia.com/cases/*',
  '*://scholar.google.com/scholar_case*',
  '*://www.law.cornell.edu/supremecourt/text/*',
  '*://www.law.cornell.edu/supct/*',
  '*://caselaw.findlaw.com/*',
  '*://casetext.com/case/*',
  '*://www.leagle.com/decision/*',
  '*://www.casemine.com/judgement/*',
  '*://www.govinfo.gov/content/pkg/USCOURTS-*',
  '*://www.nycourts.gov/reporter/*',
  '*://law.resource.org/pub/us/case/*',
  '*://static.case.law/*',
];

/**
 * Local hosts, for the browser tests, the demo and the bench only: `LENS_TEST_HOSTS=1` at
 * build time adds them. A reader's build has none (it would read every local dev server
 * and admin page the reader opens).
 */
export const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The match patterns of a build: the opinion sites, and the local hosts for a test build. */
export function siteMatches(testHosts: boolean): string[] {
  return testHosts ? [...OPINION_SITES, ...TEST_HOSTS] : [...OPINION_SITES];
}
