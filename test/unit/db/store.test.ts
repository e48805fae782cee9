import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addAnnotation,
  deleteAnnotation,
  getCachedAnalysis,
  listAnnotations,
  openLensDb,
  pruneAnalyses,
  putAnalysis,
  saveOpinion,
  undoDelete,
  updateAnnotation,
} from '../../../lib/db/index';
import { makeAnalysis } from './analysis-factory';

let n = 0;
const fresh = () => openLensDb(`store-test-${++n}-${Date.now()}`);
const sel = (exact: string, start: number) => [
  { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
];

describe('cached analyses', () => {
  it('returns the analysis for the same hash and analyser version only', async () => {
    const db = await fresh();
    const a = makeAnalysis();
    expect(await putAnalysis(db, 'abc', 'lens-0.1.0', a)).toEqual({ ok: true, value: undefined });
    expect((await getCachedAnalysis(db, 'abc', 'lens-0.1.0'))?.text).toBe(a.text);
    expect(await getCachedAnalysis(db, 'abc', 'lens-0.2.0')).toBeNull();
    expect(await getCachedAnalysis(db, 'abd', 'lens-0.1.0')).toBeNull();
    await putAnalysis(db, 'old', 'lens-0.0.9', a);
    expect(await pruneAnalyses(db, 'lens-0.1.0')).toBe(1);
    expect(await db.analyses.count()).toBe(1);
    db.close();
  });

  it('keeps the same text read in another context (the page’s hints) apart, under the text’s own hash', async () => {
    const db = await fresh();
    const a = makeAnalysis();
    const paged = { ...a, pages: [{ start: 4, page: '833' }] };
    await putAnalysis(db, 'abc', 'v1', a);
    await putAnalysis(db, 'abc', 'v1', paged, 1, 'tk@westlaw', 'ctx1');
    expect((await getCachedAnalysis(db, 'abc', 'v1'))?.pages).toEqual(a.pages);
    expect((await getCachedAnalysis(db, 'abc', 'v1', 'ctx1'))?.pages).toEqual(paged.pages);
    expect(await getCachedAnalysis(db, 'abc', 'v1', 'ctx2')).toBeNull();
    // the library finds an opinion's analyses by the text's hash, whatever they were read with
    expect((await db.analyses.where('hash').equals('abc').toArray()).map((r) => r.id).sort()).toEqual(['abc@v1', 'abc~ctx1@v1']);
    db.close();
  });

  it('reports a full disk as a quota result and keeps the cached analysis and opinion it had', async () => {
    const db = await fresh();
    const a = makeAnalysis();
    await putAnalysis(db, 'abc', 'v1', a);
    await saveOpinion(db, a, 'abc', 1);
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    db.analyses.hook('creating', full);
    db.opinions.hook('updating', full);
    expect(await putAnalysis(db, 'def', 'v1', a)).toMatchObject({ ok: false, error: 'quota' });
    expect(await saveOpinion(db, a, 'abc', 2)).toMatchObject({ ok: false, error: 'quota' });
    expect((await getCachedAnalysis(db, 'abc', 'v1'))?.text).toBe(a.text);
    expect((await db.opinions.toArray()).map((o) => o.lastOpened)).toEqual([1]);
    db.close();
  });
});

describe('opinions', () => {
  it('stores the library row with relief, outcome and finding tokens', async () => {
    const db = await fresh();
    const r = await saveOpinion(db, makeAnalysis(), 'h1', 5);
    expect(r.ok).toBe(true);
    const row = await db.opinions.get('https://www.courtlistener.com/opinion/1/roman-catholic-diocese/');
    expect(row).toMatchObject({ court: 'scotus', relief: 'preliminary_injunction', outcome: 'granted', lastOpened: 5, textHash: 'h1' });
    expect(row!.findings).toEqual(expect.arrayContaining(['success:movant', 'harm:movant', 'harm:presumed']));
    db.close();
  });
});

describe('annotations', () => {
  it('adds, updates, deletes and restores', async () => {
    const db = await fresh();
    const added = await addAnnotation(db, { opinionId: 'op', selectors: sel('irreparable harm', 10), note: 'Elrod', tags: ['Harm'] });
    if (!added.ok) throw new Error(added.message);
    expect(added.value.id).toMatch(/^urn:uuid:/);
    expect(added.value.tags).toEqual(['harm']);
    const upd = await updateAnnotation(db, added.value.id, { note: 'Elrod v. Burns' });
    expect(upd.ok && upd.value.note).toBe('Elrod v. Burns');
    expect(await deleteAnnotation(db, added.value.id)).toEqual({ ok: true, value: undefined });
    expect(await listAnnotations(db, 'op')).toEqual([]);
    expect((await updateAnnotation(db, added.value.id, { note: 'x' })).ok).toBe(false);
    await undoDelete(db, added.value.id);
    expect((await listAnnotations(db, 'op')).map((a) => a.note)).toEqual(['Elrod v. Burns']);
    db.close();
  });

  it('rejects an override without factor and a highlight without a place', async () => {
    const db = await fresh();
    const r1 = await addAnnotation(db, { opinionId: 'op', selectors: [], note: 'x' });
    expect(r1).toMatchObject({ ok: false, error: 'invalid' });
    const r2 = await addAnnotation(db, { opinionId: 'op', selectors: sel('x', 0), kind: 'override' });
    expect(r2).toMatchObject({ ok: false, error: 'invalid' });
    expect(await db.annotations.count()).toBe(0);
    db.close();
  });

  it('keeps both edits when two tabs update the same annotation at once', async () => {
    const name = `two-tabs-${Date.now()}`;
    const tab1 = await openLensDb(name);
    const tab2 = await openLensDb(name);
    const added = await addAnnotation(tab1, { opinionId: 'op', selectors: sel('balance of equities', 0) });
    if (!added.ok) throw new Error(added.message);
    await Promise.all([updateAnnotation(tab1, added.value.id, { note: 'tips sharply' }), updateAnnotation(tab2, added.value.id, { tags: ['equities'] })]);
    const [a] = await listAnnotations(tab1, 'op');
    expect([a.note, a.tags]).toEqual(['tips sharply', ['equities']]);
    tab1.close();
    tab2.close();
  });

  it('turns a full disk into a quota result and loses nothing saved before', async () => {
    const db = await fresh();
    const first = await addAnnotation(db, { opinionId: 'op', selectors: sel('public interest', 0), note: 'kept' });
    expect(first.ok).toBe(true);
    db.annotations.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    db.annotations.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const second = await addAnnotation(db, { opinionId: 'op', selectors: sel('bond', 20), note: 'lost' });
    expect(second).toMatchObject({ ok: false, error: 'quota' });
    expect(!second.ok && second.message).toMatch(/Storage is full/);
    const upd = await updateAnnotation(db, first.ok ? first.value.id : '', { note: 'changed' });
    expect(upd).toMatchObject({ ok: false, error: 'quota' });
    expect((await listAnnotations(db, 'op')).map((a) => a.note)).toEqual(['kept']);
    db.close();
  });
});
