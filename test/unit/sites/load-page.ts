/** Parse a saved page the way a browser tab would hold it (happy-dom), for the site tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { extractOpinion, readingText, type Extraction } from '../../../lib/sites/index';

export const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

export function loadPage(file: string, url = 'http://localhost/saved.html'): Document {
  const html = readFileSync(PAGES + file, 'utf8');
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return doc as unknown as Document;
}

export interface Read {
  x: Extraction;
  /** Roots minus exclude, squashed. */
  text: string;
  /** The same without page markers and footnotes: the opinion's running text. */
  body: string;
}

export function read(file: string, url?: string): Read {
  const doc = loadPage(file, url);
  const x = extractOpinion(doc, url ?? 'http://localhost/saved.html');
  const text = readingText(x.roots, x.exclude);
  const body = readingText(x.roots, [...x.exclude, ...x.pageMarkers.map((m) => m.element), ...x.footnotes.map((f) => f.note)]);
  return { x, text, body };
}

/** A plain-text opinion as Chrome and Firefox show a .txt file: one <pre> in <body>. */
export function loadText(file: string, url = 'http://localhost/opinion.txt'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  const doc = window.document as unknown as Document;
  const pre = doc.createElement('pre');
  pre.textContent = readFileSync(PAGES + file, 'utf8');
  doc.body.appendChild(pre);
  return doc;
}
