import { describe, expect, it } from 'vitest';
import { cohenKappa, compare } from '../../../scripts/corpus-agreement';
import { drawSplit, stratum, type ManifestRow } from '../../../scripts/corpus-split';

const rep = (n: number, pair: [string, string]) => Array.from({ length: n }, () => pair);

describe("Cohen's kappa", () => {
  it.each([
    // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: observed 0.7, chance 0.5 → 0.4
    ['textbook 2×2', [...rep(20, ['y', 'y']), ...rep(5, ['y', 'n']), ...rep(10, ['n', 'y']), ...rep(15, ['n', 'n'])], 0.4],
    ['perfect agreement', [...rep(3, ['a', 'a']), ...rep(2, ['b', 'b'])], 1],
    ['agreement no better than chance', [...rep(1, ['a', 'a']), ...rep(1, ['a', 'b']), ...rep(1, ['b', 'a']), ...rep(1, ['b', 'b'])], 0],
  ] as const)('%s', (_, pairs, want) => {
    expect(cohenKappa(pairs as unknown as [string, string][])).toBeCloseTo(want, 6);
  });
  it('is undefined with nothing to compare', () => expect(cohenKappa([])).toBeNull());
});

describe('comparing two labellings', () => {
  it('pairs paragraphs by their first words and lists each disagreement', () => {
    type P = { startsWith: string; labels: Record<string, string> };
    const a = { standard: { relief: 'tro' }, disposition: 'denied', paragraphs: [{ startsWith: 'To obtain a TRO', labels: { standard: 'law' } }, { startsWith: 'Plaintiff has not shown', labels: { harm: 'nonmovant' } }] as P[] };
    const b = { standard: { relief: 'tro' }, disposition: 'denied', paragraphs: [{ startsWith: 'To obtain a TRO', labels: { standard: 'law' } }, { startsWith: 'Plaintiff has not shown', labels: { harm: 'neutral', success: 'nonmovant' } }] as P[] };
    const r = compare(a, b);
    expect(r.labelPairs).toHaveLength(14);
    expect(r.stancePairs).toEqual([['nonmovant', 'neutral']]);
    expect(r.diffs).toEqual(['"Plaintiff has not shown": success a=– b=nonmovant', '"Plaintiff has not shown": harm a=nonmovant b=neutral']);
  });
});

describe('the locked split', () => {
  const row = (file: string, posture: string, level: string): ManifestRow => ({ file, kind: posture === 'negative' ? 'neg' : 'inj', posture, court: 'x', court_level: level, format: 'courtlistener_text' });
  const rows = [
    ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((f) => row(`${f}.txt`, 'pi', 'district')),
    ...['h', 'i'].map((f) => row(`${f}.txt`, 'stay_pending_appeal', 'circuit')),
    row('j.txt', 'negative', 'state_high'),
  ];
  it('strata are posture group × court level', () => {
    expect(rows.map(stratum)).toEqual([...Array(7).fill('relief/trial'), 'pending_appeal/appellate', 'pending_appeal/appellate', 'negative/high']);
  });
  it('puts at least a third of every stratum on the test side, the same way every time', () => {
    const split = drawSplit(rows, new Map());
    const tests = (prefix: string) => rows.filter((r) => stratum(r) === prefix && split.get(r.file) === 'test').length;
    expect(tests('relief/trial')).toBe(3);
    expect(tests('pending_appeal/appellate')).toBe(1);
    expect(tests('negative/high')).toBe(1);
    expect(drawSplit(rows, new Map())).toEqual(split);
  });
  it('puts a text the rules were built beside ("tune-only" in its notes) on the tune side, whatever the draw', () => {
    // j.txt is the only text of its stratum, so the draw alone would make it a test text
    expect(drawSplit(rows, new Map()).get('j.txt')).toBe('test');
    const seen = rows.map((r) => (r.file === 'j.txt' ? { ...r, notes: 'tune-only: a ../shared text that earlier sessions read while building the rules' } : r));
    expect(drawSplit(seen, new Map()).get('j.txt')).toBe('tune');
  });
  it('never moves a text already placed', () => {
    const locked = new Map([['a.txt', 'tune' as const], ['b.txt', 'tune' as const]]);
    const split = drawSplit(rows, locked);
    expect(split.get('a.txt')).toBe('tune');
    expect(split.get('b.txt')).toBe('tune');
    expect(rows.filter((r) => stratum(r) === 'relief/trial' && split.get(r.file) === 'test').length).toBeGreaterThanOrEqual(3);
  });
});
