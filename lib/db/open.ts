/** Opening the database, with a clear error when it was written by a newer Lens. */
import { Dexie } from 'dexie';
import { DB_VERSION, DEFAULT_DB_NAME, LensDb, type IndexedDbDeps } from './schema';

export class LensDbError extends Error {
  constructor(
    readonly code: 'newer-version' | 'open-failed',
    message: string,
  ) {
    super(message);
    this.name = 'LensDbError';
  }
}

export interface OpenOptions {
  /** for tests and workers: an IndexedDB implementation (e.g. fake-indexeddb) */
  indexedDB?: IndexedDbDeps['indexedDB'];
  IDBKeyRange?: IndexedDbDeps['IDBKeyRange'];
}

/**
 * Opens (creating or upgrading) the Lens database. Call it in the background or side
 * panel, never in a content script (its IndexedDB would belong to the court's site).
 * Throws `LensDbError` 'newer-version' when a newer Lens wrote the database: Dexie 4
 * would open it anyway, and writing old-shaped rows into a newer schema loses data.
 */
export async function openLensDb(name: string = DEFAULT_DB_NAME, options: OpenOptions = {}): Promise<LensDb> {
  const deps = options.indexedDB && options.IDBKeyRange ? { indexedDB: options.indexedDB, IDBKeyRange: options.IDBKeyRange } : undefined;
  const installed = await installedVersion(name, deps);
  if (installed > DB_VERSION) {
    throw new LensDbError(
      'newer-version',
      `The Lens database "${name}" has schema version ${installed}, newer than this version of Lens understands (${DB_VERSION}). Update the extension; nothing was changed.`,
    );
  }
  const db = new LensDb(name, deps);
  try {
    await db.open();
  } catch (e) {
    db.close();
    throw new LensDbError('open-failed', `Could not open the Lens database "${name}": ${(e as Error)?.message ?? String(e)}`);
  }
  return db;
}

/**
 * The schema version on disk, 0 when there is no database. Opened without a declared
 * version (Dexie's dynamic mode), which reads the schema and never upgrades it.
 */
async function installedVersion(name: string, deps: ConstructorParameters<typeof LensDb>[1]): Promise<number> {
  const probe = new Dexie(name, deps ? { ...deps } : undefined);
  try {
    await probe.open();
    return probe.verno;
  } catch (e) {
    if ((e as Error)?.name === Dexie.errnames.NoSuchDatabase) return 0;
    throw new LensDbError('open-failed', `Could not open the Lens database "${name}": ${(e as Error)?.message ?? String(e)}`);
  } finally {
    probe.close();
  }
}
