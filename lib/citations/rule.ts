/** Court rules: "Fed. R. Civ. P. 65(b)", "Fed. R. App. P. 8(a)", "Fed. R. Evid. 702", "Local Rule 7(a)", "D. Conn. L. Civ. R. 7", "Sup. Ct. R. 22". */
import type { Citation } from '../types';
import { findSignal } from './case-name';
import { newCitation } from './citation';

export const kind = 'rule';

const NUMBER = String.raw`\s*\d+(?:\.\d+)*[a-z]?(?:\([A-Za-z0-9]{1,4}\))*(?:\s*[-–]\s*\d+(?:\([A-Za-z0-9]{1,4}\))*)?`;
const RULE = new RegExp(
  String.raw`(?:Fed\.\s*R\.\s*(?:(?:Civ|Crim|App|Bankr)\.\s*P\.|Evid\.)|(?:Local|L\.)\s*(?:Civil\s+|Criminal\s+|Civ\.\s*|Crim\.\s*)?(?:Rule|R\.)|Sup\.\s*Ct\.\s*R\.)(${NUMBER})`,
  'y',
);
/** A court prefix before "L. Civ. R." ("D. Conn.", "S.D.N.Y."). */
const COURT_PREFIX = /(?:[A-Z]\.\s?)+[A-Z][a-z]*\.?\s$|(?:[A-Z]\.){2,5}\s$/;

export function readRule(text: string, pos: number): Citation | null {
  RULE.lastIndex = pos;
  const m = RULE.exec(text);
  if (!m) return null;
  let start = pos;
  if (/^L\./.test(m[0])) {
    const p = COURT_PREFIX.exec(text.slice(Math.max(0, pos - 12), pos));
    if (p) start = pos - p[0].length;
  }
  const c = newCitation('rule', text, start, RULE.lastIndex);
  c.reporter = m[0].slice(0, m[0].length - m[1].length).replace(/\s+/g, ' ').trim();
  c.section = m[1].trim();
  c.signal = findSignal(text, start)?.signal ?? null;
  return c;
}
