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

/** Parses `html` into a tree rooted at a synthetic `#root` element. Linear in the input. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [], parent: null };
  let cur = root;
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      cur.children.push(html.slice(i));
      break;
    }
    if (lt > i) cur.children.push(html.slice(i, lt));
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
      cur.children.push('<');
      i = lt + 1;
      continue;
    }
    i = lt + m[0].length;
    const name = m[2].toLowerCase();
    if (m[1]) {
      // End tag: close up to the matching open element, if there is one.
      for (let e: HtmlElement | null = cur; e && e !== root; e = e.parent) {
        if (e.name === name) {
          cur = e.parent ?? root;
          break;
        }
      }
      continue;
    }
    if (CLOSES_P.has(name) || SELF_NESTING.has(name)) cur = closeImplied(cur, name);
    const el: HtmlElement = { name, attrs: parseAttrs(m[3]), children: [], parent: cur };
    cur.children.push(el);
    if (VOID.has(name) || m[3].endsWith('/')) continue;
    if (RAW_TEXT.has(name)) {
      const closeRe = new RegExp(`</${name}\\s*>`, 'gi');
      closeRe.lastIndex = i;
      const close = closeRe.exec(html);
      el.children.push(html.slice(i, close ? close.index : n));
      i = close ? close.index + close[0].length : n;
      continue;
    }
    cur = el;
  }
  return root;
}

function closeImplied(cur: HtmlElement, opening: string): HtmlElement {
  if (cur.name === 'p' && CLOSES_P.has(opening)) return cur.parent ?? cur;
  if (SELF_NESTING.has(opening)) {
    // <li> inside an open <li>, <td> inside an open <td>: the earlier one ends.
    for (let e: HtmlElement | null = cur; e && e.parent; e = e.parent) {
      if (e.name === opening) return e.parent;
      if (e.name === 'table' || e.name === 'ul' || e.name === 'ol' || e.name === 'dl') break;
    }
  }
  return cur;
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

/** Text content with whitespace collapsed. */
export function textOf(e: HtmlNode): string {
  const parts: string[] = [];
  const walk = (x: HtmlNode) => {
    if (typeof x === 'string') parts.push(x);
    else if (x.name === 'br') parts.push(' ');
    else if (x.name !== 'script' && x.name !== 'style') {
      x.children.forEach(walk);
      parts.push(INLINE.has(x.name) ? '' : ' ');
    }
  };
  walk(e);
  return decodeEntities(parts.join('')).replace(/\s+/g, ' ').trim();
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
