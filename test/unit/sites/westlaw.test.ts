// The Westlaw adapter on the four real Westlaw pages (test/fixtures/pages, see SOURCES.md;
// West's synopsis, headnotes, key-number lines and KeyCite text there are filler): the
// opinion from its first words to its last, West's matter left out, parts with their
// authors, star pages, notes paired with their calls, caption.
import { describe, expect, it } from 'vitest';
import { loadPage, read, verdict } from './load-page';
import { extractOpinion, readingText } from '../../../lib/sites/index';
import { WESTLAW_PART_IDS, WEST_FURNITURE, westlaw, westlawAuthor } from '../../../lib/sites/westlaw';

interface Case {
  file: string;
  /** First and last words of the running text (page markers and notes left out). */
  starts: string;
  ends: string;
  /** What the text holds right after `ends`: the first note, or nothing. */
  notesFrom: string | null;
  /** On the page, outside the opinion: must not be read. */
  absent: string[];
  parts: [string, string | null][];
  pages: string[];
  notes: number;
  meta: Record<string, string | null>;
}

/** West's own blocks and labels, on every page that has them. */
const WEST = ['Lorem ipsum', 'dolor sit', 'Synopsis', 'West Headnotes', 'KeySummary', 'Cases that cite', 'KeyCite', 'Procedural Posture', 'Attorneys and Law Firms', 'All Citations', 'Thomson Reuters', 'End of Document', 'Original Image of'];

const CASES: Case[] = [
  {
    file: 'html_westlaw_edge_medmutual_v_braintree_ded2011_fullpage.html',
    starts: 'MEMORANDUM OPINION ROBINSON, District Judge. I. INTRODUCTION This is an antitrust action',
    ends: "For the foregoing reasons, Braintree's motion to dismiss is granted. An appropriate order shall issue.",
    notesFrom: '1 “(2) It shall be an act of infringement',
    absent: [...WEST, 'Jonathan L. Parshall', 'Reader Name', 'Search Westlaw Edge', 'Only the Westlaw citation'],
    parts: [['majority', 'ROBINSON']],
    pages: ['1', '2', '3', '4', '5', '6'],
    notes: 18,
    meta: { title: 'Medical Mut. of Ohio, Inc. v. Braintree Laboratories', citation: '2011 WL 2708818', court: 'United States District Court, D. Delaware', docket: '10–604–SLR', date: 'July 12, 2011' },
  },
  {
    file: 'html_westlaw_classic_tobin_v_state_txapp2008_fullpage.html',
    starts: 'MEMORANDUM OPINION1 DIXON W. HOLMAN, Justice. Appellant Robert Terry Tobin, Jr. was convicted',
    ends: "Having overruled Tobin's sole point on appeal, we affirm the trial court's judgment.",
    notesFrom: '1 See Tex.R.App. P. 47.4.',
    // the KeySummary block wraps the whole document on this page: only its own parts are left out
    absent: [...WEST, 'Jim Shaw, Fort Worth', 'PANEL: CAYCE', 'From Criminal District Court No. 4', 'DO NOT PUBLISH'],
    parts: [['majority', 'HOLMAN']],
    pages: ['1', '2', '3', '4', '5'],
    notes: 4,
    meta: { title: 'Tobin v. State', citation: '2008 WL 3877207', court: 'Court of Appeals of Texas, Fort Worth', docket: '2–07–145–CR', date: 'Aug. 21, 2008' },
  },
  {
    file: 'html_westlaw_docfragment_otsuka_v_torrent_dnj2016.html',
    starts: 'MEMORANDUM OPINION SIMANDLE, Chief Judge In this Hatch Waxman Act case, see 35 U.S.C.',
    ends: 'the holdings of this Memorandum Opinion.8 7. An accompanying Order will be entered.',
    notesFrom: '1 The patents asserted by Otsuka',
    // "123. Standard of Review": the headnote links 1 and 2 are West's, the "3." the court's
    absent: [...WEST, 'Brian Ronald Zurich', '123. Standard', '45. Beyond'],
    parts: [['majority', 'SIMANDLE']],
    // *484 is in the counsel block
    pages: ['485', '486', '487'],
    notes: 8,
    meta: { citation: '187 F.Supp.3d 483', court: 'United States District Court, D. New Jersey', docket: '14-4671 (JBS/KMW)', date: '05/04/2016' },
  },
  {
    file: 'html_westlaw_docfragment_ftc_v_actavis_scotus2013.html',
    starts: 'Justice BREYER delivered the opinion of the Court. Company A sues Company B for patent infringement.',
    ends: 'with its treble damages and famously burdensome discovery. See 15 U.S.C. § 15; Bell Atlantic Corp. v. Twombly, 550 U.S. 544, 558–559, 127 S.Ct. 1955, 167 L.Ed.2d 929 (2007). I respectfully dissent.',
    // the one note is the syllabus's "*", and the Reporter's syllabus is not the opinion
    notesFrom: null,
    absent: [...WEST, 'Malcolm L. Stewart', 'The Drug Price Competition and Patent Term Restoration Act of 1984', 'The syllabus constitutes no part', 'Hide all concurrence', 'Dissent Chief'],
    parts: [['majority', 'BREYER'], ['dissent', 'ROBERTS']],
    pages: ['140', '141', '142', '2228', '143'],
    notes: 0,
    meta: { title: 'FEDERAL TRADE COMMISSION, Petitioner v. ACTAVIS, INC., et al.', citation: '133 S.Ct. 2223', court: 'Supreme Court of the United States', docket: '12–416', date: 'June 17, 2013' },
  },
];

describe('westlaw adapter on real Westlaw pages', () => {
  it.each(CASES)('$file', (c) => {
    const r = read(c.file);
    expect(r.x.site).toBe('westlaw');
    expect(verdict(r.x)).toMatchObject({ isOpinion: true, cues: expect.arrayContaining(['site layout']) });
    expect(r.body.startsWith(c.starts)).toBe(true);
    expect(r.body.endsWith(c.ends)).toBe(true);
    const after = r.text.slice(r.text.lastIndexOf(c.ends) + c.ends.length).trim();
    if (c.notesFrom) expect(after.startsWith(c.notesFrom)).toBe(true);
    else expect(after).toBe('');
    for (const a of c.absent) expect(r.text, a).not.toContain(a);
    expect(r.x.parts.map((p) => [p.kind, p.author])).toEqual(c.parts);
    expect(r.x.pageMarkers.map((m) => m.page).slice(0, c.pages.length)).toEqual(c.pages);
    for (const m of r.x.pageMarkers) expect(m.element.matches('span.co_starPage')).toBe(true);
    expect(r.x.footnotes).toHaveLength(c.notes);
    r.x.footnotes.forEach((n, i) => {
      expect(n.label).toBe(String(i + 1));
      expect(n.ref?.matches('a.co_footnoteReference')).toBe(true);
      expect(n.ref?.textContent).toBe(n.label);
    });
    expect(r.x.meta).toMatchObject(c.meta);
  });

  it('maps the multi-reporter star pages of the Supreme Court page, U.S. and S.Ct. (the syllabus\'s left out with it)', () => {
    const { x } = read('html_westlaw_docfragment_ftc_v_actavis_scotus2013.html');
    const printed = x.pageMarkers.map((m) => m.element.textContent?.trim());
    expect(printed.filter((p) => p?.startsWith('**'))).toHaveLength(20);
    expect(printed.filter((p) => /^\*\d/.test(p ?? ''))).toHaveLength(38);
    expect(printed).not.toContain('*136');
    expect(printed).not.toContain('**2224');
  });

  it('hands over the caption it left out of the text, for analyze({ caption })', () => {
    const { x, text } = read('html_westlaw_docfragment_ftc_v_actavis_scotus2013.html');
    expect(x.caption?.split('\n')).toEqual(['133 S.Ct. 2223', 'Supreme Court of the United States', 'FEDERAL TRADE COMMISSION, Petitioner v. ACTAVIS, INC., et al.', 'No. 12–416', 'Argued March 25, 2013.', 'Decided June 17, 2013.']);
    expect(text).not.toContain('No. 12–416');
  });

  it('labels each part by its block: the dissent starts at its author line', () => {
    const r = read('html_westlaw_docfragment_ftc_v_actavis_scotus2013.html');
    const dissent = r.x.parts[1].element;
    expect(dissent.matches('.co_opinionBlock')).toBe(true);
    expect(readingText([dissent], r.x.exclude).startsWith('Chief Justice ROBERTS, with whom Justice SCALIA and Justice THOMAS join, dissenting.')).toBe(true);
  });
});

/** A minimal Westlaw document around `opinion`, for what the real pages do not show. */
function page(opinion: string, notes = ''): Document {
  const doc = loadPage('negative_blog_post.html');
  doc.body.innerHTML = `<div id="co_document"><div class="co_title">A v. B</div>
    <div class="co_contentBlock co_synopsis"><h2 id="co_synopsis">Synopsis</h2><div>Editorial summary.</div></div>
    <div id="co_headnotes"><div class="co_headnote">A headnote.</div></div>
    ${opinion}
    ${notes ? `<div id="co_footnoteSection"><h2 id="co_footnoteSectionHeader">Footnotes</h2>${notes}</div>` : ''}</div>`;
  return doc;
}

const block = (id: string, author: string, body: string) =>
  `<div class="co_contentBlock co_opinionBlock"><h2 id="${id}"></h2><div class="x_opinionBlockBody"><div class="x_leadAuthorLine">${author}</div><div class="co_paragraph">${body}</div></div></div>`;

describe('westlaw adapter on layouts the saved pages do not show', () => {
  it.each([
    ['co_opinion', 'PER CURIAM.', 'per_curiam', null],
    ['co_concurrance_opinion', 'Justice SCALIA, concurring.', 'concurrence', 'SCALIA'],
    ['co_concurrance_opinion_2', 'KATZMANN, Circuit Judge, concurring:', 'concurrence', 'KATZMANN'],
    ['co_dissent_opinion_1', 'Judge WALD, dissenting.', 'dissent', 'WALD'],
  ])('a block headed #%s by "%s" is a %s by %s', (id, author, kind, who) => {
    const doc = page(block('co_opinion', 'SMITH, Circuit Judge.', 'The order is affirmed.') + block(id, author, 'I write separately.'));
    const x = extractOpinion(doc, 'https://1.next.westlaw.com/Document/I0/View/FullText.html');
    expect(x.site).toBe('westlaw');
    const last = x.parts[x.parts.length - 1];
    expect([last.kind, last.author]).toEqual([kind, who]);
    expect(readingText(x.roots, x.exclude)).not.toMatch(/Editorial summary|A headnote|Synopsis/);
  });

  it.each([
    ['a marked popup', '<div class="co_popupHeadnote"><span>A headnote.</span><button>Close headnote dialog</button></div>'],
    ['a dialog', '<div role="dialog"><p>A headnote.</p><a href="#">Close headnote dialog</a></div>'],
    ['a bare close control', '<span>Close headnote dialog</span>'],
    ['a labelled close control', '<a aria-label="Close headnote dialog" href="#">×</a>'],
  ])('leaves out a headnote popup inside a paragraph: %s', (_, popup) => {
    const doc = page(block('co_opinion', 'SMITH, Circuit Judge.', `The motion is denied.${popup} So ordered.`));
    const x = extractOpinion(doc, 'http://localhost/saved.html');
    expect(readingText(x.roots, x.exclude)).toBe('SMITH, Circuit Judge. The motion is denied. So ordered.');
  });

  it('keeps a note no call points at, and leaves out one whose only call is left out', () => {
    const doc = page(
      `<div class="x_syllabus">Syllabus<sup><a class="co_footnoteReference" href="#co_footnote_S">*</a></sup></div>` +
        block('co_opinion', 'SMITH, Circuit Judge.', 'Affirmed.<sup><a class="co_footnoteReference" href="#co_footnote_1">1</a></sup>'),
      '<div><div class="co_footnoteNumber"><span id="co_footnote_S"><a>*</a></span></div><div class="co_footnoteBody">The syllabus is not the opinion.</div></div>' +
        '<div><div class="co_footnoteNumber"><span id="co_footnote_1"><a>1</a></span></div><div class="co_footnoteBody">A note.</div></div>' +
        '<div><div class="co_footnoteNumber"><span id="co_footnote_2"><a>2</a></span></div><div class="co_footnoteBody">An uncalled note.</div></div>',
    );
    const x = extractOpinion(doc, 'http://localhost/saved.html');
    expect(readingText(x.roots, x.exclude)).toBe('SMITH, Circuit Judge. Affirmed.1 1 A note. 2 An uncalled note.');
    expect(x.footnotes.map((f) => [f.label, f.ref !== null])).toEqual([['1', true], ['2', false]]);
  });

  it('hands a Westlaw page with no opinion block (a statute, a search) to the generic reader', () => {
    const doc = loadPage('negative_blog_post.html');
    doc.body.innerHTML = '<div id="co_document"><div class="co_section">§ 1. A statute.</div></div>';
    expect(westlaw.locate(doc, 'https://1.next.westlaw.com/Document/I0/View/FullText.html')).toBeNull();
    expect(extractOpinion(doc, 'https://1.next.westlaw.com/Document/I0/View/FullText.html').site).toBe('generic');
  });
});

describe('westlaw tables', () => {
  it.each([
    ['https://1.next.westlaw.com/Document/I7e329117d74311e2a98ec867961a22de/View/FullText.html?originationContext=document', true],
    ['https://next.westlaw.com/Document/I6cdab4fa705011dd9876f446780b7bdc/View/FullText.html', true],
    ['https://1.next.westlaw.com/Search/Results.html?query=injunction', false],
    ['https://westlaw.com.example.org/Document/I0/View/FullText.html', false],
    ['https://notwestlaw.com/Document/I0', false],
  ])('%s is claimed: %s', (url, claimed) => {
    expect(westlaw.matches(url)).toBe(claimed);
  });

  it('every part heading id matches its example, and no other kind', () => {
    for (const p of WESTLAW_PART_IDS) expect(WESTLAW_PART_IDS.filter((q) => q.id.test(p.example)).map((q) => q.kind)).toEqual([p.kind]);
  });

  it('every furniture selector parses', () => {
    const doc = loadPage('negative_blog_post.html');
    for (const f of WEST_FURNITURE) expect(() => doc.querySelectorAll(f.selector), f.example).not.toThrow();
  });

  it.each([
    ['Justice BREYER delivered the opinion of the Court.', 'BREYER'],
    ['Chief Justice ROBERTS, with whom Justice SCALIA and Justice THOMAS join, dissenting.', 'ROBERTS'],
    ['SIMANDLE, Chief Judge', 'SIMANDLE'],
    ['ROBINSON, District Judge.', 'ROBINSON'],
    ['DIXON W. HOLMAN, Justice.', 'HOLMAN'],
    ['PER CURIAM.', null],
    ['', null],
  ])('the author of "%s" is %s', (line, author) => {
    expect(westlawAuthor(line)).toBe(author);
  });
});
