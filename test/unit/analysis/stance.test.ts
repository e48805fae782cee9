import { describe, expect, it } from 'vitest';
import { bondStance, findCues } from '../../../lib/analysis/labels';
import { sentenceStance } from '../../../lib/analysis/stance';
import type { FactorName, Stance } from '../../../lib/types';

/** The stance the classifier reads for `factor` in one real sentence. */
function stanceOf(sentence: string, factor: FactorName): Stance | null {
  const hit = findCues(sentence).find((h) => h.cue.factor === factor);
  return hit ? sentenceStance(sentence, hit.at, hit.cue.adverse, hit.cue.lawOnly).stance : null;
}

describe('sentence stance', () => {
  it.each<[string, string, FactorName, Stance]>([
    ['negation (Smalls v. Scruggs)', 'At this stage of the proceeding, Smalls has not clearly shown a likelihood of success on the merits to warrant preliminary injunctive relief.', 'success', 'nonmovant'],
    ['cannot establish', 'Without additional evidence that Scruggs and Dr. Wright acted with deliberate indifference to his medical needs, Smalls cannot establish a likelihood of success on the merits to warrant injunctive relief.', 'success', 'nonmovant'],
    ['presumption applied', 'Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm.', 'harm', 'movant'],
    ['presumption as a rule', 'With respect to the “irreparable harm” prong, courts will presume that a movant has established irreparable harm in the absence of injunctive relief when the movant’s claim involves the alleged deprivation of a constitutional right.', 'harm', 'law'],
    ['attribution alone', 'Plaintiff argues he will suffer irreparable harm if the transfer proceeds.', 'harm', 'neutral'],
    ['a participle is not a report', 'The conduct alleged here will cause irreparable harm to the plaintiffs’ clinics, the court finds.', 'harm', 'movant'],
    ['declining to reach', 'Because the plaintiffs have not shown irreparable harm, we need not reach the balance of equities.', 'equities', 'neutral'],
    ['the factor decided before declining the rest', 'Because the plaintiffs have not shown irreparable harm, we need not reach the balance of equities.', 'harm', 'nonmovant'],
    ['negated harm to the public favours the movant (Roman Catholic Diocese)', 'They have shown that their First Amendment claims are likely to prevail, that denying them relief would lead to irreparable injury, and that granting relief would not harm the public interest.', 'public', 'movant'],
    ['each clause keeps its own negation', 'They have shown that their First Amendment claims are likely to prevail, that denying them relief would lead to irreparable injury, and that granting relief would not harm the public interest.', 'harm', 'movant'],
    ['affirming idiom', 'There can be no question that the challenged restrictions, if enforced, will cause irreparable harm.', 'harm', 'movant'],
    ['stay movant is the government', 'The Government has made a strong showing that it is likely to succeed on the merits of its appeal.', 'success', 'movant'],
    ['rule for mandatory injunctions', 'He “must make a clear or substantial showing of a likelihood of success on the merits.”', 'success', 'law'],
    ['appellate review of a finding of no harm', 'The district court did not abuse its discretion in finding that the plaintiffs failed to show irreparable harm.', 'harm', 'nonmovant'],
  ])('%s', (_name, sentence, factor, stance) => {
    expect(stanceOf(sentence, factor)).toBe(stance);
  });
});

describe('bond stance', () => {
  it.each<[string, Stance]>([
    ['3. The Court finds that no bond is required.', 'movant'],
    ['Plaintiffs shall post a bond in the amount of $10,000 under Rule 65(c).', 'nonmovant'],
    ['Rule 65(c) permits a court to issue a preliminary injunction only if the movant gives security.', 'law'],
  ])('%s', (sentence, stance) => {
    expect(bondStance(sentence).stance).toBe(stance);
  });
});
