import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/document/build';
import { htmlToText } from '../../../lib/document/html';
import { mapErrors } from './helpers';

const site = (name: string) => readFileSync(join(__dirname, '../../fixtures/pages', name), 'utf8');

describe('htmlToText on saved court pages', () => {
  it.each([
    {
      file: 'html_cap_casebody_2013_commonwealth_v_brown_mass.html',
      first: 'COMMONWEALTH\nv.\nMarquise BROWN.',
      last: 'that it was "sufficient to trigger Miller-type protections").',
      meta: { title: 'COMMONWEALTH v. Marquise BROWN.', courtName: 'Supreme Judicial Court of Massachusetts', date: '2013-12-24' },
      chrome: [],
    },
    {
      file: 'html_nycourts_2020_feliciano_v_seabrook_supct_queens.html',
      first: '[*1]\n\nFeliciano v Seabrook\n\n2020 NY Slip Op 50753(U)',
      last: 'Dated: June 11, 2020\n\nLeonard Livote, A.J.S.C.',
      meta: { courtName: 'Supreme Court, Queens County', date: '2020-06-11', docket: '712894/19' },
      chrome: ['Return to Decision List', 'font-family', 'line-height'],
    },
    {
      file: 'html_nycourts_2026_70-35_113th_st_v_auberge_appdiv2d.html',
      first: '70-35 113th St. Holdings, LLC v Auberge Grand Cent., LLC\n\n2026 NY Slip Op 01932',
      last: 'Darrell M. Joseph\n\nClerk of the Court',
      meta: { title: '70-35 113th St. Holdings, LLC v Auberge Grand Cent., LLC', courtName: 'Appellate Division, Second Department', date: '2026-04-01', docket: '2020-09425' },
      chrome: ['skip to main content', 'Adblock', 'Law Reporting Bureau Home', 'Court Decisions', 'Quick Contact Info', 'Links to or from other sites', 'var adblock'],
    },
    {
      file: 'html_publicresource_1891_reagan_v_aiken.html',
      first: '138 U.S. 109\n\n11 S.Ct. 283',
      last: 'and in them we find no error. The judgment, therefore, will be affirmed.',
      meta: { title: 'REAGAN, United States Marshal, et al. v. AIKEN et al.', date: '1891-01-26' },
      chrome: ['Transformed by', 'Public.Resource.Org', 'CC∅'],
    },
  ])('$file', ({ file, first, last, meta, chrome }) => {
    const { text, meta: got } = htmlToText(site(file));
    expect(text.startsWith(first)).toBe(true);
    expect(text.endsWith(last)).toBe(true);
    for (const c of chrome) expect(text).not.toContain(c);
    expect(got).toMatchObject(meta);
    expect(text).not.toMatch(/&(?:amp|sect|nbsp|quot);/);
    expect(text).not.toMatch(/<\/?[a-z]+[\s>]/i);
  });

  it('separates blocks by blank lines and reads entities (nycourts 2020)', () => {
    const { text } = htmlToText(site('html_nycourts_2020_feliciano_v_seabrook_supct_queens.html'));
    expect(text).toContain('\n\n1. Pursuant to CPLR §3211(a)(5), based on res judicata and untimeliness;\n\n');
    expect(text).toContain('motion by defendants Koehler & Isaacs:');
  });

  it('feeds the document model: star-page labels become pages, not words', () => {
    const { text } = htmlToText(site('html_cap_casebody_2013_commonwealth_v_brown_mass.html'));
    const doc = buildDocument(text);
    expect(doc.pages.map((p) => p.page).slice(0, 3)).toEqual(['260', '261', '262']);
    expect(doc.reading.text).not.toMatch(/\*26\d/);
    expect(mapErrors(doc)).toEqual([]);
  });

  it('writes CAP footnotes as labelled blocks the document model keeps apart', () => {
    const { text } = htmlToText(site('html_cap_casebody_2013_commonwealth_v_brown_mass.html'));
    expect(text).toContain('\n\n1 We use the term "juvenile defendants" here to refer to defendants');
    const doc = buildDocument(text);
    expect(doc.footnotes.map((f) => f.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(doc.paragraphs.filter((p) => p.footnote === null).some((p) => text.slice(p.start, p.start + 8) === '1 We use')).toBe(false);
  });

  it('keeps preformatted opinion text as written, indentation included', () => {
    const html = '<html><body><nav>Opinions</nav><div id="opinion-content"><pre>          College  athletics,   particularly  in  the   realm  of\nfootball and basketball &amp; more.\n\n          The  highway of  opportunity runs  in both  directions.\n</pre></div><footer>About</footer></body></html>';
    expect(htmlToText(html).text).toBe('          College  athletics,   particularly  in  the   realm  of\nfootball and basketball & more.\n\n          The  highway of  opportunity runs  in both  directions.');
  });

  it('tolerates broken markup', () => {
    const { text } = htmlToText('<div><p>First <b>bold<p>Second &amp; third</div></span><p>Fourth &sect; 2<script>var x = "<p>";</script>');
    expect(text).toBe('First bold\n\nSecond & third\n\nFourth § 2');
  });
});
