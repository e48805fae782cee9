import type { FactorName } from '../types';
import { HEADING_FACTORS } from './factors';

/** A heading the analysis recognised, and where it sits in the outline. */
export interface SectionHeading {
  text: string;
  /** 1 = "II. DISCUSSION", 2 = "A. Irreparable Harm", 3 = "1. The Regulations." */
  level: number;
  /** the one factor it names, or null */
  factor: FactorName | null;
  /** every factor it names ("C. Both The Balance Of The Equities And The Public's Interest ...") */
  factors: FactorName[];
}

/**
 * Reads a paragraph that is only a heading ("VI. THE PRELIMINARY INJUNCTION", "B. Irreparable
 * Injury.", "DISCUSSION"): short, no sentence after it. The segmenter may already have moved
 * headings out of the paragraphs; this catches the ones it leaves in (a blank-line splitter
 * keeps them as one-line paragraphs).
 */
export function readHeading(text: string, trusted = false): SectionHeading | null {
  const t = text.trim();
  if (t.length === 0 || (t.length > 90 && !trusted)) return null;
  if (/[,;]$/.test(t) || /\b(?:v\.|U\.\s?S\.|F\.\d|§)/.test(t)) return null;
  // a bare mark ("II.", "B.", "1.") heads a part whose title the court left out (González-Fuentes v. Molina)
  const bare = /^([IVXL]+|[A-H]|\d{1,2})\.$/.exec(t);
  if (bare) return { text: t, level: /^[IVXL]+$/.test(bare[1]) ? 1 : /^[A-H]$/.test(bare[1]) ? 2 : 3, factor: null, factors: [] };
  // lower-case roman marks a fourth level ("i. The Final Rule Is Supported By The Record" under
  // "1. Plaintiffs Do Not Establish A Likelihood Of Success", Safari Club v. Salazar): it stays in its factor
  const numbered = /^([IVXL]+|[A-H]|\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+(\S.*)$/.exec(t);
  if (numbered) {
    const body = numbered[2].replace(/\.$/, '');
    // "3. The Court finds that no bond is required." is a numbered order paragraph, not a heading
    if (!trusted && (body.split(/\s+/).length > 10 || /[.!?]\s+[A-Z]/.test(body) || /\b(?:is|are|was|were|has|have|had|that|must|shall|will|would|may|should|finds?|does|did)\b/.test(body))) return null;
    const mark = numbered[1];
    const level = /^[IVXL]+$/.test(mark) && mark !== 'I' ? 1 : mark === 'I' && /^[A-Z ,:'’&-]+$/.test(body) ? 1 : /^[A-H]$/.test(mark) ? 2 : 3;
    return { text: t, level, factor: headingFactor(body), factors: headingFactors(body) };
  }
  const words = t.split(/\s+/);
  if (words.length <= 6 && /^[A-Z][A-Z ,:'’&-]+$/.test(t) && !/\b(?:IT IS|ORDERED|ORDER|AFFIRMED|REVERSED|VACATED|DENIED|GRANTED)\b/.test(t)) {
    return { text: t, level: 1, factor: headingFactor(t), factors: headingFactors(t) };
  }
  if (trusted) return { text: t, level: 2, factor: headingFactor(t), factors: headingFactors(t) };
  return null;
}

/** Every factor a heading names. */
export function headingFactors(text: string): FactorName[] {
  return HEADING_FACTORS.filter((h) => h.pattern.test(text)).map((h) => h.factor);
}

/** The factor a heading names, if exactly one. */
export function headingFactor(text: string): FactorName | null {
  const hits = HEADING_FACTORS.filter((h) => h.pattern.test(text));
  return hits.length === 1 ? hits[0].factor : null;
}

/**
 * A run-in heading opening a paragraph: "Irreparable harm. There can be no question ..."
 * (Roman Catholic Diocese v. Cuomo). Returns the factor and the heading's length.
 */
export function runInHeading(text: string): { factor: FactorName; length: number } | null {
  const m = /^(?:[A-Z0-9]{1,4}\.\s+)?([A-Z][A-Za-z’' ]{4,60}?)\.\s+(?=[A-Z“"])/.exec(text);
  // a run-in heading is a noun phrase: "The Company also has shown irreparable harm." is a finding
  if (!m || m[1].split(/\s+/).length > 6 || /\b(?:is|are|was|were|has|have|had|shown|must|will|would|also)\b/i.test(m[1])) return null;
  const factor = headingFactor(m[1]);
  return factor ? { factor, length: m[0].length } : null;
}
