import type { FactorName, Stance } from '../types';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). Stance never relies
 * on colour alone: it is carried by the underline style too (see `stanceDecoration`), and
 * by the symbol of each paragraph's margin mark (lib/dom/margin.ts).
 */
export const FACTOR_COLOURS: Record<FactorName, string> = {
  standard: '#56B4E9',
  success: '#E69F00',
  harm: '#CC79A7',
  equities: '#009E73',
  public: '#F0E442',
  bond: '#0072B2',
  disposition: '#D55E00',
};

/**
 * How each stance is drawn: the underline under the factor's colour. The words and marks a
 * reader sees for a stance are lib/render/words.ts's (STANCE_WORDS), not repeated here.
 */
export const STANCE_MARKS: Record<Stance, { decoration: string }> = {
  movant: { decoration: 'underline solid' },
  nonmovant: { decoration: 'underline wavy' },
  neutral: { decoration: 'underline dotted' },
  law: { decoration: 'none' },
};

/** How the page is painted: the reader's choice (options page, legend switch). */
export interface PaintMode {
  /**
   * true: each labelled paragraph is washed in its factor's colour and the words that
   * decided the label are washed darker (the paragraph wash). false ("findings first", the
   * default of the settings): only each label's key sentence carries the colour and the
   * stance's underline, a little stronger, and the paragraph carries a margin mark.
   */
  wash: boolean;
}

/**
 * Alpha (two hex digits after the colour) of each wash. A paragraph's wash is light so a
 * screen of it stays readable; a key sentence alone carries more, as the one coloured line.
 */
const PARAGRAPH_ALPHA = '33';
const KEY_ALPHA = '4d';
const EVIDENCE_ALPHA = '88';

/**
 * The citation underline: the grey it always had, and where color-mix is understood (every
 * browser this extension supports) the words' own colour at 70%: on a dark page the words
 * are light and so is their underline, where a fixed grey vanished.
 */
export const CITATION_DECORATION = 'text-decoration: underline dotted #555; text-decoration-color: color-mix(in srgb, currentColor 70%, transparent);';

/**
 * CSS for every highlight name the painter uses, under the page's aliases
 * (lib/dom/highlight-names.ts). `mode` says what a factor's name covers: the whole
 * paragraph (`wash`, the default for callers that do not say) or its key sentence.
 *
 * `scope`: a selector the rules are set on instead of every element (the PDF viewer's
 * `.textLayer`). A highlight on a span inside it takes the scope's highlight style by
 * highlight inheritance, painted the same, while the spans themselves match no rule: with
 * the 36 rules on every element, styling 3,000 text layer spans took Chromium 0.5–1.2 s
 * against 0.06–0.18 s with them on the layer. On a site page the words are the page's own
 * elements, so there the rules stay on every element.
 */
export function highlightCss(colours: Record<FactorName, string> = FACTOR_COLOURS, alias: (name: string) => string = (n) => n, mode: PaintMode = { wash: true }, scope = ''): string {
  const rules: string[] = [];
  for (const [factor, colour] of Object.entries(colours)) {
    for (const [stance, mark] of Object.entries(STANCE_MARKS)) {
      const deco = mark.decoration === 'none' ? '' : `text-decoration: ${mark.decoration} ${colour}; text-decoration-thickness: 2px;`;
      rules.push(`${scope}::highlight(${alias(`lens-${factor}-${stance}`)}) { background-color: ${colour}${mode.wash ? PARAGRAPH_ALPHA : KEY_ALPHA}; ${deco} }`);
    }
    rules.push(`${scope}::highlight(${alias(`lens-evidence-${factor}`)}) { background-color: ${colour}${EVIDENCE_ALPHA}; }`);
  }
  rules.push(`${scope}::highlight(${alias('lens-citation')}) { ${CITATION_DECORATION} text-decoration-thickness: 1px; }`);
  // No rule for the reader's notes or for the flash that shows where a click led: the page
  // can read this sheet, and they are painted in a closed shadow root instead (overlay.ts).
  // in the order of their names: under a page's aliases that order is the salt's, so a
  // rule's place in the sheet does not tell the page which factor it styles
  return rules.sort().join('\n');
}

/** Relative luminance (WCAG 2) of an `#rrggbb` colour. */
export function luminance(hex: string): number {
  const n = parseInt(hex.replace('#', '').slice(0, 6), 16);
  return relativeLuminance([(n >> 16) & 255, (n >> 8) & 255, n & 255]);
}

/** Relative luminance (WCAG 2) of sRGB channels 0–255. */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Black or white, whichever reads better on `hex` (a margin mark's symbol on its factor's colour). */
export function inkOn(hex: string): '#000' | '#fff' {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}
