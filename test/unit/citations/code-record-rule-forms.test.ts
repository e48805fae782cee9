/**
 * Table-driven: the citation forms issue 11 names and the tuning split's notes show, each kind
 * with real snippets (the opinion it comes from in the row's title), asserting kind, core
 * (`text.slice(start, end)`) and fields; a row with no expected citations is prose that must stay prose.
 */
import { describe, expect, it } from 'vitest';
import { expect_ as e, found, type Expected } from './factories';

function check(text: string, want: Expected[]) {
  const got = found(text);
  expect(got.map((g) => [g.c.kind, g.core])).toEqual(want.map((w) => [w.kind, w.core]));
  want.forEach((w, i) => {
    for (const [k, v] of Object.entries(w.fields ?? {})) expect([k, got[i].c[k as keyof typeof got[number]['c']]]).toEqual([k, v]);
  });
}

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

describe.each([
  ['section signs written "S"', SECTION_AS_S],
  ['dates', DATES],
])('%s', (_, rows) => {
  it.each(rows)('%s', (_title, text, want) => check(text, want));
});
