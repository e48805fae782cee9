import type { Citation } from '../types';
import { applyDefinedTitles } from './defined-title';
import { applyHereinafter } from './hereinafter';
import { resolve } from './resolve';
import { scan } from './scan';

/**
 * Finds and resolves every citation in `text`. Offsets are UTF-16 offsets into `text`
 * (`[start, end)` is the core, e.g. "555 U.S. 7, 24"; `[fullStart, fullEnd)` adds the case
 * name, parentheticals and history); `paragraph` is left null (the caller assigns it).
 * Parallel cites share a name and year and list each other's ids in `parallel`.
 */
export function findCitations(text: string): Citation[] {
  const here = applyHereinafter(text, scan(text));
  const titled = applyDefinedTitles(text, here.cites);
  const cites = titled.cites;
  const links = [...here.links, ...titled.links];
  cites.forEach((c, i) => { c.id = `c${i + 1}`; });
  for (const { from, to } of links) from.antecedent = to.id;
  groupParallels(cites);
  resolve(cites, nestedIds(text, cites));
  return cites;
}

/** What follows a cite up to one it quotes or cites in a parenthetical: "(9th Cir. 1980) (quoting ", "Id. at *5 (citing ". */
const NESTED_OPEN = /^(?:\s*\([^()]*\))*\s*\((?:citing|quoting|cited\s+in|quoted\s+in)\b[^()]*$/;
/** Between two cites of one such parenthetical: "; ", ", ". */
const NESTED_NEXT = /^(?:\s*\([^()]*\))*\s*[;,]\s*(?:(?:and|see(?:\s+also)?)\s+)?$/;

/**
 * Cites made inside a "(citing …)" or "(quoting …)" parenthetical of the cite before them: an Id.
 * after them refers to the cite whose parenthetical holds them (Anderson v. United States, 612 F.2d
 * 1112, 1114 (9th Cir. 1980) (quoting Martinez …). … Id. at 1115: Anderson, in Marlyn Nutraceuticals
 * v. Mucos Pharma, 9th Cir. 2009; "Id. at *5 (citing Action Embroidery …). … Id." in Kelly v. FINRA).
 */
function nestedIds(text: string, cites: Citation[]): Set<string> {
  const nested = new Set<string>();
  for (let i = 1; i < cites.length; i++) {
    const prev = cites[i - 1];
    const c = cites[i];
    if (c.fullStart < prev.end || c.fullStart - prev.end > 200) continue;
    const between = text.slice(prev.end, c.fullStart);
    if (NESTED_OPEN.test(between) || (nested.has(prev.id) && NESTED_NEXT.test(between))) nested.add(c.id);
  }
  return nested;
}

/** Cites read as one group share a full span; each lists the others. */
function groupParallels(cites: Citation[]): void {
  for (let i = 0; i < cites.length; ) {
    let j = i + 1;
    while (j < cites.length && cites[j].kind === 'case' && cites[i].kind === 'case' && cites[j].fullStart === cites[i].fullStart && cites[j].fullEnd === cites[i].fullEnd) j++;
    if (j - i > 1) for (let k = i; k < j; k++) cites[k].parallel = cites.slice(i, j).filter((_, x) => x !== k - i).map((c) => c.id);
    i = j;
  }
}
