/**
 * The volume–reporter–page core of a case citation: "555 U.S. 7", "378 Fed. App’x. 107",
 * "417\nU.S. 116" (broken across a line), "67 U.S. (2 Black) 635", "2010 WL 537749",
 * "2010 U.S. Dist. LEXIS 12345", "2019 IL 123456", "2020-Ohio-1234", and the short form
 * "804 F.3d at 622" / "508 U. S., at 546". Beyond that plain shape, each edition takes the
 * forms its reporters-db regexes allow (REPORTER_FORMS): no volume ("Bee, 120", "Fed. Sec. L.
 * Rep. (CCH) ¶ 77,526", "L.R.A. 1915A, 601", "T.C. Memo 2019-1234"), a lettered volume
 * ("402A Mich 117"), a front-matter page in roman numerals ("47 S. W. 2d XI"), "page"/"p."
 * before the page ("14 F. Cas. Page 1048", "33 Miss. R., p. 363"), a supplement ("33 Ga.
 * Supp. 9"), no spaces ("2021COA112") or Louisiana's docket style ("2009 1359R (La.App. 1
 * Cir. 05/10/10)").
 */
import { COMPACT_NEUTRAL, LOUISIANA_NAMES, PARAGRAPH_MARKER, REPORTER_FORMS, REPORTER_KEYS, ROMAN_PAGE } from '../data/reporters';
import { namesPattern } from './name-pattern';
import { normKey } from './normalize';
import { readPinAfterAt, readPinAfterComma } from './pin';
import { readAbbreviation, skipSpace } from './tokenize';

export interface ReporterCite {
  start: number;
  /** end of the core including its pin */
  end: number;
  /** "" when the reporter is cited with no volume ("Bee, 120") */
  volume: string;
  reporter: string;
  page: string | null;
  pin: string | null;
  /** "804 F.3d at 622": no first page, a pin only */
  short: boolean;
  /**
   * Cited with no volume under a name that is one plain word or an everyday phrase ("Bee 196",
   * "Holmes, 272", "Trade Cases 5"): only a citation after a case name, or standing alone.
   */
  weak?: boolean;
  /** the nominative reporter printed in parentheses: "(2 Black)" → "2 Black", "(Cooke)" → "Cooke" */
  nominative?: string | null;
}

/** The nominative reporter in a parenthesis NOMINATIVE matched, or null for a printed year ("(1857)"). */
function nominativeOf(match: string): string | null {
  const inner = match.replace(/^\s*\(|\)$/g, '').trim();
  return /^\d{4},?$/.test(inner) ? null : inner;
}

// "402A Mich 117": a capital right after the digits is part of the volume; the edition's forms decide if it may be.
const VOLUME = /(\d{1,5}(?:[A-Z](?=[ \t\u00a0]))?)(?![\d,])/y;
const DASHED = /(\d{4})\s?-([A-Za-z]{2,10})-\s?(\d{1,6})(?![\w-])/y;
// A nominative reporter ("(2 Black)") or the year some reporters print ("(1857)").
const NOMINATIVE = /\s*\((?:(?:\d{1,2}(?:\s?&\s?\d{1,2})?\s)?[A-Z][A-Za-z.&' ]{1,20}(?:\s\d{1,4})?|\d{4},?)\)/y;
// A page may carry a letter ("154b", "2016 CO 47M", "120583-U"); CCH services cite a paragraph ("¶ 61,049").
const PAGE = /\s*,?\s*((?:[A-Z](?=\d))?\d{1,7}(?:-[A-Z]|[A-Za-z]{1,2})?)(?![\d\w]|,\d{3}|\.\d)/y;
const PARAGRAPH = /\s*(?:¶|P|par\.)\s*(\d{1,3}(?:,\d{3})+|\d{1,7})(?![\d\w])/y;
const AT = /\s*,?\s*at\s/y;
const BLANK = /\s*_{2,}/y;
/**
 * A line's number, then the page: "⏎9 2962788", or "WL 9 2962788" once the reading text joined the lines.
 * Two numbers in a row after "WL" are never one cite: the first, of one or two digits, is the line's.
 */
const LINE_NUMBER_THEN_PAGE = /^\s{1,4}\d{1,2}\s{1,4}(\d{5,8})(?![\d\w])/;
/**
 * A month, a day and a year: "(6th Cir.⏎11 Mar. 13, 2026)" in a line-numbered filing puts a
 * line number before the date, and "Mar." is also a reporter's name. A date is never a cite.
 */
const MONTH = /^(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const DAY_YEAR = /\s{0,3}\d{1,2},\s{0,3}\d{4}(?!\d)/y;

/**
 * Early reporters whose names, written without a period, are everyday words: "5 At 6",
 * "Chapter 11 Day 3", "in 2019 Texas 200" are prose, not citations. Written with a period
 * ("1 Day 10" never is; "Hill." or "Root." would be) they are still read.
 */
const PROSE_WORDS = new Set(['At', 'All', 'Day', 'Bay', 'Power', 'Story', 'Will', 'Hill', 'Hand', 'Head', 'Just', 'Low', 'Port', 'South', 'Texas', 'Dakota', 'York', 'Reporter', 'Ten', 'Mill', 'Mills', 'Miles', 'Rich', 'Rice', 'Grant', 'Root', 'Bond', 'Call', 'Penny', 'Swan', 'Sick', 'Min', 'Mar', 'Mon', 'Pin', 'Raw', 'Sum', 'Win', 'Saw', 'Cold', 'Den', 'Lit', 'Or', 'Sp', 'Wa', 'Yea', 'Tread', 'Pacific', 'Intelligencer', 'Syllabi', 'Tribal']);

// The page forms of REPORTER_FORMS, each read right after the reporter's name (and any parenthesis after it).
// Page groups are last; "yearvol" and "yearpage" read the volume in group 1.
const JURISDICTION = String.raw`(?:\(?[A-Z][A-Za-z.]{0,5}(?:\s[A-Z][A-Za-z.]{0,5})?\)?\s+(?=${PARAGRAPH_MARKER}))?`;
const TAILS: Record<string, RegExp> = {
  // "¶ 77,526", "P97,410", "par. 1950.74", "W. Va. par. 8090", "14,505", "23998U"; a state name only before a marker.
  para: new RegExp(String.raw`\s{0,3},?\s{0,3}${JURISDICTION}(${PARAGRAPH_MARKER}\s?)?(\d{1,3}(?:,\d{3})+[A-Z]?|\d{1,7}(?:\.\d{1,3})?[A-Z]?)(?![\w,]|,\d)`, 'y'),
  // "XI", "iv", "LII"; never a lone "I", which is the pronoun.
  roman: new RegExp(String.raw`\s+(?!I(?![\w'’]))${ROMAN_PAGE}(?![\w'’])`, 'y'),
  pword: /\s+[Pp]age\s+(\d{1,5})(?!\w)/y,
  pdot: /\s{0,3},?\s{0,3}p\.\s?(\d{1,5})(?!\w)/y,
  yearvol: /\s?(1[789]\d{2}[A-F]?),?\s?(\d{1,4})(?!\w)/y,
  yearpage: /\s+((?:1[789]|20)\d{2})-(\d{1,4})(?![\w-])/y,
  // "43 Ware, (332,) 232": the original edition's page in parentheses first.
  orig: /\s{0,3},?\s{0,3}\((?:Dav\.\s)?\d{1,5},?\),?\s*(\d{1,5})(?!\w)/y,
  supp: /\s+Supp\.\s?(\d{1,5})(?!\w)/y,
  page: /\s{0,3},?\s{0,3}(\d{1,5}[a-z]?)(?!\w)/y,
};
/** What may not follow a cite read with no volume, a roman page or a compact cite: a word or number ("the Bee 196 times", "Chase, 267 U.S. 1"). */
const WORD_AFTER = /\s*[A-Za-z0-9]/y;
const COMPACT = new RegExp(String.raw`((?:1[89]\d{2}|20)?\d{2})(${[...COMPACT_NEUTRAL].sort((a, b) => b.length - a.length).join('|')})(\d{1,6}M?)(?!\w)`, 'y');
const LOUISIANA = new RegExp(String.raw`(\d{2,4})[- ](\d{2,5}[A-Z]?)\s?\((${namesPattern(LOUISIANA_NAMES)})\s?\d{1,2}\/\d{1,2}\/\d{2,4}\)`, 'y');

/** Reads a reporter citation starting at `pos` (a digit, or the first letter of a reporter cited with no volume), or null. */
export function readReporterCite(text: string, pos: number): ReporterCite | null {
  const c = text.charCodeAt(pos);
  if (c < 48 || c > 57) return readBare(text, pos);
  DASHED.lastIndex = pos;
  const d = DASHED.exec(text);
  if (d) {
    const rep = REPORTER_KEYS[d[2]];
    if (!rep) return null;
    const end = DASHED.lastIndex;
    const pin = readPinAfterComma(text, end);
    return { start: pos, end: pin ? pin.end : end, volume: d[1], reporter: rep, page: d[3], pin: pin?.pin ?? null, short: false };
  }
  VOLUME.lastIndex = pos;
  const v = VOLUME.exec(text);
  if (!v) return null;
  const after = text.charCodeAt(VOLUME.lastIndex);
  // Digits glued to a capital are only a public-domain cite ("2021COA112"), never a volume.
  if (after >= 65 && after <= 90) return readCompact(text, pos);
  if (after === 45 || (after === 32 && isDigit(text.charCodeAt(VOLUME.lastIndex + 1)))) return readLouisiana(text, pos);
  const abbr = readAbbreviation(text, VOLUME.lastIndex, REPORTER_KEYS);
  if (!abbr || PROSE_WORDS.has(abbr.raw) || isDate(text, abbr)) return null;
  const forms = REPORTER_FORMS[abbr.value];
  if (!isDigit(v[1].charCodeAt(v[1].length - 1)) && !letteredVolume(v[1], forms?.volumes)) return null;
  let at = abbr.end;
  NOMINATIVE.lastIndex = at;
  const nom = NOMINATIVE.exec(text);
  if (nom) at = NOMINATIVE.lastIndex;
  const nominative = nom ? nominativeOf(nom[0]) : null;
  // a slip cite whose page is not yet known: "598 U. S. ___" (its parallels follow, if any)
  BLANK.lastIndex = at;
  if (BLANK.test(text)) return { start: pos, end: BLANK.lastIndex, volume: v[1], reporter: abbr.value, page: null, pin: null, short: false, nominative };
  AT.lastIndex = at;
  if (AT.test(text)) {
    const pin = readPinAfterAt(text, at);
    if (!pin) return null;
    return { start: pos, end: pin.end, volume: v[1], reporter: abbr.value, page: null, pin: pin.pin, short: true, nominative };
  }
  PAGE.lastIndex = at;
  let p = PAGE.exec(text);
  let end = PAGE.lastIndex;
  if (!p) {
    PARAGRAPH.lastIndex = at;
    p = PARAGRAPH.exec(text);
    end = PARAGRAPH.lastIndex;
  }
  if (!p && forms) {
    // The edition's own forms: "page 1048", "p. 363", "XI", "(332,) 232", "¶ 14,387", and "Supp. 9" for its supplement volumes.
    for (const tail of forms.supp?.includes(v[1]) ? ['supp', ...(forms.vol ?? [])] : forms.vol ?? []) {
      const re = TAILS[tail];
      re.lastIndex = at;
      p = re.exec(text);
      if (!p) continue;
      end = re.lastIndex;
      if (tail === 'roman' && followedByWord(text, end)) return null;
      break;
    }
  }
  if (!p) return null;
  let page = p[p.length - 1];
  // a Westlaw number a converter broke over a line, with or without a hyphen: "2021 WL 22⏎21646", "2221-⏎646"
  if (abbr.value === 'WL') {
    // "2025 WL⏎9 2962788": a line-numbered filing (pleading paper) put the line's number before it
    const numbered = LINE_NUMBER_THEN_PAGE.exec(text.slice(at, at + 20));
    if (numbered && page.length <= 2) {
      page = numbered[1];
      end = at + numbered[0].length;
    }
    const rest = /^-?[ \t]*\n[ \t]*(\d{1,6})(?![\d\w])/.exec(text.slice(end, end + 20));
    if (rest && page.length + rest[1].length <= 8 && page.length + rest[1].length >= 5) {
      page += rest[1];
      end += rest[0].length;
    }
  }
  const more = readPins(text, end);
  return { start: pos, end: more.end, volume: v[1], reporter: abbr.value, page, pin: more.pin, short: false, nominative };
}

/** "Bee, 120", "Ridgely's Notebook IV, 33", "Bankr. L. Rep. (CCH) ¶ 67,488", "L.R.A. 1915A, 601": a reporter cited with no volume. */
function readBare(text: string, pos: number): ReporterCite | null {
  const abbr = readAbbreviation(text, pos, REPORTER_KEYS);
  const bare = abbr && REPORTER_FORMS[abbr.value]?.bare;
  if (!abbr || !bare) return null;
  let at = abbr.end;
  // "Mass. App. Div. Adv. Sh. (1979) 219", "Oliver's Forms (Ed. 1842) 489".
  NOMINATIVE.lastIndex = at;
  if (NOMINATIVE.exec(text)) at = NOMINATIVE.lastIndex;
  for (const tail of bare) {
    const re = TAILS[tail];
    re.lastIndex = at;
    const p = re.exec(text);
    if (!p) continue;
    const more = readPins(text, re.lastIndex);
    if (followedByWord(text, more.end)) return null;
    const year = tail === 'yearvol' || tail === 'yearpage';
    // A paragraph marker, a year or the name's own punctuation ("Hoff. Land Cas.", "Wells' Notebook") mark a citation;
    // one plain word or an everyday phrase ("Bee", "Holmes", "Add.", "Trade Cases") may be a name or a word in prose.
    const weak = !year && !(tail === 'para' && p[1]) && isPlainName(text.slice(pos, abbr.end));
    return { start: pos, end: more.end, volume: year ? p[1] : '', reporter: abbr.value, page: p[p.length - 1], pin: more.pin, short: false, weak };
  }
  return null;
}

/** "22CO7", "2021COA112": a public-domain cite written with no spaces. */
function readCompact(text: string, pos: number): ReporterCite | null {
  COMPACT.lastIndex = pos;
  const m = COMPACT.exec(text);
  // "2020CO2 levels": a word after it makes it chemistry, not a cite.
  if (!m || followedByWord(text, COMPACT.lastIndex)) return null;
  const more = readPins(text, COMPACT.lastIndex);
  return { start: pos, end: more.end, volume: m[1], reporter: m[2], page: m[3], pin: more.pin, short: false };
}

/** "2009 1359R (La.App. 1 Cir. 05/10/10)", "2009-1359 (La. App. 1 Cir. 5/10/10)": Louisiana's docket-style cite. */
function readLouisiana(text: string, pos: number): ReporterCite | null {
  LOUISIANA.lastIndex = pos;
  const m = LOUISIANA.exec(text);
  const rep = m && REPORTER_KEYS[normKey(m[3])];
  if (!m || !rep) return null;
  const more = readPins(text, LOUISIANA.lastIndex);
  return { start: pos, end: more.end, volume: m[1], reporter: rep, page: m[2], pin: more.pin, short: false };
}

/** Pins until the next number turns out to start a parallel citation ("7, 20, 129 S. Ct. 365"). */
function readPins(text: string, end: number): { end: number; pin: string | null } {
  let pin: string | null = null;
  for (let i = 0; i < 4; i++) {
    const next = readPinAfterComma(text, end);
    if (!next) break;
    const numAt = skipSpace(text, text.indexOf(',', end) + 1);
    if (/\d/.test(text[numAt]) && startsCite(text, numAt)) break;
    pin = pin ? `${pin}, ${next.pin}` : next.pin;
    end = next.end;
  }
  return { end, pin };
}

function letteredVolume(volume: string, volumes: readonly string[] | undefined): boolean {
  return !!volumes && (volumes.includes(volume) || (volumes.includes('A') && /^\d{1,4}A$/.test(volume)));
}

/** One word, or words with no period, apostrophe, ampersand, comma or parenthesis among them. */
function isPlainName(name: string): boolean {
  return /^[A-Za-z]+[.,]?$/.test(name) || !/[.'’&,([]/.test(name);
}

function followedByWord(text: string, at: number): boolean {
  WORD_AFTER.lastIndex = at;
  return WORD_AFTER.test(text);
}

/** "Mar. 13, 2026": the abbreviation read is a month and a day and year follow it. */
function isDate(text: string, abbr: { raw: string; end: number }): boolean {
  if (!MONTH.test(abbr.raw)) return false;
  DAY_YEAR.lastIndex = abbr.end;
  return DAY_YEAR.test(text);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when a volume + known reporter starts at `pos`. */
export function startsCite(text: string, pos: number): boolean {
  VOLUME.lastIndex = pos;
  const v = VOLUME.exec(text);
  if (v && readAbbreviation(text, VOLUME.lastIndex, REPORTER_KEYS)) return true;
  DASHED.lastIndex = pos;
  return DASHED.test(text);
}
