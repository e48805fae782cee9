// The generic reader: negatives (written for tests, and real list and news pages) must score below 0.5; real opinions
// read without their site adapter must still be found, scored as opinions, and stripped
// of the site's chrome.
import { describe, expect, it } from 'vitest';
import { extractGeneric, extractOpinion, readingText } from '../../../lib/sites/index';
import { loadPage, verdict } from './load-page';

describe.each([
  ['negative_news_article_injunction.html', 'https://www.harborledger.example/2025/03/14/judge-blocks-vendor-rules', ['journalism']],
  ['negative_search_results.html', 'https://casefinder.example/search?q=preliminary+injunction', ['list of cases']],
  // A blog post on a TRO: it quotes a judge but has no court, caption, citation or ruling.
  ['negative_blog_post.html', 'https://courthousesteps.example/2024/02/first-tro', []],
  // Real court pages listing opinions (juriscraper's test examples): captions, dispositions
  // and judges' names in every entry, so only the list's shape gives them away.
  ['negative_list_juriscraper_va_example.html', 'https://www.vacourts.gov/scndex.htm', ['list of cases']],
  ['negative_list_juriscraper_tennctapp_example.html', 'https://www.tncourts.gov/courts/court-appeals/opinions', ['list of cases', 'repeated field labels']],
  ['negative_list_juriscraper_alaska_example.html', 'https://govt.westlaw.com/akcases/Search/Results', ['list of cases']],
  ['negative_list_juriscraper_oklacivapp_example.html', 'https://www.oscn.net/decisions/civapp/90', ['list of cases']],
  ['negative_list_juriscraper_nd_example.html', 'https://www.ndcourts.gov/supreme-court/opinions', ['repeated field labels']],
  // A real news story on deal law that links to a Delaware Chancery opinion (Mozilla
  // Readability's test page): no cue against it fires, but none an opinion has does either.
  ['negative_news_nytimes_2016_yahoo_verizon.html', 'https://www.nytimes.com/2016/07/30/business/dealbook/yahoos-sale-to-verizon-leaves-shareholders-with-little-say.html', []],
])('%s', (file, url, cues) => {
  const doc = loadPage(file, url);
  const x = extractOpinion(doc, url);

  it('is not an opinion', () => {
    expect(x.site).toBe('generic');
    expect(verdict(x).isOpinion).toBe(false);
  });

  it('is rejected for the reasons a reader would give', () => {
    const fired = verdict(x).cues;
    for (const c of cues) expect(fired).toContain(c);
  });
});

describe('the news story', () => {
  const doc = loadPage('negative_news_article_injunction.html');
  const x = extractGeneric(doc);
  const text = readingText(x.roots, x.exclude);
  it('finds the story body, not the site around it', () => {
    expect(text.startsWith('A federal judge on Thursday temporarily blocked the city')).toBe(true);
    expect(text.endsWith('to stay the order, Matsuda said.')).toBe(true);
    expect(text).not.toContain('Subscribe');
    expect(text).not.toContain('Council approves vendor rules');
  });
});

describe.each([
  // [file, first words, last words, words that are chrome]
  [
    'html_nycourts_2026_70-35_113th_st_v_auberge_appdiv2d.html',
    '70-35 113th St. Holdings, LLC v Auberge Grand Cent., LLC 2026 NY Slip Op 01932',
    'ENTER: Darrell M. Joseph Clerk of the Court',
    ['skip to main content', 'Adblock', 'Quick Contact Info', 'All Court Decisions'],
  ],
  [
    'html_cap_casebody_2013_commonwealth_v_brown_mass.html',
    'SPINA, J. This case is before us',
    '"sufficient to trigger Miller-type protections").',
    [],
  ],
  [
    'html_publicresource_1891_reagan_v_aiken.html',
    '138 U.S. 109 11 S.Ct. 283 34 L.Ed. 892 REAGAN, United States Marshal',
    'The judgment, therefore, will be affirmed.',
    ['Transformed by'],
  ],
])('generic reader on %s', (file, first, last, chrome) => {
  const doc = loadPage(file);
  const x = extractGeneric(doc);
  const text = readingText(x.roots, x.exclude);
  it('is an opinion', () => expect(verdict(x).isOpinion).toBe(true));
  it('finds the body and drops the chrome', () => {
    expect(text.slice(0, first.length)).toBe(first);
    expect(text.slice(-last.length)).toBe(last);
    for (const c of chrome) expect(text).not.toContain(c);
  });
});

describe('generic reader on the older New York layout (text bare in <body>)', () => {
  const x = extractGeneric(loadPage('html_nycourts_2020_feliciano_v_seabrook_supct_queens.html'));
  it('takes the unclosed <PartyBlock> that holds the decision, with its star pages', () => {
    const text = readingText(x.roots, x.exclude);
    expect(text).toContain('The following papers numbered 1 to 10 read on this motion');
    expect(text.endsWith('Leonard Livote, A.J.S.C.')).toBe(true);
    expect(x.pageMarkers.map((m) => m.page)).toEqual(['2', '3', '4', '5']);
    expect(x.meta.citation).toBe('2020 NY Slip Op 50753(U)');
    expect(verdict(x).isOpinion).toBe(true);
  });
});
