/**
 * W3C Web Annotation (JSON-LD) export: an AnnotationCollection whose first AnnotationPage
 * holds one Annotation per reader's note (motivation commenting / highlighting, tags as
 * tagging bodies), per reader's correction (classifying) and, unless `machine: false`, per
 * machine factor label (classifying, created by the analyser as Software). Targets carry a
 * TextPositionSelector and a TextQuoteSelector into the opinion's reading text.
 *
 * A label is one classifying body whose `value` says it in words ("Irreparable harm: found
 * for the movant") and whose fields say it for programs: `factor`, `stance`, and
 * `replaces`, `remove` or `confidence` when they apply. The page's `@context` names these
 * fields (LENS_TERMS), so a JSON-LD reader keeps them. Files written before these fields
 * existed carried the label as text ("factor=harm; stance=movant"); lib/import reads both.
 *
 * This is the W3C model, not Hypothesis' own format: Hypothesis' Import reads only its own
 * JSON export (`{"annotations": [...]}`).
 */
import type { Annotation, Selector } from '../anchoring/annotation';
import { describe } from '../anchoring/describe';
import { FACTOR_TITLES, STANCE_WORDS } from '../render/words';
import type { Analysis, FactorName, Stance } from '../types';
import { opinionSource, prepare, type OpinionExport } from './opinion-export';
import { placeByAnchor } from './overrides';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** `generator.name`: marks collections this program wrote (the importer checks it). */
export const GENERATOR = 'Injunction Lens';

/**
 * The label fields of a classifying body, as JSON-LD terms (the AnnotationPage's
 * `@context`; the collection's own `@context` stays the W3C one).
 */
export const LENS_TERMS = {
  lens: 'urn:injunction-lens:',
  factor: 'lens:factor',
  stance: 'lens:stance',
  replaces: 'lens:replaces',
  remove: { '@id': 'lens:remove', '@type': 'http://www.w3.org/2001/XMLSchema#boolean' },
  confidence: { '@id': 'lens:confidence', '@type': 'http://www.w3.org/2001/XMLSchema#decimal' },
} as const;

export interface JsonLdBody {
  type: 'TextualBody';
  /** the note, the tag, or (classifying) the label in words */
  value: string;
  purpose: 'commenting' | 'tagging' | 'classifying';
  format?: 'text/plain';
  /** classifying only: the factor labelled */
  factor?: FactorName;
  /** classifying only: its stance */
  stance?: Stance;
  /** a reader's correction that moves a label from this factor */
  replaces?: FactorName;
  /** a reader's correction that removes the label */
  remove?: true;
  /** the analyser's confidence in its own label, 0–1 */
  confidence?: number;
}

export interface JsonLdAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting' | 'classifying';
  created?: string;
  modified?: string;
  creator?: { type: 'Person' | 'Software'; name: string };
  body?: JsonLdBody[];
  target: { source: string; selector: Selector[] };
}

export interface JsonLdCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: string; version: string };
  first: { '@context': typeof LENS_TERMS; type: 'AnnotationPage'; startIndex: 0; items: JsonLdAnnotation[] };
}

export interface JsonLdOptions {
  /** include the analyser's own factor labels (default true) */
  machine?: boolean;
}

/**
 * A label in words, a classifying body's `value`: "Irreparable harm: found for the movant",
 * "Irreparable harm: label removed", "… (moved from Likelihood of success)".
 */
export function overrideValue(o: NonNullable<Annotation['override']>): string {
  const said = o.remove ? 'label removed' : STANCE_WORDS[o.stance].words;
  return `${FACTOR_TITLES[o.factor]}: ${said}${o.replaces ? ` (moved from ${FACTOR_TITLES[o.replaces]})` : ''}`;
}

/** A label as a classifying body: words in `value`, the label in its own fields. */
function classifying(o: NonNullable<Annotation['override']>, confidence?: number): JsonLdBody {
  return {
    type: 'TextualBody', value: overrideValue(o), purpose: 'classifying', factor: o.factor, stance: o.stance,
    ...(o.replaces ? { replaces: o.replaces } : {}), ...(o.remove ? { remove: true as const } : {}), ...(confidence != null ? { confidence: Number(confidence.toFixed(2)) } : {}),
  };
}

function fromAnnotation(a: Annotation, source: string): JsonLdAnnotation {
  const body: JsonLdBody[] = [];
  if (a.note.trim()) body.push({ type: 'TextualBody', value: a.note, purpose: 'commenting', format: 'text/plain' });
  for (const t of a.tags) body.push({ type: 'TextualBody', value: t, purpose: 'tagging' });
  if (a.override) body.push(classifying(a.override));
  const motivation = a.kind === 'override' ? 'classifying' : a.note.trim() ? 'commenting' : 'highlighting';
  return {
    id: a.id,
    type: 'Annotation',
    motivation,
    created: a.created,
    modified: a.modified,
    creator: { type: 'Person', name: 'reader' },
    ...(body.length ? { body } : {}),
    target: { source, selector: a.selectors },
  };
}

function machineLabels(analysis: Analysis, source: string): JsonLdAnnotation[] {
  const out: JsonLdAnnotation[] = [];
  for (const p of analysis.paragraphs) {
    for (const f of p.factors) {
      if (f.user) continue; // the reader's correction is exported as its own annotation
      const span = f.evidence[0] ?? p;
      out.push({
        id: `${source}#lens-p${p.index}-${f.factor}`,
        type: 'Annotation',
        motivation: 'classifying',
        creator: { type: 'Software', name: analysis.analyzer },
        body: [classifying({ factor: f.factor, stance: f.stance }, f.confidence)],
        target: { source, selector: describe(analysis.text, span.start, span.end) },
      });
    }
  }
  return out;
}

/**
 * The corrections in force: a reader who set a paragraph's harm label to ✗ and then to
 * "not reached" means the second; the first would read as a second opinion of theirs.
 * A correction that lands on no paragraph is kept (it is the reader's, and changes nothing).
 */
function inForce(overrides: readonly Annotation[], analysis: Analysis): Annotation[] {
  const latest = new Map<string, Annotation>();
  for (const a of [...overrides].sort((x, y) => x.modified.localeCompare(y.modified))) {
    const at = placeByAnchor(a, analysis);
    latest.set(at == null ? `orphan|${a.id}` : `${at}|${a.override!.factor}`, a);
  }
  return [...latest.values()];
}

/** The annotations of one opinion as a JSON-LD object. */
export function toJsonLdCollection(item: OpinionExport, options: JsonLdOptions = {}): JsonLdCollection {
  const { analysis, notes, overrides } = prepare(item);
  const source = opinionSource(analysis, item.annotations);
  const items = [...notes, ...inForce(overrides, item.analysis)].map((a) => fromAnnotation(a, source));
  if (options.machine !== false) items.push(...machineLabels(analysis, source));
  return collection(`${source}#lens-annotations`, analysis.document.title ?? source, items, analysis.analyzer);
}

function collection(id: string, label: string, items: JsonLdAnnotation[], version: string): JsonLdCollection {
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: { type: 'Software', name: GENERATOR, version },
    first: { '@context': LENS_TERMS, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** One opinion's annotations as JSON-LD text. */
export function exportJsonLd(item: OpinionExport, options: JsonLdOptions = {}): string {
  return JSON.stringify(toJsonLdCollection(item, options), null, 2) + '\n';
}

/** The whole library as one collection (each annotation's target names its opinion). */
export function exportJsonLdLibrary(items: readonly OpinionExport[], options: JsonLdOptions = {}): string {
  const all = items.flatMap((i) => toJsonLdCollection(i, options).first.items);
  return JSON.stringify(collection('urn:lens:library', 'Injunction Lens library', all, items[0]?.analysis.analyzer ?? ''), null, 2) + '\n';
}
