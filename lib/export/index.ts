/**
 * Exports: analysis JSON and the reader's annotations in, text out. Every exporter
 * applies the reader's overrides first, so the reader's label wins in every format.
 */
import { exportCsl } from './csl';
import { exportCsv } from './csv';
import { exportHtml, exportHtmlLibrary } from './html';
import { exportJsonLd, exportJsonLdLibrary } from './jsonld';
import { exportMarkdown, exportMarkdownLibrary } from './markdown';
import type { OpinionExport } from './opinion-export';

export type ExportFormat = 'jsonld' | 'csv' | 'md' | 'csl' | 'html';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonld', 'csv', 'md', 'csl', 'html'];

/** The file extension and MIME type a download of each format should carry. */
export const EXPORT_FILES: Record<ExportFormat, { extension: string; mime: string }> = {
  jsonld: { extension: 'jsonld', mime: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  md: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csl: { extension: 'json', mime: 'application/vnd.citationstyles.csl+json' },
  html: { extension: 'html', mime: 'text/html;charset=utf-8' },
};

/** A download name: the opinion's title (or "library") made file-safe, with the format's extension. */
export function exportFileName(title: string | null, format: ExportFormat): string {
  const base = (title ?? 'opinion').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'opinion';
  return `${base}.${EXPORT_FILES[format].extension}`;
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** One opinion in the given format. */
export function exportOpinion(format: ExportFormat, item: OpinionExport): string {
  switch (format) {
    case 'jsonld': return exportJsonLd(item);
    case 'csv': return exportCsv(item);
    case 'md': return exportMarkdown(item);
    case 'csl': return exportCsl(item);
    case 'html': return exportHtml(item);
  }
}

/** Several opinions (the library) in the given format. */
export function exportLibrary(format: ExportFormat, items: readonly OpinionExport[]): string {
  switch (format) {
    case 'jsonld': return exportJsonLdLibrary(items);
    case 'csv': return exportCsv(items);
    case 'md': return exportMarkdownLibrary(items);
    case 'csl': return exportCsl(items);
    case 'html': return exportHtmlLibrary(items);
  }
}

export type { OpinionExport } from './opinion-export';
export { applyOverrides, placeByAnchor, type PlaceOverride } from './overrides';
export { factorFindings, findingTokens, FINDING_FACTORS, type FactorFinding } from './findings';
export { toJsonLdCollection, overrideValue, ANNO_CONTEXT, GENERATOR, type JsonLdAnnotation, type JsonLdCollection } from './jsonld';
export { cslItems, type CslItem } from './csl';
export { csvField, CSV_COLUMNS } from './csv';
export { escapeHtml } from './html';
export { mdEscape } from './markdown';
export { pinCite, pageAt, paragraphAt } from './pin-cite';
