/**
 * Library search: opinions filtered by court, relief, outcome and factor findings, and
 * the reader's annotations whose note, tags or quote hold every query word (as a word
 * prefix, so typing "irrep" finds "irreparable"). Words are matched in the in-memory
 * index (search-index.ts); rows are read only for the first `limit` hits.
 */
import type { Annotation } from '../anchoring/annotation';
import type { Outcome, Relief } from '../types';
import { fromRecord } from './annotations';
import type { LensDb, OpinionRecord } from './schema';
import { searchIndex } from './search-index';
import { words } from './words';

export interface LibraryFilters {
  court?: string | null;
  relief?: Relief | null;
  outcome?: Outcome | null;
  /** finding tokens every opinion must carry, e.g. ["harm:presumed", "success:movant"] */
  findings?: string[];
  /** a tag the annotation must carry */
  tag?: string | null;
}

export interface LibraryHit {
  opinion: OpinionRecord;
  /** annotations whose note, tags or quote hold every query word */
  annotations: Annotation[];
  /** true when the opinion's own title / docket / court matched the query */
  opinionMatched: boolean;
}

export interface LibraryResult {
  hits: LibraryHit[];
  /** how many annotations matched in all (only the first `limit` are in `hits`) */
  annotationMatches: number;
}

export async function searchLibrary(db: LensDb, query: string, filters: LibraryFilters = {}, limit = 200): Promise<LibraryResult> {
  const opinions = await filteredOpinions(db, filters);
  const byId = new Map(opinions.map((o) => [o.id, o]));
  const q = words(query);
  const tag = filters.tag?.trim().toLowerCase() || null;

  const perOpinion = new Map<string, Annotation[]>();
  let matches = 0;
  if (q.length || tag) {
    const hitIds: string[] = [];
    for (const e of await searchIndex(db)) {
      if (!byId.has(e.opinionId)) continue;
      if (tag && !e.tags.includes(tag)) continue;
      if (!q.every((w) => e.words.includes(` ${w}`))) continue;
      matches++;
      if (hitIds.length < limit) hitIds.push(e.id);
    }
    for (const r of await db.annotations.bulkGet(hitIds)) {
      if (!r || r.deletedAt != null) continue;
      const list = perOpinion.get(r.opinionId) ?? [];
      list.push(fromRecord(r));
      perOpinion.set(r.opinionId, list);
    }
  }

  const hits: LibraryHit[] = [];
  for (const o of opinions) {
    const opinionMatched = q.length > 0 && !tag && matchesAll(q, words(`${o.title ?? ''} ${o.docket ?? ''} ${o.court ?? ''} ${o.url ?? ''}`));
    const annotations = perOpinion.get(o.id) ?? [];
    const everything = q.length === 0 && !tag;
    if (everything || opinionMatched || annotations.length) hits.push({ opinion: o, annotations, opinionMatched });
  }
  hits.sort((a, b) => b.annotations.length - a.annotations.length || b.opinion.lastOpened - a.opinion.lastOpened);
  return { hits, annotationMatches: matches };
}

async function filteredOpinions(db: LensDb, f: LibraryFilters): Promise<OpinionRecord[]> {
  const findings = f.findings ?? [];
  // start from the most selective index we have, then check the rest in memory
  const base = findings.length
    ? db.opinions.where('findings').equals(findings[0])
    : f.court
      ? db.opinions.where('court').equals(f.court)
      : f.relief
        ? db.opinions.where('relief').equals(f.relief)
        : f.outcome
          ? db.opinions.where('outcome').equals(f.outcome)
          : db.opinions.toCollection();
  const rows = await base.toArray();
  return rows.filter(
    (o) =>
      (!f.court || o.court === f.court) &&
      (!f.relief || o.relief === f.relief) &&
      (!f.outcome || o.outcome === f.outcome) &&
      findings.every((t) => o.findings.includes(t)),
  );
}

function matchesAll(query: readonly string[], haystack: readonly string[]): boolean {
  return query.every((q) => haystack.some((w) => w.startsWith(q)));
}
