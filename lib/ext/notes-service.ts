/**
 * The reader's notes and label corrections for one opinion, as the side panel sees them:
 * stored with W3C selectors against the reading text, re-anchored against the text the
 * page has now, and shown as orphans (with their quote) when they cannot be placed.
 */
import { anchor, describe, quoteOf, type Annotation } from '../anchoring/index';
import { addAnnotation, deleteAnnotation, listAnnotations, opinionId, undoDelete, updateAnnotation, type LensDb } from '../db/index';
import type { Analysis, FactorName, Stance } from '../types';
import { paragraphFrom } from '../paragraph-at';

export interface NoteView {
  id: string;
  kind: Annotation['kind'];
  note: string;
  tags: string[];
  /** where it anchors now; null for an orphan */
  start: number | null;
  end: number | null;
  exact: string;
  paragraph: number | null;
  orphan: boolean;
  override: Annotation['override'];
  modified: string;
}

export function opinionKey(a: Analysis, hash: string): string {
  return opinionId(a.document.source?.url, hash);
}

export function paragraphOf(a: Analysis, at: number): number | null {
  return paragraphFrom(a.paragraphs, at)?.index ?? null;
}

export function toView(a: Analysis, ann: Annotation): NoteView {
  const quote = quoteOf(ann.selectors)?.exact ?? '';
  const placed = anchor(a.text, ann.selectors);
  return {
    id: ann.id,
    kind: ann.kind,
    note: ann.note,
    tags: ann.tags,
    start: placed?.start ?? null,
    end: placed?.end ?? null,
    exact: placed ? a.text.slice(placed.start, placed.end) : quote,
    paragraph: placed ? paragraphOf(a, placed.start) : ann.paragraph,
    orphan: !placed,
    override: ann.override,
    modified: ann.modified,
  };
}

export async function listNotes(db: LensDb, a: Analysis, hash: string): Promise<NoteView[]> {
  const anns = await listAnnotations(db, opinionKey(a, hash));
  return anns.map((x) => toView(a, x)).sort((x, y) => (x.start ?? Infinity) - (y.start ?? Infinity));
}

function unwrap<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

export async function addNote(db: LensDb, a: Analysis, hash: string, start: number, end: number, note: string, tags: string[]): Promise<NoteView> {
  if (!(end > start && start >= 0 && end <= a.text.length)) throw new Error('select some of the opinion’s text first');
  const ann = unwrap(await addAnnotation(db, { opinionId: opinionKey(a, hash), selectors: describe(a.text, start, end), note, tags, paragraph: paragraphOf(a, start) }));
  return toView(a, ann);
}

export async function editNote(db: LensDb, a: Analysis, id: string, note: string, tags: string[]): Promise<NoteView> {
  return toView(a, unwrap(await updateAnnotation(db, id, { note, tags })));
}

export async function removeNote(db: LensDb, id: string): Promise<void> {
  unwrap(await deleteAnnotation(db, id));
}

export async function restoreNote(db: LensDb, id: string): Promise<void> {
  unwrap(await undoDelete(db, id));
}

/** A correction of one paragraph's label: anchored by the paragraph's opening words. */
export async function setOverride(
  db: LensDb,
  a: Analysis,
  hash: string,
  o: { paragraph: number; factor: FactorName; stance: Stance; remove?: boolean; replaces?: FactorName | null },
): Promise<NoteView> {
  const p = a.paragraphs[o.paragraph];
  if (!p) throw new Error(`no paragraph ${o.paragraph + 1}`);
  // the reader's newer word on this paragraph's factor replaces the older one (deleted, so
  // undo brings it back), rather than piling up in the Notes list
  const key = opinionKey(a, hash);
  const earlier = (await listAnnotations(db, key)).filter((x) => x.kind === 'override' && x.paragraph === p.index && x.override?.factor === o.factor);
  for (const x of earlier) unwrap(await deleteAnnotation(db, x.id));
  const ann = unwrap(
    await addAnnotation(db, {
      opinionId: key,
      kind: 'override',
      selectors: describe(a.text, p.start, Math.min(p.end, p.start + 120)),
      paragraph: p.index,
      override: { factor: o.factor, stance: o.stance, remove: o.remove ?? false, replaces: o.replaces ?? null },
    }),
  );
  return toView(a, ann);
}
