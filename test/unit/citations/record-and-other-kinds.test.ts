import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import type { CaseCitation } from '../../../lib/types';

const found = (text: string) => findCitations(text).map((c) => [c.kind, c.text.replace(/\s+/g, ' ')]);

// Snippets in the forms opinions print them (Ramirez v. Collier cites its joint appendix as "App. 60").
describe('record, session-law and other authorities', () => {
  it.each([
    ['Ramirez’s adviser would pray aloud. App. 60. The State objected. Id., at 61.', [['record', 'App. 60'], ['id', 'Id., at 61']]],
    ['See J.A. 123–124.', [['record', 'J.A. 123–124']]],
    ['See Bankr. Ct. Dec. at 8; Appellants’ Mot. at 3.', [['record', 'Bankr. Ct. Dec. at 8'], ['record', 'Appellants’ Mot. at 3']]],
    ['Gall v. Scroggy, 725 S.W.2d 867, 868-69 (Ky. App. 1987).', [['case', '725 S.W.2d 867, 868-69']]],
    ['The Act was amended. 2020 N.C. Sess. Laws 2020-17.', [['statute', '2020 N.C. Sess. Laws 2020-17']]],
    ["See Black's Law Dictionary 1245 (11th ed. 2019).", [['other', "Black's Law Dictionary 1245"]]],
    ['See 123 Cong. Rec. 4567 (1977).', [['other', '123 Cong. Rec. 4567']]],
    // state codes as courts cite them: an annotated code without its "Ann.", New York's CPLR
    ['Under Tex. Civ. Prac. & Rem. Code § 65.011, the court may grant a writ of injunction.', [['statute', 'Tex. Civ. Prac. & Rem. Code § 65.011']]],
    ['See N.Y. C.P.L.R. 6301 (McKinney 2020); CPLR 6312(b).', [['statute', 'N.Y. C.P.L.R. 6301'], ['statute', 'CPLR 6312(b)']]],
    // a slip cite whose page is not yet known, with its parallels
    ['Biden v. Nebraska, 600 U. S. ___, 143 S. Ct. 2355, 2023 U.S. LEXIS 2794 (2023).', [['case', '600 U. S. ___'], ['case', '143 S. Ct. 2355'], ['case', '2023 U.S. LEXIS 2794']]],
    // a Westlaw number broken over a line by a converter
    ['See Smith v. Jones, 2021 WL 22\n21646, at *2 (D. Conn. 2021).', [['case', '2021 WL 22 21646, at *2']]],
    ['See Smith v. Jones, 2021 WL 2221-\n646, at *2 (D. Conn. 2021).', [['case', '2021 WL 2221- 646, at *2']]],
  ])('%s', (text, want) => {
    expect(found(text)).toEqual(want);
  });

  it('the broken Westlaw number is read whole', () => {
    expect((findCitations('See Smith v. Jones, 2021 WL 2221-\n646, at *2 (D. Conn. 2021).')[0] as CaseCitation).page).toBe('2221646');
  });

  it('an Id. after a joint-appendix cite points to that cite', () => {
    const cites = findCitations('The warden so testified. App. 60. He later agreed. Id., at 61.');
    expect(cites[1].antecedent).toBe(cites[0].id);
  });
});
