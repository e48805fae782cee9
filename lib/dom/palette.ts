import type { FactorName, Stance } from '../types';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies). Stance never relies
 * on colour alone: it is carried by the underline style too (see `stanceDecoration`).
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

/** CSS for every highlight name the painter uses, under the page's aliases (lib/dom/highlight-names.ts). */
export function highlightCss(colours: Record<FactorName, string> = FACTOR_COLOURS, alias: (name: string) => string = (n) => n): string {
  const rules: string[] = [];
  for (const [factor, colour] of Object.entries(colours)) {
    for (const [stance, mark] of Object.entries(STANCE_MARKS)) {
      const deco = mark.decoration === 'none' ? '' : `text-decoration: ${mark.decoration} ${colour}; text-decoration-thickness: 2px;`;
      rules.push(`::highlight(${alias(`lens-${factor}-${stance}`)}) { background-color: ${colour}33; ${deco} }`);
    }
    rules.push(`::highlight(${alias(`lens-evidence-${factor}`)}) { background-color: ${colour}88; }`);
  }
  rules.push(`::highlight(${alias('lens-citation')}) { text-decoration: underline dotted #555; text-decoration-thickness: 1px; }`);
  // No rule for the reader's notes or for the flash that shows where a click led: the page
  // can read this sheet, and they are painted in a closed shadow root instead (overlay.ts).
  // in the order of their names: under a page's aliases that order is the salt's, so a
  // rule's place in the sheet does not tell the page which factor it styles
  return rules.sort().join('\n');
}
