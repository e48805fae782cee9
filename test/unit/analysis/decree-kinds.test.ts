import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { chooseDecree, readDecree, type Decree } from '../../../lib/analysis/disposition';

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
