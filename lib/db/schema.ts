/**
 * The database schema. Never edit a shipped `version(n)`: add `version(n + 1)` with an
 * `upgrade` that carries every record forward (Dexie's rule; the upgrade test in
 * test/unit/db writes a version-1 database and opens it with this code).
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Annotation, FactorOverride, Selector } from '../anchoring/annotation';
import { annotationWords, normalizeTags } from './words';
import { textKey } from '../text-key';

export type { OpinionRecord, AnalysisRecord, AnnotationRecord, SettingsRecord } from './records';
import type { OpinionRecord, AnalysisRecord, AnnotationRecord, SettingsRecord } from './records';

/** Version 1's annotation row: the override rode on the highlight. */
export interface AnnotationRecordV1 {
  id: string;
  opinionId: string;
  selectors: Selector[];
  note: string;
  tags: string[];
  paragraph: number | null;
  override?: FactorOverride | null;
  created: string;
  modified: string;
}

/** The newest schema this code knows. */
export const DB_VERSION = 3;
export const DEFAULT_DB_NAME = 'injunction-lens';

/** Version 1 as it shipped; exported so the upgrade test can write a v1 database. */
export function declareV1(db: Dexie): void {
  db.version(1).stores({
    opinions: 'id, textHash, lastOpened, court, relief, outcome, *findings',
    analyses: 'id, hash, savedAt',
    annotations: 'id, opinionId, modified',
    settings: 'id',
  });
}

/**
 * Version 2: overrides become their own rows (`kind`), tags are normalised and indexed
 * (`listTagged`), and each row stores its search `words` (read by search-index.ts, not
 * indexed: an index walk per common word is slower than the in-memory scan). The unused
 * `modified` index goes.
 */
export function declareV2(db: Dexie): void {
  db.version(2)
    .stores({ annotations: 'id, opinionId, *tags' })
    .upgrade(upgradeAnnotationsToV2);
}

async function upgradeAnnotationsToV2(tx: Transaction): Promise<void> {
  const table = tx.table('annotations');
  const old = (await table.toArray()) as AnnotationRecordV1[];
  const rows = old.flatMap(splitV1);
  await table.clear();
  await table.bulkPut(rows);
}

/**
 * Version 3: cached analyses are also found by `textKey` (lib/text-key.ts), which the page
 * computes itself, so a revisit asks for its analysis without sending the text. Rows
 * cached before get their key from the text they store. The opinions' `textHash` index,
 * never queried, goes.
 */
function declareV3(db: Dexie): void {
  db.version(3)
    .stores({ analyses: 'id, hash, savedAt, textKey', opinions: 'id, lastOpened, court, relief, outcome, *findings' })
    .upgrade((tx) =>
      tx
        .table('analyses')
        .toCollection()
        .modify((r: Partial<AnalysisRecord>) => {
          const text = (r.analysis as { text?: unknown } | undefined)?.text;
          if (typeof text === 'string') r.textKey = textKey(text);
        }),
    );
}

/** One v1 row → one or two v2 rows (a highlight with a note and an override splits). */
export function splitV1(r: AnnotationRecordV1): AnnotationRecord[] {
  const base = {
    opinionId: r.opinionId,
    selectors: r.selectors ?? [],
    tags: normalizeTags(r.tags ?? []),
    paragraph: r.paragraph ?? null,
    created: r.created,
    modified: r.modified,
    deletedAt: null,
  };
  const out: Annotation[] = [];
  const hasNote = (r.note ?? '').trim() !== '' || base.tags.length > 0;
  if (!r.override || hasNote) out.push({ ...base, id: r.id, kind: 'highlight', note: r.note ?? '', override: null });
  if (r.override) out.push({ ...base, id: hasNote ? `${r.id}#override` : r.id, kind: 'override', note: '', tags: [], override: r.override });
  return out.map((a) => ({ ...a, words: annotationWords(a) }));
}

/** An IndexedDB implementation to use instead of the global one (tests: fake-indexeddb). */
export type IndexedDbDeps = Required<Pick<NonNullable<ConstructorParameters<typeof Dexie>[1]>, 'indexedDB' | 'IDBKeyRange'>>;

/** The Lens database: typed tables, opened in the extension's origin only. */
export class LensDb extends Dexie {
  opinions!: EntityTable<OpinionRecord, 'id'>;
  analyses!: EntityTable<AnalysisRecord, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  /**
   * the database's own bookkeeping (revision, saved word index); kept in every version so
   * old databases open. Not the reader's options: those live in storage.local (./settings.ts)
   */
  settings!: EntityTable<SettingsRecord, 'id'>;

  constructor(name: string, deps?: IndexedDbDeps) {
    super(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined);
    declareV1(this);
    declareV2(this);
    declareV3(this);
  }
}
