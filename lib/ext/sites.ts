/**
 * Sites whose opinion pages the content script runs on by itself; elsewhere it runs only
 * when the reader clicks the toolbar button (activeTab + scripting). 127.0.0.1 and
 * localhost are for tests and for reading saved opinions served locally.
 */
export const OPINION_SITES = [
  '*://www.courtlistener.com/*',
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
  'http://127.0.0.1/*',
  'http://localhost/*',
];
