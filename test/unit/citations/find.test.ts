/**
 * Table-driven: real snippets from the corpus opinions (and Bluebook forms the issue names),
 * each with the citations it must yield, their kinds, cores (`text.slice(start, end)`) and fields.
 */
import { describe, expect, it } from 'vitest';
import type { CaseCitation, CitationKind } from '../../../lib/types';
import { expect_ as e, found, type Expected } from './factories';
import { findCitations } from '../../../lib/citations/index';

const CASES: [string, string, Expected[]][] = [
  ['Fed. App’x with curly apostrophe and trailing period (002 order)',
    'See Johnson v. Connolly, 378 Fed. App’x. 107, 108 (2d Cir. 2010) (holding that plaintiff failed to show intent);',
    [e('case', '378 Fed. App’x. 107, 108', { caseName: 'Johnson v. Connolly', volume: '378', reporter: "F. App'x", page: '107', pin: '108', court: 'ca2', year: 2010, parenthetical: 'holding that plaintiff failed to show intent', signal: 'See' },
      { full: 'Johnson v. Connolly, 378 Fed. App’x. 107, 108 (2d Cir. 2010) (holding that plaintiff failed to show intent)' })]],
  ['Winter keeps its own year; a docket and its date parenthetical before a Westlaw cite (002 order)',
    'Preliminary injunctive relief is an extraordinary remedy. Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 24 (2008); Johnson v. Newport Lorillard, No. 01 Civ. 9587 (SAS) (S.D.N.Y. Jan. 23, 2003), 2003 WL 169797, *1.',
    [e('case', '555 U.S. 7, 24', { caseName: 'Winter v. Natural Res. Def. Council, Inc.', reporter: 'U.S.', pin: '24', court: 'scotus', year: 2008 }),
      e('case', '2003 WL 169797, *1', { caseName: 'Johnson v. Newport Lorillard', volume: '2003', reporter: 'WL', page: '169797', pin: '*1', court: 'nysd', year: 2003, docket: 'No. 01 Civ. 9587 (SAS)' })]],
  ['a volume broken from its reporter by a line break (Ideal Electronic)',
    'See F.D. Rich Co. v. United States ex rel. Indus. Lumber Co., 417\nU.S. 116, 127 (1974).',
    [e('case', '417\nU.S. 116, 127', { caseName: 'F.D. Rich Co. v. United States ex rel. Indus. Lumber Co.', page: '116', pin: '127', year: 1974, court: 'scotus' })]],
  ['parallel cites share name and year (Roman Catholic Diocese)',
    'See Winter v. NRDC, Inc., 555 U. S. 7, 20, 129 S. Ct. 365, 172 L. Ed. 2d 249 (2008).',
    [e('case', '555 U. S. 7, 20', { reporter: 'U.S.', pin: '20', year: 2008, caseName: 'Winter v. NRDC, Inc.' }),
      e('case', '129 S. Ct. 365', { reporter: 'S. Ct.', pin: null, year: 2008, caseName: 'Winter v. NRDC, Inc.' }),
      e('case', '172 L. Ed. 2d 249', { reporter: 'L. Ed. 2d', year: 2008, court: 'scotus' })]],
  ['Lexis and Westlaw parallels after blank slip-opinion cites, SCOTUS court style (Roman Catholic Diocese)',
    '___ F. Supp. 3d ___, ___, 2020 U.S. Dist. LEXIS 192292, 2020 WL 6120167, *2 (EDNY, Oct. 16, 2020). It found',
    [e('case', '2020 U.S. Dist. LEXIS 192292', { reporter: 'U.S. Dist. LEXIS', court: 'nyed', year: 2020 }),
      e('case', '2020 WL 6120167, *2', { pin: '*2', court: 'nyed', year: 2020 })]],
  ['a statute with the section sign dropped (Cohen v. Brown)',
    'under Title IX, 20 U.S.C.    1681-1688 (1988).',
    [e('statute', '20 U.S.C.    1681-1688', { volume: '20', reporter: 'U.S.C.', section: '1681-1688' })]],
  ['OCR\'d section signs and a civil rule (Ideal Electronic)',
    'See 40 U.S.C. ss 270a-270f; Fed. R. Civ. P. 50(a)(1).',
    [e('statute', '40 U.S.C. ss 270a-270f', { section: '270a-270f', signal: 'See' }), e('rule', 'Fed. R. Civ. P. 50(a)(1)', { reporter: 'Fed. R. Civ. P.', section: '50(a)(1)' })]],
  ['record cites (002 order)',
    'Smalls has provided an Affidavit (Doc. No. 11-2) stating that. See Aff. ¶¶ 10, 15.',
    [e('record', 'Doc. No. 11-2'), e('record', 'Aff. ¶¶ 10, 15', { signal: 'See' })]],
  ['more record forms', 'Tr. 45:3–9; Pl.\'s Mem. at 8; ECF No. 14; Dkt. 5; Ex. A at 3.',
    [e('record', 'Tr. 45:3–9'), e('record', "Pl.'s Mem. at 8", { pin: '8' }), e('record', 'ECF No. 14'), e('record', 'Dkt. 5'), e('record', 'Ex. A at 3', { pin: '3' })]],
  ['SCOTUS record cites (Roman Catholic Diocese)',
    'synagogue.” App. to Application in No. 20A87, Exh. D, p. 83. Yet',
    [e('record', 'App. to Application in No. 20A87, Exh. D, p. 83', { pin: '83' })]],
  ['legislative history (Cohen v. Brown)',
    'See 118 Cong. Rec. 5,807 (1972); S. Rep. No. 64, 100th Cong., 2d Sess. 4 (1988), reprinted in 1988 U.S.C.C.A.N. 3, 6.',
    [e('other', '118 Cong. Rec. 5,807', { signal: 'See' }), e('other', 'S. Rep. No. 64')]],
  ['a slip opinion cited by docket only (Cohen v. Brown)',
    'See, e.g., Roberts v. Colorado State Univ., No. 93-1052 (10th Cir. 1993) (not yet argued);',
    [e('case', 'No. 93-1052', { caseName: 'Roberts v. Colorado State Univ.', court: 'ca10', year: 1993, docket: 'No. 93-1052', parenthetical: 'not yet argued', signal: 'See, e.g.' })]],
  ['constitutions', 'U.S. Const. amend. VIII; U.S. Const. art. III, § 2, cl. 1.',
    [e('constitution', 'U.S. Const. amend. VIII', { section: 'amend. VIII' }), e('constitution', 'U.S. Const. art. III, § 2, cl. 1', { section: 'art. III, § 2, cl. 1' })]],
  ['state codes from laws.json and a section range', 'Cal. Civ. Proc. Code § 527; Conn. Gen. Stat. § 52-471; 42 U.S.C. §§ 1983–1985.',
    [e('statute', 'Cal. Civ. Proc. Code § 527', { reporter: 'Cal. Civ. Proc. Code', section: '527' }), e('statute', 'Conn. Gen. Stat. § 52-471', { reporter: 'Conn. Gen. Stat.', section: '52-471' }),
      e('statute', '42 U.S.C. §§ 1983–1985', { section: '1983–1985' })]],
  ['neutral, dashed and nominative cites', '2019 IL 123456; 2017 ND 5; 2020-Ohio-1234; 2022-NCSC-1; 67 U.S. (2 Black) 635.',
    [e('case', '2019 IL 123456', { reporter: 'IL', volume: '2019', page: '123456', court: 'ill' }), e('case', '2017 ND 5', { page: '5', court: 'nd' }), e('case', '2020-Ohio-1234', { reporter: 'Ohio', page: '1234', court: 'ohio' }),
      e('case', '2022-NCSC-1', { reporter: 'NCSC', page: '1', court: 'nc' }), e('case', '67 U.S. (2 Black) 635', { reporter: 'U.S.', page: '635', court: 'scotus' })]],
  ['Lexis with a star pin', 'Doe v. Roe, 2010 U.S. Dist. LEXIS 12345, at *3 (S.D.N.Y. 2010).',
    [e('case', '2010 U.S. Dist. LEXIS 12345, at *3', { caseName: 'Doe v. Roe', pin: '*3', court: 'nysd', year: 2010 })]],
  ['treatises (Ideal Electronic; Wright & Miller)',
    'Restatement (Second) of Conflict of Laws s 188 (1971); 11A Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 2948 (3d ed. 2013).',
    [e('other', 'Restatement (Second) of Conflict of Laws s 188'), e('other', '11A Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 2948')]],
  ['subsequent history (Ideal Electronic)', 'Lee v. Flintkote Co., 593 F.2d 1275, 1278-79 n.14 (D.C. Cir. 1979), cert. denied, 444 U.S. 1017 (1980).',
    [e('case', '593 F.2d 1275, 1278-79 n.14', { pin: '1278-79 n.14', court: 'cadc', year: 1979, history: 'cert. denied' }), e('case', '444 U.S. 1017', { year: 1980 })]],
  ['a citation inside another\'s parenthetical is its own (Tandon v. Newsom)',
    'Tandon v. Newsom, 593 U. S. 61, 62 (2021) (per curiam) (quoting Roman Catholic Diocese of Brooklyn v. Cuomo, 592 U. S. 14, 19 (2020)).',
    [e('case', '593 U. S. 61, 62', { caseName: 'Tandon v. Newsom', year: 2021, parenthetical: 'per curiam' }),
      e('case', '592 U. S. 14, 19', { caseName: 'Roman Catholic Diocese of Brooklyn v. Cuomo', year: 2020 })]],
  ['periodicals, web addresses, journals (Cohen v. Brown; Roman Catholic Diocese)',
    'Wash. Post, June 21, 1992, at D1; https://esd.ny.gov/guidance-executive-order-2026. See 75 Colum. L. Rev. 559, 560 (1975).',
    [e('other', 'Wash. Post, June 21, 1992, at D1'), e('other', 'https://esd.ny.gov/guidance-executive-order-2026'), e('other', '75 Colum. L. Rev. 559, 560', { reporter: 'Colum. L. Rev.', pin: '560' })]],
  ['In re and spaced commas left by star-page stripping (Alabama Realtors)',
    'In re Sealed Case, 676 F.2d 793, 807 (D.C. Cir. 1982); see also Nken v. Holder, 556 U. S. 418 , 434 (2009).',
    [e('case', '676 F.2d 793, 807', { caseName: 'In re Sealed Case', court: 'cadc', year: 1982 }), e('case', '556 U. S. 418 , 434', { caseName: 'Nken v. Holder', pin: '434', year: 2009, signal: 'see also' })]],
  ['notes and ampersands in pins (Cohen v. Brown)', 'See United States v. Slade, 980 F.2d 27, 30-31 &amp; n.3 (1st Cir. 1992).',
    [e('case', '980 F.2d 27, 30-31 &amp; n.3', { pin: '30-31 & n.3', court: 'ca1', year: 1992, caseName: 'United States v. Slade' })]],
  ['a name split by a page break and a page number (Cohen v. Brown)',
    "See Chemical Mfrs. Ass'n v.\n\n23\n\nNatural Resources Defense Council, Inc., 470 U.S. 116, 125\n\n(1985).",
    [e('case', '470 U.S. 116, 125', { year: 1985, court: 'scotus' })]],
  ['treatise authors before a section sign (Make the Road v. McAleenan)', 'can be rendered.” Wright, Miller, & Kane, § 2948.1.',
    [e('other', 'Wright, Miller, & Kane, § 2948.1')]],
  ['a dotted code abbreviation before § (Gift Surplus v. State)', 'as amended at N.C.G.S. § 14-306.4(a)(3) (2021).',
    [e('statute', 'N.C.G.S. § 14-306.4(a)(3)', { reporter: 'N.C.G.S.', section: '14-306.4(a)(3)' })]],
  ['names opened by a parenthesis, a hereinafter name before the cite (Make the Road v. McAleenan)',
    'injunctions (Baeder v. Heckler, 768 F.2d 547, 553 (3d Cir. 1985)); American Immigration Lawyers Association v. Reno (hereinafter referred to as “AILA”), 199 F.3d 1352, 1357 (D.C. Cir. 2000).',
    [e('case', '768 F.2d 547, 553', { caseName: 'Baeder v. Heckler', court: 'ca3', year: 1985 }), e('case', '199 F.3d 1352, 1357', { caseName: 'American Immigration Lawyers Association v. Reno', court: 'cadc' })]],
  ['a sentence ending in a capitalized word before the plaintiff (Gift Surplus v. State)',
    'the Court of Appeals relied on Hest. Sandhill Amusements, Inc. v. State, 366 N.C. 323, 324 (2012) (per curiam).',
    [e('case', '366 N.C. 323, 324', { caseName: 'Sandhill Amusements, Inc. v. State', court: 'nc', year: 2012, parenthetical: 'per curiam' })]],
  ['section lists stop before the next title (Alabama Realtors)', 'Pub. L. 117–2, §3201(a)(1), 135 Stat. 54.',
    [e('statute', 'Pub. L. 117–2'), e('statute', '§3201(a)(1)', { section: '3201(a)(1)' }), e('statute', '135 Stat. 54', { volume: '135', reporter: 'Stat.' })]],
  ['New York official style: no period after v, court and year in brackets (Feliciano v. Seabrook)',
    '(Parker v Blauvelt Volunteer Fire Co., 93 NY2d 343, 347 [1999].) See Kugel v Reynolds, 228 AD3d 743, 748 [2d Dept 2024].',
    [e('case', '93 NY2d 343, 347', { caseName: 'Parker v Blauvelt Volunteer Fire Co.', reporter: 'N.Y.2d', year: 1999, court: 'ny' }),
      e('case', '228 AD3d 743, 748', { caseName: 'Kugel v Reynolds', reporter: 'A.D.3d', year: 2024, court: 'nyappdiv' })]],
  ['a blank official cite between name and parallel cite (Commonwealth v. Brown, CAP)',
    "decision in Miller v. Alabama, --- U.S. ----, 132 S.Ct. 2455, 183 L.Ed.2d 407 (2012).",
    [e('case', '132 S.Ct. 2455', { caseName: 'Miller v. Alabama', court: 'scotus', year: 2012 }), e('case', '183 L.Ed.2d 407', { caseName: 'Miller v. Alabama' })]],
  ['"and" inside a plaintiff, and "and" before one (NFIB v. Sebelius; Fisher v. UT Austin)',
    'Pennhurst State School and Hospital v. Halderman, 451 U. S. 1, 17 (1981). In Grutter and Regents of Univ. of Cal. v. Bakke, 438 U. S. 265 (1978), the Court',
    [e('case', '451 U. S. 1, 17', { caseName: 'Pennhurst State School and Hospital v. Halderman' }), e('case', '438 U. S. 265', { caseName: 'Regents of Univ. of Cal. v. Bakke' })]],
  ['letters cited by writer, addressee and date (Cohen v. Brown)',
    'see also Complaint Letter from Regional Civil Rights Director, DED, to Dr. Martin Massengale,\n\nChancellor, Univ. of Nebraska (July 10, 1989) (noting that DED followed the Policy Interpretation);',
    [e('other', 'Complaint Letter from Regional Civil Rights Director, DED, to Dr. Martin Massengale,\n\nChancellor, Univ. of Nebraska', { year: 1989, signal: 'see also' })]],
  ['court strings: Texas petition history, bankruptcy courts, a missing space before the year',
    'Smith v. Jones, 300 S.W.3d 1, 5 (Tex. App.—Houston [1st Dist.] 2010, pet. denied); Doe v. Roe, 5 F. Supp. 3d 1 (Bankr. S.D.N.Y. 2014); X v. Y, 5 F.4th 1 (D.N.J.2021).',
    [e('case', '300 S.W.3d 1, 5', { court: 'texapp', year: 2010 }), e('case', '5 F. Supp. 3d 1', { court: 'nysb', year: 2014 }), e('case', '5 F.4th 1', { court: 'njd', year: 2021 })]],
  ['bracketed star-page markers left inside a citation (Lexis text, Roman Catholic Diocese)',
    'See Winter v. Natural Res. [*4] Def. Council, Inc., 555 U.S. 7, [*3] 24 [*5] (2008).',
    [e('case', '555 U.S. 7, [*3] 24', { caseName: 'Winter v. Natural Res. Def. Council, Inc.', pin: '24', year: 2008 })]],
  ['a heading, a footnote cross-reference and a cross-reference to a Part are not citations', 'DISCUSSION\n\nSee supra note 4. The Docket No. 25-1686 caption; DktEntry: 28.1. See Part IV-F, supra. On Chapter 11 Day 3 of trial, 2019 Texas 200 schools closed.', []],
];

describe('findCitations on real snippets', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    const got = found(text);
    expect(got.map((g) => [g.c.kind, g.core])).toEqual(expected.map((x) => [x.kind, x.core]));
    for (const [i, x] of expected.entries()) {
      expect(got[i].c).toMatchObject(x.fields ?? {});
      if (x.full) expect(got[i].full).toBe(x.full);
    }
  });

  it('keeps every Citation field present and offsets inside the text', () => {
    const text = CASES.map((c) => c[1]).join('\n\n');
    for (const { c } of found(text)) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'kind', 'start', 'end', 'text', 'fullStart', 'fullEnd', 'caseName', 'volume', 'reporter', 'page', 'pin', 'court', 'year', 'docket', 'parenthetical', 'signal', 'antecedent', 'paragraph', 'section', 'parallel', 'history']));
      expect(c.paragraph).toBeNull();
      expect(0 <= c.fullStart && c.fullStart <= c.start && c.start < c.end && c.end <= c.fullEnd && c.fullEnd <= text.length).toBe(true);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('has a fixture for every citation kind', () => {
    const kinds = new Set(CASES.flatMap((c) => c[2].map((x) => x.kind)));
    const all: CitationKind[] = ['case', 'short_case', 'id', 'supra', 'statute', 'rule', 'regulation', 'constitution', 'record', 'other'];
    const resolveKinds = ['short_case', 'id', 'supra', 'regulation']; // covered in resolve.test.ts
    expect(all.filter((k) => !kinds.has(k) && !resolveKinds.includes(k))).toEqual([]);
  });
});

describe('nominative reporters', () => {
  it.each([
    ['Black v. United States, 67 U.S. (2 Black) 635, 640 (1863)', 'U.S.', '67', '635', '2 Black'],
    ['Hardin v. Jordan, 3 Tenn.(Cooke), 464', 'Tenn.', '3', '464', 'Cooke'],
    ['Ex parte Bollman, 8 U.S. (4 Cranch) 75 (1807)', 'U.S.', '8', '75', '4 Cranch'],
    ['Gibbons v. Ogden, 22 U.S. 1 (1824)', 'U.S.', '22', '1', undefined],
  ])('%s', (text, reporter, volume, page, nominative) => {
    const c = findCitations(text)[0] as CaseCitation;
    expect([c.reporter, c.volume, c.page, c.nominative]).toEqual([reporter, volume, page, nominative]);
  });
});
