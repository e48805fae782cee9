// Westlaw's star pages and notes taken by the core (issue #14: "Westlaw star pages mapped";
// issue #16): each saved Westlaw page read as a tab reads it (the westlaw adapter, the text
// index, readingHints) and analysed with its hints. The analysis' pages are the page's
// `span.co_starPage` markers at the words after them, the U.S. Reports' and the Supreme Court
// Reporter's series apart ("*142", "**2228"), with none of the false pages the words alone
// read among the notes; the notes' paragraphs are notes, and pin cites follow the star pages.
import { describe, expect, it } from 'vitest';
import { loadPage } from './load-page';
import { extractOpinion } from '../../../lib/sites/index';
import { indexText } from '../../../lib/dom/text-index';
import { readingHints } from '../../../lib/sites/hints';
import { analyze } from '../../../lib/analyze';
import { buildDocument } from '../../../lib/document/build';
import { checkHints, withSiteHints } from '../../../lib/document/site-hints';
import { pinCite } from '../../../lib/export/pin-cite';

function read(file: string) {
  const x = extractOpinion(loadPage(file), 'http://localhost/saved.html');
  const index = indexText(x.roots, { exclude: x.exclude });
  const hints = readingHints(x, index);
  return { text: index.text, hints, analysis: analyze({ text: index.text, hints }), plain: analyze({ text: index.text }) };
}

interface Case {
  file: string;
  /** how many pages, and some of them: [page, the words it starts with] */
  pages: [number, [string, string][]];
  /** how many pages the words alone find (the notes' numbers among them) */
  guessed: number;
  /** notes hinted, and some note paragraphs: [label, first words] */
  notes: [number, [string, string][]];
  /** a citation's words and its pin cite */
  pin: [string, string];
}

const CASES: Case[] = [
  {
    file: 'html_westlaw_docfragment_ftc_v_actavis_scotus2013.html',
    pages: [58, [['140', 'Company A sues'], ['142', 'H. Hovenkamp, Antitrust Law'], ['**2228', 'by the Drug Price Competition'], ['177', '']]],
    guessed: 60,
    notes: [0, []],
    pin: ['21 U.S.C. § 355(b)(1) (requiring', '**2228, ¶ 5'],
  },
  {
    file: 'html_westlaw_docfragment_otsuka_v_torrent_dnj2016.html',
    pages: [3, [['485', 'impliedly acknowledges'], ['486', 'these allegations'], ['487', 'the allegations of Torrent']]],
    guessed: 11,
    notes: [8, [['1', 'The patents asserted by Otsuka'], ['8', 'The Court harbors some doubt']]],
    pin: ['550 U.S. 544', '*486, ¶ 8'],
  },
  {
    file: 'html_westlaw_edge_medmutual_v_braintree_ded2011_fullpage.html',
    pages: [6, [['1', 'This is an antitrust action'], ['4', 'In order to address'], ['6', 'The court rejects']]],
    guessed: 24,
    notes: [18, [['1', '“(2) It shall be an act of infringement'], ['13', 'Braintree acknowledges'], ['14', 'See 6 Del. C. § 2111'], ['18', 'The court need not reach']]],
    pin: ['88 F.3d 1054, 1058', '*6, ¶ 25'],
  },
  {
    file: 'html_westlaw_classic_tobin_v_state_txapp2008_fullpage.html',
    pages: [5, [['1', 'Appellant Robert Terry Tobin'], ['2', 'We review a trial'], ['5', 'Additionally, Officer']]],
    guessed: 9,
    notes: [4, [['1', 'See Tex.R.App. P. 47.4.'], ['4', 'Because we have held']]],
    pin: ['195 S.W.3d 101, 108–09', '*2, ¶ 6'],
  },
];

describe('Westlaw pages: the core takes the star pages and notes', () => {
  it.each(CASES)('$file', ({ file, pages, guessed, notes, pin }) => {
    const { text, hints, analysis, plain } = read(file);
    expect(analysis.pages).toHaveLength(pages[0]);
    expect(plain.pages).toHaveLength(guessed);
    for (const [page, words] of pages[1]) {
      const p = analysis.pages.find((x) => x.page === page);
      expect(p, `page ${page}`).toBeDefined();
      if (words) expect(text.slice(p!.start, p!.start + words.length)).toBe(words);
    }
    // every page starts right after its marker as the page prints it
    for (const p of analysis.pages) expect(text.slice(0, p.start).trimEnd().endsWith(`*${p.page.replace(/^\*+/, '')}`)).toBe(true);

    expect(analysis.footnotes).toHaveLength(notes[0]);
    expect(analysis.footnotes.map((n) => n.label)).toEqual(hints.footnotes?.map((n) => n.label) ?? []);
    const doc = withSiteHints(buildDocument(text), checkHints(hints, text.length));
    for (const [label, words] of notes[1]) {
      const para = doc.paragraphs.find((p) => p.footnote === label && text.startsWith(words, p.start));
      expect(para, `note ${label}`).toBeDefined();
    }
    // the opinion's own paragraphs stay body: every note paragraph lies after the last star page
    const last = analysis.pages[analysis.pages.length - 1].start;
    expect(doc.paragraphs.filter((p) => p.footnote != null && p.start < last)).toEqual([]);

    const at = text.indexOf(pin[0]);
    expect(at).toBeGreaterThan(0);
    expect(pinCite(analysis, analysis.citations.find((c) => c.fullStart <= at && at < c.fullEnd)?.start ?? at)).toBe(pin[1]);
  });
});
