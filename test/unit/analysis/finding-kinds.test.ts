import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { findCues } from '../../../lib/analysis/labels';
import { sentenceStance } from '../../../lib/analysis/stance';

/** The stance each factor named in `sentence` gets from the sentence alone. */
function stances(sentence: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { cue, at } of findCues(sentence)) {
    if (cue.factor === 'standard') continue;
    out[cue.factor] = sentenceStance(sentence, at, cue.adverse, cue.lawOnly).stance;
  }
  return out;
}

describe('findings, their negation and their scope', () => {
  it.each([
    // a negated verb of finding governs the clause it introduces
    ['The court cannot find that the movants have shown a likelihood of success on the merits or irreparable harm.', { success: 'nonmovant', harm: 'nonmovant' }],
    ['We are not persuaded that the plaintiffs will suffer irreparable harm absent an injunction.', { harm: 'nonmovant' }],
    // the movant named by its role, in the perfect tense: a finding about this case, not a rule
    ['The movant has shown that it is likely to succeed on the merits of its claim.', { success: 'movant' }],
    ['The plaintiffs have demonstrated a likelihood of success on the merits.', { success: 'movant' }],
    // ... while the rule keeps its generic subject and its modal
    ['A movant must establish that it is likely to succeed on the merits.', { success: 'law' }],
    // Nken's merger of the last two factors is a rule, not a finding
    ['The last two factors merge when the Government is the opposing party.', { equities: 'law', public: 'law' }],
    // a short aside between commas does not end the negation's clause; a circuit's holding is law
    ['The D.C. Circuit has made it clear that “economic loss does not, in and of itself, constitute irreparable harm.”', { harm: 'law' }],
    ['Here, the loss does not, standing alone, amount to irreparable harm.', { harm: 'nonmovant' }],
    // the third stay factor: harm to the party opposing the stay
    ['Here, further delay would not cause substantial injury to the appellees.', { equities: 'movant' }],
  ] as const)('%s', (sentence, want) => {
    expect(stances(sentence)).toEqual(want);
  });
});
