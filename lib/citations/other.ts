/**
 * Other authorities: the Congressional Record ("118 Cong. Rec. 5,807", "130 Cong. Rec.
 * S12,642"), committee reports ("S. Rep. No. 64", "H.R. Rep. No. 554"), Restatements,
 * the Wright & Miller and Moore's treatises ("Moore's Federal Practice § 26.49[5]"),
 * newspapers cited by date and page ("Wash. Post, June 21, 1992, at D1"), dictionaries and web addresses.
 */
import type { Citation, OtherCitation } from '../types';
import { findSignal } from './case-name';
import { JOURNAL_KEYS } from '../data/journals';
import { newCitation } from './citation';
import { readPinAfterComma } from './pin';
import { readAbbreviation } from './tokenize';

const CONG_REC = /\d{1,3}\s+Cong\.\s*Rec\.\s*(?:[HSE]\s?)?(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d,])(?:\s*[-–]\s*\d+)?/y;
/** A dictionary cited by page: "Webster's Third New International Dictionary 1234", "Black's Law Dictionary 1245". */
const DICTIONARY = /(?:Webster['’]s|Black['’]s|Oxford|American\s+Heritage|Merriam-Webster['’]?s?|Random\s+House)\s+(?:[A-Z][\w'’]*\s+){0,5}?Dictionary(?:\s+of\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})?(?:,?\s+\d{1,5}(?![\d.]))?/y;
const REPORT = /(?:S|H\.\s?R|H)\.\s*(?:Conf\.\s*)?(?:Rep|Doc)\.\s*No\.\s*\d+(?:-\d+)?/y;
const RESTATEMENT = /Restatement\s*(?:\((?:First|Second|Third|Fourth)\)\s*)?(?:of\s+)?(?:(?:[A-Z][\w'’.]*|of|and|the|&)\s+){0,7}?(?:§§?|ss?)\s*\d\w*(?:\.\d+)*(?:\s*cmt\.\s*\w+)?/y;
const TREATISE = /Federal\s+Practice(?:\s+(?:and|&)\s+Procedure)?(?:\s*:\s*[A-Z][\w ]{0,30}?)?\s*(?:§§?|ss?)\s*\d[\w.]*(?:\[\d+\])*(?:\[[a-z]\])*/y;
/**
 * A treatise's authors as cited before its title: "J. Thomas McCarthy", "Charles Alan Wright, Arthur R. Miller
 * & Mary Kay Kane", "C. Wright & A. Miller", "James Wm. Moore et al.".
 */
const NAME_WORD = String.raw`(?:[A-Z][a-z]*(?:[A-Z][a-z]+)?\.?|[A-Z]\.)`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
const AUTHOR_LIST = String.raw`${NAME}(?:(?:,?\s+(?:&|and)\s+|,\s+)${NAME}){0,3}(?:\s+et\s+al\.)?`;
/** A treatise's title: capitalized words and the small words between them ("McCarthy on Trademarks and Unfair Competition"). */
const TITLE = String.raw`[A-Z][\w'’.]*:?(?:\s+(?:[A-Z][\w'’.]*:?|on|of|and|the|&|for|in|to|under|a))*`;
const TREATISE_BEFORE = new RegExp(String.raw`(?:\d{1,3}[A-Z]?\s+)?(?:${AUTHOR_LIST},\s+|Moore['’]s\s+)?(?:\d{1,3}[A-Z]?\s+)?$`);
/** "3 J. Thomas McCarthy, McCarthy on Trademarks and Unfair Competition " before a section sign: a volume, authors and a title. */
const VOLUME_AUTHORS_TITLE = new RegExp(String.raw`(?:^|[\s(;])(\d{1,3}[A-Z]?\s+${AUTHOR_LIST},\s+${TITLE}),?\s*$`);
/** A treatise named "<Author> on <Subject>": "4 Nimmer on Copyright ", "Collier on Bankruptcy ", "5 Chisum on Patents ". */
const NAME_ON_TITLE = new RegExp(String.raw`(?:^|[\s(;])((?:\d{1,3}[A-Z]?\s+)?(?:${AUTHOR_LIST},\s+)?[A-Z][A-Za-z'’]+\s+on\s+${TITLE}),?\s*$`);
const URL = /https?:\/\/[^\s<>"“”)\]]+/y;
const DATED = /(?:\s\((?:BNA|CCH|P-H)\)\s*No\.\s*\d+,\s+$)|,\s*(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4},\s+$/;
const DATED_PAGE = /at\s+[A-Z]?\d+[A-Z]?/y;

const VOLUME = /(\d{1,4})(?!\d)/y;
const PAGE = /\s*,?\s*(\d{1,5})(?![\d\w])/y;

/** A law review or journal article: "75 Colum. L. Rev. 559, 560" (journals.json). */
function readJournal(text: string, pos: number): Citation | null {
  VOLUME.lastIndex = pos;
  const v = VOLUME.exec(text);
  if (!v) return null;
  const abbr = readAbbreviation(text, VOLUME.lastIndex, JOURNAL_KEYS);
  if (!abbr) return null;
  PAGE.lastIndex = abbr.end;
  const p = PAGE.exec(text);
  if (!p) return null;
  const pin = readPinAfterComma(text, PAGE.lastIndex);
  const c = make(text, pos, pin ? pin.end : PAGE.lastIndex);
  c.volume = v[1];
  c.reporter = abbr.value;
  c.page = p[1];
  c.pin = pin?.pin ?? null;
  return c;
}

/** Reads an authority of kind "other" at `pos` (the anchor word), or null. */
export function readOther(text: string, pos: number, floor: number): Citation | null {
  if (/\d/.test(text[pos])) {
    const j = readJournal(text, pos);
    if (j) return j;
  }
  for (const re of [CONG_REC, REPORT, RESTATEMENT, URL, DICTIONARY]) {
    re.lastIndex = pos;
    if (re.exec(text)) {
      let end = re.lastIndex;
      if (re === URL) while (/[.,;:]/.test(text[end - 1])) end--;
      return make(text, pos, end);
    }
  }
  TREATISE.lastIndex = pos;
  if (TREATISE.exec(text)) {
    const win = text.slice(Math.max(floor, pos - 90), pos);
    const b = TREATISE_BEFORE.exec(win);
    return make(text, pos - (b ? b[0].length : 0), TREATISE.lastIndex);
  }
  return null;
}

const LETTER_DATE = /\((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\)/y;

/**
 * "Complaint Letter from Regional Civil Rights Director, DED, to Dr. Martin Massengale,
 * Chancellor, Univ. of Nebraska (July 10, 1989)": a letter cited by writer, addressee and date.
 * `pos` is at "Letter"; the date parenthetical must follow within a few lines.
 */
export function readLetter(text: string, pos: number, floor: number): Citation | null {
  // A bounded look for the date's "(": never a search to the end of the text.
  let open = pos;
  const limit = Math.min(text.length, pos + 400);
  while (open < limit && text.charCodeAt(open) !== 40) open++;
  if (open >= limit) return null;
  const body = text.slice(pos, open);
  if (!/^Letter\s+from\s+[A-Z]/.test(body) || !/,?\s+to\s+[A-Z]/.test(body) || /[)]|\.\s+[A-Z][a-z]+\s+[a-z]/.test(body)) return null;
  LETTER_DATE.lastIndex = open;
  if (!LETTER_DATE.exec(text)) return null;
  const before = /(?:^|\s)([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(floor, pos - 20), pos));
  const start = before && !['See', 'Also', 'The', 'A', 'In', 'Cf'].includes(before[1]) ? pos - before[0].length + before[0].indexOf(before[1]) : pos;
  let end = open;
  while (/[\s,]/.test(text[end - 1])) end--;
  const c = make(text, start, end);
  c.fullEnd = LETTER_DATE.lastIndex;
  c.year = Number(/\d{4}/.exec(text.slice(open, c.fullEnd))![0]);
  return c;
}

/** "Nat'l L.J., Apr. 5, 1993, at 1": a periodical title and date before the "at" at `pos`. */
export function readDated(text: string, pos: number, floor: number): Citation | null {
  // Cheap test first: a date ends ", 1993, at" and a service number ", at" right before.
  if (text.charCodeAt(pos - 2) !== 44 || !/\d/.test(text[pos - 3] ?? '')) return null;
  DATED_PAGE.lastIndex = pos;
  if (!DATED_PAGE.exec(text)) return null;
  const end = DATED_PAGE.lastIndex;
  const win = text.slice(Math.max(floor, pos - 90), pos);
  const d = DATED.exec(win);
  if (!d) return null;
  const head = win.slice(0, win.length - d[0].length + (d[0].startsWith(' (') ? d[0].indexOf(')') + 1 : 0));
  const t = /(?:[A-Z][\w.'’&]*\s+){0,4}(?:[A-Z][\w.'’&]*|\((?:BNA|CCH|P-H)\))$/.exec(head);
  if (!t) return null;
  let start = pos - win.length + t.index;
  const first = t[0].split(/\s+/)[0];
  if (['See', 'Cf.', 'But', 'The', 'In', 'And'].includes(first)) start += first.length + 1;
  if (start >= pos - d[0].length) return null;
  return make(text, start, end);
}

/** Authors whose treatises are cited by name and section ("Wright, Miller, & Kane, § 2948.1"). */
const AUTHORS = /(?:^|[\s(;])((?:(?:Wright|Miller|Kane|Moore|Marcus|Cooper|Corbin|Williston|Prosser|Keeton|Wigmore|McCormick|LaFave|Nimmer|McCarthy|Chisum|Collier|Weinstein|Tribe|Areeda|Hovenkamp|Dobbs|Fletcher|Couch|Appleman|Sutherland|Scott)(?:,?\s*(?:&|and)?\s*)?)+)(?:['’]s)?(?:\s+[A-Z][\w.]*){0,4},?\s*$/;

/**
 * Where a treatise cited by section starts, or null: a volume, its authors and its title ("3 J. Thomas
 * McCarthy, McCarthy on Trademarks and Unfair Competition § 17:24", Marlyn Nutraceuticals v. Mucos Pharma,
 * 9th Cir. 2009), or a known treatise author's name ("Wright, Miller, & Kane, § 2948.1", "Nimmer on Copyright § 13.03").
 */
export function treatiseAuthorBefore(text: string, pos: number, floor: number): number | null {
  const long = text.slice(Math.max(floor, pos - 160), pos);
  const t = VOLUME_AUTHORS_TITLE.exec(long) ?? NAME_ON_TITLE.exec(long);
  if (t) return pos - long.length + t.index + t[0].indexOf(t[1]);
  const win = text.slice(Math.max(floor, pos - 60), pos);
  const m = AUTHORS.exec(win);
  return m ? pos - win.length + m.index + m[0].indexOf(m[1]) : null;
}

function make(text: string, start: number, end: number): OtherCitation {
  const c = newCitation('other', text, start, end);
  c.signal = findSignal(text, start)?.signal ?? null;
  return c;
}
