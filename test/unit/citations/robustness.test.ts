/**
 * Hostile input to the citation finder: sane output, and time linear in the input. Each case is
 * built with r repetitions and with 4r; its CPU time (process.cpuUsage, fastest of three runs; not
 * the wall clock, the machine is shared) must grow less than 8× (linear is 4×, quadratic 16×). r is
 * doubled from the case's own size until a run takes 30 ms, so the ratio is not noise. The whole
 * of analyze() is checked the same way in test/unit/analysis/hostile.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { fastestMs, growth } from '../growth';

/** [label, text of r repetitions, sanity check of the citations found in it, r to start from] */
const CASES: [string, (r: number) => string, (n: number, r: number) => boolean, number][] = [
  ['1 MB without spaces', (r) => 'a'.repeat(r), (n) => n === 0, 250_000],
  ['1 MB of punctuation and letters without spaces', (r) => 'Ab.(1'.repeat(r), (n) => n === 0, 50_000],
  ['100k digits', (r) => '1'.repeat(r), (n) => n === 0, 25_000],
  ['"1 U.S. 1" repeated 100k times', (r) => '1 U.S. 1 '.repeat(r), (n, r) => n === r, 25_000],
  ['mixed scripts', (r) => 'Привет 東京 ١٢٣ 5 U.S. 7 (2008) § 1 Id. '.repeat(r), (n, r) => n === 3 * r, 5_000],
  ['unbalanced parentheses', (r) => '('.repeat(r) + ')'.repeat(1000), (n) => n === 0, 75_000],
  ['unbalanced parentheses after citations', (r) => 'Smith v. Jones, 5 U.S. 7 ('.repeat(r), (n, r) => n === r, 7_500],
  ['section signs', (r) => '§ '.repeat(r) + '1', (n) => n <= 1, 25_000],
  ['a name of 150k words before a cite', (r) => 'A v. B v. C v. '.repeat(r) + ', 5 U.S. 7', (n) => n === 1, 12_500],
  ['a page followed by 100k commas', (r) => '5 U.S. 7' + ', 8'.repeat(r), (n) => n === 1, 25_000],
  ['200k Id.', (r) => 'Id. '.repeat(r), (n, r) => n === r, 50_000],
  ['many defined short names', (r) => 'Big Report 1 (2000) (Report) Report at 1 '.repeat(r), (n) => n >= 1, 5_000],
  ['many letters without dates', (r) => 'Letter from A to B '.repeat(r), (n) => n === 0, 12_500],
  ['many hereinafter names', (r) => 'Doc. 1 (hereinafter "X") X X '.repeat(r), (n, r) => n >= r, 5_000],
  ['a reporter cited with no volume, over and over', (r) => 'Bee, '.repeat(r) + '1', (n) => n <= 1, 50_000],
  ['volumeless cites after case names', (r) => 'Smith v. Jones, Bee 196 (D.S.C. 1810); '.repeat(r), (n, r) => n === r, 5_000],
  ['loose-leaf names and markers without pages', (r) => 'Fed. Sec. L. Rep. (CCH) ¶ , '.repeat(r), (n) => n === 0, 12_500],
  ['a loose-leaf name before 100k spaces', (r) => 'Fed. Sec. L. Rep.' + ' '.repeat(r) + '¶ 1', (n) => n === 0, 25_000],
  ['Louisiana openings without a close', (r) => '2009 1359R (La.App. 1 Cir. '.repeat(r), (n) => n === 0, 12_500],
  ['lettered volumes and compact cites', (r) => '402A 2021COA '.repeat(r), (n) => n === 0, 25_000],
  ['100k tabs before a pin', (r) => '5 U.S. 7,' + '\t'.repeat(r) + 'at 9', (n) => n === 1, 25_000],
  ['100k spaces inside a parenthetical', (r) => '5 U.S. 7 (' + ' '.repeat(r) + 'x', (n) => n === 1, 25_000],
];


describe('hostile input', () => {
  it.each(CASES)('%s', (_label, make, sane, start) => {
    let r = start;
    while (fastestMs(() => findCitations(make(r))) < 30 && r < 1 << 22) r *= 2;
    const small = make(r);
    const large = make(4 * r);
    const { ratio, smallMs, largeMs } = growth(() => findCitations(small), () => findCitations(large), 8);
    expect(ratio, `r=${r}: ${smallMs.toFixed(0)} ms, 4r: ${largeMs.toFixed(0)} ms`).toBeLessThan(8);
    const cites = findCitations(make(4 * r));
    expect(sane(cites.length, 4 * r), `${cites.length} citations`).toBe(true);
    const length = make(4 * r).length;
    for (const c of cites.slice(0, 1000)) expect(c.start >= 0 && c.end <= length && c.start < c.end).toBe(true);
  }, 120_000);
});
