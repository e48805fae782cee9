/**
 * Short-form case citations: "804 F.3d at 622", "D.D., 465 F.3d at 510", "508 U. S., at 546".
 * A repeated full cite under a bare short name ("Johnson, 2003 WL 169797, *1") becomes one in
 * resolve.ts, which also gives each its antecedent.
 */
import type { Citation } from '../types';
import { findShortName, findSignal } from './case-name';
import { newCitation } from './citation';
import { readParens } from './parenthetical';
import type { ReporterCite } from './reporter-cite';

/** A short form "804 F.3d at 622" read at its volume, with the short name before it ("D.D., 465 F.3d at 510") and its parentheticals. */
export function readShortCase(text: string, c: ReporterCite, floor: number): Citation {
  const cit = newCitation('short_case', text, c.start, c.end);
  cit.volume = c.volume;
  cit.reporter = c.reporter;
  cit.pin = c.pin;
  let nameEnd = c.start;
  while (nameEnd > floor && /\s/.test(text[nameEnd - 1])) nameEnd--;
  if (text[nameEnd - 1] === ',') {
    const name = findShortName(text, nameEnd - 1, floor);
    if (name) { cit.caseName = name.name; cit.fullStart = name.start; }
  }
  cit.signal = findSignal(text, cit.fullStart)?.signal ?? null;
  const parens = readParens(text, c.end);
  if (parens.length) { cit.parenthetical = parens[0].content; cit.fullEnd = parens[parens.length - 1].end; }
  return cit;
}

