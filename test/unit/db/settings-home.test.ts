/**
 * The reader's options have one home, `storage.local` (lib/ext/settings-store.ts): read and
 * written only through it, heard changing in every context, carried by a backup and put back
 * by a restore. Options an earlier build left in the database's settings table move there
 * once (lib/db/settings.ts), and an old database still opens with its own rows.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { moveSettingOut, openLensDb } from '../../../lib/db/index';
import { declareV1 } from '../../../lib/db/schema';
import { REVISION_KEY } from '../../../lib/db/revision';
import { exportLibraryBlob, importBlob } from '../../../lib/ext/export-service';
import { defaultSettings, SETTINGS_KEY, type Settings } from '../../../lib/ext/settings';
import { adoptOldOptions, onSettingsChanged, readSettings, updateSettings, writeSettings, type SettingsArea, type StorageChanges } from '../../../lib/ext/settings-store';

let n = 0;
const fresh = () => `settings-home-${++n}-${Date.now()}`;
const NOW = new Date('2026-12-02T09:00:00Z');

/** `browser.storage.local` as a Map, counting its writes. */
function area(initial: Record<string, unknown> = {}): SettingsArea & { data: Map<string, unknown>; writes: number } {
  const data = new Map(Object.entries(initial));
  const place = {
    data,
    writes: 0,
    get: async (key: string) => (data.has(key) ? { [key]: structuredClone(data.get(key)) } : {}),
    set: async (items: Record<string, unknown>) => {
      place.writes++;
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
  };
  return place;
}

const mine: Settings = { ...defaultSettings(), autoRun: false, sites: { justia: false }, colours: { ...defaultSettings().colours, harm: '#112233' }, paragraphWash: true };

describe('readSettings / writeSettings / updateSettings', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings(area())).toEqual(defaultSettings());
  });

  it('reads a version-1 value upgraded (its hidden factors become switches off)', async () => {
    const stored = area({ [SETTINGS_KEY]: { version: 1, autoRun: false, hidden: ['bond'], colours: { harm: '#112233' } } });
    expect(await readSettings(stored)).toEqual({ ...defaultSettings(), autoRun: false, colours: { ...defaultSettings().colours, harm: '#112233' }, visible: { ...defaultSettings().visible, bond: false } });
  });

  it('reads what a broken write or a restored file left safely (a bad colour and __proto__ dropped)', async () => {
    const stored = area({ [SETTINGS_KEY]: JSON.parse('{"autoRun":false,"colours":{"harm":"red"},"__proto__":{"x":1}}') });
    expect(await readSettings(stored)).toEqual({ ...defaultSettings(), autoRun: false });
  });

  it('writes only valid settings, and returns what it wrote', async () => {
    const stored = area();
    expect(await writeSettings(stored, { ...mine, colours: { ...mine.colours, bond: 'not a colour' } })).toEqual(mine);
    expect(stored.data.get(SETTINGS_KEY)).toEqual(mine);
  });

  it('changes one field and keeps the others as stored (the legend’s wash switch)', async () => {
    const stored = area({ [SETTINGS_KEY]: mine });
    expect(await updateSettings(stored, { paragraphWash: false })).toEqual({ ...mine, paragraphWash: false });
    expect(stored.data.get(SETTINGS_KEY)).toEqual({ ...mine, paragraphWash: false });
  });
});

describe('onSettingsChanged', () => {
  it('hears the options change in storage.local, read through the checks, and nothing else', () => {
    let listener: Parameters<StorageChanges['addListener']>[0] | null = null;
    const events: StorageChanges = { addListener: (cb) => void (listener = cb), removeListener: () => void (listener = null) };
    const heard: Settings[] = [];
    const stop = onSettingsChanged(events, (s) => heard.push(s));
    listener!({ other: { newValue: 1 } }, 'local');
    listener!({ [SETTINGS_KEY]: { newValue: { autoRun: false } } }, 'sync');
    listener!({ [SETTINGS_KEY]: { newValue: { paragraphWash: true, colours: { harm: 'red' } } } }, 'local');
    expect(heard).toEqual([{ ...defaultSettings(), paragraphWash: true }]);
    stop();
    expect(listener).toBeNull();
  });
});

describe('options an earlier build left in the database', () => {
  const moveHome = (db: Awaited<ReturnType<typeof openLensDb>>, to: SettingsArea) => moveSettingOut(db, SETTINGS_KEY, (old) => adoptOldOptions(to, old));

  it('move to storage.local once, and the row goes', async () => {
    const db = await openLensDb(fresh());
    await db.settings.put({ id: SETTINGS_KEY, schema: 2, value: mine });
    const to = area();
    expect(await moveHome(db, to)).toBe(true);
    expect(await readSettings(to)).toEqual(mine);
    expect(await db.settings.get(SETTINGS_KEY)).toBeUndefined();
    // nothing left to move the next time
    expect(await moveHome(db, to)).toBe(false);
    expect(to.writes).toBe(1);
    db.close();
  });

  it('do not overwrite options already in storage.local (every build read and wrote those)', async () => {
    const db = await openLensDb(fresh());
    await db.settings.put({ id: SETTINGS_KEY, schema: 2, value: defaultSettings() });
    const to = area({ [SETTINGS_KEY]: mine });
    expect(await moveHome(db, to)).toBe(true);
    expect(await readSettings(to)).toEqual(mine);
    expect(await db.settings.get(SETTINGS_KEY)).toBeUndefined();
    db.close();
  });

  it('stay in the row when storage refuses the write, to be moved next time', async () => {
    const db = await openLensDb(fresh());
    await db.settings.put({ id: SETTINGS_KEY, schema: 2, value: mine });
    const full: SettingsArea = { get: async () => ({}), set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) };
    await expect(moveHome(db, full)).rejects.toThrow('QUOTA_BYTES');
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(mine);
    db.close();
  });

  it('a version-1 database opens with its own rows kept, and its options row moves out', async () => {
    const name = fresh();
    const old = new Dexie(name);
    declareV1(old);
    await old.open();
    await old.table('settings').bulkPut([
      { id: REVISION_KEY, schema: 1, value: 7 },
      { id: SETTINGS_KEY, schema: 2, value: mine },
    ]);
    old.close();
    const db = await openLensDb(name);
    const to = area();
    expect(await moveHome(db, to)).toBe(true);
    expect(await readSettings(to)).toEqual(mine);
    expect((await db.settings.toArray()).map((r) => [r.id, r.value])).toEqual([[REVISION_KEY, 7]]);
    db.close();
  });
});

describe('the options in a backup', () => {
  it('are read from storage.local into the backup and a restore puts them back there, not in the database', async () => {
    const from = await openLensDb(fresh());
    const file = await exportLibraryBlob(from, 'backup', area({ [SETTINGS_KEY]: mine }), NOW);
    expect(JSON.parse(await file.blob.text()).settings).toEqual([{ id: SETTINGS_KEY, schema: 2, value: mine }]);
    const to = await openLensDb(fresh());
    const home = area();
    const r = await importBlob(to, file.blob, home, NOW.getTime());
    expect(r.settingsRestored).toBe(true);
    expect(await readSettings(home)).toEqual(mine);
    expect(await to.settings.get(SETTINGS_KEY)).toBeUndefined();
    from.close();
    to.close();
  });
});
