/**
 * Short names a citation defines for itself: `Memorandum Opinion at 4-5 (May 3, 1996)
 * (hereinafter "Mem. Op.")`. Later uses of the name ("See Mem. Op.;", "Mem. Op. at 11-12")
 * are citations of the same kind that refer back to it. (Ideal Electronic v. Int'l
 * Fidelity, D.C. Cir. 1997, cites its record this way.)
 */
import type { Citation } from '../types';
import { newCitation } from './citation';
import { readPinAfterAt } from './pin';

const HEREINAFTER = /\((?:hereinafter|herein\s?after)(?:\s+(?:referred\s+to\s+as|cited\s+as))?\s+["“]?([^"”()]{2,60}?)["”]?\)/;
/** A bound on the names one text may define, so the per-name search stays linear overall. */
const MAX_NAMES = 40;

export interface Link {
  from: Citation;
  to: Citation;
}

/**
 * Finds "(hereinafter X)" after each citation, adds a citation for each later bare use of X,
 * and returns the links from every use (new or already found) to the defining citation.
 * `cites` must be in text order; the result is too.
 */
export function applyHereinafter(text: string, cites: Citation[]): { cites: Citation[]; links: Link[] } {
  const links: Link[] = [];
  const defs = new Map<string, { def: Citation; from: number }[]>();
  let count = 0;
  let nextHerein = text.indexOf('herein');
  for (let i = 0; i < cites.length && count < MAX_NAMES && nextHerein >= 0; i++) {
    const c = cites[i];
    if (nextHerein < c.end) nextHerein = text.indexOf('herein', c.end);
    if (nextHerein < 0 || nextHerein > c.end + 300) continue;
    const limit = Math.min(cites[i + 1]?.start ?? text.length, c.end + 300);
    const m = HEREINAFTER.exec(text.slice(c.end, limit));
    if (!m) continue;
    const name = m[1].trim().replace(/,$/, '');
    if (name.length < 2) continue;
    const from = c.end + m.index + m[0].length;
    const list = defs.get(name) ?? [];
    list.push({ def: c, from });
    defs.set(name, list);
    count++;
    for (let k = firstAtOrAfter(cites, from); k < cites.length; k++) if (cites[k].text.startsWith(name)) links.push({ from: cites[k], to: c });
  }
  if (!defs.size) return { cites, links };
  // One pass over the text for all names at once.
  const names = [...defs.keys()].sort((a, b) => b.length - a.length);
  const re = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  re.lastIndex = Math.min(...[...defs.values()].map((d) => d[0].from));
  const added: Citation[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const at = m.index;
    const end = at + m[0].length;
    // The latest definition of the name before this use.
    const list = defs.get(m[0])!;
    let def: Citation | null = null;
    for (const d of list) if (d.from <= at) def = d.def;
    if (!def || /\w/.test(text[at - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
    const k = firstAtOrAfter(cites, at + 1) - 1;
    if (k >= 0 && cites[k].end > at) continue;
    const pin = readPinAfterAt(text, end);
    const use = newCitation(def.kind === 'case' ? 'short_case' : def.kind, text, at, pin ? pin.end : end);
    use.pin = pin?.pin ?? null;
    use.caseName = def.caseName;
    added.push(use);
    links.push({ from: use, to: def });
  }
  if (!added.length) return { cites, links };
  return { cites: [...cites, ...added].sort((a, b) => a.start - b.start), links };
}

/** Index of the first citation starting at or after `pos` (binary search; `cites` are in text order). */
function firstAtOrAfter(cites: Citation[], pos: number): number {
  let lo = 0, hi = cites.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cites[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
