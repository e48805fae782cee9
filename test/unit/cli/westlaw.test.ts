// `lens analyze page.html` reads a saved page with the extension's own reader (issue #14):
// on each Westlaw page it analyses the same text as the westlaw adapter reads, from the
// opinion's first words to its last, caption included, West's matter left out; on the other
// saved site pages it starts and ends where the Chromium test (test/browser/sites.test.ts)
// expects the extension's analysed text to.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../scripts/opinion-file';
import { read } from '../sites/load-page';
import { squash as squashLikeTheAdapter } from '../../../lib/sites/dom-text';

const PAGES = resolve(__dirname, '../../fixtures/pages');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const quiet = { warn: () => {} };

// [page, first words of the analysed text, its last words (or last words before the notes), first words of the notes]
const WESTLAW: [string, string, string, string | null][] = [
  ['html_westlaw_edge_medmutual_v_braintree_ded2011_fullpage.html', 'MEMORANDUM OPINION ROBINSON, District Judge. I. INTRODUCTION *1 This is an antitrust action', "Braintree's motion to dismiss is granted. An appropriate order shall issue.", '1 “(2) It shall be an act of infringement'],
  ['html_westlaw_classic_tobin_v_state_txapp2008_fullpage.html', 'MEMORANDUM OPINION1 DIXON W. HOLMAN, Justice. *1 Appellant Robert Terry Tobin, Jr. was convicted', "we affirm the trial court's judgment.", '1 See Tex.R.App. P. 47.4.'],
  ['html_westlaw_docfragment_otsuka_v_torrent_dnj2016.html', 'MEMORANDUM OPINION SIMANDLE, Chief Judge In this Hatch Waxman Act case', '7. An accompanying Order will be entered.', '1 The patents asserted by Otsuka'],
  ['html_westlaw_docfragment_ftc_v_actavis_scotus2013.html', 'Justice BREYER delivered the opinion of the Court. *140 Company A sues Company B', '167 L.Ed.2d 929 (2007). I respectfully dissent.', null],
];

describe('lens analyze on saved Westlaw pages', () => {
  it.each(WESTLAW)('%s', (file, first, last, notes) => {
    const a = analyzeFile(join(PAGES, file), quiet);
    const text = squash(a.text);
    // the adapter's text, word for word (its squash also takes zero-width spaces for spaces)
    expect(squashLikeTheAdapter(a.text)).toBe(read(file).text);
    expect(text.startsWith(first)).toBe(true);
    const after = text.slice(text.lastIndexOf(last) + last.length).trim();
    if (notes) expect(after.startsWith(notes)).toBe(true);
    else expect(after).toBe('');
    for (const west of ['Lorem ipsum', 'Synopsis', 'West Headnotes', 'KeySummary', 'Attorneys and Law Firms', 'All Citations', 'Thomson Reuters']) expect(text).not.toContain(west);
    expect(a.document.source?.site).toBe('westlaw');
    expect(a.isOpinion).toBe(true);
  }, 60_000);

  it('carries the caption the adapter read into the analysis', () => {
    const a = analyzeFile(join(PAGES, 'html_westlaw_docfragment_ftc_v_actavis_scotus2013.html'), quiet);
    // the caption's strings in the analysis JSON's terms: a courts-db id, an ISO date
    expect(a.document).toMatchObject({ court: 'scotus', courtName: 'Supreme Court of the United States', docket: '12–416', date: '2013-06-17', judge: 'Breyer' });
    expect(a.document.title).toMatch(/^Federal Trade Commission, Petitioner v. Actavis/);
  }, 60_000);
});

// The Chromium test's table (test/browser/sites.test.ts): first words within the first 200
// characters, last words within the last 200 or followed by the notes.
const SITES: [string, string, string, string?][] = [
  ['html_cap_casebody_2013_commonwealth_v_brown_mass.html', 'SPINA, J. This case is before us on a reservation and report', 'for sentencing proceedings consistent with this opinion. So ordered.', '1. We use the term'],
  ['html_nycourts_2026_70-35_113th_st_v_auberge_appdiv2d.html', 'DECISION & ORDER In an action, inter alia, for specific performance', 'ENTER: Darrell M. Joseph Clerk of the Court'],
  ['html_nycourts_2020_feliciano_v_seabrook_supct_queens.html', 'Decided on June 11, 2020', 'Dated: June 11, 2020 Leonard Livote, A.J.S.C.'],
  ['html_nycourts_2026_people_v_seymore_appdiv1d_permanent.html', 'Judgment, Supreme Court, New York County (Michael Gaffey, J.)', 'Concur—Webber, J.P., Friedman, Mendez, Shulman, Hagler, JJ.'],
  ['html_publicresource_1891_reagan_v_aiken.html', 'Many assignments of error and many questions are presented', 'The judgment, therefore, will be affirmed.'],
  ['html_scholar_2018_berkheimer_v_hp_cafc.html', 'Moore, Circuit Judge. Steven E. Berkheimer appeals', 'AND REMANDED. COSTS No costs.', '[1] Though the district court stated'],
  ['html_scholar_2017_in_re_salwan_cafc_per_curiam.html', 'PER CURIAM. Angadbir Singh Salwan appeals', "the Board's decision is affirmed. AFFIRMED COSTS No costs."],
];

describe('lens analyze on the other saved site pages reads what the extension reads', () => {
  it.each(SITES)('%s', (file, first, last, notes) => {
    const text = squash(analyzeFile(join(PAGES, file), quiet).text);
    expect(text.slice(0, 200)).toContain(first);
    if (notes) expect(text.slice(text.indexOf(last) + last.length).trim().startsWith(notes)).toBe(true);
    else expect(text.slice(-200)).toContain(last);
  }, 60_000);
});
