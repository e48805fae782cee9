/**
 * The reader's options have one home, `storage.local` under `SETTINGS_KEY`, and every
 * reader and writer goes through here. Not the database: a content script runs in the court
 * site's origin and cannot open the extension's IndexedDB, and it must hear a change made
 * on the options page or in another tab's legend (`storage.onChanged` reaches every context
 * of the extension; the database tells no one). A backup carries the options as one settings
 * row and a restore writes them back here (./export-service.ts). What is stored is read
 * through `migrateSettings`, so any value a past version or a broken write left reads as
 * valid settings.
 *
 * The storage is passed in (`browser.storage.local`, `browser.storage.onChanged`; tests pass
 * a Map-backed one), so this module loads in Node and in every context alike.
 */
import { migrateSettings, SETTINGS_KEY, type Settings } from './settings';

/** The storage area the options live in (`browser.storage.local` fits). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** `browser.storage.onChanged` as this module uses it. */
export interface StorageChanges {
  addListener(cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  removeListener(cb: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
}

/** The options as stored (the defaults when none are). */
export async function readSettings(area: SettingsArea): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return migrateSettings(Object.hasOwn(got, SETTINGS_KEY) ? got[SETTINGS_KEY] : undefined);
}

/** Stores `s` (checked first: only valid settings are written); returns what was stored. */
export async function writeSettings(area: SettingsArea, s: unknown): Promise<Settings> {
  const checked = migrateSettings(s);
  await area.set({ [SETTINGS_KEY]: checked });
  return checked;
}

/** Changes some fields, every other kept as stored (the legend's wash switch). */
export async function updateSettings(area: SettingsArea, change: Partial<Settings>): Promise<Settings> {
  return writeSettings(area, { ...(await readSettings(area)), ...change });
}

/** Calls `cb` with the new options whenever they change, from any context; returns the unsubscribe. */
export function onSettingsChanged(events: StorageChanges, cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && Object.hasOwn(changes, SETTINGS_KEY)) cb(migrateSettings(changes[SETTINGS_KEY].newValue));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}

/** Options an earlier build left in the database's settings table (lib/db/settings.ts) move here; options already here win. */
export async function adoptOldOptions(area: SettingsArea, value: unknown): Promise<void> {
  const there = await area.get(SETTINGS_KEY);
  if (!Object.hasOwn(there, SETTINGS_KEY)) await writeSettings(area, value);
}
