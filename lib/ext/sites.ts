/**
 * The opinion sites, one table: the content script runs by itself on their opinion pages
 * (elsewhere only when the reader clicks the toolbar button: activeTab + scripting), the
 * options page lists them with a switch each, and the per-site switch is decided by the
 * page's address against the same patterns. Patterns name opinion pages, not whole sites:
 * on CourtListener only `/opinion/…` (not search, dockets, accounts).
 */
export interface OpinionSite {
  /** the key of the reader's per-site switch (Settings.sites) */
  key: string;
  /** as the options page shows it */
  label: string;
  /** match patterns of its opinion pages */
  patterns: readonly string[];
}

export const SITES: readonly OpinionSite[] = [
  { key: 'courtlistener', label: 'CourtListener', patterns: ['*://www.courtlistener.com/opinion/*'] },
  { key: 'justia', label: 'Justia', patterns: ['*://law.justia.com/cases/*'] },
  { key: 'scholar', label: 'Google Scholar', patterns: ['*://scholar.google.com/scholar_case*'] },
  { key: 'cornell', label: 'Cornell LII', patterns: ['*://www.law.cornell.edu/supremecourt/text/*', '*://www.law.cornell.edu/supct/*'] },
  { key: 'findlaw', label: 'FindLaw', patterns: ['*://caselaw.findlaw.com/*'] },
  { key: 'casetext', label: 'Casetext', patterns: ['*://casetext.com/case/*'] },
  { key: 'leagle', label: 'Leagle', patterns: ['*://www.leagle.com/decision/*'] },
  { key: 'casemine', label: 'Casemine', patterns: ['*://www.casemine.com/judgement/*'] },
  { key: 'govinfo', label: 'govinfo', patterns: ['*://www.govinfo.gov/content/pkg/USCOURTS-*'] },
  { key: 'nycourts', label: 'New York courts (nycourts.gov)', patterns: ['*://www.nycourts.gov/reporter/*'] },
  { key: 'publicresource', label: 'Public.Resource.Org', patterns: ['*://law.resource.org/pub/us/case/*'] },
  { key: 'cap', label: 'Caselaw Access Project', patterns: ['*://static.case.law/*'] },
];

/**
 * Sites the reader opts into, one at a time: declared as optional host permissions (never in
 * the manifest's host_permissions or content scripts), asked for the first time the reader
 * clicks the toolbar button on one of their pages, and once granted the lens registers
 * itself there (lib/ext/optional-sites.ts). Westlaw's documents (lib/sites/westlaw.ts).
 */
export const OPTIONAL_SITES: readonly OpinionSite[] = [{ key: 'westlaw', label: 'Westlaw', patterns: ['https://*.westlaw.com/Document/*'] }];

/** The optional sites' patterns: the manifest's optional host permissions. */
export const OPTIONAL_PATTERNS: readonly string[] = OPTIONAL_SITES.flatMap((s) => s.patterns);

/** The optional site whose pages `url` is one of, or null. */
export function optionalSiteFor(url: string): OpinionSite | null {
  return OPTIONAL_SITES.find((s) => s.patterns.some((p) => matchesPattern(p, url))) ?? null;
}

/** Every opinion page pattern: the manifest's content-script matches and host permissions. */
export const OPINION_SITES: readonly string[] = SITES.flatMap((s) => s.patterns);

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

/**
 * Does `url` match the match pattern `pattern`? The subset of the WebExtension syntax these
 * tables use: a scheme or `*` (http and https), a host, a path with `*` anywhere; a port in
 * the URL is ignored, as browsers do.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const re = new RegExp('^' + pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace('^.*://', '^https?://') + '$');
  return re.test(url.replace(/^(https?:\/\/[^/:]+):\d+/, '$1'));
}

/** The key of the site whose opinion pages `url` is one of, or null. */
export function siteKeyFor(url: string): string | null {
  return SITES.find((s) => s.patterns.some((p) => matchesPattern(p, url)))?.key ?? null;
}
