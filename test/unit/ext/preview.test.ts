/** The citations painted first on a long opinion: those near the reader, at their offsets in the whole text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewCitations } from '../../../lib/ext/preview';
import { findCitations } from '../../../lib/citations/index';

const seed = readFileSync(new URL('../../fixtures/texts/002_962009f5170617b3.txt', import.meta.url), 'utf8');

describe('previewCitations', () => {
  it('finds the citations around the reader at their offsets in the whole text', () => {
    const filler = 'The parties dispute the facts at length.\n\n'.repeat(5000); // ~210 KB of prose
    const text = filler + seed + filler;
    const at = filler.length + 100;
    const spans = previewCitations(text, at, 20_000);
    const whole = findCitations(seed).map((c) => ({ start: c.start + filler.length, end: c.end + filler.length }));
    expect(spans).toEqual(whole);
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('555 U.S. 7, 24');
  });
  it('finds nothing far from any citation, and reads to the ends of the text', () => {
    const filler = 'The parties dispute the facts at length.\n\n'.repeat(5000);
    expect(previewCitations(filler + seed, 1000, 20_000)).toEqual([]);
    expect(previewCitations(seed, 0, 10).length).toBeGreaterThan(0); // one paragraph-widened slice
  });
});
