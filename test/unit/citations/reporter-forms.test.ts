/**
 * The forms reporters-db's regexes allow beyond "volume reporter page", in running text: no
 * volume, lettered volumes, roman and "page"/"p." pages, supplements, paragraph cites of
 * loose-leaf services, compact and Louisiana neutral cites; and the prose around the same
 * names that must stay prose.
 */
import { describe, expect, it } from 'vitest';
import { expect_ as e, found, type Expected } from './factories';

const CASES: [string, string, Expected[]][] = [
  ['an early reporter with no volume, after a case name',
    'The rule is old. Hopkins v. The Martha, Bee, 120 (D.S.C. 1806), applied it to a prize.',
    [e('case', 'Bee, 120', { caseName: 'Hopkins v. The Martha', volume: null, reporter: 'Bee', page: '120', year: 1806 })]],
  ['a notebook volume in roman numerals, part of the reporter\'s name',
    'See Lynch v. Clarke, Ridgely’s Notebook IV, 33.',
    [e('case', 'Ridgely’s Notebook IV, 33', { caseName: 'Lynch v. Clarke', reporter: "Ridgely's Notebook IV", page: '33' })]],
  ['a loose-leaf service cited by paragraph',
    'Cf. SEC v. Texas Gulf Sulphur Co., Fed. Sec. L. Rep. (CCH) ¶ 77,526 (S.D.N.Y. 1970) (disclosure).',
    [e('case', 'Fed. Sec. L. Rep. (CCH) ¶ 77,526', { reporter: 'Fed. Sec. L. Rep. (CCH)', page: '77,526', year: 1970, parenthetical: 'disclosure' })]],
  ['a paragraph marked "P", as Westlaw prints it',
    'In re Smith, Bankr. L. Rep. P68,209 (Bankr. D. Mass. 1979).',
    [e('case', 'Bankr. L. Rep. P68,209', { reporter: 'Bankr. L. Rep.', page: '68,209' })]],
  ['a year-and-letter volume after the name',
    'See Kaiser v. Smith, L.R.A. 1915A, 601 (Wash. 1914).',
    [e('case', 'L.R.A. 1915A, 601', { volume: '1915A', reporter: 'L.R.A.', page: '601', year: 1914 })]],
  ['a Tax Court memorandum with its pin',
    'Kelley v. Commissioner, T.C. Memo. 2019-12, at *3.',
    [e('case', 'T.C. Memo. 2019-12, at *3', { caseName: 'Kelley v. Commissioner', volume: '2019', reporter: 'T.C. Memo.', page: '12', pin: '*3' })]],
  ['a compact Colorado neutral cite',
    'People v. Tafoya, 2019COA176, held otherwise.',
    [e('case', '2019COA176', { caseName: 'People v. Tafoya', volume: '2019', reporter: 'COA', page: '176', court: 'coloctapp' })]],
  ['a Louisiana docket-style cite and its parallel',
    'State v. Smith, 2009-1359 (La. App. 1 Cir. 5/10/10), 41 So. 3d 1.',
    [e('case', '2009-1359 (La. App. 1 Cir. 5/10/10)', { volume: '2009', reporter: 'La.App. 1 Cir.', page: '1359', caseName: 'State v. Smith' }),
      e('case', '41 So. 3d 1', { reporter: 'So. 3d', caseName: 'State v. Smith' })]],
  ['a lettered volume the data lists',
    'Hunt v. Smith, 402A Mich 117 (1978).',
    [e('case', '402A Mich 117', { volume: '402A', reporter: 'Mich.', page: '117', year: 1978 })]],
  ['a front-matter page in roman numerals',
    'The table is reprinted at 47 S. W. 2d XI (Tex. 1932).',
    [e('case', '47 S. W. 2d XI', { volume: '47', reporter: 'S.W.2d', page: 'XI' })]],
  ['"Page" before the page of a Federal Case',
    'Bell v. Ross, 14 F. Cas. Page 1048 (C.C.D. Pa. 1810).',
    [e('case', '14 F. Cas. Page 1048', { volume: '14', reporter: 'F. Cas.', page: '1048', year: 1810 })]],
  ['"p." before the page',
    'Nevitt v. Clarke, 33 Miss. R., p. 363.',
    [e('case', '33 Miss. R., p. 363', { volume: '33', reporter: 'Miss.', page: '363' })]],
  ['a supplement volume of a state report',
    'Morris v. Smith, 33 Ga. Supp. 9 (1864).',
    [e('case', '33 Ga. Supp. 9', { volume: '33', reporter: 'Ga.', page: '9', year: 1864 })]],
  ['the S of a Florida Law Weekly page is the page\'s, not the reporter\'s',
    'Allen v. Cooke, 42 Fla. L. Weekly S827 (Fla. 2017).',
    [e('case', '42 Fla. L. Weekly S827', { reporter: 'Fla. L. Weekly', page: 'S827', year: 2017 })]],
  ['a reporter name with a comma in it',
    'See Tyler v. Hall, 1 Hunt, Mer. Mag. 1 (1858).',
    [e('case', '1 Hunt, Mer. Mag. 1', { volume: '1', reporter: 'Hunt Mer. Mag.', page: '1' })]],
  ['a bracketed service tag and a paragraph',
    'Doe v. Roe, 53 Empl Prac Dec [CCH] ¶ 39,911 (9th Cir. 1990).',
    [e('case', '53 Empl Prac Dec [CCH] ¶ 39,911', { volume: '53', reporter: 'Empl. Prac. Dec. (CCH)', page: '39,911' })]],
  ['an official reporter with its unnumbered nominative keeps the official reporter',
    'Ex parte Rowe, 3 Tenn.(Cooke), 464.',
    [e('case', '3 Tenn.(Cooke), 464', { volume: '3', reporter: 'Tenn.', page: '464' })]],
  ['a parenthesis that is part of the reporter\'s name',
    'Smith v. Jones, 1 N.J. (Manumission) 17.',
    [e('case', '1 N.J. (Manumission) 17', { reporter: 'N.J. (Manumission)', page: '17' })]],
];

/** Prose around the same names and numbers: no case citation may come of it (other kinds are not this file's concern). */
const PROSE: [string, string[]][] = [
  ['As Justice Holmes, 272 opinions later, put it, the law is experience.', []],
  ['That was the view of Justice Holmes, 272.', []],
  ['Chief Justice Chase, 267 U.S. 1 (1925), is not cited for that.', ['267 U.S. 1']],
  ['The agents counted the Bee 196 times that summer.', []],
  ['See page 12 of the brief and Exhibit P 20.', []],
  ['The victim, John Chase, 45, was found at home.', []],
  ['The order (Add. 12) and the memorandum, Add. 30, say so.', []],
  ['Taney, 400 miles away, wrote to the Secretary.', []],
  ['He cited Trade Cases 5 times in the reply.', []],
  ['Under Rule 5A Commission practice governs.', []],
  ['The figure appears in 47 S.W.2d I think.', []],
  ['The 2021COAL plants and 2020CO2 levels rose.', []],
  ['Fed. Sec. L. Rep. (CCH) in 1995 reported the rule.', []],
  ['Wallace R., p. 5 of his report, is blank.', []],
  ['The case number is 2009 1359 (A) in the state court.', []],
];

describe('reporter forms in running text', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    const got = found(text).filter((g) => g.c.kind === 'case');
    expect(got.map((g) => g.core)).toEqual(expected.map((x) => x.core));
    for (const [i, x] of expected.entries()) expect(got[i].c).toMatchObject(x.fields ?? {});
  });
  it.each(PROSE)('prose: %s', (text, cores) => {
    expect(found(text).filter((g) => g.c.kind === 'case').map((g) => g.core)).toEqual(cores);
  });
});
