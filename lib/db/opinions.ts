/** The reader's library of opinions. */
import { factorFindings, findingTokens } from '../export/findings';
import type { Analysis } from '../types';
import { guard, type DbResult } from './result';
import type { LensDb, OpinionRecord } from './schema';

/** The opinion's id: its canonical URL (fragment dropped), or "sha256:<hash>" without one. */
export function opinionId(url: string | null | undefined, textHash: string): string {
  if (url) {
    // the fragment names a place in the page, not another opinion
    const hash = url.indexOf('#');
    return hash >= 0 ? url.slice(0, hash) : url;
  }
  return `sha256:${textHash}`;
}

/** The library row for an analysed opinion (pure; `saveOpinion` stores it). */
export function opinionRecord(analysis: Analysis, textHash: string, now = Date.now()): OpinionRecord {
  const d = analysis.document;
  return {
    id: opinionId(d.source?.url, textHash),
    url: d.source?.url ?? null,
    site: d.source?.site ?? null,
    title: d.title,
    court: d.court,
    date: d.date,
    docket: d.docket,
    textHash,
    lastOpened: now,
    relief: analysis.standard.relief ?? null,
    outcome: analysis.disposition.outcome ?? null,
    findings: findingTokens(factorFindings(analysis)),
  };
}

/**
 * Records that the reader opened this opinion (with overrides already applied to
 * `analysis`, so the library filters see the reader's labels). Returns the stored row.
 */
export function saveOpinion(db: LensDb, analysis: Analysis, textHash: string, now = Date.now()): Promise<DbResult<OpinionRecord>> {
  const row = opinionRecord(analysis, textHash, now);
  return guard(async () => {
    await db.opinions.put(row);
    return row;
  });
}

export function getOpinion(db: LensDb, id: string): Promise<OpinionRecord | undefined> {
  return db.opinions.get(id);
}

/** Most recently opened first. */
export function recentOpinions(db: LensDb, limit = 50): Promise<OpinionRecord[]> {
  return db.opinions.orderBy('lastOpened').reverse().limit(limit).toArray();
}
