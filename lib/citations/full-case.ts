/**
 * Full case citations: a case name, one or more parallel reporter cores, an optional docket
 * and court/date parenthetical before a Westlaw/Lexis cite ("Oliphant v. Villano, No. 09
 * Civ. 862 (JBA) (D. Conn. Feb. 11, 2010), 2010 WL 537749, *12"), the court/date
 * parenthetical after, explanatory parentheticals and subsequent history.
 */
import type { Citation } from '../types';
import { NEUTRAL_COURTS, REPORTER_TYPES } from '../data/reporters';
import { findCaseName, findShortName, findSignal } from './case-name';
import { newCitation } from './citation';
import { courtId, parseCourtDate, readHistory, readParens, type CourtDate } from './parenthetical';
import { readReporterCite, type ReporterCite } from './reporter-cite';
import { readShortCase } from './short-case';

/** Reporters only the Supreme Court is printed in: the court is implied. */
const SCOTUS_REPORTERS = new Set(['U.S.', 'S. Ct.', 'L. Ed.', 'L. Ed. 2d', 'U.S.L.W.', 'Dall.', 'Cranch', 'Wheat.', 'Pet.', 'How.', 'Black', 'Wall.']);
const SEPARATOR = /\s*,\s*/y;
/** What may sit between a docket-and-date parenthetical and the cite: "No. 09 Civ. 862 (JBA) (D. Conn. Feb. 11, 2010), ". */
const BEFORE = /,\s*(Nos?\.\s?[\w:.\- ]{1,40}?(?:\s*\([A-Z]{2,5}\))?)\s*(?:\(([^()]{4,60})\))?\s*,\s*$/;

/**
 * Reads the case citation group whose first core starts at `pos`; `floor` is where the
 * previous citation ended (the name search stops there). Returns its members: a full cite
 * and its parallels, or one short form.
 */
export function readCaseCitation(text: string, pos: number, floor: number): Citation[] | null {
  const first = readReporterCite(text, pos);
  if (!first) return null;
  if (first.short) return [readShortCase(text, first, floor)];
  // "[590 F.Supp.3d 855]": a reporter's page marker set in the text (the page that starts there), not a citation
  if (text.charCodeAt(pos - 1) === 91 && text.charCodeAt(first.end) === 93 && !first.pin) return null;
  const cores: ReporterCite[] = [first];
  let end = first.end;
  for (let i = 0; i < 4; i++) {
    SEPARATOR.lastIndex = end;
    if (!SEPARATOR.exec(text)) break;
    const next = readReporterCite(text, SEPARATOR.lastIndex);
    if (!next || next.short || next.weak) break;
    cores.push(next);
    end = next.end;
  }
  // A pin the reading text lost (a star-page marker taken for paging) can leave ", (".
  const parens = readParens(text, /^\s?,\s*\(/.test(text.slice(end, end + 5)) ? text.indexOf('(', end) : end);
  let courtDate: CourtDate | null = null;
  let explanatory: string | null = null;
  let fullEnd = end;
  for (const p of parens) {
    const cd: CourtDate | null = courtDate ? null : parseCourtDate(p.content);
    if (cd) courtDate = cd;
    else explanatory ??= p.content;
    fullEnd = p.end;
  }
  const history = readHistory(text, fullEnd);

  // A docket and its own date parenthetical may come first (Westlaw cites of slip opinions).
  let nameEnd = pos;
  let docket: string | null = null;
  const before = BEFORE.exec(text.slice(Math.max(floor, pos - 140), pos));
  if (before) {
    docket = before[1].trim();
    if (!courtDate && before[2]) courtDate = parseCourtDate(before[2]);
    nameEnd = pos - before[0].length;
  } else {
    // "Miller v. Alabama, --- U.S. ----, 132 S.Ct. 2455": a slip opinion's blank official cite sits between name and cite.
    const blank = /,\s*(?:_{2,}|-{2,})\s*[A-Z][A-Za-z. ]{0,14}?(?:\s?\d[a-z]{1,2})?\s*(?:_{2,}|-{2,})(?:\s*,\s*(?:_{2,}|-{2,}))?\s*,\s*$/.exec(text.slice(Math.max(floor, pos - 50), pos));
    if (blank) nameEnd = pos - blank[0].length + 1;
    while (nameEnd > floor && /\s/.test(text[nameEnd - 1])) nameEnd--;
    if (text[nameEnd - 1] === ',') nameEnd--;
    else nameEnd = -1;
    // "Ass'n v. Reno (hereinafter referred to as “AILA”), 199 F.3d 1352": the name ends before the short-name parenthetical.
    const here = nameEnd > 0 && text[nameEnd - 1] === ')' ? /\s*\(herein\s?after[^()]{0,60}\)$/.exec(text.slice(Math.max(floor, nameEnd - 80), nameEnd)) : null;
    if (here) nameEnd -= here[0].length;
  }
  const name = nameEnd >= 0 ? findCaseName(text, nameEnd, floor) : null;
  // "Bee 196", "Holmes, 272": a plain name and a number are a citation only after a case name, or as the whole text.
  if (first.weak && !name && !isWholeText(text, pos, fullEnd)) return null;
  const fullStart = name ? name.start : pos;
  const signal = findSignal(text, fullStart);
  const reporterCourt = cores.map((c) => impliedCourt(c.reporter)).find((c) => c) ?? null;

  const out = cores.map((c) => {
    const cit = newCitation('case', text, c.start, c.end);
    cit.volume = c.volume || null;
    cit.reporter = c.reporter;
    if (c.nominative) cit.nominative = c.nominative;
    cit.page = c.page;
    cit.pin = c.pin;
    cit.caseName = name?.name ?? null;
    cit.year = courtDate?.year ?? null;
    cit.court = courtDate?.court ?? reporterCourt;
    cit.docket = docket;
    cit.parenthetical = explanatory;
    cit.signal = signal?.signal ?? null;
    cit.history = history?.history ?? null;
    cit.fullStart = fullStart;
    cit.fullEnd = fullEnd;
    return cit;
  });
  // Short-form-looking names ("Johnson, 2003 WL 169797, *1") are kept for resolution.
  if (!name && nameEnd >= 0) {
    const short = findShortName(text, nameEnd, floor);
    if (short) for (const c of out) { c.caseName = short.name; c.fullStart = short.start; }
  }
  return out;
}

/** True when only space precedes `start` and only space or closing punctuation follows `end` (a cite listed by itself). */
function isWholeText(text: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) if (!/\s/.test(text[i])) return false;
  return text.length - end <= 8 && /^[\s.;,)]*$/.test(text.slice(end));
}

/** The court a reporter implies: the Supreme Court's reporters, public-domain cites, a state's official reports. */
export function impliedCourt(reporter: string): string | null {
  if (SCOTUS_REPORTERS.has(reporter)) return 'scotus';
  if (NEUTRAL_COURTS[reporter]) return NEUTRAL_COURTS[reporter];
  // "Cal. 4th", "N.Y.2d": a state's official reports, in any series, come from its highest court.
  if (REPORTER_TYPES[reporter] === 'state') return courtId(reporter.replace(/\s?\d(?:d|th|st|nd|rd)$/, ''));
  return null;
}
