/**
 * Reads the abbreviation after a volume number ("F. 3d", "Fed. App’x.", "U. S.",
 * "L. Ed. 2d", "IL App (1st)", "U.S.C.") a token at a time and looks each growing prefix
 * up in a table keyed by `normKey`. Longest match wins; at most MAX_TOKENS tokens are read,
 * so the cost per anchor is bounded whatever the input. A comma, a hyphen or a bracket only
 * extends a name when some key holds one ("Hunt, Mer. Mag.", "Cox. Manual Trade-Mark Cas.",
 * "Empl Prac Dec [CCH]"): reading stops at the first token no key starts with.
 */
import { normKey } from './normalize';

const MAX_TOKENS = 9; // "Robertson's Report of the Trial of Aaron Burr." is eight
// A word with an optional period (a hyphen inside it only before a letter, or a converter's line-break hyphen: "W-⏎L"), an edition ordinal ("3d", "4th"), "&", a
// short parenthesised or bracketed tag ("(1st)", "(BNA)", "(Manumission)", "[CCH]"), or a comma.
// At most two line breaks between tokens: a line break, or a page break the reading text kept as a blank line.
const TOKEN = /[ \t\u00a0]*(?:\n[ \t\u00a0]*){0,2}([A-Za-z](?:[A-Za-z'’]|-(?=[A-Za-z])|-[ \t]*\n[ \t]*(?=[A-Za-z])){0,14}\.?|\d{1,2}(?:d|th|st|nd|rd)\.?|&|[([][A-Za-z0-9][A-Za-z0-9. ]{0,11}[)\]]|,)/y;
/** A digit that does not start an edition ordinal: after a lone capital ("S827", "D123") the letter is the page's prefix. */
const PAGE_DIGIT = /\d(?!\d?(?:d|th|st|nd|rd)\b)/y;

export interface AbbrevMatch<T> {
  value: T;
  /** offset just past the abbreviation (before any space) */
  end: number;
  raw: string;
}

/** Every prefix of every key of a table, so reading stops at the first token no key starts with. */
const PREFIXES = new WeakMap<object, Set<string>>();

function prefixesOf(table: Readonly<Record<string, unknown>>): Set<string> {
  let set = PREFIXES.get(table);
  if (!set) {
    set = new Set();
    for (const k of Object.keys(table)) for (let i = 1; i <= k.length; i++) set.add(k.slice(0, i));
    PREFIXES.set(table, set);
  }
  return set;
}

/** Longest prefix of the tokens at `pos` that is a key of `table`. */
export function readAbbreviation<T>(text: string, pos: number, table: Readonly<Record<string, T>>): AbbrevMatch<T> | null {
  const prefixes = prefixesOf(table);
  let key = '';
  let best: AbbrevMatch<T> | null = null;
  let at = pos;
  for (let i = 0; i < MAX_TOKENS; i++) {
    const tok = i === 0 ? firstToken(text, pos) : readToken(text, at);
    if (!tok) break;
    key += tok.key;
    if (!prefixes.has(key)) break;
    at = tok.end;
    const m = tok.m;
    // "42 Fla. L. Weekly S827": a lone capital glued to the page is the page's prefix, not a word of the name.
    if (best && m[1].length === 1 && m[1] >= 'A' && m[1] <= 'Z' && isPagePrefix(text, tok.end)) break;
    const hit = table[key];
    // "1 Ill. (Breese) 456": a parenthesised name after a reporter is its nominative reporter, not part of it,
    // even where reporters-db lists "Ill. (Breese)" as a way of writing Breese; "1 N.J. (Manumission) 17" and
    // "Litt. Sel. Cas. (Ky.) 505" are names of their own.
    if (best && /^\([A-Z][a-z]/.test(m[1]) && (hit === undefined || table[normKey(m[1].slice(1, -1))] === hit)) break;
    if (hit !== undefined && Object.prototype.hasOwnProperty.call(table, key)) best = { value: hit, end: at, raw: text.slice(pos, at).trim() };
  }
  return best;
}

interface Token {
  key: string;
  end: number;
  m: RegExpExecArray;
}

function readToken(text: string, at: number): Token | null {
  TOKEN.lastIndex = at;
  const m = TOKEN.exec(text);
  // "2020 W-⏎L 123456": a word a converter hyphenated across a line reads as the word
  return m ? { key: normKey(m[1].includes('\n') ? m[1].replace(/-[ \t]*\n[ \t]*/g, '') : m[1]), end: TOKEN.lastIndex, m } : null;
}

// The first token after a number is read by up to three tables (codes, reporters, journals): read it once.
let memoText = '';
let memoPos = -1;
let memoToken: Token | null = null;

function firstToken(text: string, pos: number): Token | null {
  if (pos !== memoPos || text !== memoText) {
    memoText = text;
    memoPos = pos;
    memoToken = readToken(text, pos);
  }
  return memoToken;
}

function isPagePrefix(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 48 || c > 57) return false;
  PAGE_DIGIT.lastIndex = at;
  return PAGE_DIGIT.test(text);
}

/** Index of the first non-space character at or after `pos`. */
export function skipSpace(text: string, pos: number): number {
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 160) break;
    pos++;
  }
  return pos;
}
