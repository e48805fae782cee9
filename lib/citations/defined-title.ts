/**
 * Reports, manuals and books cited by title and page with a short name defined in a
 * parenthetical: "DED, Title IX Athletics Investigator's Manual 1, 2 (1990) (Manual)", then
 * "Manual at 7" (Cohen v. Brown Univ., 1st Cir. 1993). The source is an authority of kind
 * "other"; each later "<short name> at <page>" refers back to it. Found from the cheap
 * "(year) (Name)" anchor, then read backward, so the pass stays linear.
 */
import type { Citation } from '../types';
import { newCitation } from './citation';
import { readPinAfterAt } from './pin';
import type { Link } from './hereinafter';

const DEFINITION = /\((\d{4})\)\s+\(([A-Z][A-Za-z'’.]{2,20}(?:\s[A-Z][A-Za-z'’.]{1,20})?)\)/g;
/** The title and pages before "(1990)": capitalized words, then page numbers. */
const TITLE = /((?:[A-Z][\w'’.-]*\s+(?:(?:of|and|the|for|on|in|&)\s+)?){1,10})(\d+(?:,\s*\d+)*)\s+$/;
const MAX_NAMES = 40;

/** Adds the defined-title sources and their "<name> at <page>" uses to `cites` (in text order), with links from uses to sources. */
export function applyDefinedTitles(text: string, cites: Citation[]): { cites: Citation[]; links: Link[] } {
  const links: Link[] = [];
  const added: Citation[] = [];
  const names = new Map<string, { def: Citation; from: number }>();
  DEFINITION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEFINITION.exec(text)) && names.size < MAX_NAMES) {
    const win = text.slice(Math.max(0, m.index - 160), m.index);
    const t = TITLE.exec(win);
    if (!t || !t[1].includes(m[2])) continue;
    let start = m.index - win.length + t.index;
    const first = /^(?:See|Cf\.|Compare|But|Accord|E\.g\.,)\s+/.exec(t[0]);
    if (first) start += first[0].length;
    const end = m.index - (win.length - t.index - t[0].trimEnd().length);
    if (overlaps(cites, start, m.index + m[0].length)) continue;
    const def = newCitation('other', text, start, end);
    def.page = t[2];
    def.fullEnd = m.index + m[0].length;
    added.push(def);
    names.set(m[2], { def, from: DEFINITION.lastIndex });
  }
  for (const [name, { def, from }] of names) {
    for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (/\w/.test(text[at - 1] ?? '')) continue;
      const pin = readPinAfterAt(text, at + name.length);
      if (!pin || overlaps(cites, at, pin.end)) continue;
      const use = newCitation('other', text, at, pin.end);
      use.pin = pin.pin;
      added.push(use);
      links.push({ from: use, to: def });
    }
  }
  if (!added.length) return { cites, links };
  return { cites: [...cites, ...added].sort((a, b) => a.start - b.start), links };
}

/** True when [start, end) meets a citation already found (`cites` in text order). */
function overlaps(cites: Citation[], start: number, end: number): boolean {
  let lo = 0, hi = cites.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cites[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 3; k--) if (cites[k].fullEnd > start || cites[k].end > start) return true;
  return false;
}
