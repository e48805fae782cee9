/**
 * Exports from the extension: one opinion (the tab's analysis and the reader's annotations)
 * or the whole library (every opinion whose analysis is cached for this analyser version),
 * and imports.
 *
 * Library exports, backups and imports run in the extension page the reader clicked (side
 * panel, library), which shares the database with the background: a 100,000-note backup
 * is ~100 MB, and Chrome refuses a runtime message over 64 MB. The page builds the download
 * as a Blob from parts and reads the chosen file itself; nothing large crosses a message.
 */
import { applyImport, backupParts, libraryForExport, listAnnotations, type LensDb } from '../db/index';
import type { SettingsRecord } from '../db/records';
import { EXPORT_FILES, exportFileName, exportLibrary, exportOpinion, type ExportFormat } from '../export/index';
import { parseImport } from '../import/index';
import type { Analysis } from '../types';
import { ANALYZER_VERSION } from '../version';
import { opinionKey } from './notes-service';
import { SETTINGS_KEY, SETTINGS_VERSION } from './settings';
import { readSettings, writeSettings, type SettingsArea } from './settings-store';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

/** One opinion's export, named after the case, its year and the format ("smalls-v-scruggs-2017-bench-memo.md"). */
export async function exportTab(db: LensDb, analysis: Analysis, hash: string, format: ExportFormat): Promise<ExportFile> {
  const annotations = await listAnnotations(db, opinionKey(analysis, hash));
  return {
    filename: exportFileName(analysis.document, format),
    mime: EXPORT_FILES[format].mime,
    content: exportOpinion(format, { analysis, annotations }),
  };
}

/** Where the reader's options live (./settings-store.ts: `browser.storage.local`; tests pass a Map-backed one). */
export type SettingsStorage = SettingsArea;

export interface ExportBlob {
  filename: string;
  blob: Blob;
}

/**
 * The biggest file an import reads. The file is read as one string and parsed at once,
 * which a browser tab does comfortably up to a few hundred MB (a JavaScript string holds at
 * most ~512 M characters in Chrome); 256 MB is about 250,000 notes. A bigger file is
 * refused with this figure before anything is read.
 */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

const MB = 1024 * 1024;

/** The backup's row for the reader's options (read from their home, checked). */
async function settingsRow(storage: SettingsStorage): Promise<SettingsRecord> {
  return { id: SETTINGS_KEY, schema: SETTINGS_VERSION, value: await readSettings(storage) };
}

/**
 * A whole-library export ("injunction-lens-library-bench-memo.md") or a backup
 * ("injunction-lens-backup-2024-05-01.json", with the reader's options from `storage`), as a Blob.
 */
export async function exportLibraryBlob(db: LensDb, format: ExportFormat | 'backup', storage: SettingsStorage, now = new Date()): Promise<ExportBlob> {
  if (format === 'backup') {
    const parts = await backupParts(db, now, [await settingsRow(storage)]);
    return { filename: `injunction-lens-backup-${now.toISOString().slice(0, 10)}.json`, blob: new Blob(parts, { type: 'application/json' }) };
  }
  // the other formats are made by lib/export as one string per library (not a message)
  const { items } = await libraryForExport(db, ANALYZER_VERSION);
  return { filename: exportFileName(null, format), blob: new Blob([exportLibrary(format, items)], { type: EXPORT_FILES[format].mime }) };
}

export interface ImportReport {
  kind: 'backup' | 'annotations';
  added: number;
  updated: number;
  unchanged: number;
  /** dates beyond now + 1 day that were dropped (lib/import/dates.ts) */
  futureDates: number;
  /** the backup held the reader's options and they were written back */
  settingsRestored: boolean;
}

/**
 * Imports a chosen file (a JSON-LD export or a backup): validated in full, then written in
 * one transaction; a backup's options are written back to `storage` (through
 * migrateSettings) after the database took the rest. Throws an Error whose message is for
 * the reader; a refused file changes nothing.
 */
export async function importBlob(db: LensDb, file: Blob, storage: SettingsStorage, now = Date.now()): Promise<ImportReport> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new Error(`the file is ${Math.ceil(file.size / MB)} MB, and Injunction Lens reads files up to ${MAX_IMPORT_BYTES / MB} MB. Nothing was changed.`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    throw new Error(`the file could not be read (${(e as Error)?.message ?? String(e)}). Nothing was changed.`);
  }
  const parsed = parseImport(text, now);
  if (!parsed.ok) throw new Error(parsed.message);
  let plan = parsed.value;
  let options: SettingsRecord | undefined;
  if (plan.kind === 'backup') {
    // the options' home is extension storage (./settings-store.ts), not the database's settings table
    options = plan.backup.settings.find((r) => r.id === SETTINGS_KEY);
    plan = { ...plan, backup: { ...plan.backup, settings: plan.backup.settings.filter((r) => r.id !== SETTINGS_KEY) } };
  }
  const r = await applyImport(db, plan, now);
  if (!r.ok) throw new Error(r.message);
  let settingsRestored = false;
  if (options) {
    try {
      await writeSettings(storage, options.value);
      settingsRestored = true;
    } catch (e) {
      throw new Error(`the notes and opinions were restored, but your options could not be saved (${(e as Error)?.message ?? String(e)}).`);
    }
  }
  return { kind: plan.kind, ...r.value, futureDates: plan.futureDates, settingsRestored };
}

/** What the reader is told after an import. */
export function importSummary(r: ImportReport): string {
  const out = [
    r.kind === 'backup'
      ? `Restored the backup: ${r.added + r.updated} new or newer item(s) (opinions, notes, labels); ${r.unchanged} were already here.`
      : `Imported ${r.added + r.updated} annotation(s); ${r.unchanged} were already here.`,
  ];
  if (r.settingsRestored) out.push('Your options were restored.');
  if (r.futureDates) out.push(`${r.futureDates} date(s) lay in the future and were ignored (their notes are kept).`);
  return out.join(' ');
}
