/**
 * Parentheticals after a citation: the court-and-date one ("(2d Cir. 2009)",
 * "(D. Conn. Feb. 11, 2010)", "(CA2, Nov. 9, 2020)") and explanatory ones
 * ("(internal quotation marks omitted)", "(quoting Fed. R. Civ. P. 65(b))"), then
 * subsequent history ("aff'd", "cert. denied").
 */
import { COURT_KEYS } from '../data/courts';
import { courtKey } from './normalize';

/** Longest parenthetical read; a longer one is treated as unbalanced text, not a parenthetical. */
const MAX_PAREN = 1500;
// Texas adds petition history after the year: "(Tex. App.—Houston [1st Dist.] 2010, pet. denied)".
const COURT_DATE = /^(.*?)[\s,]*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+)?((?:1[6-9]|20)\d\d)(?:,\s*(?:no\s|pet\.|writ|aff|rev|cert|reh)[^,()]{0,30})?$/;
const HISTORY = /[ \t\n]*[,;]?[ \t\n]*((?:aff['’]d|rev['’]d|vacated|modified|cert\.\s*(?:denied|granted|dismissed)|reh['’]g\s*(?:en banc\s*)?denied|overruled|abrogated|superseded)(?:\s*(?:in part|on other grounds|by|as moot|and remanded|mem\.|per curiam|sub nom\.))*)/y;

export interface Paren {
  start: number;
  end: number;
  content: string;
}

/** The balanced parenthetical starting at `pos` (which must be "(") or null. */
let closeText = '';
let closeAt = -1;
let closeFrom = 0;

/**
 * The next ")" at or after `pos`, remembered across calls so a text without one is searched
 * once, not once per "(". The answer holds for positions from where it was searched
 * (`closeFrom`) up to it: a call that starts before `closeFrom` (a second pass over the same
 * text, or the same text analysed again) searches again, or it would skip a nearer ")".
 */
function nextClose(text: string, pos: number): number {
  const known = text === closeText && pos >= closeFrom && (closeAt < 0 || closeAt >= pos);
  if (!known) {
    closeText = text;
    closeFrom = pos;
    // a miss is -1: no ")" from closeFrom on, so none from any later position either
    closeAt = text.indexOf(')', pos);
  }
  return closeAt;
}

export function readParen(text: string, pos: number): Paren | null {
  if (text[pos] !== '(') return null;
  const close = nextClose(text, pos);
  if (close < 0 || close - pos > MAX_PAREN) return null;
  let depth = 0;
  const limit = Math.min(text.length, pos + MAX_PAREN);
  for (let i = pos; i < limit; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { start: pos, end: i + 1, content: text.slice(pos + 1, i).replace(/\s+/g, ' ').trim() };
    // A court/date parenthetical may straddle a page break; a long one that does is unbalanced text.
    else if (c === '\n' && text[i + 1] === '\n' && i - pos > 60) return null;
  }
  return null;
}

/** New York's official style puts court and year in brackets: "93 NY2d 343, 347 [1999]", "[2d Dept 2019]". */
const BRACKET = /\[([^\[\]]{4,40})\]/y;

/** Every parenthetical following `pos`, separated only by spaces. */
export function readParens(text: string, pos: number): Paren[] {
  const out: Paren[] = [];
  for (let i = 0; i < 6; i++) {
    let at = pos;
    while (text[at] === ' ' || text[at] === '\n' || text[at] === '\t') at++;
    // A bracketed star-page marker between a cite and its parenthetical ("7, 24 [*3] (2008)").
    if (text[at] === '[' && text[at + 1] === '*') {
      const close = text.indexOf(']', at);
      if (close > 0 && close - at < 10) at = close + 1;
      while (text[at] === ' ' || text[at] === '\n' || text[at] === '\t') at++;
    }
    let p = readParen(text, at);
    if (!p && text[at] === '[') {
      BRACKET.lastIndex = at;
      const b = BRACKET.exec(text);
      if (b && parseCourtDate(b[1].trim())) p = { start: at, end: BRACKET.lastIndex, content: b[1].trim() };
    }
    if (!p) break;
    out.push(p);
    pos = p.end;
  }
  return out;
}

export interface CourtDate {
  court: string | null;
  year: number;
  /** the court words as written, e.g. "2d Cir." */
  courtText: string;
}

/** Court id and year from "2d Cir. 2009"-style content, or null when it is not one. */
export function parseCourtDate(content: string): CourtDate | null {
  if (content.length > 80) return null;
  const m = COURT_DATE.exec(content);
  if (!m) return null;
  const courtText = m[1].replace(/,$/, '').trim();
  // "Tex. App.—Houston [1st Dist.]": the court is named before the dash.
  const court = courtText.split(/\s*[—–]\s*/)[0];
  if (courtText.length > 40) return null;
  return { court: courtId(court), year: Number(m[2]), courtText };
}

/** courts-db id for a court abbreviation ("D. Conn.", "S.D.N.Y.", "EDNY", "CA2"). */
export function courtId(s: string): string | null {
  if (!s) return null;
  // New York's official style: "[2d Dept 2019]" is the Appellate Division.
  if (/^(?:App Div,?\s*)?\d(?:st|d|nd|rd|th) Dept$/.test(s)) return 'nyappdiv';
  const ca = /^CA\s?(\d{1,2}|DC|Fed)$/i.exec(s);
  if (ca) return ca[1].toLowerCase() === 'fed' ? 'cafc' : `ca${ca[1].toLowerCase()}`;
  const key = courtKey(s);
  return Object.prototype.hasOwnProperty.call(COURT_KEYS, key) ? COURT_KEYS[key] : null;
}

/** Subsequent history right after `pos` (", aff'd", "cert. denied"), with where it ends. */
export function readHistory(text: string, pos: number): { history: string; end: number } | null {
  HISTORY.lastIndex = pos;
  const m = HISTORY.exec(text);
  return m ? { history: m[1], end: HISTORY.lastIndex } : null;
}
