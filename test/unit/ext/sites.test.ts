/**
 * The one table of opinion sites (lib/ext/sites.ts): the manifest's matches, the options
 * page's switches and the per-site decision all read it, so a switch the options page shows
 * always decides something (Casetext's did nothing while the switch was keyed by adapters).
 */
import { describe, expect, it } from 'vitest';
import { OPINION_SITES, SITES, matchesPattern, siteKeyFor } from '../../../lib/ext/sites';

describe('siteKeyFor', () => {
  const cases: [string, string | null][] = [
    ['https://www.courtlistener.com/opinion/4236475/smalls-v-scruggs/', 'courtlistener'],
    ['https://www.courtlistener.com/?q=injunction', null],
    ['https://www.courtlistener.com/docket/123/smalls/', null],
    ['https://casetext.com/case/smalls-v-scruggs', 'casetext'],
    ['https://law.justia.com/cases/federal/us/585/17-333/', 'justia'],
    ['https://www.law.cornell.edu/supct/html/07-1239.ZO.html', 'cornell'],
    ['https://static.case.law/mass/466/cases/0676-01.json', 'cap'],
    ['http://127.0.0.1:8080/seed.txt', null],
    ['https://example.com/opinion.html', null],
  ];
  it.each(cases)('%s → %s', (url, key) => {
    expect(siteKeyFor(url)).toBe(key);
  });
});

describe('the table', () => {
  it('every site has a unique key, a label and patterns; the manifest patterns are theirs', () => {
    expect(new Set(SITES.map((s) => s.key)).size).toBe(SITES.length);
    for (const s of SITES) expect(s.label.length > 0 && s.patterns.length > 0).toBe(true);
    expect(OPINION_SITES).toEqual(SITES.flatMap((s) => s.patterns));
  });
  it('matches with any port, http and https, and not a look-alike host', () => {
    expect(matchesPattern('*://law.justia.com/cases/*', 'http://law.justia.com:8443/cases/x')).toBe(true);
    expect(matchesPattern('*://law.justia.com/cases/*', 'https://law.justia.com.evil.example/cases/x')).toBe(false);
  });
});
