import { describe, expect, it } from 'vitest';
import { findCues } from '../../../lib/analysis/labels';
import { citationOnly } from '../../../lib/analysis/citation-note';
import { reviewsDenial } from '../../../lib/analysis/appeal';
import { appellatePrior } from '../../../lib/analysis/index';
import { isThreshold } from '../../../lib/analysis/merits';
import { readHeading } from '../../../lib/analysis/headings';

/** The factors a sentence's cues name, standard included. */
const factors = (s: string) => findCues(s).map((h) => h.cue.factor).sort();

describe('cues that carry over to unseen opinions (issue #11)', () => {
  it.each([
    // the rule calls relief an extraordinary remedy (Benisek v. Lamone) ...
    ['keeping in mind that a preliminary injunction is "an extraordinary remedy never awarded as of right."', ['standard']],
    // ... a finding that the movant has not earned it applies the rule (Safari Club v. Salazar)
    ['Thus, to the extent that the plaintiffs are presenting purely economic harm arguments, these arguments do not suffice to warrant the extraordinary remedy of injunctive relief.', ['harm']],
    // what interim relief is for (Univ. of Tex. v. Camenisch, quoted in Safari Club v. Salazar)
    ['The purpose of a preliminary injunction “is merely to preserve the relative positions of the parties until a trial on the merits can be held.”', ['standard']],
    // the findings an injunction requires are how relief is decided (Tejidos de Coamo fn. 11; Knapp Shoes v. Sylvania) ...
    ['11Section 7 requires five findings.', ['standard']],
    ['Admittedly, the case law lays down few clear rules as to what is adequate compliance with Rule 52(a).', ['standard']],
    // ... findings made are not
    ['The magistrate judge found that the shoes delivered by Sylvania had a defect rate of about three percent.', []],
    // facts of the case name no factor
    ['The FWS decision to list the Three Antelope species was reached only after a period of many years of research and consultation.', []],
  ] as const)('%s', (sentence, want) => {
    expect(factors(sentence)).toEqual(want);
  });
});

describe('what an appeal reviews, from its opening', () => {
  it.each([
    ['This appeal arises from the denial of a motion for a preliminary injunction in the District Court.', true], // Benisek v. Lamone
    ['appeals from the district court’s order denying a temporary injunction under S 10(j) of the National Labor Relations Act', true], // Hirsch v. Dorsey Trailers
    ['This is an appeal from an order granting a temporary injunction.', false], // Ramsden v. Norris
    ['Cornwell simultaneously moved for a preliminary injunction to restrain Sachs from the unauthorized use of her name.', false],
  ] as const)('%s', (opening, denial) => {
    expect(reviewsDenial(opening)).toBe(denial);
  });

  it.each([
    // a bare "Affirmed." of a denial goes against the movant; "Reversed." of a denial, for it
    ['affirmed', 'Affirmed.', true, 'nonmovant'],
    ['reversed', 'Reversed.', true, 'movant'],
    ['affirmed', 'Affirmed.', false, 'movant'],
    // the decree that names the denial decides alone (the opening adds nothing)
    ['affirmed', 'We affirm the denial of the preliminary injunction.', false, 'nonmovant'],
  ] as const)('%s "%s" (denial below: %s) favours the %s', (outcome, decree, below, side) => {
    expect(appellatePrior(outcome, decree, below)).toBe(side);
  });
});

describe('threshold questions', () => {
  it('appealability is a threshold question, not the merits (Tejidos de Coamo)', () => {
    expect(isThreshold('On this appeal, the first question presented is whether we have jurisdiction to review the stay of arbitration granted by the district court as either a final order or an appealable interlocutory injunction.')).toBe(true);
    expect(isThreshold('The congressional policy in favor of the enforcement of agreements to arbitrate grievance disputes being clear, there is no reason to submit them to the requirements of 7 of the Norris-LaGuardia Act.')).toBe(false);
  });
});

describe('notes that only cite authority', () => {
  it.each([
    ['3See, e.g., Teradyne, Inc. v. Mostek Corp., 797 F.2d 43, 51 (1st Cir. 1986); Planned Parenthood League of Massachusetts v. Bellotti, 641 F.2d 1006, 1009 (1st Cir. 1981). -9-', true], // Knapp Shoes fn. 3
    ['6Burlington Northern R.R. v. Brotherhood of Maintenance of Way Employees, 481 U.S. 429, 441-42 (1987); International Ass\'n of Machinists v. Eastern Air Lines, 826 F.2d 1141, 1145 (1st Cir. 1987). -10-', true], // Tejidos de Coamo fn. 6
    // a note that argues is not one (Safari Club v. Salazar fn. 14 tells a fact; Tejidos fn. 9 states the statute)
    ['14 The Court made this request during a telephonic conference with the parties on April 2, 2012.', false],
    ['9Section 7 also requires findings that the balance of harms as to each element of the injunction be in favor of the complainant and that complainant lack an adequate remedy at law; but these are requirements that normally apply to any injunction.', false],
  ] as const)('%s', (note, want) => {
    expect(citationOnly(note)).toBe(want);
  });
});

describe('headings', () => {
  it('a lower-case roman sub-heading stays inside its factor (Safari Club v. Salazar)', () => {
    expect(readHeading('i. The Final Rule Is Supported By The Record', true)).toMatchObject({ level: 3, factors: [] });
    expect(readHeading('1. Plaintiffs Do Not Establish A Likelihood Of Success On The Merits', true)).toMatchObject({ level: 3, factors: ['success'] });
  });
});
