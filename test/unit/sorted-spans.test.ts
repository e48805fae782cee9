import { describe, expect, it } from 'vitest';
import { lastStartAtOrBefore } from '../../lib/sorted-spans';

// three paragraphs of the seed order, as [start, end) offsets
const SPANS = [{ start: 0 }, { start: 120 }, { start: 480 }];

describe('lastStartAtOrBefore', () => {
  it.each([
    [-1, -1], // before the first span
    [0, 0], // at a start
    [119, 0],
    [120, 1],
    [479, 1],
    [480, 2],
    [10_000, 2], // past the last start
  ])('offset %i → index %i', (at, want) => {
    expect(lastStartAtOrBefore(SPANS, at)).toBe(want);
  });
  it('is -1 on no spans', () => expect(lastStartAtOrBefore([], 5)).toBe(-1));
});
