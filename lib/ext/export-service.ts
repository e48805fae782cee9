/**
 * Exports from the extension: one opinion (the tab's analysis and the reader's annotations)
 * or the whole library (every opinion whose analysis is cached for this analyser version).
 */
import { importText, libraryForExport, listAnnotations, makeBackup, type LensDb } from '../db/index';
import { EXPORT_FILES, exportLibrary, exportOpinion, type ExportFormat } from '../export/index';
import type { Analysis } from '../types';
import { ANALYZER_VERSION } from '../version';
import { opinionKey } from './notes-service';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

function fileName(base: string, format: ExportFormat): string {
  const stem = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'opinion';
  return `${stem}.${EXPORT_FILES[format].extension}`;
}

export async function exportTab(db: LensDb, analysis: Analysis, hash: string, format: ExportFormat): Promise<ExportFile> {
  const annotations = await listAnnotations(db, opinionKey(analysis, hash));
  return {
    filename: fileName(analysis.document.title ?? 'opinion', format),
    mime: EXPORT_FILES[format].mime,
    content: exportOpinion(format, { analysis, annotations }),
  };
}

export async function exportAll(db: LensDb, format: ExportFormat | 'backup'): Promise<ExportFile> {
  if (format === 'backup') {
    const stamp = new Date().toISOString().slice(0, 10);
    return { filename: `injunction-lens-backup-${stamp}.json`, mime: 'application/json', content: JSON.stringify(await makeBackup(db), null, 2) };
  }
  const { items } = await libraryForExport(db, ANALYZER_VERSION);
  return { filename: fileName('injunction-lens-library', format), mime: EXPORT_FILES[format].mime, content: exportLibrary(format, items) };
}

/** Restores a JSON-LD export or a backup: validated first, written all at once or not at all. */
export async function importFile(db: LensDb, content: string): Promise<{ added: number; unchanged: number }> {
  const r = await importText(db, content);
  if (!r.ok) throw new Error(r.message);
  return { added: r.value.added + r.value.updated, unchanged: r.value.unchanged };
}
