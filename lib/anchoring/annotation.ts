/**
 * The reader's own annotations: highlights with a note and tags, and corrections of a
 * paragraph's factor or stance. Targets are W3C Web Annotation selectors whose offsets
 * are UTF-16 code units into the opinion's reading text (`Analysis.text`), end exclusive.
 */
import type { FactorName, Stance } from '../types';

/** W3C TextQuoteSelector: the quoted text with up to 32 characters of context each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: `[start, end)` into the reading text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** A correction of the machine's label for one paragraph. */
export interface FactorOverride {
  factor: FactorName;
  stance: Stance;
  /** the machine's factor this one replaces on that paragraph (a re-labelled paragraph) */
  replaces?: FactorName | null;
  /** true: "this paragraph is not about `factor`" (the label is removed) */
  remove?: boolean;
}

export type AnnotationKind = 'highlight' | 'override';

export interface Annotation {
  /** stable across export/import, e.g. "urn:uuid:…" */
  id: string;
  /** the opinion's id (its canonical URL, or "sha256:<hash>" without one) */
  opinionId: string;
  kind: AnnotationKind;
  /** where it sits: a position and a quote selector (re-anchored when the text changes) */
  selectors: Selector[];
  note: string;
  tags: string[];
  /** paragraph index when it was made; an override applies to this paragraph */
  paragraph: number | null;
  override: FactorOverride | null;
  /** ISO 8601 */
  created: string;
  modified: string;
  /** set while a deleted annotation can still be restored (ms since epoch) */
  deletedAt?: number | null;
}

/** The position selector among `selectors`, or null. */
export function positionOf(selectors: readonly Selector[]): TextPositionSelector | null {
  return (selectors.find((s) => s.type === 'TextPositionSelector') as TextPositionSelector | undefined) ?? null;
}

/** The quote selector among `selectors`, or null. */
export function quoteOf(selectors: readonly Selector[]): TextQuoteSelector | null {
  return (selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector | undefined) ?? null;
}
