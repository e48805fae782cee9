/**
 * The background's cache in front of the database: a revisit that knows its text's key
 * gets the analysis back without sending the text; a key that does not match the stored
 * text is a miss, never a wrong analysis.
 */
import { describe, expect, it } from 'vitest';
import { analysisCache, type AnalysisStore } from '../../../lib/ext/analysis-cache';
import { nearViewport } from '../../../lib/ext/near-viewport';
import { textKey } from '../../../lib/text-key';
import { ANALYZER_VERSION } from '../../../lib/version';
import type { Analysis } from '../../../lib/types';
import { makeAnalysis } from '../db/analysis-factory';

/** A store over a Map, as the database store behaves (by hash, by text key). */
function mapStore(): AnalysisStore & { rows: Map<string, Analysis> } {
  const rows = new Map<string, Analysis>();
  return {
    rows,
    get: async (hash, version) => rows.get(`${hash}@${version}`) ?? null,
    put: async (hash, version, a) => rows.set(`${hash}@${version}`, a),
    byTextKey: async (key, version) => {
      for (const [id, a] of rows) if (id.endsWith(`@${version}`) && textKey(a.text) === key) return { hash: id.split('@')[0], analysis: a };
      return null;
    },
  };
}

describe('analysisCache', () => {
  it('analyses once, then answers by hash and by text key', async () => {
    const store = mapStore();
    const cache = analysisCache(store);
    const a = makeAnalysis();
    let runs = 0;
    const first = await cache.analyzeCached(a.text, () => (runs++, a));
    expect(first.fromCache).toBe(false);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    const again = await cache.analyzeCached(a.text, () => (runs++, a));
    expect(again.fromCache).toBe(true);
    expect(runs).toBe(1);
    const byKey = await cache.byTextKey(textKey(a.text));
    expect(byKey?.hash).toBe(first.hash);
    expect(byKey?.analysis.text).toBe(a.text);
    expect(await cache.byTextKey(textKey(a.text + '.'))).toBeNull();
  });

  it('finds an analysis the database kept from an earlier session (empty memory)', async () => {
    const store = mapStore();
    const a = makeAnalysis();
    await analysisCache(store).analyzeCached(a.text, () => a);
    await Promise.resolve();
    expect(store.rows.size).toBe(1);
    expect([...store.rows.keys()][0]).toMatch(new RegExp(`@${ANALYZER_VERSION.replace(/\./g, '\\.')}$`));
    const later = analysisCache(store);
    expect((await later.byTextKey(textKey(a.text)))?.analysis.paragraphs.length).toBe(a.paragraphs.length);
  });

  it('misses when the store answers a key with another text, and when it fails', async () => {
    const a = makeAnalysis();
    const other = { ...a, text: a.text.replace('injunction', 'injunctions') };
    const lying: AnalysisStore = { get: async () => null, put: async () => null, byTextKey: async () => ({ hash: 'x', analysis: other }) };
    expect(await analysisCache(lying).byTextKey(textKey(a.text))).toBeNull();
    const broken: AnalysisStore = { get: async () => null, put: async () => null, byTextKey: async () => Promise.reject(new Error('QuotaExceededError')) };
    expect(await analysisCache(broken).byTextKey(textKey(a.text))).toBeNull();
    expect(await analysisCache(null).byTextKey(textKey(a.text))).toBeNull();
  });
});

describe('textKey', () => {
  it.each([
    ['', '0-9jkofk-17wdrqx'],
    ['Winter v. NRDC', 'e-1c0vtyy-1kkktpu'],
    ['Winter v. NRDC.', 'f-1bfl2j7-ys0hsy'],
  ])('%j → %s', (text, key) => {
    expect(textKey(text)).toBe(key);
  });
  it('changes with one character anywhere in a long text', () => {
    const text = 'The balance of equities tips in the movant\'s favor. '.repeat(5000);
    const keys = new Set([text, text.slice(0, 1000) + 'T' + text.slice(1001), text.slice(0, -1) + '!', text + ' '].map(textKey));
    expect(keys.size).toBe(4);
  });
});

describe('nearViewport', () => {
  const para = (index: number, start: number, end: number, continuation?: { start: number; end: number }[]) =>
    ({ index, start, end, kind: 'body', heading: null, factors: [], continuation }) as unknown as Analysis['paragraphs'][number];
  const cite = (start: number) => ({ start, end: start + 10 }) as unknown as Analysis['citations'][number];
  it('keeps what touches the window around the reader, continuations included', () => {
    const a = {
      paragraphs: [para(0, 0, 100), para(1, 100, 60_000), para(2, 60_000, 90_000, [{ start: 200_000, end: 200_100 }]), para(3, 150_000, 160_000)],
      citations: [cite(50), cite(94_000), cite(96_000), cite(199_990)],
    };
    const near = nearViewport(a, 50_000);
    expect(near.paragraphs.map((p) => p.index)).toEqual([1, 2]);
    expect(near.citations.map((c) => c.start)).toEqual([94_000]);
    expect(nearViewport(a, 200_000).paragraphs.map((p) => p.index)).toEqual([2, 3]);
  });
});
