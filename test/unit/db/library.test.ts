import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addAnnotation,
  deleteAnnotation,
  libraryForExport,
  listTagged,
  openLensDb,
  purgeDeleted,
  putAnalysis,
  saveOpinion,
  undoDelete,
} from '../../../lib/db/index';
import { exportLibrary } from '../../../lib/export/index';
import { makeAnalysis } from './analysis-factory';

let n = 0;
const fresh = () => openLensDb(`library-test-${++n}-${Date.now()}`);
const sel = (exact: string, start: number) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector' as const, start, end: start + exact.length }];

describe('library export from the database', () => {
  it('pairs each opinion with its cached analysis (current analyser first) and lists those without one', async () => {
    const db = await fresh();
    const a = makeAnalysis();
    const b = makeAnalysis({ document: { ...a.document, title: 'Tandon v. Newsom', source: { url: 'https://example.test/tandon', site: null } } });
    await saveOpinion(db, a, 'ha', 2);
    await saveOpinion(db, b, 'hb', 1);
    await putAnalysis(db, 'ha', 'lens-old', { ...a, analyzer: 'lens-old' }, 1);
    await putAnalysis(db, 'ha', 'lens-new', { ...a, analyzer: 'lens-new' }, 0);
    await addAnnotation(db, { opinionId: 'https://www.courtlistener.com/opinion/1/roman-catholic-diocese/', selectors: sel('irreparable harm', 0), note: 'see Elrod' });
    const lib = await libraryForExport(db, 'lens-new');
    expect(lib.items.map((i) => [i.analysis.analyzer, i.annotations.map((x) => x.note)])).toEqual([['lens-new', ['see Elrod']]]);
    expect(lib.missing.map((o) => o.title)).toEqual(['Tandon v. Newsom']);
    expect(exportLibrary('md', lib.items)).toContain('see Elrod');
    db.close();
  });
});

describe('tags, purge and settings', () => {
  it('lists by tag, restores until purged', async () => {
    const db = await fresh();
    const r = await addAnnotation(db, { opinionId: 'op', selectors: sel('balance of hardships', 5), tags: ['#Equities'] });
    if (!r.ok) throw new Error(r.message);
    expect((await listTagged(db, 'equities ')).map((x) => x.id)).toEqual([r.value.id]);
    await deleteAnnotation(db, r.value.id, 100);
    expect(await listTagged(db, 'equities')).toEqual([]);
    expect(await purgeDeleted(db, 50)).toBe(0);
    expect(await purgeDeleted(db, 101)).toBe(1);
    expect(await undoDelete(db, r.value.id)).toMatchObject({ ok: false, error: 'not-found' });
    db.close();
  });
});
