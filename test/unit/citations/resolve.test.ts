/**
 * Resolution on real sequences: Id. takes the immediately preceding authority, short forms
 * match volume + reporter with the pin inside the case's pages or a name, and a short form
 * whose full cite is absent keeps a null antecedent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { found } from './factories';

/** [label, text, [[kind, core, antecedent core or null], ...]] */
const CASES: [string, string, [string, string, string | null][]][] = [
  ['Id. after a full cite, short forms by volume and reporter (002 order)',
    'D.D. ex rel. V.D. v. N.Y. City Bd. of Educ., 465 F.3d 503, 510 (2d Cir. 2006). He “must make a clear showing.” Id. at 510 (internal quotation marks omitted). See American Civil Liberties Union v. Clapper, 804 F.3d 617, 622 (2d Cir. 2015). See American Civil Liberties Union, 804 F.3d at 622. See D.D., 465 F.3d at 510.',
    [['case', '465 F.3d 503, 510', null], ['id', 'Id. at 510', '465 F.3d 503, 510'], ['case', '804 F.3d 617, 622', null],
      ['short_case', '804 F.3d at 622', '804 F.3d 617, 622'], ['short_case', '465 F.3d at 510', '465 F.3d 503, 510']]],
  ['a Westlaw cite repeated under a short name is a short form (002 order)',
    'Johnson v. Newport Lorillard, No. 01 Civ. 9587 (SAS) (S.D.N.Y. Jan. 23, 2003), 2003 WL 169797, *1. “In deciding a motion.” Johnson, 2003 WL 169797, *1.',
    [['case', '2003 WL 169797, *1', null], ['short_case', '2003 WL 169797, *1', '2003 WL 169797, *1']]],
  ['an intervening citation breaks Id. (Ideal Electronic)',
    'Hendry v. Pelland, 73 F.3d 397, 400 (D.C. Cir. 1996). Id. at 400. See Fed. R. Civ. P. 50(a)(1). Id.',
    [['case', '73 F.3d 397, 400', null], ['id', 'Id. at 400', '73 F.3d 397, 400'], ['rule', 'Fed. R. Civ. P. 50(a)(1)', null], ['id', 'Id.', 'Fed. R. Civ. P. 50(a)(1)']]],
  ['Id. after a short form goes to the full cite (Cohen v. Brown)',
    'Cohen v. Brown Univ., 809 F. Supp. 978 (D.R.I. 1992). The court found. 809 F. Supp. at 994-97. Id. at 997.',
    [['case', '809 F. Supp. 978', null], ['short_case', '809 F. Supp. at 994-97', '809 F. Supp. 978'], ['id', 'Id. at 997', '809 F. Supp. 978']]],
  ['the pin picks the case whose pages hold it (Fisher v. UT Austin)',
    'Grutter v. Bollinger, 539 U. S. 306 (2003); Gratz v. Bollinger, 539 U. S. 244 (2003). Later: 539 U. S., at 328; and 539 U. S., at 270.',
    [['case', '539 U. S. 306', null], ['case', '539 U. S. 244', null], ['short_case', '539 U. S., at 328', '539 U. S. 306'], ['short_case', '539 U. S., at 270', '539 U. S. 244']]],
  ['register short forms keep their kind (Cohen v. Brown)',
    'See 44 Fed. Reg. 71,413 (1979). The first benchmark. 44 Fed. Reg. at 71,418. See id.',
    [['regulation', '44 Fed. Reg. 71,413', null], ['regulation', '44 Fed. Reg. at 71,418', '44 Fed. Reg. 71,413'], ['id', 'id.', '44 Fed. Reg. 71,413']]],
  ['supra by name; a short form without its full cite stays null',
    'Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 24 (2008). Winter, supra, at 22. Compare Clapper, supra, and 999 F.3d at 5.',
    [['case', '555 U.S. 7, 24', null], ['supra', 'Winter, supra, at 22', '555 U.S. 7, 24'], ['supra', 'Clapper, supra', null], ['short_case', '999 F.3d at 5', null]]],
  ['hereinafter names cite back to their source (Ideal Electronic)',
    'See Memorandum Opinion at 4-5 (May 3, 1996) (hereinafter "Mem. Op."). Ideal declined. See Mem. Op.; Order Awarding Attorney\'s Fees (July 1, 1996). Mem. Op. at 11-12. Id. at 12.',
    [['record', 'Memorandum Opinion at 4-5', null], ['record', 'Mem. Op.', 'Memorandum Opinion at 4-5'], ['record', "Order Awarding Attorney's Fees", null],
      ['record', 'Mem. Op. at 11-12', 'Memorandum Opinion at 4-5'], ['id', 'Id. at 12', 'Mem. Op. at 11-12']]],
  ['a case repeated in full as subsequent history is still a case (Cohen v. Brown)',
    'Franklin v. Gwinnett County Pub. Sch., 112 S. Ct. 1028, 1032 (1992). Franklin v. Gwinnett County Pub. Sch., 911 F.2d 617, 622 (11th Cir. 1990), rev\'d, 112 S. Ct. 1028 (1992). See 112 S. Ct. at 1035.',
    [['case', '112 S. Ct. 1028, 1032', null], ['case', '911 F.2d 617, 622', null], ['case', '112 S. Ct. 1028', null], ['short_case', '112 S. Ct. at 1035', '112 S. Ct. 1028, 1032']]],
  ['a report with a short name defined in a parenthetical (Cohen v. Brown)',
    "See, e.g., DED, Title IX Athletics Investigator's Manual 1, 2 (1990) (Manual); see also id. The Manual divides coverage. Manual at 7.",
    [['other', "Title IX Athletics Investigator's Manual 1, 2", null], ['id', 'id.', "Title IX Athletics Investigator's Manual 1, 2"], ['other', 'Manual at 7', "Title IX Athletics Investigator's Manual 1, 2"]]],
  ['a bare section refers to the code that last cited it (Make the Road v. McAleenan)',
    'See 8 U.S.C. § 1252(e)(3). The language of § 1252(e)(3)(A) is plain, and § 9999 is not cited in full.',
    [['statute', '8 U.S.C. § 1252(e)(3)', null], ['statute', '§ 1252(e)(3)(A)', '8 U.S.C. § 1252(e)(3)'], ['statute', '§ 9999', null]]],
];

describe('resolution', () => {
  it.each(CASES)('%s', (_label, text, expected) => {
    expect(found(text).map((g) => [g.c.kind, g.core, g.antecedent])).toEqual(expected);
  });

  it('resolves the whole 002 order as the gold file does', () => {
    const text = readFileSync(join(import.meta.dirname, '../../fixtures/citations/002_962009f5170617b3.txt'), 'utf8');
    const cites = findCitations(text);
    expect(cites.map((c) => c.kind).join(' ')).toBe(
      'case rule case case case case case case case short_case case id short_case short_case case case case record record case case record',
    );
    const core = (id: string | null) => (id ? cites.find((c) => c.id === id)!.text : null);
    expect(cites.filter((c) => c.antecedent).map((c) => [c.text, core(c.antecedent)])).toEqual([
      ['2003 WL 169797, *1', '2003 WL 169797, *1'],
      ['Id. at 510', '465 F.3d 503, 510'],
      ['804 F.3d at 622', '804 F.3d 617, 622'],
      ['465 F.3d at 510', '465 F.3d 503, 510'],
    ]);
  });
});
