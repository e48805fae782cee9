import { describe, expect, it } from 'vitest';
import { bondStance, findCues } from '../../../lib/analysis/labels';
import { SPEAKER_CUES, sentenceStance, speakerOf } from '../../../lib/analysis/stance';
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
    // negation and its scope
    ['a burden not carried governs its "that" clause (Safari Club v. Salazar)', 'Finally, the plaintiffs have not carried their burden of showing that injunctive relief is truly in the public interest.', 'public', 'nonmovant'],
    ['"Nor have ... carried", inverted (Safari Club v. Salazar)', 'Nor have the plaintiffs carried their heavy burden of demonstrating irreparable harm in the absence of preliminary relief, nor that the balance of equities tip in their favor.', 'harm', 'nonmovant'],
    ['", nor that" keeps the negation (Safari Club v. Salazar)', 'Nor have the plaintiffs carried their heavy burden of demonstrating irreparable harm in the absence of preliminary relief, nor that the balance of equities tip in their favor.', 'equities', 'nonmovant'],
    ['"we do not think that" (Tejidos de Coamo v. ILGWU)', 'Turning to substance, we do not think that it is apparent how the lack of an injunction threatened the Company with substantial and irreparable injury.', 'harm', 'nonmovant'],
    ['no injury on this record (Tejidos de Coamo v. ILGWU)', 'In sum, so far as appears from this record, there is no substantial and irreparable injury--or at least injury of a kind that courts recognize in injunction cases.', 'harm', 'nonmovant'],
    ['"neither remote nor speculative" affirms (Cornwell v. Sachs)', 'Because Sachs has already engaged in activity which harms Cornwell\'s reputation, Cornwell has also demonstrated that the irreparable harm is "neither remote nor speculative, but actual and imminent."', 'harm', 'movant'],
    ['"not only have" affirms (Alabama Ass\'n of Realtors v. HHS)', 'The applicants not only have a substantial likelihood of success on the merits—it is difficult to imagine them losing.', 'success', 'movant'],
    // a named party found likely to win; a generic noun as object is no rule
    ['named party is likely to succeed (Cornwell v. Sachs)', "Accordingly, Cornwell is likely to succeed on the merits of her suit for a preliminary injunction for Sachs' violation of the Lanham Act.", 'success', 'movant'],
    ['"Where, as here," states the rule (Cornwell v. Sachs)', 'Where, as here, mandatory relief is sought, as distinguished from maintenance of the status quo, a strong showing of irreparable injury must be made, since relief changing the status quo is not favored unless the facts and law clearly support the moving party.', 'harm', 'law'],
    // a role word names anyone when the sentence speaks of a generic party
    ['"a plaintiff demonstrating ... the plaintiff will suffer" (Cornwell v. Sachs)', 'Injunctive relief under Section 43(a) of the Lanham Act is available to a plaintiff demonstrating "that an advertisement is either literally false or that the advertisement, though literally true, is likely to mislead and confuse consumers," and that the plaintiff will suffer irreparable harm absent the injunction.', 'harm', 'law'],
    ['"[O]nce the moving party has carried" (Marlyn Nutraceuticals v. Mucos)', 'Id. (“[O]nce the moving party has carried its burden of showing a likelihood of success on the merits, the burden shifts to the nonmoving party to show a likelihood that its affirmative defense will succeed.”', 'success', 'law'],
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

describe('who speaks', () => {
  it.each(SPEAKER_CUES.flatMap((c) => c.examples.map((e) => [c.speaker, e] as const)))('%s: %s', (speaker, example) => {
    expect(SPEAKER_CUES.find((c) => c.speaker === speaker)!.pattern.test(example)).toBe(true);
    expect(speakerOf(example)).toBe(speaker);
  });
  it.each<[string, string]>([
    ['the court concludes (Safari Club v. Salazar)', 'The Court concludes that SCI has not established a likelihood of success on the merits because SCI has not shown that the FWS acted arbitrarily and capriciously in deciding to list the Three Antelope species as endangered.'],
    ['a finding below reviewed (Marlyn Nutraceuticals v. Mucos)', 'Because the court found a likelihood of success on the merits, it reasonably presumed irreparable injury.'],
    ['the court below weighed by this court', 'The district court did not abuse its discretion in finding that the plaintiffs failed to show irreparable harm.'],
  ])('the court itself: %s', (_name, sentence) => {
    expect(speakerOf(sentence)).toBeNull();
  });
  it('a report of the court below is neutral until the paragraph adopts it (Cohen v. Brown)', () => {
    const sentence = 'Finally, the district court found that the competing equities weighed in favor of granting the injunction.';
    const hit = findCues(sentence).find((h) => h.cue.factor === 'equities')!;
    expect(sentenceStance(sentence, hit.at)).toMatchObject({ stance: 'neutral', reported: 'movant' });
  });
});
