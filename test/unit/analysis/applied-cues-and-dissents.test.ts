import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { findCues } from '../../../lib/analysis/labels';
import { sentenceStance } from '../../../lib/analysis/stance';
import type { FactorName, Stance } from '../../../lib/types';

/** Labels of the paragraph holding `startsWith`, as {factor: stance}. */
function labelsAt(text: string, startsWith: string): Record<string, string> {
  const a = analyze({ text });
  const at = text.indexOf(startsWith);
  const p = a.paragraphs.find((q) => q.start <= at && at < q.end);
  return Object.fromEntries((p?.factors ?? []).map((f) => [f.factor, f.stance]));
}

function factorsIn(sentence: string): FactorName[] {
  return findCues(sentence).map((h) => h.cue.factor);
}

function stanceOf(sentence: string, factor: FactorName): Stance | null {
  const hit = findCues(sentence).find((h) => h.cue.factor === factor);
  return hit ? sentenceStance(sentence, hit.at, hit.cue.adverse, hit.cue.lawOnly).stance : null;
}

describe('factors argued through their facts, not their names', () => {
  it.each<[string, string, FactorName, boolean]>([
    // harm that persists, or the threat that a relaxed restriction returns
    ['ongoing harm (John Doe Co. v. CFPB)', 'A preliminary injunction would alleviate that ongoing harm.', 'harm', true],
    ['a constant threat (Tandon v. Newsom)', 'And so long as a case is not moot, litigants otherwise entitled to emergency injunctive relief remain entitled to such relief where the applicants “remain under a constant threat” that government officials will use their power to reinstate the challenged restrictions.', 'harm', true],
    ['an imminent injury is standing, not harm (Make the Road N.Y. v. McAleenan)', 'Plaintiffs’ members plainly face sufficiently imminent injury to have Article III standing.', 'harm', false],
    // a statute or an agency named for public health is no public-interest cue
    ['a statute named for public health is the merits (Alabama Realtors v. HHS)', 'The CDC relied on §361(a) of the Public Health Service Act for authority to promulgate and extend the eviction moratorium.', 'public', false],
    ['public health agencies in history (Alabama Realtors v. HHS)', 'When Congress enacted §361(a), public health agencies intervened in the housing market by regulation, including eviction moratoria.', 'public', false],
  ])('%s', (_name, sentence, factor, fires) => {
    expect(factorsIn(sentence).includes(factor)).toBe(fires);
  });

  it.each<[string, string, Stance]>([
    // a demonstrative closing the clause points back to the harm this case has shown
    ['that ongoing harm (John Doe Co. v. CFPB)', 'A preliminary injunction would alleviate that ongoing harm.', 'movant'],
    ['a conjunction “that” is no demonstrative: the rule', 'A movant must show that irreparable harm is likely in the absence of an injunction.', 'law'],
  ])('%s', (_name, sentence, stance) => {
    expect(stanceOf(sentence, 'harm')).toBe(stance);
  });

  // Tandon v. Newsom: the court applies the factors in one sentence; the applied findings are
  // not the test, so the sentence is no enumeration and earns no `standard`. (Its public-health
  // clause no longer reads as `public`: that cue paid on Tandon alone and was removed, test/corpus/RULES.md.)
  const tandon = [
    'The application for injunctive relief presented to JUSTICE KAGAN and by her referred to the Court is granted pending disposition of the appeal in the United States Court of Appeals for the Ninth Circuit.',
    'Applicants are likely to succeed on the merits of their free exercise claim; they are irreparably harmed by the loss of free exercise rights “for even minimal periods of time”; and the State has not shown that “public health would be imperiled” by employing less restrictive measures. Accordingly, applicants are entitled to an injunction pending appeal.',
  ].join('\n\n');
  it('labels each applied factor and no standard (Tandon v. Newsom)', () => {
    const labels = labelsAt(tandon, 'Applicants are likely');
    expect(labels).toMatchObject({ success: 'movant', harm: 'movant' });
    expect(labels).not.toHaveProperty('standard');
  });
});

describe('a dissent argues its view throughout', () => {
  // Planned Parenthood Ass’n of Utah v. Herbert, 839 F.3d 1301 (10th Cir. 2016) (Gorsuch, J., dissenting from denial of rehearing en banc)
  const indeed =
    'Indeed, the panel’s relaxation of the burden of proof in this manner sits at odds with a very large body of circuit precedent. In so many fields (like employment or business disputes) this court routinely holds proof exactly like PPAU’s insufficient even to survive summary judgment. See Trujillo v. PacifiCorp, 524 F.3d 1149, 1157 n.5 (10th Cir. 2008). And it is difficult to see how this court could, consistent with so much precedent, hold proof along the very same lines sufficient to establish a likelihood of success.';
  const majority = [
    'Plaintiff moves for a preliminary injunction. To obtain a preliminary injunction, the movant must show a likelihood of success on the merits, irreparable harm, that the balance of equities tips in its favor, and that an injunction is in the public interest. Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 20 (2008).',
    'The motion for a preliminary injunction is GRANTED.',
  ];

  it('a factor a dissent mentions without a rule’s markers is its finding, against the court', () => {
    const text = [...majority, 'GORSUCH, Circuit Judge, dissenting.', indeed].join('\n\n');
    expect(labelsAt(text, 'Indeed, the panel')).toEqual({ success: 'nonmovant' });
  });

  it('the same paragraph in the court’s own voice, with nothing marking a finding, states law', () => {
    const text = [...majority, indeed].join('\n\n');
    expect(labelsAt(text, 'Indeed, the panel')).toEqual({ success: 'law' });
  });
});

describe('a factor named in a question', () => {
  const nken =
    'Those accepted factors are “(1) whether the stay applicant has made a strong showing that he is likely to succeed on the merits; (2) whether the applicant will be irreparably injured absent a stay; (3) whether issuance of the stay will substantially injure the other parties interested in the proceeding; and (4) where the public interest lies.”';
  it.each<[string, string, FactorName, Stance]>([
    ['the dispute framed (Planned Parenthood Ass’n of Utah v. Herbert)', 'As litigated by the parties, the preliminary injunction motion turned in significant measure on the question whether the organization could show that it was likely to succeed at trial on its unconstitutional conditions claim.', 'success', 'neutral'],
    ['Nken’s first factor (Alabama Ass’n of Realtors v. HHS)', nken, 'success', 'law'],
    ['Nken’s second factor', nken, 'harm', 'law'],
    ['Nken’s fourth factor has no “whether”', nken, 'public', 'law'],
    ['a generic question (Make the Road N.Y. v. McAleenan)', '(“In determining whether the plaintiff has ‘a substantial likelihood of success on the merits,’ the court considers the merits of the claims.”)', 'success', 'law'],
    ['the main clause answers after the comma', 'Regardless of whether the State appeals, plaintiffs are likely to succeed on the merits.', 'success', 'movant'],
    ['a “whether” that frames no dispute is read as usual (Alabama Ass’n of Realtors v. HHS)', 'It is up to Congress, not the CDC, to decide whether the public interest merits further action here.', 'public', 'movant'],
  ])('%s', (_name, sentence, factor, stance) => {
    expect(stanceOf(sentence, factor)).toBe(stance);
  });
});
