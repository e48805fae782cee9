/**
 * A table of authorities as CSL-JSON, which Zotero (and Mendeley, Juris-M) import:
 * full case citations become `legal_case` items (title, volume, page, reporter as
 * container-title, issued year, court as authority), statutes, rules, regulations and
 * constitutions `legislation` items. Short forms, Id. and supra point at an authority
 * already listed; record cites are not authorities. Each authority appears once: a case's
 * parallel cites are one item (the others in its note, with any subsequent history).
 */
import { courtWords } from '../render/words';
import { hasReporter, hasSection, type Citation } from '../types';
import { authorities, type AuthorityRow } from './authorities';
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

const norm = (s: string) => s.toLowerCase().replace(/[\s.’']+/g, '');

function caseItem(row: AuthorityRow, cited: Citation | undefined, id: string): CslItem {
  const head = cited && hasReporter(cited) ? cited : undefined;
  // without a case name the title is the bare cite (no pin), which Zotero shows until edited
  const item: CslItem = { id, type: 'legal_case', title: row.name ?? row.citation };
  if (head?.volume) item.volume = head.volume;
  if (head?.page) item.page = head.page;
  if (head?.reporter) item['container-title'] = head.reporter;
  if (row.year) item.issued = { 'date-parts': [[row.year]] };
  if (row.court) item.authority = courtWords(row.court);
  if (cited?.docket) item.number = cited.docket;
  const parallels = row.citation.split(', ').slice(1);
  const note = [
    parallels.length ? `Parallel: ${parallels.join('; ')}` : null,
    row.history ? `Subsequent history: ${row.history}${row.historyBy ? ` ${row.historyBy}` : ''}` : null,
  ].filter(Boolean).join('. ');
  if (note) item.note = note;
  return item;
}

function legislationItem(row: AuthorityRow, cited: Citation | undefined, id: string): CslItem {
  const c = cited && hasSection(cited) ? cited : undefined;
  const item: CslItem = { id, type: 'legislation', title: row.citation };
  if (c?.reporter) item['container-title'] = c.reporter;
  if (c?.volume) item.volume = c.volume;
  const section = c?.section ?? (c?.kind === 'statute' ? c.page : null);
  if (section) item.section = section;
  if (row.year) item.issued = { 'date-parts': [[row.year]] };
  return item;
}

/**
 * The authorities cited in the opinions (authorities.ts: parallel cites one item, court and
 * year on each), cases first by name, unnamed cases after them, then legislation by cite.
 */
export function cslItems(items: OpinionExport | readonly OpinionExport[]): CslItem[] {
  const list = Array.isArray(items) ? items : [items as OpinionExport];
  const byKey = new Map<string, CslItem>();
  let n = 0;
  for (const { analysis } of list) {
    const byId = new Map<string, Citation>(analysis.citations.map((c: Citation) => [c.id, c] as const));
    for (const row of authorities(analysis)) {
      if (row.kind !== 'case' && !LEGISLATION.has(row.kind)) continue;
      let head: Citation | undefined;
      for (const id of row.citations) if (!head && byId.get(id)?.kind === row.kind) head = byId.get(id);
      const key = `${row.kind === 'case' ? 'case' : 'leg'}|${norm(row.citation.split(', ')[0])}`;
      const found = byKey.get(key);
      if (found) {
        // another opinion may know more (name, year, court) than the first one did
        const more = row.kind === 'case' ? caseItem(row, head, found.id) : legislationItem(row, head, found.id);
        fill(found, more, !!row.name && found.title === found.volume + ' ' + found['container-title'] + ' ' + found.page);
        continue;
      }
      n++;
      const id = `${row.kind === 'case' ? 'case' : 'leg'}-${n}`;
      byKey.set(key, row.kind === 'case' ? caseItem(row, head, id) : legislationItem(row, head, id));
    }
  }
  const all = [...byKey.values()];
  const named = (i: CslItem) => i.title !== [i.volume, i['container-title'], i.page].filter(Boolean).join(' ');
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const cases = all.filter((i) => i.type === 'legal_case').sort((a, b) => Number(!named(a)) - Number(!named(b)) || collator.compare(a.title, b.title));
  const laws = all.filter((i) => i.type === 'legislation').sort((a, b) => collator.compare(a.title, b.title));
  return [...cases, ...laws];
}

function fill(target: CslItem, more: CslItem, takeTitle: boolean) {
  const t = target as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(more)) if (t[k] == null) t[k] = v;
  if (takeTitle) target.title = more.title;
}

/** CSL-JSON text (an array of items). */
export function exportCsl(items: OpinionExport | readonly OpinionExport[]): string {
  return JSON.stringify(cslItems(items), null, 2) + '\n';
}
