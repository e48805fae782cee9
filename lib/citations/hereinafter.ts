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
  const added: Citation[] = [];
  let names = 0;
  for (let i = 0; i < cites.length && names < MAX_NAMES; i++) {
    const c = cites[i];
    const limit = Math.min(cites[i + 1]?.start ?? text.length, c.end + 300);
    const m = HEREINAFTER.exec(text.slice(c.end, limit));
    if (!m) continue;
    names++;
    const name = m[1].trim().replace(/,$/, '');
    const from = c.end + m.index + m[0].length;
    for (const d of cites) if (d.start >= from && d.text.startsWith(name) && d !== c) links.push({ from: d, to: c });
    for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
      if (cites.some((d) => d.start <= at && at < Math.max(d.end, d.start + 1))) continue;
      const pin = readPinAfterAt(text, end);
      const use = newCitation(c.kind === 'case' ? 'short_case' : c.kind, text, at, pin ? pin.end : end);
      use.pin = pin?.pin ?? null;
      use.caseName = c.caseName;
      added.push(use);
      links.push({ from: use, to: c });
    }
  }
  if (!added.length) return { cites, links };
  return { cites: [...cites, ...added].sort((a, b) => a.start - b.start), links };
}
