/**
 * The citation finder keeps small caches across calls (the next ")" of a text, for one):
 * the same text found twice, or found after another, must give the same citations. The
 * background analyses many pages in one process, and re-runs a page the reader corrected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { readParen } from '../../../lib/citations/parenthetical';

describe('the citation finder gives the same answer however often it runs', () => {
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
