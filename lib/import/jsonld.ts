/**
 * Reads W3C Web Annotation JSON-LD (a collection as Lens or other Web Annotation tools
 * write it, an AnnotationPage, a single Annotation, or an array of them) into the reader's
 * annotations. Annotations created by software (the analyser's own labels) are skipped:
 * they are recomputed. Any malformed annotation refuses the whole file.
 *
 * A reader's correction is a classifying body. Lens writes its label as fields (`factor`,
 * `stance`, `replaces`, `remove`; lib/export/jsonld.ts); files written before that carry
 * it as text in `value` ("factor=harm; stance=movant; replaces=success; remove"), and
 * still import unchanged.
 */
import type { Annotation, FactorOverride } from '../anchoring/annotation';
import { refuse, Invalid, type ImportResult } from './result';
import { importClock, isoDate, UNKNOWN_DATE, type ImportClock } from './dates';
import { isObject, overrideObject, overrideText, selectors, str, type Json } from './validate';

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The opinion id for a target source: "urn:lens:sha256:…" → "sha256:…", a URL without its fragment. */
export function opinionIdForSource(source: string): string {
  if (source.startsWith('urn:lens:')) return source.slice('urn:lens:'.length);
  const hash = source.indexOf('#');
  return hash >= 0 ? source.slice(0, hash) : source;
}

function hasAnnoContext(v: unknown): boolean {
  if (typeof v === 'string') return v === CONTEXT || v === 'https://www.w3.org/ns/anno.jsonld';
  return Array.isArray(v) && v.some(hasAnnoContext);
}

/** The annotation objects in a parsed JSON-LD document, or a refusal. */
function itemsOf(doc: unknown): ImportResult<unknown[]> {
  if (Array.isArray(doc)) return { ok: true, value: doc };
  if (!isObject(doc)) return refuse('malformed', 'This is not a Web Annotation file (expected a JSON object or array).');
  if (!hasAnnoContext(doc['@context'])) return refuse('unsupported', `This is not a Web Annotation file: "@context" should be ${CONTEXT}.`);
  if (doc.type === 'Annotation') return { ok: true, value: [doc] };
  if (doc.type === 'AnnotationPage') return Array.isArray(doc.items) ? { ok: true, value: doc.items } : refuse('partial', 'The AnnotationPage has no "items" list.');
  if (doc.type === 'AnnotationCollection') {
    const first = doc.first;
    if (isObject(first) && Array.isArray(first.items)) {
      if (typeof doc.total === 'number' && doc.total !== first.items.length) {
        return refuse('partial', `The collection says it holds ${doc.total} annotations but the file has ${first.items.length}: it looks cut short.`);
      }
      return { ok: true, value: first.items };
    }
    return refuse('partial', 'The AnnotationCollection has no annotations inside it (its "first" page is missing; only the first page of a paged collection can be read).');
  }
  return refuse('unsupported', `Unknown type "${String(doc.type)}": expected AnnotationCollection, AnnotationPage or Annotation.`);
}

/** A classifying body's label: from its fields, else (files from before them) from its text. */
function labelOf(b: Json, where: string): FactorOverride {
  if (b.factor != null || b.stance != null) return overrideObject({ factor: b.factor, stance: b.stance, replaces: b.replaces, remove: b.remove }, where)!;
  return overrideText(str(b, 'value', where), where);
}

function annotationOf(v: unknown, i: number, clock: ImportClock): Annotation | null {
  const where = `annotation ${i + 1}`;
  if (!isObject(v)) throw new Invalid(`${where}: should be an object`);
  if (v.type !== 'Annotation') throw new Invalid(`${where}: "type" should be "Annotation"`);
  const id = str(v, 'id', where);
  if (isObject(v.creator) && v.creator.type === 'Software') return null;
  const target = Array.isArray(v.target) ? v.target[0] : v.target;
  if (!isObject(target)) throw new Invalid(`${where}: has no target`);
  const source = str(target, 'source', where);
  const sels = selectors(target.selector, where);
  const bodies: Json[] = (Array.isArray(v.body) ? v.body : v.body == null ? [] : [v.body]).map((b) => {
    if (!isObject(b)) throw new Invalid(`${where}: a body should be an object`);
    return b;
  });
  const motivation = v.motivation;
  const purpose = (b: Json) => b.purpose ?? (motivation === 'tagging' ? 'tagging' : motivation === 'classifying' ? 'classifying' : 'commenting');
  const note = bodies.filter((b) => purpose(b) === 'commenting').map((b) => str(b, 'value', where)).join('\n\n');
  const tags = bodies.filter((b) => purpose(b) === 'tagging').map((b) => str(b, 'value', where));
  const cls = bodies.find((b) => purpose(b) === 'classifying');
  const override = cls ? labelOf(cls, where) : null;
  if (!override && sels.length === 0) throw new Invalid(`${where}: has no TextQuoteSelector or TextPositionSelector, so it cannot be placed`);
  const created = isoDate(v.created, where, UNKNOWN_DATE, clock);
  return {
    id, opinionId: opinionIdForSource(source), kind: override ? 'override' : 'highlight', selectors: sels, note, tags,
    paragraph: null, override, created, modified: isoDate(v.modified, where, created, clock), deletedAt: null,
  };
}

/**
 * The reader's annotations in a JSON-LD text; refused as a whole if any part is malformed.
 * Dates are normalised (./dates.ts); `clock` counts those dropped for lying in the future.
 */
export function parseJsonLd(input: string | unknown, clock: ImportClock = importClock()): ImportResult<Annotation[]> {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      return refuse('malformed', `The file is not valid JSON (${(e as Error).message}); it may be cut short.`);
    }
  }
  const items = itemsOf(doc);
  if (!items.ok) return items;
  try {
    const out = items.value.map((v, i) => annotationOf(v, i, clock)).filter((a): a is Annotation => a !== null);
    const ids = new Set<string>();
    for (const a of out) {
      if (ids.has(a.id)) return refuse('malformed', `Annotation id "${a.id}" appears twice in the file.`);
      ids.add(a.id);
    }
    return { ok: true, value: out };
  } catch (e) {
    if (e instanceof Invalid) return refuse('malformed', `Nothing was imported: ${e.message}.`);
    throw e;
  }
}
