// Site adapters on real saved pages (test/fixtures/pages, see SOURCES.md): where the
// opinion starts and ends, what is skipped, caption metadata, page breaks, notes, parts.
import { describe, expect, it } from 'vitest';
import { read, verdict } from './load-page';

interface Case {
  file: string;
  url: string;
  site: string;
  /** First and last words of the running text (page markers and notes left out). */
  starts: string;
  ends: string;
  /** Text that is on the page but must not be in the extraction. */
  absent: string[];
  meta: Record<string, string | null>;
  pages: string[];
  notes: number;
  parts: [string, string | null][];
}

const CASES: Case[] = [
  {
    file: 'html_cap_casebody_2013_commonwealth_v_brown_mass.html',
    url: 'https://static.case.law/mass/466/cases/0676-01.html',
    site: 'cap',
    starts: 'SPINA, J. This case is before us on a reservation and report from a single justice.',
    ends: 'for sentencing proceedings consistent with this opinion. So ordered.',
    absent: ['Michael A. Kaneb, Assistant District Attorney', 'Present: IRELAND, C.J.'],
    meta: { parties: 'COMMONWEALTH v. Marquise BROWN.', court: 'Supreme Judicial Court of Massachusetts, Middlesex', date: 'Dec. 24, 2013', citation: null },
    pages: ['261', '262', '263', '264', '265', '266', '267', '268', '269', '270'],
    notes: 11,
    parts: [['majority', 'SPINA']],
  },
  {
    file: 'html_nycourts_2026_70-35_113th_st_v_auberge_appdiv2d.html',
    url: 'https://www.nycourts.gov/reporter/3dseries/2026/2026_01932.htm',
    site: 'nycourts',
    starts: 'DECISION & ORDER In an action, inter alia, for specific performance',
    ends: 'CHRISTOPHER, J.P., FORD, WARHIT and VOUTSINAS, JJ., concur. ENTER: Darrell M. Joseph Clerk of the Court',
    absent: ['skip to main content', 'Adblock', 'Law Reporting Bureau', 'Quick Contact Info', 'Mintz & Gold LLP', 'Helen Voutsinas, JJ.'],
    meta: {
      title: '70-35 113th St. Holdings, LLC v Auberge Grand Cent., LLC',
      citation: '2026 NY Slip Op 01932',
      date: 'April 1, 2026',
      court: 'Appellate Division, Second Department',
      docket: '2020-09425',
      parties: '70-35 113th St. Holdings, LLC, appellant, v Auberge Grand Central, LLC, respondent, et al., defendant.',
    },
    pages: ['1', '2'],
    notes: 0,
    parts: [['majority', null]],
  },
  {
    file: 'html_nycourts_2020_feliciano_v_seabrook_supct_queens.html',
    url: 'https://www.nycourts.gov/reporter/3dseries/2020/2020_50753.htm',
    site: 'nycourts',
    // The date, index number and judge are bare text in <body>, so they cannot be excluded.
    starts: 'Decided on June 11, 2020 712894/19 Leonard Livote, J. The following papers numbered 1 to 10 read on this motion',
    ends: 'This constitutes the Order of the Court. Dated: June 11, 2020 Leonard Livote, A.J.S.C.',
    absent: ['Published by New York State Law Reporting Bureau', 'uncorrected', 'Norman Seabrook, Elias Husamudeen', 'Return to Decision List'],
    meta: { title: 'Feliciano v Seabrook', citation: '2020 NY Slip Op 50753(U)', date: 'June 11, 2020', court: 'Supreme Court, Queens County', docket: '712894/19' },
    pages: ['1', '2', '3', '4', '5'],
    notes: 0,
    parts: [['majority', 'Livote']],
  },
  {
    file: 'html_nycourts_2026_people_v_seymore_appdiv1d_permanent.html',
    url: 'https://www.nycourts.gov/reporter/3dseries/2026/2026_00028.htm',
    site: 'nycourts',
    starts: 'Judgment, Supreme Court, New York County (Michael Gaffey, J.), rendered September 26, 2023',
    ends: 'we decline to review them in the interest of justice. Concur—Webber, J.P., Friedman, Mendez, Shulman, Hagler, JJ.',
    absent: ['HEADNOTES', 'Crimes - Sentence', 'Jenay Nurse Guilford', 'As corrected through'],
    meta: {
      title: 'People v Seymore',
      citation: '2026 NY Slip Op 00028 [245 AD3d 423]',
      date: 'January 6, 2026',
      court: 'Appellate Division, First Department',
      parties: 'The People of the State of New York, Respondent, v Teon Seymore, Appellant.',
      docket: null,
    },
    pages: ['1'],
    notes: 0,
    parts: [['majority', null]],
  },
  {
    file: 'html_publicresource_1891_reagan_v_aiken.html',
    url: 'https://law.resource.org/pub/us/case/reporter/US/138/138.US.109.html',
    site: 'publicresource',
    starts: 'Many assignments of error and many questions are presented by the counsel for plaintiffs in error.',
    ends: 'and in them we find no error. The judgment, therefore, will be affirmed.',
    absent: ['Transformed by', 'John Paul Jones', '11 S.Ct. 283', 'Statement of Case'],
    meta: {
      citation: '138 U.S. 109',
      parties: 'REAGAN, United States Marshal, et al. v. AIKEN et al.',
      date: 'January 26, 1891',
      court: 'Supreme Court of the United States',
    },
    pages: [],
    notes: 0,
    parts: [['majority', 'BREWER']],
  },
  {
    file: 'html_scholar_2018_berkheimer_v_hp_cafc.html',
    url: 'https://scholar.google.com/scholar_case?case=3420814358029019827',
    site: 'scholar',
    starts: 'Moore, Circuit Judge. Steven E. Berkheimer appeals the United States District Court',
    ends: 'and remand for further proceedings. AFFIRMED-IN-PART, VACATED-IN-PART, AND REMANDED. COSTS No costs.',
    // The caption lines, the appeal-from line, counsel and the bench come before the author line.
    absent: ['881 F.3d 1360 (2018)', 'Plaintiff-Appellant', 'Decided: February 8, 2018', 'Much Shelist', 'Before Moore, Taranto, and Stoll', '1362*1362'],
    meta: {
      title: 'Steven E. BERKHEIMER, Plaintiff-Appellant, v. HP INC., fka Hewlett-Packard Company, Defendant-Appellee.',
      citation: '881 F.3d 1360',
      court: 'United States Court of Appeals, Federal Circuit',
      date: 'February 8, 2018',
      docket: '2017-1437',
    },
    pages: ['1362', '1363', '1364', '1365', '1366', '1367', '1368', '1369', '1370', '1371'],
    notes: 1,
    parts: [['majority', 'Moore']],
  },
  {
    file: 'html_scholar_2017_in_re_salwan_cafc_per_curiam.html',
    url: 'https://scholar.google.com/scholar_case?case=1123824875062066560',
    site: 'scholar',
    starts: 'PER CURIAM. Angadbir Singh Salwan appeals from the Patent Trial and Appeal Board',
    ends: "For the foregoing reasons, the Board's decision is affirmed. AFFIRMED COSTS No costs.",
    absent: ['IN RE: ANGADBIR SINGH SALWAN', 'No. 2016-2079', 'Potomac, MD, pro se', 'Before PROST, Chief Judge', 'This disposition is nonprecedential.'],
    meta: { title: 'IN RE: ANGADBIR SINGH SALWAN, Appellant.', court: 'United States Court of Appeals, Federal Circuit', date: 'March 13, 2017', docket: '2016-2079' },
    pages: [],
    notes: 0,
    parts: [['per_curiam', null]],
  },
];

describe.each(CASES)('$file', (c) => {
  const r = read(c.file, c.url);

  it('is read by its site adapter and scores as an opinion', () => {
    expect(r.x.site).toBe(c.site);
    expect(verdict(r.x).isOpinion).toBe(true);
  });

  it('starts at the opinion’s first words and ends at its last', () => {
    expect(r.body.slice(0, c.starts.length)).toBe(c.starts);
    expect(r.body.slice(-c.ends.length)).toBe(c.ends);
  });

  it('leaves out the page’s chrome and caption', () => {
    for (const s of c.absent) expect(r.text).not.toContain(s);
  });

  it('reads the caption', () => {
    for (const [k, v] of Object.entries(c.meta)) expect([k, r.x.meta[k as keyof typeof r.x.meta]]).toEqual([k, v]);
  });

  it('finds the star pages, in order, inside the roots', () => {
    expect(r.x.pageMarkers.map((m) => m.page)).toEqual(c.pages);
    for (const m of r.x.pageMarkers) expect(r.x.roots.some((root) => root.contains(m.element))).toBe(true);
  });

  it('finds footnotes and parts', () => {
    expect(r.x.footnotes).toHaveLength(c.notes);
    expect(r.x.parts.map((p) => [p.kind, p.author])).toEqual(c.parts);
  });
});

describe('CAP footnotes', () => {
  const r = read(CASES[0].file, CASES[0].url);
  it('pairs each call with its note by label although their links disagree', () => {
    const first = r.x.footnotes[0];
    expect(first.label).toBe('1');
    expect(first.ref?.textContent).toBe('1');
    expect(first.note.textContent).toContain('We use the term "juvenile defendants" here');
    expect(r.x.footnotes.map((f) => f.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(r.x.footnotes.every((f) => f.ref !== null)).toBe(true);
  });
  it('keeps the notes in the text after the opinion', () => {
    expect(r.text.endsWith('that it was "sufficient to trigger Miller-type protections").')).toBe(true);
  });
  it('keeps the page-marker text in the indexed text', () => {
    expect(r.text).toContain('the Supreme *261Court held');
  });
});

describe('Scholar footnotes', () => {
  const r = read('html_scholar_2018_berkheimer_v_hp_cafc.html', 'https://scholar.google.com/scholar_case?case=3420814358029019827');
  it('pairs the gsl_hash call with the note in the closing <small> by label (the call links a name, not an id)', () => {
    const [note] = r.x.footnotes;
    expect(note.label).toBe('1');
    expect(note.ref?.textContent).toBe('[1]');
    expect(note.ref?.closest('sup')).not.toBeNull();
    expect(note.note.textContent).toContain('it separately analyzed the dependent claims');
  });
  it('keeps the starred page text and drops the bare margin number', () => {
    expect(r.text).toContain('*1363 which improves system operating efficiency');
    expect(r.text).not.toContain('1363*1363');
  });
});
