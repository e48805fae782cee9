/**
 * Statutes and codified regulations: "42 U.S.C. § 1983", "§§ 1983–1985",
 * "29 U.S.C.    152(13)" (section sign dropped), "40 U.S.C. s 270b" and "29 C.F.R. S 102.94" (converted "§"),
 * "34 C.F.R. 106.41(c)", "44 Fed. Reg. 71,413" and its short form "44 Fed. Reg. at 71,418",
 * state codes from reporters-db's laws.json ("Cal. Civ. Proc. Code § 527",
 * "Conn. Gen. Stat. § 52-471"), "Pub. L. No. 93-380", and a bare "§ 1983".
 */
import type { Citation, OtherCitation, RegulationCitation, StatuteCitation } from '../types';
import { LAW_KEYS, LAW_SUBJECT_CODES } from '../data/laws';
import { REPORTER_KEYS } from '../data/reporters';
import { findSignal } from './case-name';
import { newCitation } from './citation';
import { normKey } from './normalize';
import { readPinAfterAt } from './pin';
import { treatiseAuthorBefore } from './other';
import { canonicalCode } from './regulation';
import { readAbbreviation } from './tokenize';

export const SEC = String.raw`\d[\dA-Za-z]*(?:[.:\-–]\d[\dA-Za-z]*)*(?:\([A-Za-z0-9]{1,4}\))*(?:\[\d+\])?`;
export const RANGE = String.raw`${SEC}(?:\s*[-–—]\s*(?:${SEC}|(?:\([A-Za-z0-9]{1,4}\))+))?`;
/** A section after an optional marker; a page-like "71,413" for registers. */
// "S" and "SS" stand for "§" and "§§" in older converted texts ("29 C.F.R. S 102.94", Hirsch v. Dorsey Trailers, 3d Cir. 1998);
// read only here, right after a code's name, never as a free-standing capital.
const SECTION = new RegExp(String.raw`\s*(?:(§§?|[sS]{1,2}(?=\s+\d)|[Ss]ec(?:tion)?s?\.?|Part|pt\.)\s*)?(\d{1,3}(?:,\d{3})+(?!\d)|${RANGE}(?:,\s*(?:and\s+)?${RANGE})*)`, 'y');
// A listed section is not the title of the next cite ("§502, 134 Stat. 2078").
const SECTION_AFTER_SIGN = new RegExp(String.raw`(§§?)\s*(${RANGE}(?:(?:,|,?\s+and|,?\s+&)\s*${RANGE}(?![\w(])(?!\s+[A-Z]))*)`, 'y');
const TITLE = /(\d{1,3})(?!\d)/y;
const LINE_NUMBER_BEFORE_SIGN = /\s{1,4}\d{1,2}(?=\s{1,4}§)/y;
const PUB_L = /Pub\.\s*L\.\s*(?:No\.\s*)?(\d{1,3}[-–]\d{1,4})/y;

/** "42 U.S.C. § 1983" style: a title number, a code from laws.json, a section. */
export function readTitledCode(text: string, pos: number): Citation | null {
  TITLE.lastIndex = pos;
  const t = TITLE.exec(text);
  if (!t) return null;
  const abbr = readAbbreviation(text, TITLE.lastIndex, LAW_KEYS);
  if (!abbr || normKey(abbr.raw) in REPORTER_KEYS) return null;
  const [name, kind] = abbr.value;
  const code = canonicalCode(name);
  const at = readPinAfterAt(text, abbr.end);
  if (at) {
    const c = newCitation(kind, text, pos, at.end);
    return fill(c, t[1], code, null, at.pin, text);
  }
  // "17 C.F.R.⏎14 § 240.10b-5" (Kelly v. FINRA, D. Nev. 2026): a line-numbered filing's line number before the section sign
  LINE_NUMBER_BEFORE_SIGN.lastIndex = abbr.end;
  SECTION.lastIndex = LINE_NUMBER_BEFORE_SIGN.test(text) ? LINE_NUMBER_BEFORE_SIGN.lastIndex : abbr.end;
  const s = SECTION.exec(text);
  if (!s) return null;
  const c = newCitation(kind, text, pos, SECTION.lastIndex);
  return fill(c, t[1], code, s[2], null, text);
}

/** A section sign with the code named before it ("Conn. Gen. Stat. § 52-471") or alone ("§ 1983"). */
export function readSectionSign(text: string, pos: number, floor: number): Citation | null {
  SECTION_AFTER_SIGN.lastIndex = pos;
  const s = SECTION_AFTER_SIGN.exec(text);
  if (!s) return null;
  const end = SECTION_AFTER_SIGN.lastIndex;
  const named = codeBefore(text, pos, floor);
  if (named) {
    const c = newCitation(named.kind, text, named.start, end);
    return fill(c, null, named.name, s[2], null, text);
  }
  // "N.C.G.S. § 14-306.4", "O.C.G.A. § 9-11-65": a dotted capital abbreviation names a code.
  const dotted = /(?:^|[\s(])((?:[A-Z]\.){2,7}[A-Z]?)\s*$/.exec(text.slice(Math.max(floor, pos - 20), pos));
  if (dotted) {
    const c = newCitation('statute', text, pos - (dotted[0].length - dotted[0].indexOf(dotted[1])), end);
    return fill(c, null, dotted[1], s[2], null, text);
  }
  const author = treatiseAuthorBefore(text, pos, floor);
  const c = newCitation(author == null ? 'statute' : 'other', text, author ?? pos, end);
  return fill(c, null, null, s[2], null, text);
}

/** A state's session laws: "2020 N.C. Sess. Laws 2020-17", "1995 Tex. Gen. Laws 1234", "1987 Cal. Stat. ch. 1"; federal "1988 U.S.C.C.A.N." is a reporter, not this. */
const SESSION_LAW = /(\d{4})\s+((?:[A-Z][A-Za-z]*\.\s?){1,3}(?:Sess\.\s+Laws|Gen\.\s+Laws|Laws|Stat\.|Acts))(?:,?\s+(?:ch\.|c\.|No\.|Act|P\.A\.)?\s*(\d[\w-]*(?:\s*[-–]\s*\d+)?))?(?![\w])/y;

export function readSessionLaw(text: string, pos: number): Citation | null {
  SESSION_LAW.lastIndex = pos;
  const m = SESSION_LAW.exec(text);
  if (!m || !m[3]) return null;
  const c = newCitation('statute', text, pos, SESSION_LAW.lastIndex);
  c.year = Number(m[1]);
  return fill(c, m[1], m[2].replace(/\s+/g, ' '), m[3], null, text);
}

/** New York's Civil Practice Law and Rules: "N.Y. C.P.L.R. 6301", "CPLR 6312(b)" (sections without a section sign). */
const CPLR = /(?:N\.\s?Y\.\s?C\.\s?P\.\s?L\.\s?R\.?|CPLR)\s*(?:§\s*)?(\d{3,4}(?:\([a-z0-9]+\))*)/y;

/** A reader for a code whose sections follow its name (`pattern` is sticky; group 1 the section). */
function namedCode(pattern: RegExp, code: string): (text: string, pos: number) => Citation | null {
  return (text, pos) => {
    pattern.lastIndex = pos;
    const m = pattern.exec(text);
    if (!m) return null;
    return fill(newCitation('statute', text, pos, pattern.lastIndex), null, code, m[1], null, text);
  };
}

export const readCplr = namedCode(CPLR, 'N.Y. C.P.L.R.');

/** "Pub. L. No. 93-380". */
export const readPublicLaw = namedCode(PUB_L, 'Pub. L.');

function fill(c: StatuteCitation | RegulationCitation | OtherCitation, title: string | null, code: string | null, section: string | null, pin: string | null, text: string): Citation {
  c.volume = title;
  c.reporter = code;
  c.section = section ? section.replace(/\s+/g, ' ') : null;
  c.page = c.section;
  c.pin = pin;
  c.signal = findSignal(text, c.start)?.signal ?? null;
  return c;
}

/** The code name ending just before a section sign, from laws.json names and "Cal. … Code" subject patterns. */
const SUBJECT_CODES = LAW_SUBJECT_CODES.map(([prefix, suffix, kind]) => [normKey(prefix), normKey(suffix), kind] as const);

export function codeBefore(text: string, pos: number, floor: number): { name: string; kind: 'statute' | 'regulation'; start: number } | null {
  // Cheap test first: a code's name ends in a capitalized word ("Stat.", "Code", "Ann.").
  let w = pos - 1;
  while (w > floor && text.charCodeAt(w) === 32) w--;
  while (w > floor && text.charCodeAt(w - 1) > 32) w--;
  const first = text.charCodeAt(w);
  if (first < 65 || first > 90) return null;
  // Word starts in the 70 characters before the sign, nearest first.
  const from = Math.max(floor, pos - 70);
  const starts: number[] = [];
  for (let i = pos - 1; i >= from && starts.length < 7; i--) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 160;
    const prevSpace = i === from || /\s/.test(text[i - 1]);
    if (!space && prevSpace) starts.push(i);
  }
  for (let k = starts.length; k >= 1; k--) {
    const start = starts[k - 1];
    const phrase = text.slice(start, pos).trim();
    const key = normKey(phrase);
    // courts often drop the "Ann." of an annotated code's name: "Tex. Civ. Prac. & Rem. Code § 65.011"
    const keyAnn = normKey(`${phrase} Ann.`);
    const own = Object.prototype.hasOwnProperty.call(LAW_KEYS, key) ? key : Object.prototype.hasOwnProperty.call(LAW_KEYS, keyAnn) ? keyAnn : null;
    const hit = own ? LAW_KEYS[own] : undefined;
    if (hit) return { name: own === key ? hit[0] : phrase.replace(/\s+/g, ' '), kind: hit[1], start };
    if (k >= 2 && /^[A-Z]/.test(phrase))
      for (const [prefix, suffix, kind] of SUBJECT_CODES)
        if (key.startsWith(prefix) && (key.endsWith(suffix) || keyAnn.endsWith(suffix))) return { name: phrase.replace(/\s+/g, ' '), kind, start };
  }
  return null;
}
