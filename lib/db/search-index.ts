/**
 * The words of every live annotation, held in memory per open database and rebuilt when
 * the annotations' revision changes (any tab's write bumps it). A search scans this
 * (10,000 annotations: a few milliseconds) and reads only the rows it shows; IndexedDB
 * index walks cost per matching entry, which a common word makes slow.
 */
import { currentRevision } from './revision';
import type { LensDb } from './schema';

export interface IndexEntry {
  id: string;
  opinionId: string;
  /** " word1 word2 … " so a prefix-of-a-word test is one `includes(' ' + q)` */
  words: string;
  tags: readonly string[];
}

const caches = new WeakMap<LensDb, { revision: number; entries: IndexEntry[] }>();

export async function searchIndex(db: LensDb): Promise<IndexEntry[]> {
  return db.transaction('r', db.annotations, db.settings, async () => {
    const revision = await currentRevision(db);
    const cached = caches.get(db);
    if (cached && cached.revision === revision) return cached.entries;
    const entries: IndexEntry[] = [];
    await db.annotations.each((r) => {
      if (r.deletedAt == null) entries.push({ id: r.id, opinionId: r.opinionId, words: ` ${r.words.join(' ')} `, tags: r.tags });
    });
    caches.set(db, { revision, entries });
    return entries;
  });
}

/** Drops the cache (tests that write rows directly, bypassing the revision). */
export function forgetSearchIndex(db: LensDb): void {
  caches.delete(db);
}
