/**
 * A counter bumped in the same transaction as every annotation write, so a cache of the
 * annotations (the search index) knows when another tab or an import changed them.
 */
import type { LensDb } from './schema';

export const REVISION_KEY = 'annotations-revision';

export async function currentRevision(db: LensDb): Promise<number> {
  const row = await db.settings.get(REVISION_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** Call inside a rw transaction that includes `db.settings`. */
export async function bumpRevision(db: LensDb): Promise<void> {
  await db.settings.put({ id: REVISION_KEY, schema: 1, value: (await currentRevision(db)) + 1 });
}
