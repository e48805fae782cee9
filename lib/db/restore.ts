/**
 * Backup and restore. An import is validated in full first (lib/import), then written
 * in one rw transaction over every table it touches: a failure (a full disk, another
 * tab's error) rolls all of it back. Ids are stable, so importing the same file twice
 * adds nothing the second time; a row changed here since the file was made is kept
 * (dates compared as instants: lib/import/dates.ts).
 */
import type { Annotation } from '../anchoring/annotation';
import { backupOf, BackupText, instant, parseImport, type Backup, type ImportError, type ImportPlan } from '../import/index';
import { allAnnotations, fromRecord, toRecord } from './annotations';
import { guard, type DbError } from './result';
import { bumpRevision, REVISION_KEY } from './revision';
import type { AnnotationRecord, LensDb, OpinionRecord, SettingsRecord } from './schema';
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

/** The settings a backup holds: the database's reader rows, then `extra` (same id: `extra` wins). */
function backupSettings(stored: SettingsRecord[], extra: readonly SettingsRecord[]): SettingsRecord[] {
  const ids = new Set(extra.map((r) => r.id));
  return [...stored.filter((r) => isReaderSetting(r) && !ids.has(r.id)), ...extra];
}

/**
 * Everything the reader made, as a backup object (JSON.stringify it to save). `settings`:
 * rows kept outside the database (the reader's options) to carry along.
 */
export async function makeBackup(db: LensDb, now = new Date(), settings: readonly SettingsRecord[] = []): Promise<Backup> {
  return db.transaction('r', db.opinions, db.annotations, db.settings, async () =>
    backupOf(await db.opinions.toArray(), await allAnnotations(db), backupSettings(await db.settings.toArray(), settings), now),
  );
}

/**
 * The same backup as `makeBackup`, as text parts for a Blob: rows are read `pageSize` at a
 * time (one read transaction, so the file is one moment's library) and each page becomes
 * one part, so 100,000 notes are never one array of objects nor one string.
 */
export async function backupParts(db: LensDb, now = new Date(), settings: readonly SettingsRecord[] = [], pageSize = 2000): Promise<string[]> {
  return db.transaction('r', db.opinions, db.annotations, db.settings, async () => {
    const out = new BackupText(now);
    out.list('settings').rows(backupSettings(await db.settings.toArray(), settings));
    out.list('opinions');
    for (let last: string | null = null; ; ) {
      const page: OpinionRecord[] = await (last === null ? db.opinions.orderBy(':id') : db.opinions.where(':id').above(last)).limit(pageSize).toArray();
      out.rows(page);
      if (page.length < pageSize) break;
      last = page[page.length - 1].id;
    }
    out.list('annotations');
    for (let last: string | null = null; ; ) {
      const page: AnnotationRecord[] = await (last === null ? db.annotations.orderBy(':id') : db.annotations.where(':id').above(last)).limit(pageSize).toArray();
      out.rows(page.filter((r) => r.deletedAt == null).map(fromRecord));
      if (page.length < pageSize) break;
      last = page[page.length - 1].id;
    }
    return out.end();
  });
}

/** Validates `text` (a backup or JSON-LD) and writes it; refused files change nothing. */
export async function importText(db: LensDb, text: string, now = Date.now()): Promise<ImportOutcome> {
  const plan = parseImport(text, now);
  if (!plan.ok) return plan;
  return applyImport(db, plan.value, now);
}

/** Writes a validated plan in one transaction; `now` judges stored dates (see `instant`). */
export async function applyImport(db: LensDb, plan: ImportPlan, now = Date.now()): Promise<ImportOutcome> {
  const annotations = plan.kind === 'backup' ? plan.backup.annotations : plan.annotations;
  return guard(() =>
    db.transaction('rw', db.opinions, db.annotations, db.settings, async () => {
      const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
      await mergeAnnotations(db, annotations, counts, now);
      if (plan.kind === 'backup') {
        const have = await db.opinions.bulkGet(plan.backup.opinions.map((o) => o.id));
        const newer = plan.backup.opinions.filter((o, i) => {
          const h = have[i];
          if (!h) counts.added++;
          else if (instant(o.lastOpened, now) > instant(h.lastOpened, now)) counts.updated++;
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

async function mergeAnnotations(db: LensDb, incoming: readonly Annotation[], counts: ImportCounts, now: number) {
  const have = await db.annotations.bulkGet(incoming.map((a) => a.id));
  const write = incoming.filter((a, i) => {
    const h = have[i];
    if (!h) {
      counts.added++;
      return true;
    }
    // a live row edited here after the file was made wins; a deleted one is brought back
    if (h.deletedAt == null && instant(h.modified, now) >= instant(a.modified, now)) {
      counts.unchanged++;
      return false;
    }
    counts.updated++;
    return true;
  });
  await db.annotations.bulkPut(write.map(toRecord));
}
