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
  resolve(cites);
  return cites;
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
