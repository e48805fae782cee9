/**
 * Exports from the extension: one opinion (the tab's analysis and the reader's annotations)
 * or the whole library (every opinion whose analysis is cached for this analyser version).
 */
import { allAnnotations, getCachedAnalysis, listAnnotations, recentOpinions, type LensDb } from '../db/index';
import { EXPORT_FILES, exportLibrary, exportOpinion, type ExportFormat, type OpinionExport } from '../export/index';
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

export async function exportAll(db: LensDb, format: ExportFormat): Promise<ExportFile> {
  const opinions = await recentOpinions(db, 100000);
  const annotations = await allAnnotations(db);
  const items: OpinionExport[] = [];
  for (const o of opinions) {
    const analysis = await getCachedAnalysis(db, o.textHash, ANALYZER_VERSION);
    if (!analysis) continue;
    const source = { url: o.url, site: o.site };
    items.push({ analysis: { ...analysis, document: { ...analysis.document, source } }, annotations: annotations.filter((a) => a.opinionId === o.id) });
  }
  return { filename: fileName('injunction-lens-library', format), mime: EXPORT_FILES[format].mime, content: exportLibrary(format, items) };
}
