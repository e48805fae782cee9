/**
 * Library search: opinions filtered by court, relief, outcome and factor findings, and
 * the reader's annotations matching the query words. Word lookups go through the
 * multi-entry `words` index (prefix match), so the cost follows the hits, not the
 * number of annotations; rows are read only for the first `limit` hits.
 */
import type { Annotation } from '../anchoring/annotation';
import type { Outcome, Relief } from '../types';
import { fromRecord } from './annotations';
import type { LensDb, OpinionRecord } from './schema';
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
  /** how many annotations matched in all (rows beyond `limit` were not read) */
  annotationMatches: number;
}

export async function searchLibrary(db: LensDb, query: string, filters: LibraryFilters = {}, limit = 200): Promise<LibraryResult> {
  const opinions = await filteredOpinions(db, filters);
  const byId = new Map(opinions.map((o) => [o.id, o]));
  const q = words(query);
  const tag = filters.tag?.trim().toLowerCase() || null;

  let keys: string[] | null = null;
  for (const w of q) keys = intersect(keys, (await db.annotations.where('words').startsWith(w).primaryKeys()) as string[]);
  if (tag) keys = intersect(keys, (await db.annotations.where('tags').equals(tag).primaryKeys()) as string[]);

  const perOpinion = new Map<string, Annotation[]>();
  let matches = 0;
  if (keys) {
    const unique = [...new Set(keys)];
    const rows = await db.annotations.bulkGet(unique.slice(0, Math.max(limit * 4, limit)));
    for (const r of rows) {
      if (!r || r.deletedAt != null || !byId.has(r.opinionId)) continue;
      matches++;
      if (matches > limit) continue;
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

function intersect(acc: string[] | null, next: string[]): string[] {
  if (acc === null) return next;
  const s = new Set(next);
  return acc.filter((k) => s.has(k));
}

function matchesAll(query: readonly string[], haystack: readonly string[]): boolean {
  return query.every((q) => haystack.some((w) => w.startsWith(q)));
}
