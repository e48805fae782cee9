/**
 * The citation finder keeps small caches across calls (the next ")" of a text, for one):
 * the same text found twice, or found after another, must give the same citations. The
 * background analyses many pages in one process, and re-runs a page the reader corrected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { findCitations } from '../../../lib/citations/index';
import { readParen } from '../../../lib/citations/parenthetical';

// Make the Road N.Y. v. McAleenan (D.D.C. 2019), its first paragraph
const MAKE_THE_ROAD =
  'See, e.g., 5 U.S.C. § 553(b)–(c) (requiring agencies to provide notice and solicit public participation as part of agency rulemaking, commonly known as “notice and comment”). This is by design. See Batterton v. Marshall, 648 F.2d 694, 703 (D.C. Cir. 1980) (“The essential purpose of according ... notice and comment opportunities is to reintroduce public participation and fairness to affected parties after governmental authority has been delegated to unrepresentative agencies.” (footnote omitted)).';

describe('the citation finder gives the same answer however often it runs', () => {
  it('the same paragraph twice: Batterton keeps its court and year', () => {
    const first = findCitations(MAKE_THE_ROAD);
    const second = findCitations(MAKE_THE_ROAD);
    expect(second).toEqual(first);
    const batterton = first.find((c) => c.kind === 'case' && c.caseName === 'Batterton v. Marshall') as { court: string; year: number; fullStart: number; fullEnd: number } | undefined;
    expect(batterton).toMatchObject({ court: 'cadc', year: 1980 });
    expect(MAKE_THE_ROAD.slice(batterton!.fullStart, batterton!.fullEnd)).toContain('(D.C. Cir. 1980)');
  });
  it('readParen finds the nearer ")" after a call further on in the same text', () => {
    // the second ")" lies further than any parenthetical may run from the first "("
    const text = '(a) ' + 'words '.repeat(400) + '(b)';
    expect(readParen(text, text.lastIndexOf('('))?.content).toBe('b');
    expect(readParen(text, 0)?.content).toBe('a');
  });
  it('a whole opinion analysed twice gives the same citations (Make the Road, 219 KB)', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt'), 'utf8');
    const first = analyze({ text }).citations;
    expect(analyze({ text }).citations).toEqual(first);
  }, 60_000);
});
