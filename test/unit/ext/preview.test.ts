/** The citations painted first on a long opinion: those near the reader, at their offsets in the whole text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewCitations, previewSpans, previewWindow } from '../../../lib/ext/preview';
import { UPLOAD_CHUNK_CHARS } from '../../../lib/ext/upload';
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

describe('previewWindow and previewSpans: the text around the reader, sent before the upload', () => {
  const filler = 'The parties dispute the facts at length.\n\n'.repeat(5000);
  it('is at most one upload chunk, edges on paragraph breaks, and finds the citations there at their offsets in the whole text', () => {
    const text = filler + seed + filler;
    const at = filler.length + 100;
    const w = previewWindow(text, at);
    expect(w.text.length).toBeLessThanOrEqual(UPLOAD_CHUNK_CHARS);
    expect(w.text).toBe(text.slice(w.from, w.from + w.text.length));
    expect(w.from).toBeLessThanOrEqual(at);
    expect(w.from + w.text.length).toBeGreaterThan(at);
    expect([w.cutStart, w.cutEnd]).toEqual([false, false]);
    expect(text.slice(w.from, w.from + 2)).toBe('\n\n');
    const spans = previewSpans(w);
    const whole = findCitations(text.slice(w.from, w.from + w.text.length)).map((c) => ({ start: c.start + w.from, end: c.end + w.from }));
    expect(spans).toEqual(whole);
    expect(spans.map((s) => text.slice(s.start, s.end))).toContain('555 U.S. 7, 24');
  });
  it('reads to the ends of a text, and a short text whole', () => {
    const text = seed + filler;
    const w = previewWindow(text, 0);
    expect(w.from).toBe(0);
    expect(w.cutStart).toBe(false);
    expect(previewSpans(w).length).toBeGreaterThan(0);
    const short = previewWindow(seed, 500, 1_000_000);
    expect(short).toEqual({ from: 0, text: seed, cutStart: false, cutEnd: false });
  });
  it('leaves out a citation at an edge that is not a paragraph break (it may be a fragment)', () => {
    const line = 'See Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 24 (2008). '.repeat(4000); // no paragraph break at all
    const w = previewWindow(line, line.length / 2);
    expect(w.cutStart && w.cutEnd).toBe(true);
    const spans = previewSpans(w);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(s.start - w.from >= 200 && w.from + w.text.length - s.end >= 200).toBe(true);
  });
  it('refuses a window over one upload chunk', () => {
    expect(() => previewSpans({ from: 0, text: 'x'.repeat(UPLOAD_CHUNK_CHARS + 1), cutStart: false, cutEnd: false })).toThrow(/at most/);
  });
});
