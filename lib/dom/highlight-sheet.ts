/**
 * The one stylesheet the extension adds to a page: `::highlight()` rules, under the page's
 * aliases (highlight-names.ts), so the rules name no factor. A
 * constructed sheet (adoptedStyleSheets) is not subject to the page's style-src CSP and
 * adds no node to the DOM. Shared by the document_start script and the main content
 * script (content scripts of one extension share their isolated world).
 */
import { FACTOR_COLOURS, highlightCss, type PaintMode } from './palette';
import { pageAliases } from './highlight-names';
import type { FactorName } from '../types';

const KEY = '__injunctionLensSheet';
type Holder = { [KEY]?: { sheet: CSSStyleSheet | HTMLStyleElement; css: string } };

/**
 * Adopts (or updates) the sheet. `mode` says what a factor's highlight covers (palette.ts);
 * the content script passes the reader's choice, and the document_start script the
 * settings' default, so that on most pages the sheet is adopted once and never replaced.
 * `scope`: the element the rules are set on, the PDF viewer's text layer (palette.ts).
 */
export function adoptHighlightSheet(doc: Document, colours: Record<FactorName, string> = FACTOR_COLOURS, alias = pageAliases(), mode?: PaintMode, scope = ''): void {
  const g = globalThis as Holder;
  const css = highlightCss(colours, alias, mode, scope);
  const held = g[KEY];
  if (held) {
    // same rules: keep the sheet (replacing it would restyle the whole page again)
    if (held.css === css) return;
    if (held.sheet instanceof CSSStyleSheet) held.sheet.replaceSync(css);
    else held.sheet.textContent = css;
    held.css = css;
    return;
  }
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    g[KEY] = { sheet, css };
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    (doc.head ?? doc.documentElement).appendChild(style);
    g[KEY] = { sheet: style, css };
  }
}

export function removeHighlightSheet(doc: Document): void {
  const g = globalThis as Holder;
  const held = g[KEY];
  if (!held) return;
  if (held.sheet instanceof CSSStyleSheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== held.sheet);
  else held.sheet.remove();
  delete g[KEY];
}
