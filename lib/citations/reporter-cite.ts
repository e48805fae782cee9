/**
 * The volume–reporter–page core of a case citation: "555 U.S. 7", "378 Fed. App’x. 107",
 * "417\nU.S. 116" (broken across a line), "67 U.S. (2 Black) 635", "2010 WL 537749",
 * "2010 U.S. Dist. LEXIS 12345", "2019 IL 123456", "2020-Ohio-1234", and the short form
 * "804 F.3d at 622" / "508 U. S., at 546".
 */
import { REPORTER_KEYS } from '../data/reporters';
import { readPinAfterAt, readPinAfterComma } from './pin';
import { readAbbreviation, skipSpace } from './tokenize';

export interface ReporterCite {
  start: number;
  /** end of the core including its pin */
  end: number;
  volume: string;
  reporter: string;
  page: string | null;
  pin: string | null;
  /** "804 F.3d at 622": no first page, a pin only */
  short: boolean;
}

const VOLUME = /(\d{1,5})(?![\d,])/y;
const DASHED = /(\d{4})\s?-([A-Za-z]{2,10})-\s?(\d{1,6})(?![\w-])/y;
// A nominative reporter ("(2 Black)") or the year some reporters print ("(1857)").
const NOMINATIVE = /\s*\((?:(?:\d{1,2}(?:\s?&\s?\d{1,2})?\s)?[A-Z][A-Za-z.&' ]{1,20}(?:\s\d{1,4})?|\d{4},?)\)/y;
// A page may carry a letter ("154b", "2016 CO 47M", "120583-U"); CCH services cite a paragraph ("¶ 61,049").
const PAGE = /\s*,?\s*((?:[A-Z](?=\d))?\d{1,7}(?:-[A-Z]|[A-Za-z]{1,2})?)(?![\d\w]|,\d{3}|\.\d)/y;
const PARAGRAPH = /\s*(?:¶|P|par\.)\s*(\d{1,3}(?:,\d{3})+|\d{1,7})(?![\d\w])/y;
const AT = /\s*,?\s*at\s/y;
const BLANK = /\s*_{2,}/y;

/**
 * Early reporters whose names, written without a period, are everyday words: "5 At 6",
 * "Chapter 11 Day 3", "in 2019 Texas 200" are prose, not citations. Written with a period
 * ("1 Day 10" never is; "Hill." or "Root." would be) they are still read.
 */
const PROSE_WORDS = new Set(['At', 'All', 'Day', 'Bay', 'Power', 'Story', 'Will', 'Hill', 'Hand', 'Head', 'Just', 'Low', 'Port', 'South', 'Texas', 'Dakota', 'York', 'Reporter', 'Ten', 'Mill', 'Mills', 'Miles', 'Rich', 'Rice', 'Grant', 'Root', 'Bond', 'Call', 'Penny', 'Swan', 'Sick', 'Min', 'Mar', 'Mon', 'Pin', 'Raw', 'Sum', 'Win', 'Saw', 'Cold', 'Den', 'Lit', 'Or', 'Sp', 'Wa', 'Yea', 'Tread', 'Pacific', 'Intelligencer', 'Syllabi', 'Tribal']);

/** Reads a reporter citation starting at `pos` (a digit), or null. */
export function readReporterCite(text: string, pos: number): ReporterCite | null {
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
  const abbr = readAbbreviation(text, VOLUME.lastIndex, REPORTER_KEYS);
  if (!abbr || PROSE_WORDS.has(abbr.raw)) return null;
  let at = abbr.end;
  NOMINATIVE.lastIndex = at;
  if (NOMINATIVE.exec(text)) at = NOMINATIVE.lastIndex;
  BLANK.lastIndex = at;
  if (BLANK.test(text)) return null;
  AT.lastIndex = at;
  if (AT.test(text)) {
    const pin = readPinAfterAt(text, at);
    if (!pin) return null;
    return { start: pos, end: pin.end, volume: v[1], reporter: abbr.value, page: null, pin: pin.pin, short: true };
  }
  PAGE.lastIndex = at;
  let p = PAGE.exec(text);
  let end = PAGE.lastIndex;
  if (!p) {
    PARAGRAPH.lastIndex = at;
    p = PARAGRAPH.exec(text);
    if (!p) return null;
    end = PARAGRAPH.lastIndex;
  }
  let pin: string | null = null;
  // Pins until the next number turns out to start a parallel citation ("7, 20, 129 S. Ct. 365").
  for (let i = 0; i < 4; i++) {
    const next = readPinAfterComma(text, end);
    if (!next) break;
    const numAt = skipSpace(text, text.indexOf(',', end) + 1);
    if (/\d/.test(text[numAt]) && startsCite(text, numAt)) break;
    pin = pin ? `${pin}, ${next.pin}` : next.pin;
    end = next.end;
  }
  return { start: pos, end, volume: v[1], reporter: abbr.value, page: p[1], pin, short: false };
}

/** True when a volume + known reporter starts at `pos`. */
export function startsCite(text: string, pos: number): boolean {
  VOLUME.lastIndex = pos;
  const v = VOLUME.exec(text);
  if (v && readAbbreviation(text, VOLUME.lastIndex, REPORTER_KEYS)) return true;
  DASHED.lastIndex = pos;
  return DASHED.test(text);
}
