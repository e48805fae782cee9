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
import type { PageEvidence } from '../lib/analysis/is-opinion';
import { Window } from 'happy-dom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { decodeEntities, parseHtml, type HtmlElement } from '../lib/document/html-tree';
import { extractOpinion, type OpinionMeta, type SiteName } from '../lib/sites/index';
import { BLOCK } from '../lib/sites/dom-text';
import { indexText } from '../lib/dom/text-index';
import { readingHints } from '../lib/sites/hints';
import type { ReadingHints } from '../lib/types';

export interface PageReading {
  /** the text the extension would analyse: the opinion's roots minus what the adapter left out */
  text: string;
  meta: OpinionMeta;
  /** the caption the page prints apart from the opinion (see Extraction.caption) */
  caption: string | null;
  site: SiteName;
  /** what only the page knows, for the core's own decision (`analyze({ page })`) */
  evidence: PageEvidence;
  /** the site's separate opinions, star pages and footnotes as offsets in `text` (`analyze({ hints })`), as a tab sends them */
  hints: ReadingHints;
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
  // parse5 slows down with depth (a minute for 100,000 nested elements) where browsers stop
  // nesting at 512: a page that deep is read with our own linear parser, laid out the same way
  const own = parseHtml(html);
  if (depthOf(own) > DEEP) buildFromOwn(doc, own);
  else buildInto(doc, parse(html));
  return { doc, close: () => void window.happyDOM.close() };
}

type P5 = DefaultTreeAdapterMap;

/**
 * How deep the tree may nest: Chromium's parser stops nesting at 512 open elements and adds
 * deeper ones beside the 512th (kMaximumHTMLParserDOMTreeDepth), so a page nested 100,000
 * deep reads in a tab, and must here too (a DOM that deep overflows the stack of any
 * recursive walk, happy-dom's own included).
 */
const MAX_DEPTH = 512;

/**
 * Replaces `doc`'s children with parse5's tree, with an explicit stack. Siblings are appended
 * in order as their parent is visited, so the document order is the source's; below
 * MAX_DEPTH a subtree is laid flat, in document order, beside the deepest element.
 */
function buildInto(doc: Document, tree: P5['document']): void {
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  const stack: [P5['parentNode'], Node, number][] = [[tree, doc, 0]];
  while (stack.length) {
    const [from, into, depth] = stack.pop()!;
    for (const child of from.childNodes) {
      if (depth >= MAX_DEPTH && child.nodeName !== '#text' && child.nodeName !== '#comment') {
        layFlat(doc, child, into, PARSE5_TREE);
        continue;
      }
      const node = nodeOf(doc, child);
      if (!node) continue;
      if (node.nodeType === 1) {
        const src = child as P5['element'];
        const content = (src as P5['template']).content;
        stack.push([content ?? src, content ? (node as HTMLTemplateElement).content : node, depth + 1]);
      }
      into.appendChild(node);
    }
  }
}

/** Pages nested deeper than this (open elements) are built from our own parser's tree. */
const DEEP = 2000;


/** What laying a subtree flat needs of a parser's nodes: a text's value, or an element's name and children. */
interface TreeOf<N> {
  text(n: N): string | null;
  name(n: N): string;
  children(n: N): readonly N[];
}

const PARSE5_TREE: TreeOf<P5['childNode']> = {
  text: (n) => (n.nodeName === '#text' ? (n as P5['textNode']).value : null),
  name: (n) => n.nodeName,
  children: (n) => (n as P5['element']).childNodes ?? [],
};

const OWN_TREE: TreeOf<HtmlElement | string> = {
  text: (n) => (typeof n === 'string' ? decodeEntities(n) : null),
  name: (n) => (typeof n === 'string' ? '#text' : n.name),
  children: (n) => (typeof n === 'string' ? [] : n.children),
};

/**
 * A too-deep subtree laid flat into `into`, in document order: its texts, and where a block
 * begins or ends between two texts, one empty block to keep them apart (not one per
 * element: 100,000 empty divs side by side cost the adapters seconds for nothing).
 */
function layFlat<N>(doc: Document, root: N, into: Node, tree: TreeOf<N>): void {
  const END = Symbol('end');
  const stack: (N | typeof END)[] = [root];
  let pending = false;
  while (stack.length) {
    const n = stack.pop()!;
    if (n === END) {
      pending = true;
      continue;
    }
    const text = tree.text(n);
    if (text != null) {
      if (pending && into.lastChild?.nodeType === 3) into.appendChild(doc.createElement('p'));
      pending = false;
      into.appendChild(doc.createTextNode(text));
      continue;
    }
    // a block's edges break the text (the page reader's own set, lib/sites/dom-text.ts)
    if (BLOCK.has(tree.name(n).toUpperCase())) {
      pending = true;
      stack.push(END);
    }
    const kids = tree.children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

/** The deepest nesting of our own parser's tree, walked with an explicit stack. */
function depthOf(root: HtmlElement): number {
  let max = 0;
  const stack: [HtmlElement, number][] = [[root, 0]];
  while (stack.length) {
    const [e, d] = stack.pop()!;
    if (d > max) max = d;
    for (const c of e.children) if (typeof c !== 'string') stack.push([c, d + 1]);
  }
  return max;
}

/**
 * `doc` built from our own parser's tree (pages too deep for parse5): elements to MAX_DEPTH,
 * below it laid flat as above. Texts are decoded as our parser leaves entities in them.
 */
function buildFromOwn(doc: Document, root: HtmlElement): void {
  while (doc.firstChild) doc.removeChild(doc.firstChild);
  const html = doc.createElement('html');
  doc.appendChild(html);
  const body = doc.createElement('body');
  html.appendChild(body);
  const stack: [HtmlElement, Node, number][] = [[root, body, 0]];
  while (stack.length) {
    const [from, into, depth] = stack.pop()!;
    for (const c of from.children) {
      if (typeof c === 'string') {
        into.appendChild(doc.createTextNode(decodeEntities(c)));
        continue;
      }
      if (c.name === 'html' || c.name === 'body' || c.name === 'head') {
        stack.push([c, into, depth]);
        continue;
      }
      if (depth >= MAX_DEPTH) {
        layFlat<HtmlElement | string>(doc, c, into, OWN_TREE);
        continue;
      }
      const el = doc.createElement(c.name);
      for (const [k, v] of Object.entries(c.attrs)) {
        try {
          el.setAttribute(k, v);
        } catch {
          /* a name the DOM refuses */
        }
      }
      into.appendChild(el);
      stack.push([c, el, depth + 1]);
    }
  }
}

/** One parse5 node as a DOM node, without its children (null for a doctype). */
function nodeOf(doc: Document, child: P5['childNode']): Node | null {
  if (child.nodeName === '#text') return doc.createTextNode((child as P5['textNode']).value);
  if (child.nodeName === '#comment') return doc.createComment((child as P5['commentNode']).data);
  if (child.nodeName === '#documentType') return null;
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
  return el;
}
/** The opinion on a saved page, read as the extension reads it. */
export function readSavedPage(html: string, url?: string): PageReading {
  const page = parsePage(html, url);
  try {
    const x = extractOpinion(page.doc, url ?? 'file:///saved.html');
    const index = indexText(x.roots, { exclude: x.exclude });
    return { text: index.text, meta: x.meta, caption: x.caption, site: x.site, evidence: x.evidence, hints: readingHints(x, index) };
  } finally {
    page.close();
  }
}
