/**
 * Import and restore, validated before anything is written: W3C Web Annotation JSON-LD
 * (annotations) and the full-library backup. `parseImport` tells them apart; the
 * database layer (lib/db/restore.ts) writes the result in one transaction.
 */
import type { Annotation } from '../anchoring/annotation';
import { BACKUP_FORMAT, parseBackup, type Backup } from './backup';
import { importClock } from './dates';
import { parseJsonLd } from './jsonld';
import { refuse, type ImportResult } from './result';

/** `futureDates`: dates beyond now + 1 day, dropped (./dates.ts); the reader is told how many. */
export type ImportPlan = ({ kind: 'backup'; backup: Backup } | { kind: 'annotations'; annotations: Annotation[] }) & { futureDates: number };

/** Reads an import file (backup or JSON-LD) into a plan, or a refusal saying why. */
export function parseImport(text: string, now: Date | number = Date.now()): ImportResult<ImportPlan> {
  const clock = importClock(now);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return refuse('malformed', `The file is not valid JSON (${(e as Error).message}); it may be cut short.`);
  }
  if (doc && typeof doc === 'object' && (doc as { format?: unknown }).format === BACKUP_FORMAT) {
    const b = parseBackup(doc, clock);
    return b.ok ? { ok: true, value: { kind: 'backup', backup: b.value, futureDates: clock.dropped } } : b;
  }
  const a = parseJsonLd(doc, clock);
  return a.ok ? { ok: true, value: { kind: 'annotations', annotations: a.value, futureDates: clock.dropped } } : a;
}

export { parseBackup, backupOf, BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup';
export { BackupText, type BackupList } from './backup-text';
export { importClock, instant, isoDate, epochMs, FUTURE_SLACK_MS, UNKNOWN_DATE, type ImportClock } from './dates';
export { httpUrl } from './validate';
export { parseJsonLd, opinionIdForSource } from './jsonld';
export type { ImportResult, ImportError } from './result';
