/**
 * Exports: analysis JSON and the reader's annotations in, text out. Every exporter
 * applies the reader's overrides first, so the reader's label wins in every format.
 */
import { exportCsl } from './csl';
import { exportCsv } from './csv';
import { exportHtml, exportHtmlLibrary } from './html';
import { exportJsonLd, exportJsonLdLibrary } from './jsonld';
import { exportMarkdown, exportMarkdownLibrary } from './markdown';
import type { DocumentInfo } from '../types';
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

/** What each format's file is called after the case: "smalls-v-scruggs-2017-bench-memo.md". */
export const EXPORT_NAMES: Record<ExportFormat, string> = {
  jsonld: 'annotations',
  csv: 'labels',
  md: 'bench-memo',
  csl: 'authorities',
  html: 'report',
};

/** The facts a file name is made from (an opinion's DocumentInfo fits). */
export type NamedDocument = Pick<DocumentInfo, 'title' | 'date'> & Partial<Pick<DocumentInfo, 'parties'>>;

function slug(s: string, max: number): string {
  const words = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\bet al\.?/g, '').replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : max);
}

/**
 * A download's file name, from the case and the format: "smalls-v-scruggs-2017-bench-memo.md",
 * "roman-catholic-diocese-of-brooklyn-v-cuomo-2020-authorities.json". The case is the title,
 * else the parties ("Smalls v. Scruggs"), else "opinion"; the year is the decision's.
 * `null` names the whole library: "injunction-lens-library-bench-memo.md". Every export path
 * (side panel, library page, command line) names its file with this.
 */
export function exportFileName(doc: NamedDocument | null, format: ExportFormat): string {
  const kind = `${EXPORT_NAMES[format]}.${EXPORT_FILES[format].extension}`;
  if (!doc) return `injunction-lens-library-${kind}`;
  const parties = doc.parties?.movant && doc.parties?.nonmovant ? `${doc.parties.movant} v. ${doc.parties.nonmovant}` : doc.parties?.movant ?? null;
  const name = slug(doc.title ?? parties ?? '', 60) || 'opinion';
  const year = /^\d{4}/.exec(doc.date ?? '')?.[0];
  return `${name}${year && !name.endsWith(year) ? `-${year}` : ''}-${kind}`;
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
export { pageRef } from './page-ref';
export { authorities, comparePins, sortAuthorities, AUTHORITY_KINDS, type AuthorityRow } from './authorities';
export { memoModel, cleanQuote, type MemoModel, type MemoFactor, type MemoQuote } from './memo-model';
export { citationsByFactor } from './factor-cites';
export { courtAbbreviation, fullCase, shortCase, NEGATIVE_HISTORY } from './cite-format';
