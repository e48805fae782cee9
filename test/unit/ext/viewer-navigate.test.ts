/**
 * Stepping in the PDF viewer (entrypoints/viewer/navigate.ts): the next or previous
 * paragraph carrying a finding, as Alt+Shift+J / K go on an HTML page; a paragraph that only
 * states the test is not a finding.
 */
import { describe, expect, it } from 'vitest';
import { nextFinding, paragraphAtOffset } from '../../../entrypoints/viewer/navigate';
import type { Analysis } from '../../../lib/types';

const para = (index: number, start: number, factors: string[]) => ({ index, start, end: start + 10, factors: factors.map((factor) => ({ factor })) });
const analysis = {
  paragraphs: [para(0, 0, []), para(1, 20, ['standard']), para(2, 40, ['success']), para(3, 60, []), para(4, 80, ['harm', 'standard']), para(5, 100, ['bond'])],
} as unknown as Analysis;

describe('nextFinding', () => {
  it.each([
    [-1, 1, 2],
    [2, 1, 4],
    [4, 1, 5],
    [5, 1, null],
    [5, -1, 4],
    [4, -1, 2],
    [2, -1, null],
    // from a paragraph without a finding (the reader's place)
    [3, 1, 4],
    [3, -1, 2],
  ] as const)('from ¶%i going %i → %s', (from, direction, expected) => {
    expect(nextFinding(analysis, from, direction)).toBe(expected);
  });
});

describe('paragraphAtOffset', () => {
  it.each([
    [0, 0],
    [35, 1],
    [99, 4],
    [500, 5],
  ])('offset %i is in or after ¶%i', (offset, expected) => {
    expect(paragraphAtOffset(analysis, offset)).toBe(expected);
  });
});
