import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, getAnalysisByTextKey, LensDbError, listAnnotations, openLensDb, searchLibrary } from '../../../lib/db/index';
import { declareV1, declareV2, type AnnotationRecordV1 } from '../../../lib/db/schema';
import { textKey } from '../../../lib/text-key';

let n = 0;
const fresh = () => `upgrade-test-${++n}-${Date.now()}`;

const quote = (exact: string, start: number) => [
  { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
];

const v1Rows: AnnotationRecordV1[] = [
  { id: 'a1', opinionId: 'op1', selectors: quote('likelihood of success on the merits', 100), note: 'Key holding', tags: ['#Merits', 'merits', ' Winter '], paragraph: 3, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' },
  { id: 'a2', opinionId: 'op1', selectors: quote('irreparable harm', 400), note: '', tags: [], paragraph: 5, override: { factor: 'harm', stance: 'movant' }, created: '2026-01-02T00:00:00.000Z', modified: '2026-01-02T00:00:00.000Z' },
  { id: 'a3', opinionId: 'op1', selectors: quote('balance of equities', 700), note: 'court skipped this', tags: ['equities'], paragraph: 7, override: { factor: 'equities', stance: 'nonmovant' }, created: '2026-01-03T00:00:00.000Z', modified: '2026-01-03T00:00:00.000Z' },
];

async function writeV1(name: string) {
  const old = new Dexie(name);
  declareV1(old);
  await old.open();
  await old.table('annotations').bulkPut(v1Rows);
  await old.table('opinions').put({ id: 'op1', url: 'https://example.test/op1', site: null, title: 'Cohen v. Brown University', court: 'ca1', date: '1993-04-16', docket: null, textHash: 'h1', lastOpened: 1, relief: 'preliminary_injunction', outcome: 'affirmed', findings: ['harm:movant'] });
  await old.table('analyses').put({ id: 'h1@lens-0.0.1', hash: 'h1', version: 'lens-0.0.1', savedAt: 1, analysis: { version: 1 } });
  await old.table('settings').put({ id: 'prefs', schema: 1, value: { colors: true } });
  old.close();
}

describe('schema upgrade v1 → v2', () => {
  it('keeps every opinion, analysis, setting and annotation, splitting overrides into their own rows', async () => {
    const name = fresh();
    await writeV1(name);
    const db = await openLensDb(name);
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.opinions.count()).toBe(1);
    expect(await db.analyses.count()).toBe(1);
    expect((await db.settings.get('prefs'))?.value).toEqual({ colors: true });

    const list = await listAnnotations(db, 'op1');
    expect(list.map((a) => [a.id, a.kind])).toEqual([
      ['a1', 'highlight'],
      ['a2', 'override'],
      ['a3', 'highlight'],
      ['a3#override', 'override'],
    ]);
    const a1 = list.find((a) => a.id === 'a1')!;
    expect(a1.tags).toEqual(['merits', 'winter']);
    expect(a1.note).toBe('Key holding');
    expect(list.find((a) => a.id === 'a2')!.override).toEqual({ factor: 'harm', stance: 'movant' });
    expect(list.find((a) => a.id === 'a3')!.note).toBe('court skipped this');
    expect(list.find((a) => a.id === 'a3#override')!.override).toEqual({ factor: 'equities', stance: 'nonmovant' });

    // the v2 indexes work on migrated rows
    expect((await db.annotations.where('tags').equals('winter').primaryKeys())).toEqual(['a1']);
    const found = await searchLibrary(db, 'holding');
    expect(found.hits[0].annotations.map((a) => a.id)).toEqual(['a1']);
    db.close();
  });

  it('refuses a database written by a newer Lens, with a clear message, and changes nothing', async () => {
    const name = fresh();
    const future = new Dexie(name);
    future.version(DB_VERSION + 1).stores({ annotations: 'id, opinionId, modified, kind, *tags, *words, colour', opinions: 'id', analyses: 'id', settings: 'id' });
    await future.open();
    await future.table('annotations').put({ id: 'z', opinionId: 'op', colour: 'red' });
    future.close();

    const err = await openLensDb(name).catch((e) => e);
    expect(err).toBeInstanceOf(LensDbError);
    expect(err.code).toBe('newer-version');
    expect(err.message).toMatch(/newer than this version of Lens/);

    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(DB_VERSION + 1);
    expect(await again.table('annotations').get('z')).toEqual({ id: 'z', opinionId: 'op', colour: 'red' });
    again.close();
  });
});

describe('schema upgrade v2 → v3', () => {
  it('gives every cached analysis its text key, so a revisit finds it without sending the text', async () => {
    const name = fresh();
    const old = new Dexie(name);
    declareV1(old);
    declareV2(old);
    await old.open();
    const text = 'Plaintiffs move for a preliminary injunction. Winter v. NRDC, 555 U.S. 7, 20 (2008).';
    await old.table('analyses').put({ id: 'h2@lens-0.3.0', hash: 'h2', version: 'lens-0.3.0', savedAt: 2, analysis: { text, version: 1 } });
    await old.table('analyses').put({ id: 'h1@lens-0.0.1', hash: 'h1', version: 'lens-0.0.1', savedAt: 1, analysis: { version: 1 } });
    old.close();

    const db = await openLensDb(name);
    expect(db.verno).toBe(3);
    expect(await db.analyses.count()).toBe(2);
    expect((await db.analyses.get('h2@lens-0.3.0'))?.textKey).toBe(textKey(text));
    // a row with no text keeps no key and is otherwise untouched
    expect(await db.analyses.get('h1@lens-0.0.1')).toEqual({ id: 'h1@lens-0.0.1', hash: 'h1', version: 'lens-0.0.1', savedAt: 1, analysis: { version: 1 } });
    expect((await getAnalysisByTextKey(db, textKey(text), 'lens-0.3.0'))?.hash).toBe('h2');
    expect(await getAnalysisByTextKey(db, textKey(text), 'lens-0.4.0')).toBeNull();
    expect(await getAnalysisByTextKey(db, textKey(text + ' '), 'lens-0.3.0')).toBeNull();
    db.close();
  });
});
