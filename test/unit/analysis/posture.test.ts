/**
 * Who the movant is when the application is against the relief: "On appeal, the movant is
 * still the party who asked for the injunction below (or for the stay)" (factors.md). An
 * application to vacate a stay comes from the other side, so granting it rules against the
 * movant. Snippets from Alabama Ass'n of Realtors v. HHS (2021) and invented counter-examples.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { mirrorStances } from '../../../lib/analysis/index';
import type { AnalysisParagraph } from '../../../lib/types';

const REALTORS = `SUPREME COURT OF THE UNITED STATES

ALABAMA ASSOCIATION OF REALTORS, ET AL. v. DEPARTMENT OF HEALTH AND HUMAN SERVICES, ET AL.

ON APPLICATION TO VACATE STAY

PER CURIAM.

The District Court stayed its judgment pending appeal. Applicants now ask us to vacate that stay. Whether to vacate a stay turns on whether the applicant is likely to succeed on the merits, whether it will be irreparably injured absent a stay, whether a stay will substantially injure the other parties, and where the public interest lies. Nken v. Holder, 556 U.S. 418, 434 (2009).

The applicants are virtually certain to succeed on the merits of their argument that the CDC has exceeded its authority. It would be one thing if Congress had specifically authorized the action that the CDC has taken. But that has not happened.

The application to vacate stay presented to THE CHIEF JUSTICE and by him referred to the Court is granted.

It is so ordered.`;

describe('an application against the relief', () => {
  it('granted: the court’s findings go against the party that asked for the stay', () => {
    const a = analyze({ text: REALTORS, url: null, site: null });
    const merits = a.paragraphs.find((p) => a.text.slice(p.start, p.end).startsWith('The applicants are virtually certain'))!;
    expect(merits.factors.find((f) => f.factor === 'success')?.stance).toBe('nonmovant');
  });
  it('an application to vacate named only in a citation changes nothing', () => {
    const cited = REALTORS.replace('ON APPLICATION TO VACATE STAY', 'ON APPLICATION FOR STAY')
      .replace('Applicants now ask us to vacate that stay.', 'Applicants ask for a stay. See Western Airlines, Inc. v. Teamsters, 480 U.S. 1301 (1987) (O’Connor, J., in chambers) (denial of application to vacate stay).')
      .replace('The application to vacate stay presented', 'The application for a stay presented');
    const a = analyze({ text: cited, url: null, site: null });
    const merits = a.paragraphs.find((p) => a.text.slice(p.start, p.end).startsWith('The applicants are virtually certain'))!;
    expect(merits.factors.find((f) => f.factor === 'success')?.stance).toBe('movant');
  });
  it('mirrors a paragraph’s findings, never its law, neutral or disposition labels', () => {
    const p = { index: 0, start: 0, end: 10, heading: null, factors: [
      { factor: 'success', stance: 'movant', confidence: 0.8, evidence: [] },
      { factor: 'harm', stance: 'nonmovant', confidence: 0.8, evidence: [] },
      { factor: 'public', stance: 'law', confidence: 0.8, evidence: [] },
      { factor: 'equities', stance: 'neutral', confidence: 0.8, evidence: [] },
      { factor: 'disposition', stance: 'movant', confidence: 0.8, evidence: [] },
    ] } as unknown as AnalysisParagraph;
    expect(mirrorStances(p).factors.map((f) => `${f.factor}/${f.stance}`)).toEqual(['success/nonmovant', 'harm/movant', 'public/law', 'equities/neutral', 'disposition/movant']);
  });
});

describe('separate opinions headed by their byline (a slip opinion’s head)', () => {
  const TEXT = "SUPREME COURT OF THE UNITED STATES\n\nPER CURIAM.\n\n   The application for injunctive relief pending appeal is granted. Applicants have shown that their claims are likely to succeed on the merits, that they will suffer irreparable harm, and that an injunction is in the public interest.\n\f\nSUPREME COURT OF THE UNITED STATES\n                          _________________\n\n     JOHN ROE, ET AL. v. JANE DOE,\n         GOVERNOR OF STATE, ET AL.\n         ON APPLICATION FOR INJUNCTIVE RELIEF\n                         [April 9, 2021]\n\n   JUSTICE KAGAN, dissenting.\n   The applicants have not shown irreparable harm.\n\f\nSUPREME COURT OF THE UNITED STATES\n                          _________________\n\n     JOHN ROE, ET AL. v. JANE DOE,\n         GOVERNOR OF STATE, ET AL.\n         ON APPLICATION FOR INJUNCTIVE RELIEF\n                         [April 9, 2021]\n\n   JUSTICE GORSUCH, concurring.\n   The applicants have shown irreparable harm.\n";
  it('a dissent’s findings are its own, and a concurrence after it is the court’s side again', () => {
    const a = analyze({ text: TEXT, url: null, site: null });
    const at = (words: string) => a.paragraphs.find((p) => a.text.slice(p.start, p.end).startsWith(words))!;
    expect(at('The applicants have not shown').factors.map((f) => `${f.factor}/${f.stance}`)).toEqual(['harm/nonmovant']);
    expect(at('The applicants have shown').factors.map((f) => `${f.factor}/${f.stance}`)).toEqual(['harm/movant']);
    expect(a.paragraphs.some((p) => /ON APPLICATION|JUSTICE KAGAN, dissenting|ROE, ET AL/.test(a.text.slice(p.start, p.end)))).toBe(false);
  });
});
