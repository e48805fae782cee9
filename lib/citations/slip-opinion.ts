/**
 * Cases cited by docket number only: "Roberts v. Colorado State Univ., No. 93-1052 (10th
 * Cir. 1993)", "Cook v. Colgate Univ., No. 92- 9175 (2d Cir. ...)", and the bracketed form
 * after a blank reporter cite, "Roberts v. Colorado State Univ., ___ F. Supp. ___ (D. Colo.
 * 1993) [No. 92-Z-1310, slip op. ...]". The core is the docket ("No. 93-1052"). A docket
 * followed by a reporter, Westlaw or Lexis cite belongs to that citation instead.
 */
import type { Citation } from '../types';
import { findCaseName, findSignal } from './case-name';
import { newCitation } from './citation';
import { parseCourtDate, readParens, type CourtDate } from './parenthetical';
import { startsCite } from './reporter-cite';

const DOCKET = /Nos?\.\s?(\d[\w:]*(?:\s?-\s?[\w]+)*(?:\s+(?:Civ|Cr|CV|Crim|Misc)\.?\s+\d[\w-]*)?(?:\s*\([A-Z]{2,5}\))?)/y;
const TAIL = /,\s*(?:slip\s+op\.?(?:\s+at\s+[\d-]+)?|at\s+\*?\d+)/y;
/** What sits between the name and a bracketed docket: a blank reporter cite and its court/date. */
const BLANK_BEFORE = /,\s*_*\s*(?:[A-Z][A-Za-z.]*\s?(?:\d?[a-z]{1,2}\.?\s?)?){1,3}_*\s*,?\s*_*\s*,?\s*\(([^()]{4,60})\)\s*\[\s*$/;

/** Reads a docket-only case citation whose "No." is at `pos`, or null. */
export function readSlipOpinion(text: string, pos: number, floor: number): Citation | null {
  DOCKET.lastIndex = pos;
  const m = DOCKET.exec(text);
  if (!m) return null;
  const end = DOCKET.lastIndex;
  let courtDate: CourtDate | null = null;
  let nameEnd = -1;
  const win = text.slice(Math.max(floor, pos - 120), pos);
  const blank = BLANK_BEFORE.exec(win);
  if (blank) {
    courtDate = parseCourtDate(blank[1]);
    nameEnd = pos - blank[0].length;
  } else {
    const comma = /,\s*$/.exec(win);
    if (!comma) return null;
    nameEnd = pos - comma[0].length;
  }
  const name = findCaseName(text, nameEnd, floor);
  if (!name) return null;
  let after = end;
  TAIL.lastIndex = after;
  if (TAIL.exec(text)) after = TAIL.lastIndex;
  const comma = /\s*,\s*/y;
  comma.lastIndex = after;
  if (comma.exec(text) && startsCite(text, comma.lastIndex)) return null;
  let fullEnd = after;
  let explanatory: string | null = null;
  for (const p of readParens(text, after)) {
    const cd: CourtDate | null = courtDate ? null : parseCourtDate(p.content);
    if (cd) courtDate = cd;
    else explanatory ??= p.content;
    fullEnd = p.end;
  }
  // A parenthetical then a reporter cite: the docket is part of that cite ("No. 09 Civ. 862 (JBA) (D. Conn. 2010), 2010 WL 537749").
  comma.lastIndex = fullEnd;
  if (comma.exec(text) && startsCite(text, comma.lastIndex)) return null;
  if (!courtDate && !blank) return null;
  const c = newCitation('case', text, pos, end);
  c.docket = m[0].replace(/\s+/g, ' ');
  c.caseName = name.name;
  c.year = courtDate?.year ?? null;
  c.court = courtDate?.court ?? null;
  c.parenthetical = explanatory;
  c.fullStart = name.start;
  c.fullEnd = Math.max(fullEnd, end);
  c.signal = findSignal(text, name.start)?.signal ?? null;
  return c;
}
