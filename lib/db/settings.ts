/**
 * Settings: the settings table is their one home, so a backup holds them and a restore puts
 * them back with everything else. `loadSetting` moves a setting in from where it lived before
 * (the reader's options from `storage.local`) the first time it is read. Rows carry the schema
 * of their value, so a later Lens can migrate one key without a database version bump; an
 * unknown newer schema reads as the default.
 */
import { guard, type DbResult } from './result';
import type { LensDb } from './schema';
import type { SettingsRecord } from './records';

export async function getSetting<T>(db: LensDb, id: string, schema: number, fallback: T, migrate?: (value: unknown, from: number) => T | null): Promise<T> {
  const row = await db.settings.get(id);
  if (!row) return fallback;
  if (row.schema === schema) return row.value as T;
  if (row.schema < schema && migrate) return migrate(row.value, row.schema) ?? fallback;
  return fallback;
}

export function putSetting<T>(db: LensDb, id: string, schema: number, value: T): Promise<DbResult<void>> {
  return guard(async () => {
    await db.settings.put({ id, schema, value });
  });
}

/** One setting as its owner declares it: the row's id, the schema it writes, and how any stored value reads. */
export interface SettingSpec<T> {
  id: string;
  schema: number;
  /**
   * Any value a past schema (`from`), a broken write or a restored file left, as a valid current
   * one; `undefined` gives the default. `from` is 0 for a value moved from an old place, whose
   * schema the row does not say. Never throws.
   */
  read: (value: unknown, from: number) => T;
}

/** Where a setting lived before the database was its home, keyed by the setting's id (`browser.storage.local` fits). */
export interface OldSettingPlace {
  get(key: string): Promise<Record<string, unknown>>;
  remove(key: string): Promise<void>;
}

/**
 * The setting from its row, read through `spec.read`. With `oldPlace`, a setting that has no
 * row yet is moved in from there first (once: the value is written as a row, then removed from
 * the old place; a row another tab wrote meanwhile wins).
 */
export async function loadSetting<T>(db: LensDb, spec: SettingSpec<T>, oldPlace?: OldSettingPlace): Promise<T> {
  const row = (await db.settings.get(spec.id)) ?? (oldPlace ? await moveIn(db, spec, oldPlace) : undefined);
  if (!row || row.schema > spec.schema) return spec.read(undefined, spec.schema);
  return spec.read(row.value, row.schema);
}

/** Writes the setting's row (its value read through `spec.read` first, so only a valid value is stored). */
export function saveSetting<T>(db: LensDb, spec: SettingSpec<T>, value: T): Promise<DbResult<T>> {
  return guard(async () => {
    const checked = spec.read(value, spec.schema);
    await db.settings.put({ id: spec.id, schema: spec.schema, value: checked });
    return checked;
  });
}

async function moveIn<T>(db: LensDb, spec: SettingSpec<T>, oldPlace: OldSettingPlace): Promise<SettingsRecord | undefined> {
  const old = await oldPlace.get(spec.id);
  if (!Object.hasOwn(old, spec.id)) return undefined;
  const moved: SettingsRecord = { id: spec.id, schema: spec.schema, value: spec.read(old[spec.id], 0) };
  const row = await db.transaction('rw', db.settings, async () => {
    const there = await db.settings.get(spec.id);
    if (there) return there;
    await db.settings.add(moved);
    return moved;
  });
  await oldPlace.remove(spec.id);
  return row;
}
