/**
 * An opinion cited by page with no title before it: the lower court's opinion as the appellate
 * court cites it, "op. at 10" (Hirsch v. Dorsey Trailers, 3d Cir. 1998: '"delay alone is not
 * grounds for denying an injunction," op. at 10'), is a record cite; this court's own opinion,
 * "Slip op. at 9 n.1", "Maj. op. at 12", "dissenting op. at 3", is another authority (`other`).
 * "Mem. Op. at 11-12" and other capitalized titles are read by record.ts; a docket's "No. 94-2503,
 * slip op. at 9" belongs to its case (slip-opinion.ts).
 */
import type { Citation } from '../types';
import { findSignal } from './case-name';
import { newCitation } from './citation';
import { PIN_SOURCE } from './pin';

/** The words before "at": an optional "slip", "maj." or "dissenting" and "op." */
const BEFORE = /(?:^|[\s(;,"“”'’])((?:([Ss]lip|[Mm]aj(?:ority)?\.?|[Dd]issenting|[Cc]oncurring|[Pp]lurality)\s+)?op\.,?\s+)$/;
const AT_PIN = new RegExp(String.raw`at\s+(?:pp?\.?\s*)?${PIN_SOURCE}`, 'y');
/** A docket just before: "No. 94-2503, slip op. at 9" is part of a case cite. */
const DOCKET_BEFORE = /\bNos?\.\s*[\w:.\- ]{1,30},\s*$/;

/** Reads "op. at 10" or "Slip op. at 9 n.1" ending at the "at" found at `pos`, or null. */
export function readOpinionPage(text: string, pos: number, floor: number): Citation | null {
  const from = Math.max(floor, pos - 60);
  const win = text.slice(from, pos);
  const m = BEFORE.exec(win);
  if (!m) return null;
  const start = pos - m[1].length;
  // not bounded by `floor`: the docket may already be read as its case's core (slip-opinion.ts)
  if (DOCKET_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
  // a capitalized "Op." with no "slip" before it is a titled document ("Mem. Op."): record.ts reads those
  if (!m[2] && !/^op/.test(m[1])) return null;
  AT_PIN.lastIndex = pos;
  const p = AT_PIN.exec(text);
  if (!p) return null;
  const c = newCitation(m[2] ? 'other' : 'record', text, start, AT_PIN.lastIndex);
  c.pin = p[0].replace(/^at\s+/, '').trim();
  c.signal = findSignal(text, start)?.signal ?? null;
  return c;
}
