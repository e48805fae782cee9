/**
 * The caption a site prints apart from the opinion (nycourts' case-information box, a
 * header table) is read by the core with the text's head: court, date, docket and title
 * are decided in one place for the page and the command line (lib/analysis/document-info.ts).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';

// Feliciano v Seabrook, 2020 NY Slip Op 50753(U): the case-information box and the opening
// of the decision (the body cites another case's S.D.N.Y.-style docket, which is not this one's)
const BOX = 'Feliciano v Seabrook\n2020 NY Slip Op 50753(U)\nDecided on June 11, 2020\nSupreme Court, Queens County\nLivote, J.';
const BODY =
  'The following papers numbered 1 to 10 read on this motion by defendants Koehler & Isaacs to dismiss the complaint.\n\n' +
  'Upon the foregoing papers it is ordered that the motion is granted. The plaintiffs cite Smalls v. Scruggs, No. 09 Civ. 862 (JBA), 2010 WL 1 (D. Conn. 2010).';

describe('a caption shown apart from the opinion', () => {
  const cases: [string, string | undefined, { date: string | null; docket: string | null }][] = [
    ['without it, the body alone: no date, and no docket taken from a cited case', undefined, { date: null, docket: null }],
    ['with the box: its decision date', BOX, { date: '2020-06-11', docket: null }],
    ['a box with a docket line', 'SMALLS v. SCRUGGS\nNo. 3:17-cv-00812 (VAB)\nMay 19, 2017', { date: '2017-05-19', docket: '3:17-cv-00812' }],
  ];
  it.each(cases)('%s', (_label, caption, want) => {
    const d = analyze({ text: BODY, caption }).document;
    expect({ date: d.date, docket: d.docket }).toEqual(want);
  });
  it('a site heading names the court: FindLaw over Benisek v. Lamone (2018); the same words in the text do not', () => {
    const heading =
      'FindLaw Caselaw United States US Supreme Court O. JOHN BENISEK, ET AL., APPELLANTS v. LINDA H. LAMONE, ADMINISTRATOR, MARYLAND STATE BOARD OF ELECTIONS, ET AL. (2018) United States Supreme Court No. 17-333 Decided: June 18, 2018';
    const body = 'Per Curiam.\n\nThis appeal arises from the denial of a motion for a preliminary injunction in the District Court.\n\nThe order of the District Court is Affirmed.';
    expect(analyze({ text: body, caption: heading }).document).toMatchObject({ court: 'scotus', date: '2018-06-18' });
    const cites = 'The United States Supreme Court has held that a preliminary injunction is an extraordinary remedy.\n\nThe motion is denied.';
    expect(analyze({ text: cites }).document.court).not.toBe('scotus');
  });
  it("a caption headed by the case's own U.S. Reports cite is the Supreme Court's; a page titled by that cite takes its parties (Reagan v. Aiken, 1891)", () => {
    const caption = '138 U.S. 109\n11 S.Ct. 283\n34 L.Ed. 892\nREAGAN, United States Marshal, et al.\nv.\nAIKEN et al.\nJanuary 26, 1891.';
    const body = 'This suit was brought in the district court of Travis county, Texas, by the supreme court of the State of Texas affirmed.\n\nThe judgment, therefore, will be affirmed.';
    const d = analyze({ text: body, caption, meta: { title: '138 U.S. 109', parties: 'REAGAN, United States Marshal, et al. v. AIKEN et al.' } as never }).document;
    expect(d).toMatchObject({ court: 'scotus', date: '1891-01-26', title: 'REAGAN, United States Marshal, et al. v. AIKEN et al.' });
  });
  it('a party name broken over caption lines is read whole (ConsumerInfo v. Leon, C.D. Cal. 2016)', () => {
    const consumerInfo =
      'UNITED STATES DISTRICT COURT \nCENTRAL DISTRICT OF CALIFORNIA \nCONSUMERINFO.COM, INC. dba \nEXPERIAN CONSUMER \nSERVICES, \nPlaintiff, \nv. \nESTEBAN LEON; and DOES 1 \nthrough 10, inclusive, \nDefendants. \n \nCase No. 8:16-cv-1261 DOC (KESx)\n\nThe Court grants the application.';
    expect(analyze({ text: consumerInfo }).document.title).toBe('Consumerinfo.com, Inc. dba Experian Consumer Services v. Esteban Leon');
    // the court's own lines above the party are never taken into its name
    const oneLine = 'UNITED STATES DISTRICT COURT \nCENTRAL DISTRICT OF CALIFORNIA \nESTEBAN LEON, \nPlaintiff, \nv. \nCONSUMERINFO.COM, INC., \nDefendant. \n\nThe Court denies the application.';
    expect(analyze({ text: oneLine }).document.title).toBe('Esteban Leon v. Consumerinfo.com');
  });
  it('is not analysed as paragraphs: offsets still point into the text', () => {
    const a = analyze({ text: BODY, caption: BOX });
    expect(a.paragraphs.map((p) => BODY.slice(p.start, p.start + 13))).toEqual(['The following', 'Upon the fore']);
  });
});
