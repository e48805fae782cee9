/** "The paragraph at this offset" (lib/paragraph-at.ts), one home for exports, corrections and notes. */
import { describe, expect, it } from 'vitest';
import { paragraphFrom, paragraphHolding } from '../../lib/paragraph-at';

// three paragraphs with a heading between the second and the third: [0,10) [12,30) heading [40,55)
const PARAS = [
  { index: 0, start: 0, end: 10 },
  { index: 1, start: 12, end: 30 },
  { index: 2, start: 40, end: 55 },
];

describe('paragraphHolding and paragraphFrom', () => {
  const cases: [number, number | null, number | null][] = [
    [0, 0, 0],
    [9, 0, 0],
    [10, null, 0], // between paragraphs: held by none, filed under the one before
    [12, 1, 1],
    [35, null, 1], // in the heading
    [54, 2, 2],
    [55, null, 2],
    [-1, null, null],
  ];
  it.each(cases)('offset %i: held by %s, from %s', (offset, held, from) => {
    expect(paragraphHolding(PARAS, offset)?.index ?? null).toBe(held);
    expect(paragraphFrom(PARAS, offset)?.index ?? null).toBe(from);
  });
  it('no paragraphs: null', () => {
    expect(paragraphHolding([], 3)).toBeNull();
    expect(paragraphFrom([], 3)).toBeNull();
  });
});
