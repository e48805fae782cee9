/**
 * The one set of elements whose edges break the reading text, for every reader of HTML: the
 * page's text index (lib/dom/text-index.ts), the site adapters' text (lib/sites/dom-text.ts)
 * and the command line's HTML reader (lib/document/html.ts), so the page and the CLI cut an
 * opinion into the same blocks. Upper-case, as `Element.tagName` gives them.
 *
 * Beyond HTML's own blocks: CourtListener's and CAP's opinion markup (`<opinion>`,
 * `<partyblock>`, `<footnote>`, `<footnotes>`), and the table parts and roots (`tbody`,
 * `caption`, `body`, `html`) the CLI's walker starts from. `<br>` breaks a line; the CLI's
 * reader keeps that distinction (one `<br>` a line, two a paragraph) before it asks this set.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'FOOTNOTE', 'FOOTNOTES', 'OPINION', 'PARTYBLOCK',
]);

/** Elements whose text is never reading text (scripts, styles, form controls, embedded documents), for the page's two readers. */
export const NEVER_TEXT_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);
