/**
 * The settings table. It holds the database's own bookkeeping (the annotations' revision,
 * the saved word index), and it stays in the schema so every database ever opened still
 * opens. The reader's options do not live here: their one home is `storage.local`
 * (lib/ext/settings-store.ts), which content scripts can read and which tells every context
 * of a change. For a while this table offered itself as their home (a `loadSetting` /
 * `saveSetting` pair, with the options under their storage key), so a row an old build or a
 * restore left under that key is moved out once, by `moveSettingOut`, and nothing is lost.
 */
import type { LensDb } from './schema';

/**
 * Moves the row `id`, if the table holds one, to its owner's home: `put(value)` writes it
 * there first (and decides whether a value already there wins), then the row is deleted, so
 * a failure on the way leaves the row to be moved next time. Returns whether a row was there.
 */
export async function moveSettingOut(db: LensDb, id: string, put: (value: unknown) => Promise<void>): Promise<boolean> {
  const row = await db.settings.get(id);
  if (!row) return false;
  await put(row.value);
  await db.settings.delete(id);
  return true;
}
