// Which adapter claims which URL, and the promises every adapter keeps: never throw,
// never change the page, fall back to the generic reader when its layout is missing.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { SITE_ADAPTERS, adapterFor, extractOpinion, type SiteAdapter } from '../../../lib/sites/index';
import { PAGES, loadPage, verdict } from './load-page';

const blank = (html: string, url = 'https://example.test/'): Document => {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
};

describe('URL routing', () => {
  const empty = blank('<html><body></body></html>');
  it.each([
    ['https://www.courtlistener.com/opinion/2812209/obergefell-v-hodges/', 'courtlistener'],
    ['https://law.justia.com/cases/federal/appellate-courts/ca9/19-15974/19-15974-2020-06-24.html', 'justia'],
    ['https://scholar.google.com/scholar_case?case=15130741097130227914&hl=en', 'scholar'],
    ['https://scholar.google.co.uk/scholar_case?case=1', 'scholar'],
    ['https://www.law.cornell.edu/supremecourt/text/555/7', 'cornell'],
    ['https://www.law.cornell.edu/supct/html/07-1239.ZO.html', 'cornell'],
    ['https://caselaw.findlaw.com/court/us-supreme-court/555/7.html', 'findlaw'],
    ['https://www.casemine.com/judgement/us/5914b6c5add7b0493478c4ff', 'casemine'],
    ['https://www.leagle.com/decision/infdco20200624a12', 'leagle'],
    ['https://www.govinfo.gov/content/pkg/USCOURTS-dcd-1_25-cv-00412/html/USCOURTS-dcd-1_25-cv-00412-0.htm', 'govinfo'],
    ['https://www.nycourts.gov/reporter/3dseries/2026/2026_01932.htm', 'nycourts'],
    ['https://law.resource.org/pub/us/case/reporter/US/138/138.US.109.html', 'publicresource'],
    ['https://static.case.law/mass/466/cases/0676-01.json', 'cap'],
  ])('%s → %s', (url, site) => {
    expect(adapterFor(empty, url)?.site).toBe(site);
  });

  it.each([
    'https://www.courtlistener.com/?q=injunction',
    'https://www.nycourts.gov/courts/ad2/',
    'https://scholar.google.com/scholar?q=winter+v+nrdc',
    'https://www.justia.com/lawyers/',
    'not a url',
  ])('%s is nobody’s', (url) => {
    expect(adapterFor(empty, url)).toBeNull();
  });

  it('recognises saved copies by their layout', () => {
    expect(adapterFor(loadPage('html_cap_casebody_2013_commonwealth_v_brown_mass.html'), 'file:///tmp/x.html')?.site).toBe('cap');
    expect(adapterFor(loadPage('html_publicresource_1891_reagan_v_aiken.html'), 'http://localhost/x')?.site).toBe('publicresource');
    expect(adapterFor(loadPage('html_nycourts_2020_feliciano_v_seabrook_supct_queens.html'), 'http://localhost/x')?.site).toBe('nycourts');
    expect(adapterFor(loadPage('negative_news_article_injunction.html'), 'http://localhost/x')).toBeNull();
  });
});

describe('robustness', () => {
  it.each([
    ['an empty page', '<html><body></body></html>'],
    ['a frameset-like page with no text', '<html><head><title>x</title></head><body><div><div></div></div></body></html>'],
    ['a bare text', 'Just some words.'],
    ['a broken CAP page', '<section class="casebody"></section>'],
    ['a broken New York page', '<div class="current-legal-document"></div>'],
  ])('%s never throws and scores low', (_name, html) => {
    for (const a of SITE_ADAPTERS) {
      const url = { cap: 'https://static.case.law/x', nycourts: 'https://www.nycourts.gov/reporter/x', publicresource: 'https://law.resource.org/x' }[a.site as string] ?? 'https://example.test/';
      const x = extractOpinion(blank(html), url);
      expect(x.roots.length).toBeGreaterThan(0);
      expect(verdict(x).isOpinion).toBe(false);
    }
  });

  it('falls back to the generic reader when an adapter throws or finds nothing', () => {
    const boom: SiteAdapter = { site: 'justia', matches: () => true, locate: () => { throw new Error('layout changed'); } };
    const none: SiteAdapter = { site: 'justia', matches: () => true, locate: () => null };
    const doc = loadPage('html_cap_casebody_2013_commonwealth_v_brown_mass.html');
    for (const a of [boom, none]) {
      const x = extractOpinion(doc, 'https://law.justia.com/cases/x', [a]);
      expect(x.site).toBe('generic');
      expect(verdict(x).isOpinion).toBe(true);
    }
  });

  it.each(readdirSync(PAGES).filter((f) => f.endsWith('.html')))('does not change %s', (file) => {
    const doc = loadPage(file);
    const before = doc.documentElement.outerHTML;
    extractOpinion(doc, 'http://localhost/x');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
