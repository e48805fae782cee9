/**
 * Backups of any size: written as parts (one page of rows each) that join into the same
 * document `makeBackup` describes, carrying the reader's options from extension storage,
 * and restored by the page (lib/ext/export-service.ts) with those options written back.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addAnnotation, backupParts, deleteAnnotation, makeBackup, openLensDb, saveOpinion } from '../../../lib/db/index';
import { exportLibraryBlob, importBlob, importSummary, MAX_IMPORT_BYTES, type SettingsStorage } from '../../../lib/ext/export-service';
import { defaultSettings, migrateSettings, SETTINGS_KEY } from '../../../lib/ext/settings';
import { makeAnalysis, note } from '../export/fixtures';

let n = 0;
const fresh = () => openLensDb(`backup-test-${++n}-${Date.now()}`);
const a = makeAnalysis();
const OPINION = 'https://www.courtlistener.com/opinion/4800000/roman-catholic-diocese/';
const NOW = new Date('2026-12-02T09:00:00Z');

/** `browser.storage.local` as a Map (what the page passes in). */
function storage(initial: Record<string, unknown> = {}): SettingsStorage & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (key) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
}

async function library(notes: number) {
  const db = await fresh();
  await saveOpinion(db, a, 'hash-1', Date.parse('2026-11-30T00:00:00Z'));
  for (let i = 0; i < notes; i++) {
    const r = await addAnnotation(db, { ...note(a, 'unquestionably constitutes irreparable injury', `note ${i}`, ['harm'], `urn:uuid:n-${String(i).padStart(3, '0')}`) }, new Date(NOW.getTime() - 1000 * (i + 1)));
    expect(r.ok).toBe(true);
  }
  return db;
}

describe('backupParts', () => {
  it.each([1, 2, 3, 7, 2000])('with pages of %i row(s) joins into the backup makeBackup makes', async (pageSize) => {
    const db = await library(7);
    await deleteAnnotation(db, 'urn:uuid:n-003'); // deleted notes are not backed up
    const extra = [{ id: SETTINGS_KEY, schema: 2, value: defaultSettings() }];
    const parts = await backupParts(db, NOW, extra, pageSize);
    const whole = JSON.parse(JSON.stringify(await makeBackup(db, NOW, extra)));
    expect(JSON.parse(parts.join(''))).toEqual(whole);
    expect(whole.annotations).toHaveLength(6);
    // no part holds more than one page of rows: one row a line
    for (const p of parts) expect(p.split('\n').filter((l) => l.startsWith('{"id"')).length).toBeLessThanOrEqual(Math.max(pageSize, 2));
    db.close();
  });

  it('an empty library is a valid, empty backup', async () => {
    const db = await fresh();
    expect(JSON.parse((await backupParts(db, NOW)).join(''))).toEqual({ format: 'injunction-lens-backup', formatVersion: 1, exportedAt: NOW.toISOString(), settings: [], opinions: [], annotations: [] });
    db.close();
  });
});

describe('a backup carries the reader’s options', () => {
  const mine = { ...defaultSettings(), autoRun: false, sites: { justia: false }, colours: { ...defaultSettings().colours, harm: '#112233' }, visible: { ...defaultSettings().visible, bond: false } };

  it('round trip: exported with them, restored with them (into storage, not the database)', async () => {
    const src = await library(3);
    const file = await exportLibraryBlob(src, 'backup', storage({ [SETTINGS_KEY]: mine }), NOW);
    expect(file.filename).toBe('injunction-lens-backup-2026-12-02.json');
    expect(file.blob.type).toBe('application/json');
    const doc = JSON.parse(await file.blob.text());
    expect(doc.settings).toEqual([{ id: SETTINGS_KEY, schema: 2, value: mine }]);

    const dst = await fresh();
    const store = storage();
    const r = await importBlob(dst, file.blob, store, NOW.getTime());
    expect(r).toEqual({ kind: 'backup', added: 4, updated: 0, unchanged: 0, futureDates: 0, settingsRestored: true });
    expect(store.data.get(SETTINGS_KEY)).toEqual(mine);
    expect(await dst.settings.get(SETTINGS_KEY)).toBeUndefined();
    expect(await dst.annotations.count()).toBe(3);
    expect(importSummary(r)).toBe('Restored the backup: 4 new or newer item(s) (opinions, notes, labels); 0 were already here. Your options were restored.');
    src.close();
    dst.close();
  });

  it('a reader who never changed an option backs up the defaults', async () => {
    const db = await fresh();
    const doc = JSON.parse(await (await exportLibraryBlob(db, 'backup', storage(), NOW)).blob.text());
    expect(doc.settings).toEqual([{ id: SETTINGS_KEY, schema: 2, value: defaultSettings() }]);
    db.close();
  });

  it.each([
    ['an old backup with no settings list', {}],
    ['an old backup with an empty settings list', { settings: [] }],
  ])('%s still imports, and leaves the options alone', async (_name, over) => {
    const db = await fresh();
    const store = storage({ [SETTINGS_KEY]: mine });
    const text = JSON.stringify({ format: 'injunction-lens-backup', formatVersion: 1, exportedAt: '2026-11-20T00:00:00Z', opinions: [], annotations: [], ...over });
    const r = await importBlob(db, new Blob([text]), store, NOW.getTime());
    expect(r).toMatchObject({ kind: 'backup', added: 0, settingsRestored: false });
    expect(store.data.get(SETTINGS_KEY)).toEqual(mine);
    db.close();
  });

  it('options from a file go through migrateSettings (inherited keys and __proto__ ignored)', async () => {
    const db = await fresh();
    const store = storage();
    const text = `{"format":"injunction-lens-backup","formatVersion":1,"exportedAt":"2026-11-20T00:00:00Z","opinions":[],"annotations":[],
      "settings":[{"id":"${SETTINGS_KEY}","schema":2,"value":{"__proto__":{"autoRun":false},"autoRun":"yes","visible":{"toString":false,"harm":false},"colours":{"harm":"red"}}}]}`;
    const r = await importBlob(db, new Blob([text]), store, NOW.getTime());
    expect(r.settingsRestored).toBe(true);
    expect(store.data.get(SETTINGS_KEY)).toEqual({ ...defaultSettings(), visible: { ...defaultSettings().visible, harm: false } });
    expect(migrateSettings(store.data.get(SETTINGS_KEY))).toEqual(store.data.get(SETTINGS_KEY));
    db.close();
  });

  it('a refused file changes neither the library nor the options', async () => {
    const db = await library(1);
    const store = storage({ [SETTINGS_KEY]: mine });
    const text = JSON.stringify({ format: 'injunction-lens-backup', formatVersion: 1, opinions: [], annotations: [{ id: 'x' }], settings: [{ id: SETTINGS_KEY, schema: 2, value: defaultSettings() }] });
    await expect(importBlob(db, new Blob([text]), store, NOW.getTime())).rejects.toThrow(/^Nothing was restored: annotation 1: "kind"/);
    expect(store.data.get(SETTINGS_KEY)).toEqual(mine);
    expect(await db.annotations.count()).toBe(1);
    db.close();
  });
});

describe('import limits are said in words', () => {
  it('a file over the limit is refused before it is read', async () => {
    const db = await fresh();
    const huge = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    await expect(importBlob(db, huge, storage(), NOW.getTime())).rejects.toThrow('the file is 257 MB, and Injunction Lens reads files up to 256 MB. Nothing was changed.');
    db.close();
  });

  it('a file that cannot be read says so', async () => {
    const db = await fresh();
    const broken = { size: 10, text: () => Promise.reject(new Error('NotReadableError')) } as unknown as Blob;
    await expect(importBlob(db, broken, storage(), NOW.getTime())).rejects.toThrow('the file could not be read (NotReadableError). Nothing was changed.');
    db.close();
  });

  it('future dates dropped are counted for the reader', async () => {
    const db = await fresh();
    const ann = { id: 'urn:uuid:x', opinionId: OPINION, kind: 'highlight', selectors: [{ type: 'TextQuoteSelector', exact: 'harm', prefix: '', suffix: '' }], note: 'n', tags: [], created: '2026-11-01T00:00:00Z', modified: '9999' };
    const text = JSON.stringify({ format: 'injunction-lens-backup', formatVersion: 1, opinions: [], annotations: [ann] });
    const r = await importBlob(db, new Blob([text]), storage(), NOW.getTime());
    expect(importSummary(r)).toBe('Restored the backup: 1 new or newer item(s) (opinions, notes, labels); 0 were already here. 1 date(s) lay in the future and were ignored (their notes are kept).');
    db.close();
  });
});
