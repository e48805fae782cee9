/**
 * A saved page read in Node the way the extension reads it in a tab: the HTML parsed into a
 * DOM (happy-dom, with no script run and nothing fetched), the opinion found by the site
 * adapters (`extractOpinion`, lib/sites) and its text read by the content script's own
 * indexer (`indexText`, lib/dom). So `lens analyze page.html` and the extension analyse the
 * same text with the same caption; only this file knows which DOM library Node uses.
 *
 * The HTML is parsed by parse5, the WHATWG parser (what Chromium and Firefox implement), and
 * the tree is built into a happy-dom document node by node: happy-dom's own parser drops
 * everything after a <style> inside an <svg> (common in site headers: two saved Justia pages
 * read as "Skip to main content"), and an opinion must read as the browser reads it.
 */
import { Window } from 'happy-dom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
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
  const doc = window.document as unknown as Document;
  buildInto(doc, parse(html));
  return { doc, close: () => void window.happyDOM.close() };
}

type P5 = DefaultTreeAdapterMap;

/**
 * Replaces `doc`'s children with parse5's tree, with an explicit stack (a page nested
 * 100,000 elements deep must not overflow). Siblings are appended in order as their parent
 * is visited, so the document order is the source's.
 */
function buildInto(doc: Document, tree: P5['document']): void {
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  const stack: [P5['parentNode'], Node][] = [[tree, doc]];
  while (stack.length) {
    const [from, into] = stack.pop()!;
    for (const child of from.childNodes) {
      let node: Node;
      if (child.nodeName === '#text') node = doc.createTextNode((child as P5['textNode']).value);
      else if (child.nodeName === '#comment') node = doc.createComment((child as P5['commentNode']).data);
      else if (child.nodeName === '#documentType') continue;
      else {
        const src = child as P5['element'];
        const el = doc.createElementNS(src.namespaceURI, src.tagName);
        for (const a of src.attrs) {
          try {
            if (a.namespace) el.setAttributeNS(a.namespace, a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value);
            else el.setAttribute(a.name, a.value);
          } catch {
            /* a name the DOM refuses ('"', '<'): browsers keep it, no selector we use reads it */
          }
        }
        node = el;
        const content = (src as P5['template']).content;
        stack.push([content ?? src, content ? (el as HTMLTemplateElement).content : el]);
      }
      into.appendChild(node);
    }
  }
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
