import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { cardHistory } from '../../../lib/dom/citation-card';

// Make the Road N.Y. v. McAleenan (D.D.C. 2019) cites Abbott Labs. v. Gardner "abrogated on
// other grounds by Califano v. Sanders", and a district court case "aff'd"
const text = readFileSync(join(import.meta.dirname, '../../../../shared/corpus/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt'), 'utf8');
const a = analyze({ text });
const cite = (core: string) => a.citations.find((c) => c.text === core)!;

describe('the citation card’s later history', () => {
  it('flags history that weakens an authority, naming the decision', () => {
    const h = cardHistory(a, cite('387 U.S. 136, 140'))!;
    expect(h.negative).toBe(true);
    expect(h.text).toMatch(/^abrogated on other grounds by Califano v\. Sanders, 430 U\.S\. 99/);
  });

  it('carries the full citation’s history to a short form of it', () => {
    expect(cardHistory(a, cite('387 U.S. at 149'))?.text).toMatch(/^abrogated on other grounds by /);
  });

  it('shows an affirmance without the flag, and nothing where there is no history', () => {
    expect(cardHistory(a, cite('79 F. Supp. 3d 174'))).toMatchObject({ negative: false, text: expect.stringMatching(/^aff'd /) });
    expect(cardHistory(a, a.citations.find((c) => c.kind === 'case' && !c.history && !c.antecedent)!)).toBeNull();
  });
});
