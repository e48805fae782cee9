/** Parse a saved page the way a browser tab would hold it (happy-dom), for the site tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { extractOpinion, readingText, type Extraction } from '../../../lib/sites/index';
import { indexText } from '../../../lib/dom/text-index';
import { analyze } from '../../../lib/analyze';
import { buildDocument } from '../../../lib/document/build';
import { opinionCues } from '../../../lib/analysis/is-opinion';

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

/**
 * "Is this an opinion?" for an extraction, decided as the extension and the command line
 * decide it: the core's analysis of the text the page gives, with the page's evidence.
 */
export function verdict(x: Extraction): { isOpinion: boolean; cues: string[] } {
  const { text } = indexText(x.roots, { exclude: x.exclude });
  const a = analyze({ text, page: x.evidence });
  const cues = opinionCues({ text: buildDocument(text).reading.text, citations: a.citations.length, page: x.evidence }).map((c) => c.cue);
  return { isOpinion: a.isOpinion, cues };
}
