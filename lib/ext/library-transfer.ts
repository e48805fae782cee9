/**
 * Library exports, backups and imports, run by the extension page the reader clicked (the
 * library page and the side panel share the database with the background). Nothing large
 * crosses a runtime message: Chrome refuses one over 64 MB, about 70,000 notes. The page
 * builds the download as a Blob from parts and reads the chosen file itself, then tells
 * the background the library changed so open tabs repaint their notes.
 */
import browser from 'webextension-polyfill';
import { exportLibraryBlob, importBlob, importSummary } from './export-service';
import type { ExportFormat } from './messages';
import { callBackground } from './rpc';
import { lensDb } from './store';
import { h } from '../dom/h';

export const FORMATS: [ExportFormat, string][] = [
  ['md', 'Bench memo (Markdown)'],
  ['csv', 'CSV (Excel, Sheets)'],
  ['jsonld', 'Web Annotation JSON-LD'],
  ['csl', 'Authorities (CSL-JSON for Zotero)'],
  ['html', 'Printable report (HTML)'],
  ['backup', 'Library backup (JSON)'],
];

export const IMPORT_ACCEPT = '.json,.jsonld,application/json,application/ld+json';

/** Saves a Blob as a download (an object URL on a link with `download`). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  // the download holds the Blob once it starts; a minute is ample for it to start
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Exports the whole library (or a backup, with the reader's options) as a download; returns its name. */
export async function exportLibraryDownload(format: ExportFormat): Promise<string> {
  const file = await exportLibraryBlob(await lensDb(), format, browser.storage.local);
  downloadBlob(file.filename, file.blob);
  return file.filename;
}

/**
 * Imports the chosen file (JSON-LD or a backup) and returns what to tell the reader; a
 * refused file throws an Error in words and changes nothing.
 */
export async function importChosenFile(file: File): Promise<string> {
  const report = await importBlob(await lensDb(), file, browser.storage.local);
  // open tabs repaint with the restored notes and labels; the import stands either way
  const told = await callBackground('libraryChanged', {});
  return importSummary(report) + (told.ok ? '' : ' Reload open opinions to see the imported notes on them.');
}
