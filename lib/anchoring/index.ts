/** Anchoring: W3C Web Annotation selectors for a span, and finding them again. */
export type { Annotation, AnnotationKind, FactorOverride, Selector, TextPositionSelector, TextQuoteSelector } from './annotation';
export { positionOf, quoteOf } from './annotation';
export { describe, CONTEXT_LENGTH } from './describe';
export { anchor, maxErrorsFor, type Anchor } from './anchor';
export { approxSearch, type ApproxMatch } from './approx-search';
export { foldText, type FoldedText } from './fold-text';
