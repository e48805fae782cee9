/**
 * A saved page read in Node the way the extension reads it in a tab: the HTML parsed into a
 * DOM (happy-dom, with no script run and nothing fetched), the opinion found by the site
 * adapters (`extractOpinion`, lib/sites) and its text read by the content script's own
 * indexer (`indexText`, lib/dom). So `lens analyze page.html` and the extension analyse the
 * same text with the same caption; only this file knows which DOM library Node uses.
 */
import { Window } from 'happy-dom';
import { extractOpinion, type OpinionMeta, type SiteName } from '../lib/sites/index';
import { indexText } from '../lib/dom/text-index';

export interface PageReading {
  /** the text the extension would analyse: the opinion's roots minus what the adapter left out */
  text: string;
  meta: OpinionMeta;
  /** the caption the page prints apart from the opinion (see Extraction.caption) */
  caption: string | null;
  site: SiteName;
  /** below 0.5 the extension says "not an opinion" */
  opinionScore: number;
}

/** Nothing a saved page names is loaded and none of its scripts runs. */
const INERT = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  // (iframes are not loaded unless enabled)
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
};

/**
 * Parses `html` as a tab at `url` would hold it. The caller closes the window when done
 * (`readSavedPage` does); `url` only lets an adapter recognise its site by address.
 */
export function parsePage(html: string, url = 'file:///saved.html'): { doc: Document; close(): void } {
  const window = new Window({ url, settings: INERT });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { doc, close: () => void window.happyDOM.close() };
}

/** The opinion on a saved page, read as the extension reads it. */
export function readSavedPage(html: string, url?: string): PageReading {
  const page = parsePage(html, url);
  try {
    const x = extractOpinion(page.doc, url ?? 'file:///saved.html');
    const { text } = indexText(x.roots, { exclude: x.exclude });
    return { text, meta: x.meta, caption: x.caption, site: x.site, opinionScore: x.opinionScore };
  } finally {
    page.close();
  }
}
