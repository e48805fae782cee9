/**
 * A small, tolerant HTML parser for the pure core (no DOM): enough structure to find the
 * opinion's container, drop page chrome, and read text in order. Unclosed elements are
 * closed by their parent's end tag; stray end tags are ignored; script, style and
 * comments never reach the text.
 */

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe']);
/** a start tag of these closes an open <p> (HTML's implied end tags, simplified) */
const CLOSES_P = new Set(['p', 'div', 'table', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'form', 'hr', 'center']);
const SELF_NESTING = new Set(['li', 'tr', 'td', 'th', 'option', 'dt', 'dd']);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*)>/y;
const ATTR = /([^\s=>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/**
 * Parses `html` into a tree rooted at a synthetic `#root` element. Linear in the input however
 * deep the nesting: an end tag finds its open element through `OpenElements` instead of climbing
 * the tree, so 100,000 stray `</b>` under 100,000 open `<div>` cost no more than reading them.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [], parent: null };
  const open = new OpenElements(root);
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      open.current.children.push(html.slice(i));
      break;
    }
    if (lt > i) open.current.children.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const m = TAG.exec(html);
    if (!m) {
      open.current.children.push('<');
      i = lt + 1;
      continue;
    }
    i = lt + m[0].length;
    const name = m[2].toLowerCase();
    if (m[1]) {
      // End tag: close the innermost open element of that name and all inside it; a stray one is ignored.
      const at = open.depthOf(name);
      if (at > 0) open.popTo(at);
      continue;
    }
    if (CLOSES_P.has(name) || SELF_NESTING.has(name)) closeImplied(open, name);
    const parent = open.current;
    const el: HtmlElement = { name, attrs: parseAttrs(m[3]), children: [], parent };
    parent.children.push(el);
    if (VOID.has(name) || m[3].endsWith('/')) continue;
    if (RAW_TEXT.has(name)) {
      const closeRe = new RegExp(`</${name}\\s*>`, 'gi');
      closeRe.lastIndex = i;
      const close = closeRe.exec(html);
      el.children.push(html.slice(i, close ? close.index : n));
      i = close ? close.index + close[0].length : n;
      continue;
    }
    open.push(el);
  }
  return root;
}

/**
 * The open elements from the root (depth 0) to the current one, with the depths at which each
 * name is open, so "the innermost open <li>" is a lookup rather than a climb up the tree.
 */
class OpenElements {
  private readonly stack: HtmlElement[];
  private readonly depths = new Map<string, number[]>();

  constructor(root: HtmlElement) {
    this.stack = [root];
  }

  get current(): HtmlElement {
    return this.stack[this.stack.length - 1];
  }

  push(el: HtmlElement): void {
    let d = this.depths.get(el.name);
    if (!d) this.depths.set(el.name, (d = []));
    d.push(this.stack.length);
    this.stack.push(el);
  }

  /** Depth of the innermost open element named `name`; -1 when none is open. */
  depthOf(name: string): number {
    const d = this.depths.get(name);
    return d && d.length ? d[d.length - 1] : -1;
  }

  /** Closes the element at `depth` and everything opened inside it. */
  popTo(depth: number): void {
    while (this.stack.length > depth) this.depths.get(this.stack.pop()!.name)!.pop();
  }
}

/** a nested list or table between two <li> (or <td>) keeps the outer one open */
const LIST_BOUNDARIES = ['table', 'ul', 'ol', 'dl'];

function closeImplied(open: OpenElements, opening: string): void {
  if (open.current.name === 'p' && CLOSES_P.has(opening)) {
    open.popTo(open.depthOf('p'));
    return;
  }
  if (SELF_NESTING.has(opening)) {
    // <li> inside an open <li>, <td> inside an open <td>: the earlier one ends.
    const at = open.depthOf(opening);
    if (at > 0 && at > Math.max(...LIST_BOUNDARIES.map((b) => open.depthOf(b)))) open.popTo(at);
  }
}

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (!s) return attrs;
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(s))) attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

/** Depth-first search for the first element matching `test`. */
export function findElement(root: HtmlElement, test: (e: HtmlElement) => boolean): HtmlElement | null {
  const stack: HtmlElement[] = [root];
  while (stack.length) {
    const e = stack.pop()!;
    if (test(e)) return e;
    for (let k = e.children.length - 1; k >= 0; k--) {
      const c = e.children[k];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  return null;
}

/**
 * Visits `node` and everything inside it in document order without recursion: a page may nest
 * elements 100,000 deep, and a recursive walk overflows the stack at a few thousand. `enter`
 * returns false to skip an element's children and its `leave`; `leave` runs after the children.
 */
export function walkTree(node: HtmlNode, enter: (x: HtmlNode) => boolean, leave?: (e: HtmlElement) => void): void {
  const stack: (HtmlNode | Leave)[] = [node];
  while (stack.length) {
    const x = stack.pop()!;
    if (x instanceof Leave) {
      leave!(x.element);
      continue;
    }
    if (!enter(x) || typeof x === 'string') continue;
    if (leave) stack.push(new Leave(x));
    for (let k = x.children.length - 1; k >= 0; k--) stack.push(x.children[k]);
  }
}

/** on walkTree's stack: this element's children are done */
class Leave {
  constructor(readonly element: HtmlElement) {}
}

/** Text content with whitespace collapsed. */
export function textOf(e: HtmlNode): string {
  const parts: string[] = [];
  walkTree(
    e,
    (x) => {
      if (typeof x === 'string') parts.push(x);
      else if (x.name === 'br') parts.push(' ');
      else return x.name !== 'script' && x.name !== 'style';
      return false;
    },
    (x) => parts.push(INLINE.has(x.name) ? '' : ' '),
  );
  return decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
}

/**
 * The length of `textOf(e)` for `root` and every element inside it, in one pass. Calling textOf
 * on each of 100,000 nested elements would read the page 100,000 times. Entities are decoded
 * per text node here (textOf decodes the joined text), which differs only for an entity split
 * by a tag ("&am<b></b>p;"), which a browser does not decode either.
 */
export function textLengths(root: HtmlElement): Map<HtmlElement, number> {
  const runs = new Map<HtmlElement, Run>();
  walkTree(
    root,
    (x) => typeof x !== 'string' && x.name !== 'script' && x.name !== 'style' && x.name !== 'br',
    (e) => {
      let run = EMPTY_RUN;
      for (const c of e.children) {
        if (typeof c === 'string') run = joinRuns(run, runOf(decodeEntities(c)));
        else if (c.name === 'br') run = joinRuns(run, SPACE_RUN);
        else if (runs.has(c)) run = joinRuns(joinRuns(run, runs.get(c)!), INLINE.has(c.name) ? EMPTY_RUN : SPACE_RUN);
      }
      runs.set(e, run);
    },
  );
  const lengths = new Map<HtmlElement, number>();
  for (const [e, r] of runs) lengths.set(e, Math.max(0, r.length - Number(r.lead) - Number(r.trail)));
  return lengths;
}

/** text with whitespace collapsed, as its length and whether it starts and ends with a space */
interface Run {
  length: number;
  lead: boolean;
  trail: boolean;
}

const EMPTY_RUN: Run = { length: 0, lead: false, trail: false };
const SPACE_RUN: Run = { length: 1, lead: true, trail: true };

function runOf(s: string): Run {
  const collapsed = s.replace(/\s+/g, ' ');
  return { length: collapsed.length, lead: collapsed.startsWith(' '), trail: collapsed.endsWith(' ') };
}

/** two collapsed texts written one after the other: a space meeting a space collapses to one */
function joinRuns(a: Run, b: Run): Run {
  if (!a.length) return b;
  if (!b.length) return a;
  return { length: a.length + b.length - (a.trail && b.lead ? 1 : 0), lead: a.lead, trail: b.trail };
}

const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'font', 'sup', 'sub', 'u', 'small', 'big', 'cite', 'abbr', 'code', 'mark', 's', 'q']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', sect: '§', para: '¶', copy: '©', reg: '®',
  mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', hellip: '…',
  bull: '•', middot: '·', deg: '°', frac12: '½', frac14: '¼', frac34: '¾', times: '×', divide: '÷', shy: '\u00ad',
  eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç',
  uuml: 'ü', ouml: 'ö', auml: 'ä', Eacute: 'É', Aacute: 'Á', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', laquo: '«', raquo: '»', prime: '′', Prime: '″', dagger: '†', Dagger: '‡',
};

/** Decodes named and numeric character references. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,7});?/g, (all, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? all;
  });
}
