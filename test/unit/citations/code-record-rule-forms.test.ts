/**
 * Table-driven: the citation forms issue 11 names and the tuning split's notes show, each kind
 * with real snippets (the opinion it comes from in the row's title), asserting kind, core
 * (`text.slice(start, end)`) and fields; a row with no expected citations is prose that must stay prose.
 */
import { describe, expect, it } from 'vitest';
import { expect_ as e, found, type Expected } from './factories';
import { CHAPTER_CODE_NAMES } from '../../../lib/citations/chapter-code';
import { LOCAL_RULE_NAMES } from '../../../lib/citations/local-rule';
import { APPENDIX_FORMS } from '../../../lib/citations/record';
import { hasReporter } from '../../../lib/types';

function check(text: string, want: Expected[]) {
  const got = found(text);
  expect(got.map((g) => [g.c.kind, g.core])).toEqual(want.map((w) => [w.kind, w.core]));
  want.forEach((w, i) => {
    for (const [k, v] of Object.entries(w.fields ?? {})) expect([k, got[i].c[k as keyof typeof got[number]['c']]]).toEqual([k, v]);
  });
}

// Codes cited by chapter or title before the section: the whole cite is the core.
const CHAPTER_CODES: [string, string, Expected[]][] = [
  ['an annotated code by chapter, its section sign dropped and a page break inside (Oakville Dev. v. FDIC, 1st Cir. 1993)',
    'See, e.g., Mass. Gen. L. Ann.\n\n\nch. 106,   2-702 (West 1990) (explaining that a seller\'s right',
    [e('statute', 'Mass. Gen. L. Ann.\n\n\nch. 106,   2-702', { volume: '106', reporter: 'Mass. Gen. Laws Ann.', section: '2-702', signal: 'See, e.g.' })]],
  ['the same, the section on the next line (Oakville Dev. v. FDIC)',
    'contained in the mortgage deed,"   Mass. Gen. L. Ann. ch.  244,  \n18 (West 1988), as would appear',
    [e('statute', 'Mass. Gen. L. Ann. ch.  244,  \n18', { volume: '244', reporter: 'Mass. Gen. Laws Ann.', section: '18' })]],
  ['laws.json\'s name with a chapter (Massachusetts Chapter 93A claims)', 'a claim under Mass. Gen. Laws ch. 93A, § 2, and',
    [e('statute', 'Mass. Gen. Laws ch. 93A, § 2', { volume: '93A', reporter: 'Mass. Gen. Laws', section: '2' })]],
  ['Massachusetts\' own short forms', 'See G.L. c. 93A, § 11; M.G.L. c. 231, § 6F.',
    [e('statute', 'G.L. c. 93A, § 11', { volume: '93A', reporter: 'Mass. Gen. Laws', section: '11', signal: 'See' }),
      e('statute', 'M.G.L. c. 231, § 6F', { volume: '231', reporter: 'Mass. Gen. Laws', section: '6F' })]],
  ['a chapter cited alone', 'The statute (G.L. c. 93A) reaches unfair acts.', [e('statute', 'G.L. c. 93A', { volume: '93A', section: null })]],
  ['a code by title (Peñalbert-Rosa v. Fortuño-Burset, 1st Cir. 2011)', 'See P.R. Laws Ann. tit. 3, § 1465.',
    [e('statute', 'P.R. Laws Ann. tit. 3, § 1465', { volume: '3', reporter: 'P.R. Laws Ann.', section: '1465' })]],
  ['"c." for circa is no chapter', 'The mill was built c. 1900 by the company.', []],
];

// Record cites: appendices in any case and abbreviation, agency and lower-court decisions, motions.
const RECORD: [string, string, Expected[]][] = [
  ['the appendix in lower case, twice in a sentence (Hirsch v. Dorsey Trailers, 3d Cir. 1998)',
    'Dorsey estimates its total costs of moving the\nNorthumberland operations to Georgia and South Carolina\nexceeded $900,000, app. at 197, and the costs of\nmaintaining the closed plant to be $130,000, app. at 198, and that',
    [e('record', 'app. at 197', { pin: '197' }), e('record', 'app. at 198', { pin: '198' })]],
  ['the joint appendix and its forms (Ramirez v. Collier, 2022)', 'Ramirez’s adviser would pray aloud. App. 60. See J.A. 112; J.A. at 113; Supp. App. at 52; Pet. App. 12a.',
    [e('record', 'App. 60'), e('record', 'J.A. 112'), e('record', 'J.A. at 113', { pin: '113' }), e('record', 'Supp. App. at 52', { pin: '52' }), e('record', 'Pet. App. 12a')]],
  ['an addendum to a brief; Addison\'s reports after a case name stay a case', 'See Add. 3. Compare Smith v. Jones, Add. 3 (Pa. 1793).',
    [e('record', 'Add. 3', { signal: 'See' }), e('case', 'Add. 3', { reporter: 'Add.', page: '3', caseName: 'Smith v. Jones' })]],
  ['an agency decision cited by page after a comma (Hirsch v. Dorsey Trailers)', 'finding in large part that Dorsey committed the alleged\nunfair labor practices. See ALJ Decision, at 52. The ALJ\'s',
    [e('record', 'ALJ Decision, at 52', { pin: '52', signal: 'See' })]],
  ['the lower court\'s opinion by page, across a line (Hirsch v. Dorsey Trailers)', 'The district court acknowledged that\n"delay alone is not grounds for denying an injunction," op.\nat 10, but it is unclear',
    [e('record', 'op.\nat 10', { pin: '10' })]],
  ['this court\'s own slip opinion is another authority (Hirsch v. Dorsey Trailers, concurrence)', 'date of the S 10(j) injunction." Slip op. at 9 n.1. I, of course,\nagree.',
    [e('other', 'Slip op. at 9 n.1', { pin: '9 n.1' })]],
  ['a slip opinion\'s page after its docket is no authority of its own (Cohen v. Brown Univ., 1st Cir. 1993)',
    '(1st Cir. 1993) [No.  92-1343, slip op. at 14-15] (using; (D. Colo. 1993) [No. 92-Z-1310, slip\n     \n\nop. at  3]; Favia', []],
  ['a memorandum opinion keeps its title (Ideal Electronic v. Int\'l Fidelity)', 'the billing statements.  Mem. Op. at 11-12.  Subsequently,', [e('record', 'Mem. Op. at 11-12', { pin: '11-12' })]],
  ['bankruptcy-record and motion cites (issue 11)', 'See Bankr. Ct. Dec. at 8; Appellants’ Mot. at 3.',
    [e('record', 'Bankr. Ct. Dec. at 8', { pin: '8' }), e('record', 'Appellants’ Mot. at 3', { pin: '3' })]],
];

// Treatises and other secondary sources cited by section are other, never statutes; a supra naming their authors finds them.
const SECONDARY: [string, string, Expected[]][] = [
  ['a treatise by volume, author and title (Marlyn Nutraceuticals v. Mucos Pharma, 9th Cir. 2009)',
    'See 3 J. Thomas McCarthy, McCarthy on Trademarks and Unfair Competition § 17:24 (4th ed. 1996).',
    [e('other', '3 J. Thomas McCarthy, McCarthy on Trademarks and Unfair Competition § 17:24', { section: '17:24', signal: 'See' })]],
  ['Wright, Miller & Kane with its volume and three authors', 'See 11A Charles Alan Wright, Arthur R. Miller & Mary Kay Kane, Federal Practice and Procedure § 2948.1 (2d ed. 1995).',
    [e('other', '11A Charles Alan Wright, Arthur R. Miller & Mary Kay Kane, Federal Practice and Procedure § 2948.1', { signal: 'See' })]],
  ['Wright & Miller by surnames (Peñalbert-Rosa v. Fortuño-Burset, 1st Cir. 2011)', 'See 5A Wright & Miller, Federal Practice and Procedure § 1357 (3d ed.).',
    [e('other', '5A Wright & Miller, Federal Practice and Procedure § 1357')]],
  ['an "<author> on <subject>" treatise', 'See 4 Melville B. Nimmer & David Nimmer, Nimmer on Copyright § 13.03 (2019); 4 Nimmer on Copyright § 13.05.',
    [e('other', '4 Melville B. Nimmer & David Nimmer, Nimmer on Copyright § 13.03', { section: '13.03' }), e('other', '4 Nimmer on Copyright § 13.05')]],
  ['a statute named by its act stays a statute', 'Under the Lanham Act, § 43(a), a false designation is actionable.', [e('statute', '§ 43(a)', { section: '43(a)' })]],
  ['dictionaries and the Congressional Record (issue 11)', "See Black's Law Dictionary 1245 (11th ed. 2019); 123 Cong. Rec. 4567 (1977).",
    [e('other', "Black's Law Dictionary 1245"), e('other', '123 Cong. Rec. 4567')]],
];

// Westlaw numbers a converter split, slip cites with Lexis parallels, session laws, and page markers that are no cites.
const CONVERTED: [string, string, Expected[]][] = [
  ['a Westlaw number on the next line (issue 11)', 'See Smith v. Jones, 2020 WL\n123456, at *2 (D. Conn. 2020).',
    [e('case', '2020 WL\n123456, at *2', { volume: '2020', reporter: 'WL', page: '123456', pin: '*2', court: 'ctd', year: 2020 })]],
  ['"WL" itself hyphenated across a line (issue 11)', 'See Smith v. Jones, 2020 W-\nL 123456, at *2 (D. Conn. 2020).',
    [e('case', '2020 W-\nL 123456, at *2', { volume: '2020', reporter: 'WL', page: '123456', pin: '*2', caseName: 'Smith v. Jones' })]],
  ['a line-numbered filing puts the line\'s number before the Westlaw number (Kelly v. FINRA, D. Nev. 2026)',
    'I dismissed the claim. Kelly v. Fin. Indus. Regul. Auth., No. 2:25-cv-01195, 2025 WL 2962788, at *7 (D. Nev. Oct. 16, 2025). But\n8 there is no private right of action against FINRA. Kelly, 2025 WL\n9 2962788, at *4.',
    [e('case', '2025 WL 2962788, at *7', { page: '2962788', court: 'nvd', year: 2025 }), e('short_case', '2025 WL\n9 2962788, at *4', { page: '2962788', pin: '*4' }, { antecedent: '2025 WL 2962788, at *7' })]],
  ['the same once the reading text joined its lines (Kelly v. FINRA)',
    'Kelly v. Fin. Indus. Regul. Auth., No. 2:25-cv-01195, 2025 WL 2962788, at *7 (D. Nev. Oct. 16, 2025). FINRA for violating its own rules. Kelly, 2025 WL 9 2962788, at *4 (citing Sparta).',
    [e('case', '2025 WL 2962788, at *7', { page: '2962788' }), e('short_case', '2025 WL 9 2962788, at *4', { page: '2962788', pin: '*4' }, { antecedent: '2025 WL 2962788, at *7' })]],
  ['a slip cite with its Lexis parallel (issue 11)', 'Biden v. Nebraska, 598 U. S. ___, 2023 U.S. LEXIS 2794 (2023).',
    [e('case', '598 U. S. ___', { volume: '598', reporter: 'U.S.', page: null, year: 2023 }), e('case', '2023 U.S. LEXIS 2794', { page: '2794', year: 2023 })]],
  ['a state\'s session laws (issue 11)', 'The Act was amended. 2020 N.C. Sess. Laws 2020-17.', [e('statute', '2020 N.C. Sess. Laws 2020-17', { year: 2020, section: '2020-17' })]],
  ['a reporter\'s page marker in brackets is no citation (issue 11)', 'the court held [590 F.Supp.3d 855] that the plaintiffs had standing.', []],
];

// Local rules under the names district courts give them.
const LOCAL_RULES: [string, string, Expected[]][] = [
  ['Nevada\'s part-lettered local rule after a quotation (Kelly v. FINRA, D. Nev. 2026)',
    '“All communications with the court must be styled as a motion, stipulation, or notice.” LR IA 7-1(b). I will consider',
    [e('rule', 'LR IA 7-1(b)', { reporter: 'LR IA', section: '7-1(b)' })]],
  ['Nevada\'s plain local rule', 'The failure to file points and authorities constitutes consent. LR 7-2(d).',
    [e('rule', 'LR 7-2(d)', { reporter: 'LR', section: '7-2(d)' })]],
  ['dotted, spelled out and with the court before it', 'See L.R. 7.1; Local Rule 7.1(a); D. Mass. Local Rule 7.1.',
    [e('rule', 'L.R. 7.1', { section: '7.1', signal: 'See' }), e('rule', 'Local Rule 7.1(a)', { reporter: 'Local Rule', section: '7.1(a)' }),
      e('rule', 'D. Mass. Local Rule 7.1', { reporter: 'Local Rule', section: '7.1' })]],
  ['the District of Columbia\'s and Northern California\'s forms', 'See LCvR 7(m); N.D. Cal. Civil L.R. 7-3.',
    [e('rule', 'LCvR 7(m)', { reporter: 'LCvR', section: '7(m)' }), e('rule', 'N.D. Cal. Civil L.R. 7-3', { reporter: 'Civil L.R.', section: '7-3' })]],
  ['New York\'s CPLR stays a statute', 'See N.Y. C.P.L.R. 6301.', [e('statute', 'N.Y. C.P.L.R. 6301')]],
  ['the Local Rules named without a number are no cite', 'the Local Rules of this court require a meet and confer.', []],
];

// The Federal Rules by their names written out, and line-numbered filings' line numbers inside rule and code cites.
const WRITTEN_OUT_AND_LINE_NUMBERED: [string, string, Expected[]][] = [
  ['the Federal Rules written out (Make the Road N.Y. v. McAleenan, D.D.C. 2019; Harris v. Wray, S.D. Ind. 2026)',
    'Federal Rule of Civil Procedure 65(b) governs; see Federal Rules of Appellate Procedure 8(a) and Federal Rule of Evidence 702.',
    [e('rule', 'Federal Rule of Civil Procedure 65(b)', { reporter: 'Federal Rule of Civil Procedure', section: '65(b)' }),
      e('rule', 'Federal Rules of Appellate Procedure 8(a)', { section: '8(a)' }), e('rule', 'Federal Rule of Evidence 702', { section: '702' })]],
  ['the Rules named without a number are no cite', 'the Federal Rules of Civil Procedure apply to this action.', []],
  ['a line number between a rule\'s name and its number (Kelly v. FINRA, D. Nev. 2026)',
    'Kelly is reminded of his duty under Federal Rule of Civil Procedure\n\n4 11(b)(2) and that citing fake cases',
    [e('rule', 'Federal Rule of Civil Procedure\n\n4 11(b)(2)', { reporter: 'Federal Rule of Civil Procedure', section: '11(b)(2)' })]],
  ['a line number between a code and its section sign (Kelly v. FINRA)',
    'under Securities and Exchange Commission (SEC) Rule 10b-5, 17 C.F.R.\n14 § 240.10b-5. Second, he cites 15 U.S.C.\n7 § 78s(g)(1) to argue',
    [e('regulation', '17 C.F.R.\n14 § 240.10b-5', { volume: '17', reporter: 'C.F.R.', section: '240.10b-5' }),
      e('statute', '15 U.S.C.\n7 § 78s(g)(1)', { volume: '15', reporter: 'U.S.C.', section: '78s(g)(1)' })]],
];

// "S" for "§" in older converted texts, read only right after a code's name.
const SECTION_AS_S: [string, string, Expected[]][] = [
  ['a regulation with "S" for "§" across a line break (Hirsch v. Dorsey Trailers, 3d Cir. 1998)',
    'which is the subject of a S 10(j) injunction. See 29 C.F.R.\nS 102.94.',
    [e('regulation', '29 C.F.R.\nS 102.94', { volume: '29', reporter: 'C.F.R.', section: '102.94', signal: 'See' })]],
  ['statutes with "S" and a list of sections (Hirsch v. Dorsey Trailers)',
    'We have jurisdiction under 28 U.S.C. S 1291, 1292(a)(1)\nand 29 U.S.C. S 160(j).',
    [e('statute', '28 U.S.C. S 1291, 1292(a)(1)', { volume: '28', reporter: 'U.S.C.', section: '1291, 1292(a)(1)' }),
      e('statute', '29 U.S.C. S 160(j)', { volume: '29', reporter: 'U.S.C.', section: '160(j)' })]],
  ['"SS" for "§§"', 'See 29 U.S.C. SS 158(a)(1), (3).', [e('statute', '29 U.S.C. SS 158(a)(1)', { section: '158(a)(1)' })]],
  ['a free-standing capital S is no section sign (Hirsch v. Dorsey Trailers)', 'Our review of the denial of a S 10(j) injunction is limited.', []],
];

// A date is not a case cite, though "Mar." is also a reporter's name.
const DATES: [string, string, Expected[]][] = [
  ['a line number before a date in a line-numbered filing (Kelly v. FINRA, D. Nev. 2026)',
    'Whiting v. City of Athens, Tenn., 170 F.4th 455, 461 (6th Cir.\n11 Mar. 13, 2026) (quotations omitted).',
    [e('case', '170 F.4th 455, 461', { caseName: 'Whiting v. City of Athens, Tenn.', volume: '170', page: '455', pin: '461' })]],
  ['a footnote number before a date', 'The hearing was held on\n4 Dec. 2, 2019, and the court ruled.', []],
  ['a month abbreviation that is a reporter, with no day and year after it, is still read', 'See 1 Mar. 13 (1805).',
    [e('case', '1 Mar. 13', { volume: '1', page: '13' })]],
];

describe('chapter-code names', () => {
  it.each(CHAPTER_CODE_NAMES.flatMap((n) => n.examples.map((x) => [n.name, x])))('%s: %s', (name, example) => {
    const got = found(`See ${example}.`);
    expect(got.map((g) => [g.c.kind, g.core, hasReporter(g.c) ? g.c.reporter : null])).toEqual([['statute', example, name]]);
  });
});

describe('local-rule names', () => {
  it.each(LOCAL_RULE_NAMES.flatMap((n) => n.examples))('%s', (example) => {
    expect(found(`See ${example}.`).map((g) => [g.c.kind, g.core])).toEqual([['rule', example]]);
  });
});

describe('appendix forms', () => {
  it.each(APPENDIX_FORMS.flatMap((f) => f.examples))('%s', (example) => {
    expect(found(`See ${example}.`).map((g) => [g.c.kind, g.core])).toEqual([['record', example]]);
  });
});

describe('a supra naming a treatise\'s authors', () => {
  it.each([
    ['Peñalbert-Rosa v. Fortuño-Burset (1st Cir. 2011)', 'See 5B C. Wright & A. Miller, Federal Practice and Procedure § 1357 (3d ed. 2004). Later, 5A Wright & Miller, supra note 1, at 12.',
      '5A Wright & Miller, supra note 1, at 12', '5B C. Wright & A. Miller, Federal Practice and Procedure § 1357'],
    ['McCarthy', 'See 3 J. Thomas McCarthy, McCarthy on Trademarks and Unfair Competition § 17:24. Cf. Smith v. Jones, 1 F.3d 1 (1st Cir. 1990); McCarthy, supra.',
      'McCarthy, supra', '3 J. Thomas McCarthy, McCarthy on Trademarks and Unfair Competition § 17:24'],
  ])('%s', (_title, text, supra, antecedent) => {
    const got = found(text).find((g) => g.c.kind === 'supra')!;
    expect([got.core, got.antecedent]).toEqual([supra, antecedent]);
  });
});

describe('Id. after a cite that quotes or cites another in a parenthetical refers to the outer cite', () => {
  it.each([
    ['"(quoting …)" after a full cite (Marlyn Nutraceuticals v. Mucos Pharma, 9th Cir. 2009)',
      'Anderson v. United States, 612 F.2d 1112, 1114 (9th Cir. 1980) (quoting Martinez v. Mathews, 544 F.2d 1233, 1243 (5th Cir. 1976)). In general, mandatory injunctions are not granted. Id. at 1115.',
      'Id. at 1115', '612 F.2d 1112, 1114'],
    ['"(citing …)" after an Id., two cites inside (Kelly v. FINRA, D. Nev. 2026)',
      'Kelly v. Fin. Indus. Regul. Auth., No. 2:25-cv-01195, 2025 WL 2962788, at *7 (D. Nev. Oct. 16, 2025). So I may not assert pendent personal jurisdiction. Id. at *5 (citing Action Embroidery Corp. v. Atl. Embroidery, Inc., 368 F.3d 1174, 1180 (9th Cir. 2004); Smith v. Jones, 1 F.3d 1 (9th Cir. 1990)). Even if I could, I would decline to do so. Id.',
      'Id.', '2025 WL 2962788, at *7'],
    ['a cite after the parenthetical closes still breaks the chain (Ideal Electronic)',
      'Hendry v. Pelland, 73 F.3d 397, 400 (D.C. Cir. 1996) (citing Doe v. Roe, 5 F.3d 9 (D.C. Cir. 1993)). See Fed. R. Civ. P. 50(a)(1). Id.',
      'Id.', 'Fed. R. Civ. P. 50(a)(1)'],
  ])('%s', (_title, text, id, antecedent) => {
    const got = found(text).filter((g) => g.c.kind === 'id').pop()!;
    expect([got.core, got.antecedent]).toEqual([id, antecedent]);
  });
});

describe.each([
  ['written-out rules and line-numbered filings', WRITTEN_OUT_AND_LINE_NUMBERED],
  ['converted and split cites', CONVERTED],
  ['treatises and other secondary sources', SECONDARY],
  ['record cites', RECORD],
  ['local rules', LOCAL_RULES],
  ['chapter- and title-form codes', CHAPTER_CODES],
  ['section signs written "S"', SECTION_AS_S],
  ['dates', DATES],
])('%s', (_, rows) => {
  it.each(rows)('%s', (_title, text, want) => check(text, want));
});
