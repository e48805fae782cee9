/**
 * Court rules: "Fed. R. Civ. P. 65(b)", "Fed. R. App. P. 8(a)", "Fed. R. Evid. 702", "Federal Rule of Civil
 * Procedure 65(b)", local rules
 * under any of the names in local-rule.ts ("Local Rule 7(a)", "D. Conn. L. Civ. R. 7", "LR IA 7-1(b)"), "Sup. Ct. R. 22", and a state's: "Mass. R. Crim. P. 30 (b)" (Massachusetts
 * spaces its subdivisions), "Ark. R. Civ. P. 8(a)(1)", "Tex. R. App. P. 52.7".
 */
import type { Citation } from '../types';
import { findSignal } from './case-name';
import { newCitation } from './citation';
import { LOCAL_RULE } from './local-rule';

// a spaced subdivision ("30 (b)") is a letter, numeral or short number, never a year ("(2018)")
const NUMBER = String.raw`\s*\d+(?:\.\d+)*[a-z]?(?:\([A-Za-z0-9]{1,4}\)| \((?:[A-Za-z]{1,4}|\d{1,2})\))*(?:\s*[-–]\s*\d+(?:\([A-Za-z0-9]{1,4}\))*)?`;
/** A state's abbreviation before "R. Civ. P." ("Mass.", "Ark.", "N.J.", "Tex."). */
export const STATE_RULE = String.raw`(?:[A-Z][a-z]{1,5}\.\s?|[A-Z]\.\s?){1,3}R\.\s*(?:(?:Civ|Crim|App|Juv|Prob)\.\s*P\.|Evid\.)`;
/** The Federal Rules by their names written out: "Federal Rule of Civil Procedure 65(b)", "Federal Rules of Evidence 702". */
export const FEDERAL_RULE_WORDS = String.raw`Federal\s+Rules?\s+of\s+(?:(?:Civil|Criminal|Appellate|Bankruptcy)\s+Procedure|Evidence)`;
/**
 * A line-numbered filing's line number between a rule's name and its number: "Federal Rule of Civil
 * Procedure⏎⏎4 11(b)(2)" (Kelly v. FINRA, D. Nev. 2026); skipped only before a number with its subdivision.
 */
const LINE_NUMBER = String.raw`(?:\s{1,4}\d{1,2}(?=\s{1,4}\d{1,3}(?:\.\d+)?\())?`;
const RULE = new RegExp(
  String.raw`(?:(?:Fed\.\s*R\.\s*(?:(?:Civ|Crim|App|Bankr)\.\s*P\.|Evid\.)|${FEDERAL_RULE_WORDS})${LINE_NUMBER}|${STATE_RULE}|\b(?:${LOCAL_RULE})\s*(?=\d)|Sup\.\s*Ct\.\s*R\.)(${NUMBER})`,
  'y',
);
const LOCAL_NAME = new RegExp(String.raw`^(?:${LOCAL_RULE})`);
/** A court prefix before a local rule ("D. Conn. L. Civ. R. 7", "D. Mass. Local Rule 7.1", "S.D.N.Y."). */
const COURT_PREFIX = /(?:[A-Z]\.\s?)+[A-Z][a-z]*\.?\s$|(?:[A-Z]\.){2,5}\s$/;

export function readRule(text: string, pos: number): Citation | null {
  RULE.lastIndex = pos;
  const m = RULE.exec(text);
  if (!m) return null;
  let start = pos;
  if (LOCAL_NAME.test(m[0])) {
    const p = COURT_PREFIX.exec(text.slice(Math.max(0, pos - 12), pos));
    if (p) start = pos - p[0].length;
  }
  const c = newCitation('rule', text, start, RULE.lastIndex);
  c.reporter = m[0].slice(0, m[0].length - m[1].length).replace(/\s+/g, ' ').trim().replace(/ \d{1,2}$/, '');
  c.section = m[1].trim();
  c.signal = findSignal(text, start)?.signal ?? null;
  return c;
}
