/**
 * Hostile input finishes in bounded time with sane output: no catastrophic backtracking, no
 * quadratic resolution. Each case must finish well inside the limit on a loaded machine.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';

const CASES: [string, string, (n: number) => boolean][] = [
  ['1 MB without spaces', 'a'.repeat(1_000_000), (n) => n === 0],
  ['1 MB of punctuation and letters without spaces', 'Ab.(1'.repeat(200_000), (n) => n === 0],
  ['100k digits', '1'.repeat(100_000), (n) => n === 0],
  ['"1 U.S. 1" repeated 100k times', '1 U.S. 1 '.repeat(100_000), (n) => n === 100_000],
  ['mixed scripts', 'Привет 東京 ١٢٣ 5 U.S. 7 (2008) § 1 Id. '.repeat(20_000), (n) => n === 60_000],
  ['unbalanced parentheses', '('.repeat(300_000) + ')'.repeat(1000), (n) => n === 0],
  ['unbalanced parentheses after citations', 'Smith v. Jones, 5 U.S. 7 ('.repeat(30_000), (n) => n === 30_000],
  ['section signs', '§ '.repeat(100_000) + '1', (n) => n <= 1],
  ['a name of 150k words before a cite', 'A v. B v. C v. '.repeat(50_000) + ', 5 U.S. 7', (n) => n === 1],
  ['a page followed by 100k commas', '5 U.S. 7' + ', 8'.repeat(100_000), (n) => n === 1],
  ['200k Id.', 'Id. '.repeat(200_000), (n) => n === 200_000],
  ['many defined short names', 'Big Report 1 (2000) (Report) Report at 1 '.repeat(20_000), (n) => n >= 1],
  ['many letters without dates', 'Letter from A to B '.repeat(50_000), (n) => n === 0],
  ['many hereinafter names', 'Doc. 1 (hereinafter "X") X X '.repeat(20_000), (n) => n >= 20_000],
  ['a reporter cited with no volume, over and over', 'Bee, '.repeat(200_000) + '1', (n) => n <= 1],
  ['volumeless cites after case names', 'Smith v. Jones, Bee 196 (D.S.C. 1810); '.repeat(20_000), (n) => n === 20_000],
  ['loose-leaf names and markers without pages', 'Fed. Sec. L. Rep. (CCH) ¶ , '.repeat(50_000), (n) => n === 0],
  ['a loose-leaf name before 100k spaces', 'Fed. Sec. L. Rep.' + ' '.repeat(100_000) + '¶ 1', (n) => n === 0],
  ['Louisiana openings without a close', '2009 1359R (La.App. 1 Cir. '.repeat(50_000), (n) => n === 0],
  ['lettered volumes and compact cites', '402A 2021COA '.repeat(100_000), (n) => n === 0],
];

describe('hostile input', () => {
  it.each(CASES)('%s', (_label, text, sane) => {
    const t0 = performance.now();
    const cites = findCitations(text);
    const ms = performance.now() - t0;
    expect(sane(cites.length), `${cites.length} citations`).toBe(true);
    for (const c of cites.slice(0, 1000)) expect(c.start >= 0 && c.end <= text.length && c.start < c.end).toBe(true);
    expect(ms).toBeLessThan(8000);
  }, 20_000);
});
