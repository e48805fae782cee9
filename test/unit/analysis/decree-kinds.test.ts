import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { chooseDecree, readDecree, type Decree } from '../../../lib/analysis/disposition';
import { appellatePrior } from '../../../lib/analysis/index';

describe('rulings that are not on injunctive relief', () => {
  it.each([
    ['The appeal is dismissed as moot.', 'other', false],
    ['For these reasons, we dismiss the appeal for want of appellate jurisdiction.', 'other', false],
    ['DISMISSED.', 'other', false],
    ["Defendants' motions to dismiss are GRANTED.", 'granted', true],
    ['The motion for summary judgment is DENIED.', 'denied', true],
    ['Plaintiffs’ motion for a preliminary injunction is GRANTED.', 'granted', false],
    ['The motion to dismiss is denied, and the motion for a preliminary injunction is granted.', 'granted', false],
  ] as const)('%s', (sentence, outcome, other) => {
    const d = readDecree(sentence);
    expect(d?.outcome).toBe(outcome);
    expect(d?.otherMotion ?? false).toBe(other);
  });

  it('a ruling on another motion never decides the injunction outcome', () => {
    const at = (s: string, i: number): Decree => ({ ...readDecree(s)!, paragraph: i, span: { start: i, end: i + 1 } });
    expect(chooseDecree([at('The motion for a temporary restraining order is DENIED.', 0), at("Defendants' motions to dismiss are GRANTED.", 1)])?.outcome).toBe('denied');
    expect(chooseDecree([at("Defendants' motions to dismiss are GRANTED.", 1)])).toBeNull();
  });

  it('a motion-to-dismiss opinion in an injunction suit applies no injunction standard', () => {
    const text = [
      'Plaintiffs sued to enjoin the new rule, and earlier moved for a preliminary injunction, arguing a likelihood of success on the merits and irreparable harm.',
      'To survive a motion to dismiss, a complaint must contain sufficient factual matter, accepted as true, to state a claim to relief that is plausible on its face.',
      'The complaint does not allege facts showing that the rule applies to any plaintiff, and the balance of the claims fail for the same reason.',
      "For these reasons, Defendants' motions to dismiss are GRANTED.",
    ].join('\n\n');
    const a = analyze({ text });
    expect(a.standard.relief).toBe('none');
    expect(a.disposition.outcome).toBeNull();
    expect(a.paragraphs.flatMap((p) => p.factors)).toEqual([]);
  });
});

describe('an appeal from an order on interlocutory relief', () => {
  it.each([
    // Ramsden v. Norris (Tex. Civ. App. 1969) opens so; the court decides the Texas rule, not the factors
    ['This is an appeal from an order granting a temporary injunction.', 'The judgment of the trial court is reversed and the temporary injunction is dissolved.', 'preliminary_injunction', 'reversed'],
    // Sabine River Auth. v. McNatt (Tex. Civ. App. 1960) tells the history instead, and decides the statute's validity
    ['Appellees sued to restrain the District from condemning their lands. On hearing, a temporary injunction was granted, restraining defendant District from proceeding.', 'In consequence the judgment of the trial court must be affirmed.', 'preliminary_injunction', 'affirmed'],
    // McGuinness v. DuBois (1st Cir. 1994): the injunction rides on the summary judgment
    ['McGuinness has appealed a district court order granting summary judgment in favor of the defendants and denying his request for a preliminary injunction.', 'Our affirmance of the grant of summary judgment necessarily is an affirmance of the denial of the preliminary injunction request.', 'preliminary_injunction', 'affirmed'],
  ])('%s', (opening, ruling, relief, outcome) => {
    const a = analyze({ text: `${opening}\n\nThe facts are not in dispute and the parties agree on the governing statute.\n\n${ruling}` });
    expect(a.standard.relief).toBe(relief);
    expect(a.disposition.outcome).toBe(outcome);
  });
});

describe('a closing judgment in part', () => {
  it('sums up rulings that name the relief one part at a time (Marlyn Nutraceuticals v. Mucos Pharma, 9th Cir. 2009)', () => {
    const at = (s: string, i: number): Decree => ({ ...readDecree(s)!, paragraph: i, span: { start: i, end: i + 1 } });
    const chosen = chooseDecree([
      at('For the foregoing reasons, we AFFIRM the district court’s grant of a preliminary injunction and its denial of Marlyn’s motion to reconsider.', 0),
      at('We VACATE the district court’s imposition of recall and restitution and REMAND for further proceedings consistent with this opinion.', 0),
      at('AFFIRMED IN PART; REVERSED IN PART; REMANDED.', 1),
    ]);
    expect(chosen?.outcome).toBe('affirmed_in_part');
  });
});

describe('which side the findings lean to, from the ruling', () => {
  it.each([
    ['granted', 'The motion for a preliminary injunction is GRANTED.', 'movant'],
    ['denied', 'The motion for a temporary restraining order is DENIED.', 'nonmovant'],
    ['affirmed', 'We affirm the grant of the preliminary injunction.', 'movant'],
    // on appeal the movant is still the party who asked for the relief below (factors.md)
    ['affirmed', 'Accordingly, we affirm the dismissal of the complaint and the denial of preliminary relief.', 'nonmovant'],
    ['vacated', 'We vacate the order dissolving the preliminary injunction.', 'movant'],
    ['reversed', 'We reverse the district court’s denial of the preliminary injunction.', 'movant'],
    ['vacated', 'We vacate the preliminary injunction.', 'nonmovant'],
  ] as const)('%s: %s', (outcome, decree, side) => {
    expect(appellatePrior(outcome, decree)).toBe(side);
  });
});

describe('appellate rulings read from the whole opinion', () => {
  it('an appeal dismissed is read, though its sentence names no grant or denial (Wilson v. All, S.C. 1910)', () => {
    const text = [
      'A temporary injunction was granted by Judge Sease, and upon motion of defendants to dissolve the same, he stated that he would continue the injunction.',
      'The temporary injunction has in fact been dissolved by acceptance of and compliance with the terms of the order, and the exceptions are not before the Court.',
      'The appeal is dismissed.',
    ].join('\n\n');
    const a = analyze({ text });
    expect(a.disposition.outcome).toBe('other');
    expect(a.standard.relief).toBe('preliminary_injunction');
  });

  it('a remand directing the court below to grant the relief it refused is a reversal (Hirsch v. Dorsey Trailers, 3d Cir. 1998)', () => {
    expect(readDecree('For the reasons set forth, we will remand this case and direct the district court to order interim relief under S10(j).')?.outcome).toBe('reversed');
    expect(readDecree('We remand for further proceedings consistent with this opinion.')).toBeNull();
  });
});

describe('the relief of a ruling that names no kind', () => {
  it('"its grant of injunctive relief" takes the kind the opinion names (Brown v. Colegio de Abogados, 1st Cir. 2010)', () => {
    const text = [
      'After a bench trial the district court entered a permanent injunction barring Colegio from using its members’ dues for ideological purposes.',
      'Under eBay Inc. v. MercExchange, L.L.C., 547 U.S. 388 (2006), a plaintiff seeking a permanent injunction must show irreparable injury and that remedies at law are inadequate.',
      'To the extent of such opt-outs, Colegio is entitled to a proportionate reduction of the damage award.',
      'We affirm the district court’s declaration of liability and its grant of injunctive relief but vacate its judgment insofar as it determines the amount of damages, and remand to allow notice to be given to class members.',
    ].join('\n\n');
    expect(analyze({ text }).standard.relief).toBe('permanent_injunction');
  });
});

describe('relief named once in the history', () => {
  const history = 'Upon receipt of the letter, they brought a declaratory judgment suit in the Jefferson Circuit Court. Pursuant to their request, a temporary injunction was entered prohibiting enforcement of the policy of the Board. A judgment was entered on June 1, 1978, from which this appeal was taken.';
  it('is background to an appeal from another judgment (Allen v. Board of Education, Ky. App. 1979)', () => {
    const text = [history, 'We believe the policy is inappropriate.', 'The judgment of the Jefferson Circuit Court is reversed and the case returned to that court.'].join('\n\n');
    const a = analyze({ text });
    expect(a.standard.relief).toBe('none');
    expect(a.disposition.outcome).toBeNull();
  });
  it('is what the appeal concerns when the opinion comes back to it', () => {
    const text = [history, 'The temporary injunction should not have been dissolved, for the harm was irreparable.', 'The judgment of the Jefferson Circuit Court is reversed and the case returned to that court.'].join('\n\n');
    expect(analyze({ text }).disposition.outcome).toBe('reversed');
  });
});
