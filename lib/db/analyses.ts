/** Cached analyses, keyed by the reading text's hash and the analyser version. */
import type { Analysis } from '../types';
import { guard, type DbResult } from './result';
import type { LensDb } from './schema';
import { textKey } from '../text-key';

/** A row's id: the text's hash, the page's reading context when there is one (lib/ext/analysis-cache.ts), the analyser version. */
function key(hash: string, version: string, context = ''): string {
  return context ? `${hash}~${context}@${version}` : `${hash}@${version}`;
}

/** The analysis cached for this text hash (read in this context) and analyser version, or null. */
export async function getCachedAnalysis(db: LensDb, hash: string, version: string, context = ''): Promise<Analysis | null> {
  const row = await db.analyses.get(key(hash, version, context));
  return row?.analysis ?? null;
}

/** The cached analysis (and its SHA-256) whose text has this `textKey`, for this analyser version. */
export async function getAnalysisByTextKey(db: LensDb, tkey: string, version: string): Promise<{ hash: string; analysis: Analysis } | null> {
  const rows = await db.analyses.where('textKey').equals(tkey).toArray();
  const row = rows.find((r) => r.version === version);
  return row ? { hash: row.hash, analysis: row.analysis } : null;
}

/**
 * Caches an analysis (replacing one for the same hash, context and version). `hash` stays the
 * text's own, what the library finds an opinion's analyses by, whatever the context.
 */
export function putAnalysis(db: LensDb, hash: string, version: string, analysis: Analysis, now = Date.now(), tkey = textKey(analysis.text), context = ''): Promise<DbResult<void>> {
  return guard(async () => {
    await db.analyses.put({ id: key(hash, version, context), hash, version, savedAt: now, analysis, textKey: tkey });
  });
}

/**
 * Drops analyses from other analyser versions (they are never read again) and, beyond
 * `keep`, the oldest ones. Returns how many were removed.
 */
export async function pruneAnalyses(db: LensDb, currentVersion: string, keep = 200): Promise<number> {
  return db.transaction('rw', db.analyses, async () => {
    const stale = await db.analyses.filter((r) => r.version !== currentVersion).primaryKeys();
    await db.analyses.bulkDelete(stale);
    const count = await db.analyses.count();
    let removed = stale.length;
    if (count > keep) {
      const oldest = await db.analyses.orderBy('savedAt').limit(count - keep).primaryKeys();
      await db.analyses.bulkDelete(oldest);
      removed += oldest.length;
    }
    return removed;
  });
}

/** An `AnalysisStore` (lib/ext/analysis-cache.ts) backed by this database. */
export function analysisStore(db: LensDb) {
  return {
    get: (hash: string, version: string, context?: string) => getCachedAnalysis(db, hash, version, context),
    byTextKey: (tkey: string, version: string) => getAnalysisByTextKey(db, tkey, version),
    put: async (hash: string, version: string, analysis: Analysis, tkey?: string, context?: string) => {
      const r = await putAnalysis(db, hash, version, analysis, Date.now(), tkey, context);
      if (!r.ok) throw new Error(r.message);
    },
  };
}
