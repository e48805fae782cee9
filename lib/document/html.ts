import { decodeEntities, findElement, parseHtml, textLengths, textOf, walkTree, type HtmlElement } from './html-tree';
import { readHtmlMeta, type HtmlMeta } from './html-meta';
import { BLOCK_TAGS } from './block-tags';

/**
 * Pure HTML → reading text for the command line and the worker (no DOM). Finds the opinion's
 * container (CAP's `section.casebody`, `<main>`, `<article>`, an element named for the
 * opinion), drops page chrome (scripts, styles, nav, header, footer, banners, forms), and
 * writes block elements as paragraphs separated by blank lines with entities decoded.
 * Star-page labels (`[*2]`, `*260`) stay in the text: the document model reads them as pages.
 */
export interface HtmlText {
  text: string;
  title: string | null;
  /** what the page itself says about the case: court name, ISO date, docket, title */
  meta: HtmlMeta;
}

export type { HtmlMeta };

/** The one block set (block-tags.ts), in the parser's lower case. */
const BLOCK: ReadonlySet<string> = new Set([...BLOCK_TAGS].map((t) => t.toLowerCase()));
const DROP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'form', 'button', 'iframe', 'svg', 'template', 'select', 'head', 'input', 'textarea', 'title', 'object', 'canvas', 'menu']);
const DROP_ROLE = /^(?:navigation|banner|alert|search|contentinfo|complementary|dialog)$/i;
const CHROME = /(?:^|[\s_-])(?:skip|skipcontent|banner|breadcrumbs?|menu|navbar|nav|footer|header|sidebar|advert|ads|cookie|share|social|disclaimer|toolbar)(?:$|[\s_-])/i;
/** containers that hold the opinion, most specific first */
const CONTAINERS: ((e: HtmlElement) => boolean)[] = [
  (e) => /\bcasebody\b/.test(e.attrs.class ?? ''),
  (e) => e.name === 'main',
  (e) => /(?:^|[\s_-])(?:opinion|decision|case-?text|case-?body|opinion-?text|document-?body|lawbox)(?:$|[\s_-])/i.test(`${e.attrs.id ?? ''} ${e.attrs.class ?? ''}`) && e.name !== 'p' && e.name !== 'span',
  (e) => e.name === 'article',
];

export function htmlToText(html: string): HtmlText {
  const tree = parseHtml(html);
  const titleEl = findElement(tree, (e) => e.name === 'title');
  const title = titleEl ? textOf(titleEl) || null : null;
  const body = findElement(tree, (e) => e.name === 'body') ?? tree;
  const keep = layoutWrappers(body);
  const dropped = (e: HtmlElement) => isChrome(e) && !keep.has(e);
  const writeBlocks = (root: HtmlElement) => writeBlocksOf(root, dropped);
  const whole = writeBlocks(body);
  const total = whole.join(' ').length;
  let blocks = whole;
  for (const test of CONTAINERS) {
    const el = findElement(body, (e) => test(e) && !dropped(e));
    if (!el) continue;
    const inner = writeBlocks(el);
    // A container holding little of the page's text is a widget, not the opinion.
    if (inner.join(' ').length >= Math.min(500, total * 0.3)) {
      blocks = inner;
      break;
    }
  }
  const text = blocks.join('\n\n');
  return { text, title, meta: readHtmlMeta(tree, text, title) };
}

/**
 * Elements named like chrome that hold most of the page's text are layout wrappers, not chrome:
 * FindLaw wraps the whole opinion in "sidebar-with-breadcrumbs-layout".
 */
function layoutWrappers(body: HtmlElement): Set<HtmlElement> {
  const lengths = textLengths(body);
  const total = lengths.get(body) ?? 0;
  const out = new Set<HtmlElement>();
  walkTree(body, (e) => {
    if (typeof e === 'string' || DROP.has(e.name)) return false;
    if ((CHROME.test(e.attrs.class ?? '') || CHROME.test(e.attrs.id ?? '')) && (lengths.get(e) ?? 0) >= 0.5 * total) out.add(e);
    return true;
  });
  return out;
}

function isChrome(e: HtmlElement): boolean {
  if (DROP.has(e.name)) return true;
  if (e.name === 'aside' && !/footnote/i.test(e.attrs.class ?? '')) return true;
  if (e.attrs.hidden !== undefined || /display\s*:\s*none/i.test(e.attrs.style ?? '')) return true;
  if (DROP_ROLE.test(e.attrs.role ?? '')) return true;
  return CHROME.test(e.attrs.class ?? '') || CHROME.test(e.attrs.id ?? '');
}

/** Text with its whitespace as written, tags removed, entities decoded, `<br>` as a line break. */
function rawText(e: HtmlElement, dropped: (e: HtmlElement) => boolean): string {
  let out = '';
  walkTree(e, (x) => {
    if (typeof x === 'string') out += decodeEntities(x);
    else if (x.name === 'br') out += '\n';
    else return !dropped(x);
    return false;
  });
  return out.replace(/\r\n?/g, '\n');
}

/** A star-page label element: `<a class="page-label">*260</a>`, `<font>[*2]</font>`. */
function isPageLabel(e: HtmlElement): boolean {
  if (e.children.length !== 1 || typeof e.children[0] !== 'string') return false;
  return /^\s*\[?\*{1,3}\d{1,5}\]?\s*$/.test(e.children[0]);
}

/** Writes the element's text as blocks; `<br>` is a line break, two in a row a paragraph break. */
function writeBlocksOf(root: HtmlElement, dropped: (e: HtmlElement) => boolean): string[] {
  const blocks: string[] = [];
  let cur = '';
  let breaks = 0;
  const flush = () => {
    const lines = cur.split('\n').map((l) => l.replace(/[ \t\r\f\u00a0]+/g, ' ').trim()).filter(Boolean);
    if (lines.length) blocks.push(lines.join('\n'));
    cur = '';
    breaks = 0;
  };
  const enter = (node: HtmlElement | string): boolean => {
    if (typeof node === 'string') {
      const t = decodeEntities(node);
      cur += t.replace(/\s+/g, ' ');
      if (/\S/.test(t)) breaks = 0;
      return false;
    }
    if (dropped(node)) return false;
    if (node.name === 'br') {
      breaks++;
      if (breaks >= 2) flush();
      else cur += '\n';
      return false;
    }
    const block = BLOCK.has(node.name);
    if (!block && isPageLabel(node)) {
      // "*269" set against the next word ("*2694. Remaining issues", CAP): keep it a word of its own.
      cur += ` ${textOf(node)} `;
      return false;
    }
    if (/footnote/i.test(node.attrs.class ?? '') && (node.name === 'aside' || node.name === 'div' || node.name === 'li')) {
      // One block per note, its label first: "1 We use the term …" (CAP's <aside class="footnote">).
      flush();
      const label = (node.attrs['data-label'] ?? '').replace(/[.\s]+$/, '');
      const body = textOf(node).replace(/^\[?(\d{1,3})\]?\.?\s*/, '');
      cur = label ? `${label} ${body}` : textOf(node);
      flush();
      return false;
    }
    if (node.name === 'pre') {
      // Preformatted opinion text (CourtListener's plain text in <pre>): keep its lines and
      // indentation, which the segmenter reads paragraphs from.
      flush();
      const raw = rawText(node, dropped).replace(/[ \t]+$/gm, '').replace(/^\s*\n|\s+$/g, '');
      if (raw) blocks.push(raw);
      return false;
    }
    if (block) flush();
    return true;
  };
  // after an element's children: a block ends its paragraph, a table cell its word
  const leave = (node: HtmlElement) => {
    if (BLOCK.has(node.name)) flush();
    else if (node.name === 'td' || node.name === 'th') cur += ' ';
  };
  walkTree(root, enter, leave);
  flush();
  return blocks;
}
