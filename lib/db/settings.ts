/**
 * Settings rows carry the schema of their value, so a later Lens can migrate one key
 * without a database version bump; an unknown newer schema reads as the default.
 */
import { guard, type DbResult } from './result';
import type { LensDb } from './schema';

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
