/**
 * Backup and restore. An import is validated in full first (lib/import), then written
 * in one rw transaction over every table it touches: a failure (a full disk, another
 * tab's error) rolls all of it back. Ids are stable, so importing the same file twice
 * adds nothing the second time; a row changed here since the file was made is kept.
 */
import type { Annotation } from '../anchoring/annotation';
import { backupOf, parseImport, type Backup, type ImportError, type ImportPlan } from '../import/index';
import { allAnnotations, toRecord } from './annotations';
import { guard, type DbError } from './result';
import { bumpRevision, REVISION_KEY } from './revision';
import type { LensDb } from './schema';
import { INDEX_SNAPSHOT_KEY } from './search-index';

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type ImportOutcome = { ok: true; value: ImportCounts } | { ok: false; error: ImportError | DbError; message: string };

/**
 * Settings rows that are the reader's (not this database's own bookkeeping): the saved
 * word index and the annotations' revision counter belong to the database they were made
 * in, and an old counter written back would make a stale saved index look current.
 */
function isReaderSetting(r: { id: string }): boolean {
  return r.id !== INDEX_SNAPSHOT_KEY && r.id !== REVISION_KEY;
}

/** Everything the reader made, as a backup object (JSON.stringify it to save). */
export async function makeBackup(db: LensDb, now = new Date()): Promise<Backup> {
  return db.transaction('r', db.opinions, db.annotations, db.settings, async () =>
    backupOf(await db.opinions.toArray(), await allAnnotations(db), (await db.settings.toArray()).filter(isReaderSetting), now),
  );
}

/** Validates `text` (a backup or JSON-LD) and writes it; refused files change nothing. */
export async function importText(db: LensDb, text: string): Promise<ImportOutcome> {
  const plan = parseImport(text);
  if (!plan.ok) return plan;
  return applyImport(db, plan.value);
}

/** Writes a validated plan in one transaction. */
export async function applyImport(db: LensDb, plan: ImportPlan): Promise<ImportOutcome> {
  const annotations = plan.kind === 'backup' ? plan.backup.annotations : plan.annotations;
  return guard(() =>
    db.transaction('rw', db.opinions, db.annotations, db.settings, async () => {
      const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
      await mergeAnnotations(db, annotations, counts);
      if (plan.kind === 'backup') {
        const have = await db.opinions.bulkGet(plan.backup.opinions.map((o) => o.id));
        const newer = plan.backup.opinions.filter((o, i) => {
          const h = have[i];
          if (!h) counts.added++;
          else if (o.lastOpened > h.lastOpened) counts.updated++;
          else {
            counts.unchanged++;
            return false;
          }
          return true;
        });
        await db.opinions.bulkPut(newer);
        await db.settings.bulkPut(plan.backup.settings.filter(isReaderSetting));
      }
      await bumpRevision(db);
      return counts;
    }),
  );
}

async function mergeAnnotations(db: LensDb, incoming: readonly Annotation[], counts: ImportCounts) {
  const have = await db.annotations.bulkGet(incoming.map((a) => a.id));
  const write = incoming.filter((a, i) => {
    const h = have[i];
    if (!h) {
      counts.added++;
      return true;
    }
    // a live row edited here after the file was made wins; a deleted one is brought back
    if (h.deletedAt == null && h.modified >= a.modified) {
      counts.unchanged++;
      return false;
    }
    counts.updated++;
    return true;
  });
  await db.annotations.bulkPut(write.map(toRecord));
}
