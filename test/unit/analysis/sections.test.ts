import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { isAnalysis, isThreshold } from '../../../lib/analysis/merits';
import { readHeading } from '../../../lib/analysis/headings';

/** Labels of the paragraph holding `startsWith`, as {factor: stance}. */
function labelsAt(text: string, startsWith: string): Record<string, string> {
  const a = analyze({ text });
  const at = text.indexOf(startsWith);
  const p = a.paragraphs.find((q) => q.start <= at && at < q.end);
  return Object.fromEntries((p?.factors ?? []).map((f) => [f.factor, f.stance]));
}

describe('heading inheritance', () => {
  // Paragraphs adapted from Cohen v. Brown Univ., 991 F.2d 888 (1st Cir. 1993), Part VI.
  const text = [
    'A district court, faced with a motion for preliminary injunction, must assess the request in four particular ways, evaluating the likelihood of success on the merits, the potential for irreparable harm, the balance of hardships, and the public interest. See Narragansett Indian Tribe v. Guilbert, 934 F.2d 4, 5 (1st Cir. 1991).',
    'B. Irreparable Injury.',
    'The district court found that, absent an injunction, the volleyball and gymnastics teams would wither away, since coaches and recruits would scatter. Brown does not seriously contest these findings, which rest on ample testimony from the plaintiffs. See Aoude v. Mobil Oil Corp., 862 F.2d 890, 892 (1st Cir. 1988).',
    'C. The Balance of Harms.',
    'Brown contests the results of this balancing on the premise that the order will be read as a signal of liability. We are not persuaded, because the district court weighed the competing concerns with care. See Guilbert, 934 F.2d at 6.',
    'The preliminary injunction is affirmed.',
  ].join('\n\n');

  it.each<[string, Record<string, string>]>([
    ['A district court, faced with', { standard: 'law' }],
    ['The district court found that, absent', { harm: 'movant' }],
    ['Brown contests the results', { equities: 'movant' }],
    ['The preliminary injunction is affirmed.', { disposition: 'movant' }],
  ])('%s…', (startsWith, labels) => {
    expect(labelsAt(text, startsWith)).toEqual(labels);
  });

  it('reads the outcome and relief', () => {
    const a = analyze({ text });
    expect(a.disposition.outcome).toBe('affirmed');
    expect(a.standard.relief).toBe('preliminary_injunction');
  });
});

describe('run-in headings (Roman Catholic Diocese v. Cuomo)', () => {
  const text = [
    'Application for injunctive relief presented to Justice Breyer and by him referred to the Court granted. Respondent is enjoined from enforcing the occupancy limits pending disposition of the appeal in the United States Court of Appeals for the Second Circuit.',
    'The applicants have clearly established their entitlement to relief pending appellate review. They have shown that their First Amendment claims are likely to prevail, that denying them relief would lead to irreparable injury, and that granting relief would not harm the public interest. See Winter v. Natural Resources Defense Council, Inc., 555 U. S. 7, 20 (2008).',
    'Irreparable harm. There can be no question that the challenged restrictions, if enforced, will cause irreparable harm. “The loss of First Amendment freedoms, for even minimal periods of time, unquestionably constitutes irreparable injury.” Elrod v. Burns, 427 U. S. 347, 373 (1976).',
    'Public interest. Finally, it has not been shown that granting the applications will harm the public. As noted, the State has not claimed that attendance at the applicants’ services has resulted in the spread of the disease.',
    'Members of this Court are not public health experts, and we should respect the judgment of those with special expertise and responsibility in this area. But even in a pandemic, the Constitution cannot be put away and forgotten.',
  ].join('\n\n');

  it.each<[string, Record<string, string>]>([
    ['The applicants have clearly established', { standard: 'law', success: 'movant', harm: 'movant', public: 'movant' }],
    ['Irreparable harm. There can be', { harm: 'movant' }],
    ['Public interest. Finally', { public: 'movant' }],
    ['Members of this Court are not public health experts', { public: 'movant' }],
  ])('%s…', (startsWith, labels) => {
    expect(labelsAt(text, startsWith)).toEqual(labels);
  });

  it('is an injunction pending appeal, granted, by the Supreme Court', () => {
    const a = analyze({ text });
    expect(a.standard.relief).toBe('injunction_pending_appeal');
    expect(a.disposition.outcome).toBe('granted');
    expect(a.document.court).toBe('scotus');
  });
});

describe('what counts as merits analysis', () => {
  it.each<[string, string, boolean]>([
    ['history in the past tense (Cohen v. Brown)', 'In 1984, the Supreme Court radically altered the contemporary reading of Title IX. It held that Title IX was “program-specific,” so that its ban on discrimination applied only to the specific program that received federal funds. Because athletic departments rarely received federal funds, the decision effectively removed them from the statute’s reach, and schools reacted accordingly.', false],
    ['a signpost', 'We turn now to a series of case-specific issues, starting with the burden of proof.', false],
    ['a rule in the present tense', 'Title IX, like the Restoration Act, does not explicitly treat college athletics. Rather, the statute’s heartland is broadly phrased, and it is the agency’s regulations that must be read to determine what equal opportunity requires of a school that fields teams.', true],
  ])('%s', (_name, text, expected) => {
    expect(isAnalysis(text)).toBe(expected);
  });

  it('standing and ripeness are threshold questions (John Doe Co. v. CFPB)', () => {
    expect(isThreshold('Under the Supreme Court’s and this Court’s precedents, the Company as a regulated entity has standing to raise its free-standing constitutional claim, and the claim is ripe.')).toBe(true);
    expect(isThreshold('The Company has shown a likelihood of success on the merits of its constitutional claim.')).toBe(false);
  });

  it('trusts a long heading the segmenter found and reads every factor it names', () => {
    const h = readHeading('C. Both The Balance Of The Equities And The Public’s Interest Weigh In Favor Of The Issuance Of A Preliminary Injunction', true);
    expect(h?.factors).toEqual(['equities', 'public']);
    expect(readHeading('C. Both The Balance Of The Equities And The Public’s Interest Weigh In Favor Of The Issuance Of A Preliminary Injunction')).toBeNull();
  });
});

describe('dissents', () => {
  it('a dissent printed alone reads the court’s ruling from “I respectfully dissent from the Court’s denial”', () => {
    const text = [
      'I would grant the motion for an injunction pending appeal.',
      'In my view, the Company has shown a likelihood of success on the merits of its constitutional claim, for reasons fully explained in this Court’s opinion in PHH Corp. v. CFPB, 839 F.3d 1 (D.C. Cir. 2016), which need not be repeated.',
      'The Company also has shown irreparable harm. Irreparable harm occurs almost by definition when a person is regulated on an ongoing basis by an unconstitutionally structured agency.',
      'I respectfully dissent from the Court’s denial of the motion for an injunction pending appeal.',
    ].join('\n\n');
    const a = analyze({ text });
    expect(a.standard.relief).toBe('injunction_pending_appeal');
    expect(a.disposition.outcome).toBe('denied');
    // the dissent's own findings keep their side (the segmenter may join these two paragraphs)
    expect(labelsAt(text, 'In my view')).toMatchObject({ success: 'movant' });
    expect(labelsAt(text, 'The Company also has shown')).toMatchObject({ harm: 'movant' });
    expect(labelsAt(text, 'I respectfully dissent')).toEqual({ disposition: 'nonmovant' });
  });
});
