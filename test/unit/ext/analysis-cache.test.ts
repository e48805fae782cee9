/**
 * The background's cache in front of the database: a revisit that knows its text's key
 * gets the analysis back without sending the text; a key that does not match the stored
 * text is a miss, never a wrong analysis.
 */
import { describe, expect, it } from 'vitest';
import { analysisCache, contextKey, readKey, type AnalysisStore } from '../../../lib/ext/analysis-cache';
import { nearViewport } from '../../../lib/ext/near-viewport';
import { textKey } from '../../../lib/text-key';
import { ANALYZER_VERSION } from '../../../lib/version';
import type { Analysis } from '../../../lib/types';
import { makeAnalysis } from '../db/analysis-factory';

/** A store over a Map, as the database store behaves (by hash and context, by the key it was put with). */
function mapStore(): AnalysisStore & { rows: Map<string, Analysis> } {
  const rows = new Map<string, Analysis>();
  const keys = new Map<string, string>();
  const id = (hash: string, version: string, context?: string) => (context ? `${hash}~${context}@${version}` : `${hash}@${version}`);
  return {
    rows,
    get: async (hash, version, context) => rows.get(id(hash, version, context)) ?? null,
    put: async (hash, version, a, key, context) => {
      rows.set(id(hash, version, context), a);
      keys.set(`${key ?? textKey(a.text)}@${version}`, id(hash, version, context));
    },
    byTextKey: async (key, version) => {
      const row = keys.get(`${key}@${version}`);
      return row ? { hash: row.split(/[~@]/)[0], analysis: rows.get(row)! } : null;
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

// The same text read with other hints is another analysis (issue #16: the core takes the
// site's hints, so a verdict made with Westlaw's star pages is not a text file's).
describe('analysisCache: by text and what the page read it with', () => {
  const a = makeAnalysis();
  const hinted = { ...a, pages: [{ start: 4, page: '833' }] };
  const WESTLAW = { hints: { pages: [{ offset: 0, page: '833' }] }, page: { linkDensity: 0.01, captionedItems: 0, siteLayout: true } };
  const OTHER_PAGE = { hints: { pages: [{ offset: 0, page: '834' }] }, page: WESTLAW.page };

  it.each([
    ['no hints, no page', {}, ''],
    ['empty hints, no page', { hints: {} }, ''],
    ['the same hints and evidence, keys in another order', { page: { siteLayout: true, captionedItems: 0, linkDensity: 0.01 }, hints: { pages: [{ page: '833', offset: 0 }] } }, contextKey(WESTLAW)],
  ])('contextKey: %s', (_name, read, key) => {
    expect(contextKey(read)).toBe(key);
  });

  it('tells apart hints, evidence and their absence', () => {
    const keys = [contextKey({}), contextKey(WESTLAW), contextKey(OTHER_PAGE), contextKey({ hints: WESTLAW.hints }), contextKey({ page: WESTLAW.page })];
    expect(new Set(keys).size).toBe(5);
    expect(contextKey(WESTLAW)).toMatch(/^[0-9a-z]+-[0-9a-z]+-[0-9a-z]+$/);
  });

  it('analyses the same text again when its hints differ, and finds each by its own', async () => {
    const store = mapStore();
    const cache = analysisCache(store);
    let runs = 0;
    const plain = await cache.analyzeCached(a.text, () => (runs++, a));
    const paged = await cache.analyzeCached(a.text, () => (runs++, hinted), { context: contextKey(WESTLAW), site: 'westlaw' });
    const other = await cache.analyzeCached(a.text, () => (runs++, { ...hinted, pages: [] }), { context: contextKey(OTHER_PAGE), site: 'westlaw' });
    expect(runs).toBe(3);
    expect([plain.fromCache, paged.fromCache, other.fromCache]).toEqual([false, false, false]);
    // one opinion in the library whatever it was read with: the hash is the text's
    expect(new Set([plain.hash, paged.hash, other.hash]).size).toBe(1);
    expect(store.rows.size).toBe(3);
    const again = await cache.analyzeCached(a.text, () => (runs++, a), { context: contextKey(WESTLAW), site: 'westlaw' });
    expect([again.fromCache, again.analysis.pages, runs]).toEqual([true, [{ start: 4, page: '833' }], 3]);
    expect((await cache.analyzeCached(a.text, () => (runs++, a))).analysis.pages).toEqual(a.pages);
    expect(runs).toBe(3);
  });

  it('answers a revisit by key with the analysis the same site’s reader made, not a text file’s', async () => {
    const store = mapStore();
    await analysisCache(store).analyzeCached(a.text, () => a);
    const later = analysisCache(store);
    expect(await later.byTextKey(textKey(a.text), 'westlaw')).toBeNull();
    await analysisCache(store).analyzeCached(a.text, () => hinted, { context: contextKey(WESTLAW), site: 'westlaw' });
    const fresh = analysisCache(store);
    expect((await fresh.byTextKey(textKey(a.text), 'westlaw'))?.analysis.pages).toEqual(hinted.pages);
    expect((await fresh.byTextKey(textKey(a.text)))?.analysis.pages).toEqual(a.pages);
    expect(readKey('1a-x-y', 'westlaw')).toBe('1a-x-y@westlaw');
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
