/**
 * The settings table is the reader's options' one home: moved in once from where they lived
 * before (`storage.local`), kept when an old database is opened, backed up and restored with
 * the rest of the library.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { importText, loadSetting, makeBackup, openLensDb, saveSetting, type OldSettingPlace, type SettingSpec } from '../../../lib/db/index';
import { declareV1 } from '../../../lib/db/schema';
import { REVISION_KEY } from '../../../lib/db/revision';
import { defaultSettings, migrateSettings, SETTINGS_KEY, SETTINGS_VERSION, type Settings } from '../../../lib/ext/settings';

let n = 0;
const fresh = () => `settings-home-${++n}-${Date.now()}`;
const NOW = new Date('2026-12-02T09:00:00Z');

/** The reader's options as the extension declares them (lib/ext/settings.ts reads any value). */
const OPTIONS: SettingSpec<Settings> = { id: SETTINGS_KEY, schema: SETTINGS_VERSION, read: (v) => migrateSettings(v) };

/** `browser.storage.local` as a Map, counting its reads. */
function oldPlace(initial: Record<string, unknown> = {}): OldSettingPlace & { data: Map<string, unknown>; reads: number } {
  const data = new Map(Object.entries(initial));
  const place = {
    data,
    reads: 0,
    get: async (key: string) => {
      place.reads++;
      return data.has(key) ? { [key]: structuredClone(data.get(key)) } : {};
    },
    remove: async (key: string) => void data.delete(key),
  };
  return place;
}

const mine: Settings = { ...defaultSettings(), autoRun: false, sites: { justia: false }, colours: { ...defaultSettings().colours, harm: '#112233' } };

describe('loadSetting', () => {
  it('gives the default when the setting is nowhere', async () => {
    const db = await openLensDb(fresh());
    expect(await loadSetting(db, OPTIONS, oldPlace())).toEqual(defaultSettings());
    expect(await db.settings.get(SETTINGS_KEY)).toBeUndefined();
    db.close();
  });

  it('moves the options in from storage.local once, a version-1 value upgraded on the way', async () => {
    const db = await openLensDb(fresh());
    // version 1 of the options stored the factors hidden, not those shown
    const place = oldPlace({ [SETTINGS_KEY]: { version: 1, autoRun: false, hidden: ['bond'], colours: { harm: '#112233' } }, other: 1 });
    const want = { ...defaultSettings(), autoRun: false, colours: { ...defaultSettings().colours, harm: '#112233' }, visible: { ...defaultSettings().visible, bond: false } };
    expect(await loadSetting(db, OPTIONS, place)).toEqual(want);
    expect(await db.settings.get(SETTINGS_KEY)).toEqual({ id: SETTINGS_KEY, schema: 2, value: want });
    expect([...place.data.keys()]).toEqual(['other']);
    // from now on the row answers and the old place is not asked
    expect(await loadSetting(db, OPTIONS, place)).toEqual(want);
    expect(place.reads).toBe(1);
    db.close();
  });

  it('keeps a row the database already holds over a value left in the old place', async () => {
    const db = await openLensDb(fresh());
    await saveSetting(db, OPTIONS, mine);
    const place = oldPlace({ [SETTINGS_KEY]: defaultSettings() });
    expect(await loadSetting(db, OPTIONS, place)).toEqual(mine);
    expect(place.reads).toBe(0);
    db.close();
  });

  it('reads a row a restored file or a broken write left through the owner (bad colour and __proto__ dropped), and a newer schema as the default', async () => {
    const db = await openLensDb(fresh());
    await db.settings.put({ id: SETTINGS_KEY, schema: 2, value: JSON.parse('{"autoRun":false,"colours":{"harm":"red"},"__proto__":{"x":1}}') });
    expect(await loadSetting(db, OPTIONS)).toEqual({ ...defaultSettings(), autoRun: false });
    await db.settings.put({ id: SETTINGS_KEY, schema: 3, value: { autoRun: false } });
    expect(await loadSetting(db, OPTIONS)).toEqual(defaultSettings());
    db.close();
  });

  it('saveSetting stores only a valid value', async () => {
    const db = await openLensDb(fresh());
    const r = await saveSetting(db, OPTIONS, { ...mine, colours: { ...mine.colours, bond: 'not a colour' } });
    expect(r).toEqual({ ok: true, value: mine });
    expect((await db.settings.get(SETTINGS_KEY))?.value).toEqual(mine);
    db.close();
  });
});

describe('an old database opened by this Lens', () => {
  it('keeps its settings rows and takes the options in beside them', async () => {
    const name = fresh();
    const old = new Dexie(name);
    declareV1(old);
    await old.open();
    await old.table('settings').bulkPut([
      { id: 'prefs', schema: 1, value: { colors: true } },
      { id: REVISION_KEY, schema: 1, value: 7 },
    ]);
    old.close();
    const db = await openLensDb(name);
    expect(await loadSetting(db, OPTIONS, oldPlace({ [SETTINGS_KEY]: mine }))).toEqual(mine);
    expect((await db.settings.toArray()).map((r) => [r.id, r.value])).toEqual([
      [REVISION_KEY, 7],
      [SETTINGS_KEY, mine],
      ['prefs', { colors: true }],
    ]);
    db.close();
  });
});

describe('the options in a backup', () => {
  it('are backed up from the table and restored into another library', async () => {
    const from = await openLensDb(fresh());
    await saveSetting(from, OPTIONS, mine);
    const backup = await makeBackup(from, NOW);
    expect(backup.settings).toEqual([{ id: SETTINGS_KEY, schema: 2, value: mine }]);
    const to = await openLensDb(fresh());
    expect((await importText(to, JSON.stringify(backup), NOW.getTime())).ok).toBe(true);
    expect(await loadSetting(to, OPTIONS)).toEqual(mine);
    from.close();
    to.close();
  });
});
