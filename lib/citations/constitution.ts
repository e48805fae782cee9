/** Constitutions: "U.S. Const. amend. VIII", "U.S. Const. art. III, § 2, cl. 1", "N.Y. Const. art. I, § 3". */
import type { Citation } from '../types';
import { findSignal } from './case-name';
import { newCitation } from './citation';

const PART = /\s*,?\s*(?:(?:amend|art|Amend|Art|pmbl)\.|[Aa]mendment|[Aa]rticle)\s*(?:[IVXLC]+|\d+)\b(?:,?\s*§§?\s*\d+)?(?:,?\s*cl\.\s*\d+)?/y;
const JURISDICTION = /(?:U\.\s?S\.|(?:[A-Z][a-z]*\.\s?){1,3}|[A-Z][a-z]+)\s*$/;

/** Reads a constitution cite whose "Const." is at `pos`. */
export function readConstitution(text: string, pos: number, floor: number): Citation | null {
  const j = JURISDICTION.exec(text.slice(Math.max(floor, pos - 16), pos));
  if (!j) return null;
  const start = pos - j[0].length;
  PART.lastIndex = pos + 'Const.'.length;
  const m = PART.exec(text);
  const end = m ? PART.lastIndex : pos + 'Const.'.length;
  const c = newCitation('constitution', text, start, end);
  c.reporter = text.slice(start, pos + 6).replace(/\s+/g, ' ');
  c.section = m ? m[0].replace(/^[\s,]+/, '').replace(/\s+/g, ' ') : null;
  c.signal = findSignal(text, start)?.signal ?? null;
  return c;
}
