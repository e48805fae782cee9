/**
 * Reading text out of elements without touching them: whitespace squashing, block-aware
 * concatenation, and a few safe selector helpers every adapter uses.
 */

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** Tags whose text is never reading text. */
export const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** Collapse runs of whitespace (NBSP, thin and em spaces included) to one space and trim. */
export function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}

/** An element's text, squashed. */
export function textOf(el: Element | null | undefined): string {
  return el ? squash(el.textContent) : '';
}

/**
 * The text of `roots` minus `exclude` (and never-text tags), with a space at block
 * boundaries so that `<p>a</p><p>b</p>` reads "a b", squashed. This is what the content
 * script will index, up to whitespace.
 */
export function readingText(roots: readonly Element[], exclude: Iterable<Element> = []): string {
  const skip = new Set<Node>(exclude);
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (skip.has(node)) return;
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (NEVER_TEXT.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) out.push(' ');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push(' ');
  };
  for (const r of roots) {
    walk(r);
    out.push(' ');
  }
  return squash(out.join(''));
}

/** querySelectorAll that never throws (a selector a browser or happy-dom rejects gives []). */
export function all(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** querySelector that never throws. */
export function one(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Drop elements contained in another element of the list (keeps the outermost). */
export function outermost(els: readonly Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** Parse a URL without throwing; null for anything that is not one. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Host without a leading "www.", lower-cased; "" when the URL does not parse. */
export function hostOf(url: string): string {
  return parseUrl(url)?.hostname.toLowerCase().replace(/^www\./, '') ?? '';
}
