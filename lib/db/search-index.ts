/**
 * The words of every live annotation, held in memory per open database and rebuilt when
 * the annotations' revision changes (any tab's write bumps it). A search scans this
 * (10,000 annotations: a few milliseconds) and reads only the rows it shows; IndexedDB
 * index walks cost per matching entry, which a common word makes slow. Each build is also
 * saved as one row, so the next opening of the library reads that row instead of every
 * annotation.
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

/** The settings row holding the last built index, so a freshly opened library reads one row, not every annotation. */
export const INDEX_SNAPSHOT_KEY = 'search-index';

const inflight = new WeakMap<LensDb, Promise<IndexEntry[]>>();

/**
 * The word index of `db`. Calls that overlap share one read or build: the library warms
 * the index as it opens, and a search typed meanwhile waits for that build, not a second.
 */
export function searchIndex(db: LensDb): Promise<IndexEntry[]> {
  const running = inflight.get(db);
  if (running) return running;
  const p = readOrBuild(db).finally(() => inflight.delete(db));
  inflight.set(db, p);
  return p;
}

async function readOrBuild(db: LensDb): Promise<IndexEntry[]> {
  let built: { revision: number; entries: IndexEntry[] } | null = null;
  const entries = await db.transaction('r', db.annotations, db.settings, async () => {
    const revision = await currentRevision(db);
    const cached = caches.get(db);
    if (cached && cached.revision === revision) return cached.entries;
    const saved = (await db.settings.get(INDEX_SNAPSHOT_KEY))?.value as { revision?: number; entries?: IndexEntry[] } | undefined;
    if (saved?.revision === revision && Array.isArray(saved.entries)) {
      caches.set(db, { revision, entries: saved.entries });
      return saved.entries;
    }
    const fresh: IndexEntry[] = [];
    await db.annotations.each((r) => {
      if (r.deletedAt == null) fresh.push({ id: r.id, opinionId: r.opinionId, words: ` ${r.words.join(' ')} `, tags: r.tags });
    });
    built = { revision, entries: fresh };
    caches.set(db, built);
    return fresh;
  });
  // Saved for the next opening, unless a write came in meanwhile; a full disk costs only this.
  const b = built as { revision: number; entries: IndexEntry[] } | null;
  if (b) {
    void db
      .transaction('rw', db.settings, async () => {
        if ((await currentRevision(db)) === b.revision) await db.settings.put({ id: INDEX_SNAPSHOT_KEY, schema: 1, value: b });
      })
      .catch(() => {});
  }
  return entries;
}

/** Drops the cache (tests that write rows directly, bypassing the revision). */
export function forgetSearchIndex(db: LensDb): void {
  caches.delete(db);
}
