/**
 * A table of authorities as CSL-JSON, which Zotero (and Mendeley, Juris-M) import:
 * full case citations become `legal_case` items (title, volume, page, reporter as
 * container-title, issued year, court as authority), statutes, rules, regulations and
 * constitutions `legislation` items. Short forms, Id. and supra point at an authority
 * already listed; record cites are not authorities. Each authority appears once.
 */
import { courtWords } from '../render/words';
import type { Citation } from '../types';
import type { OpinionExport } from './opinion-export';

export interface CslItem {
  id: string;
  type: 'legal_case' | 'legislation';
  title: string;
  volume?: string;
  page?: string;
  section?: string;
  'container-title'?: string;
  authority?: string;
  number?: string;
  issued?: { 'date-parts': number[][] };
  note?: string;
}

const LEGISLATION = new Set<Citation['kind']>(['statute', 'rule', 'regulation', 'constitution']);

function key(c: Citation): string {
  const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[\s.]+/g, '');
  return c.kind === 'case' ? `case|${norm(c.volume)}|${norm(c.reporter)}|${norm(c.page)}|${c.volume ? '' : norm(c.text)}` : `leg|${norm(c.text)}`;
}

function caseItem(c: Citation, id: string): CslItem {
  // without a case name the title is the bare cite (no pin), which Zotero shows until edited
  const item: CslItem = { id, type: 'legal_case', title: c.caseName ?? ([c.volume, c.reporter, c.page].filter(Boolean).join(' ') || c.text) };
  if (c.volume) item.volume = c.volume;
  if (c.page) item.page = c.page;
  if (c.reporter) item['container-title'] = c.reporter;
  if (c.year) item.issued = { 'date-parts': [[c.year]] };
  if (c.court) item.authority = courtWords(c.court);
  if (c.docket) item.number = c.docket;
  return item;
}

function legislationItem(c: Citation, id: string): CslItem {
  const item: CslItem = { id, type: 'legislation', title: c.text };
  if (c.reporter) item['container-title'] = c.reporter;
  if (c.volume) item.volume = c.volume;
  const section = c.section ?? (c.kind === 'statute' ? c.page : null);
  if (section) item.section = section;
  if (c.year) item.issued = { 'date-parts': [[c.year]] };
  return item;
}

/** The authorities cited in the opinions, cases first (by name), then legislation (by cite). */
export function cslItems(items: OpinionExport | readonly OpinionExport[]): CslItem[] {
  const list = Array.isArray(items) ? items : [items as OpinionExport];
  const byKey = new Map<string, CslItem>();
  const unnamed = new Set<string>();
  for (const { analysis } of list) {
    for (const c of analysis.citations) {
      if (c.kind !== 'case' && !LEGISLATION.has(c.kind)) continue;
      const k = key(c);
      const found = byKey.get(k);
      if (found) {
        // a later cite may know more (year, court) than the first one did
        if (c.kind === 'case') fill(found, caseItem(c, found.id), !unnamed.has(found.id) || !c.caseName);
        if (c.caseName) unnamed.delete(found.id);
        continue;
      }
      const id = `${c.kind === 'case' ? 'case' : 'leg'}-${byKey.size + 1}`;
      byKey.set(k, c.kind === 'case' ? caseItem(c, id) : legislationItem(c, id));
      if (c.kind === 'case' && !c.caseName) unnamed.add(id);
    }
  }
  const all = [...byKey.values()];
  const cases = all.filter((i) => i.type === 'legal_case').sort((a, b) => a.title.localeCompare(b.title));
  const laws = all.filter((i) => i.type === 'legislation').sort((a, b) => a.title.localeCompare(b.title, undefined, { numeric: true }));
  return [...cases, ...laws];
}

function fill(target: CslItem, more: CslItem, keepTitle: boolean) {
  const t = target as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(more)) if (t[k] == null) t[k] = v;
  if (!keepTitle) target.title = more.title;
}

/** CSL-JSON text (an array of items). */
export function exportCsl(items: OpinionExport | readonly OpinionExport[]): string {
  return JSON.stringify(cslItems(items), null, 2) + '\n';
}
