/**
 * The reader's annotations. Every read-modify-write runs in one rw transaction, so two
 * tabs (side panels) editing at once serialise instead of overwriting each other.
 * Deleting is soft (`deletedAt`) so `undoDelete` can restore; `purgeDeleted` empties it.
 */
import { positionOf, type Annotation } from '../anchoring/annotation';
import { failure, guard, ok, type DbResult } from './result';
import { bumpRevision } from './revision';
import type { AnnotationRecord, LensDb } from './schema';
import { annotationWords, normalizeTags } from './words';

export type NewAnnotation = Omit<Annotation, 'id' | 'created' | 'modified' | 'deletedAt' | 'tags' | 'note' | 'paragraph' | 'override' | 'kind'> &
  Partial<Pick<Annotation, 'id' | 'kind' | 'note' | 'tags' | 'paragraph' | 'override' | 'created'>>;

export type AnnotationPatch = Partial<Pick<Annotation, 'note' | 'tags' | 'selectors' | 'paragraph' | 'override'>>;

/** A new stable id for an annotation. */
export function newAnnotationId(): string {
  // typed by hand: lib/ext (checked under the DOM-free core tsconfig) imports this layer
  const { crypto } = globalThis as unknown as { crypto: { randomUUID(): string } };
  return `urn:uuid:${crypto.randomUUID()}`;
}

/** The stored row for an annotation: tags normalised, search words computed. */
export function toRecord(a: Annotation): AnnotationRecord {
  const tags = normalizeTags(a.tags);
  return { ...a, tags, deletedAt: a.deletedAt ?? null, words: annotationWords({ ...a, tags }) };
}

/** The annotation without storage-only fields. */
export function fromRecord(r: AnnotationRecord): Annotation {
  const { words: _words, ...a } = r;
  return a;
}

function validate(a: Annotation): string | null {
  if (!a.opinionId) return 'an annotation needs the opinion it belongs to';
  if (a.kind === 'override' && !a.override) return 'a factor override needs the factor and stance';
  if (a.kind === 'highlight' && a.selectors.length === 0) return 'a highlight needs a place in the text (selectors)';
  const pos = positionOf(a.selectors);
  if (pos && !(pos.start >= 0 && pos.end >= pos.start)) return `bad position ${pos.start}–${pos.end}`;
  return null;
}

export async function addAnnotation(db: LensDb, input: NewAnnotation, now = new Date()): Promise<DbResult<Annotation>> {
  const iso = now.toISOString();
  const a: Annotation = {
    id: input.id ?? newAnnotationId(),
    opinionId: input.opinionId,
    kind: input.kind ?? (input.override ? 'override' : 'highlight'),
    selectors: input.selectors,
    note: input.note ?? '',
    tags: normalizeTags(input.tags ?? []),
    paragraph: input.paragraph ?? null,
    override: input.override ?? null,
    created: input.created ?? iso,
    modified: iso,
    deletedAt: null,
  };
  const bad = validate(a);
  if (bad) return failure('invalid', bad);
  return guard(() =>
    db.transaction('rw', db.annotations, db.settings, async () => {
      await db.annotations.put(toRecord(a));
      await bumpRevision(db);
      return a;
    }),
  );
}

export async function updateAnnotation(db: LensDb, id: string, patch: AnnotationPatch, now = new Date()): Promise<DbResult<Annotation>> {
  const r = await guard(() =>
    db.transaction('rw', db.annotations, db.settings, async (): Promise<DbResult<Annotation>> => {
      const row = await db.annotations.get(id);
      if (!row || row.deletedAt != null) return failure('not-found', 'That annotation no longer exists (deleted in another tab?).');
      const next: Annotation = { ...fromRecord(row), ...patch, modified: now.toISOString() };
      const bad = validate(next);
      if (bad) return failure('invalid', bad);
      const rec = toRecord(next);
      await db.annotations.put(rec);
      await bumpRevision(db);
      return ok(fromRecord(rec));
    }),
  );
  return r.ok ? r.value : r;
}

/** Marks it deleted; `undoDelete` brings it back until `purgeDeleted` runs. */
export async function deleteAnnotation(db: LensDb, id: string, now = Date.now()): Promise<DbResult<void>> {
  return setDeleted(db, id, now);
}

export async function undoDelete(db: LensDb, id: string): Promise<DbResult<void>> {
  return setDeleted(db, id, null);
}

async function setDeleted(db: LensDb, id: string, deletedAt: number | null): Promise<DbResult<void>> {
  const r = await guard(() =>
    db.transaction('rw', db.annotations, db.settings, async () => {
      const changed = await db.annotations.update(id, { deletedAt });
      if (changed) await bumpRevision(db);
      return changed;
    }),
  );
  if (!r.ok) return r;
  return r.value === 0 ? failure('not-found', 'That annotation no longer exists.') : ok(undefined);
}

/** Removes for good annotations deleted before `before` (ms). Returns how many. */
export async function purgeDeleted(db: LensDb, before = Date.now()): Promise<number> {
  return db.transaction('rw', db.annotations, db.settings, async () => {
    const n = await db.annotations.filter((a) => a.deletedAt != null && a.deletedAt < before).delete();
    if (n) await bumpRevision(db);
    return n;
  });
}

/** The opinion's live annotations, in reading order (unplaced ones last). */
export async function listAnnotations(db: LensDb, opinionId: string): Promise<Annotation[]> {
  const rows = await db.annotations.where('opinionId').equals(opinionId).toArray();
  return rows
    .filter((r) => r.deletedAt == null)
    .map(fromRecord)
    .sort((a, b) => (positionOf(a.selectors)?.start ?? Infinity) - (positionOf(b.selectors)?.start ?? Infinity) || a.created.localeCompare(b.created));
}

/** Live annotations carrying `tag` (normalised as stored), any opinion. */
export async function listTagged(db: LensDb, tag: string): Promise<Annotation[]> {
  const [t] = normalizeTags([tag]);
  if (!t) return [];
  return (await db.annotations.where('tags').equals(t).toArray()).filter((r) => r.deletedAt == null).map(fromRecord);
}

/** Every live annotation (for library export and backup). */
export async function allAnnotations(db: LensDb): Promise<Annotation[]> {
  return (await db.annotations.toArray()).filter((r) => r.deletedAt == null).map(fromRecord);
}
