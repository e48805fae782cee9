import type { Citation } from '../types';

/**
 * Finds and resolves every citation in `text`. Offsets are into `text`; `paragraph` is
 * left null (the caller assigns it). Placeholder until the extractor lands.
 */
export function findCitations(text: string): Citation[] {
  void text;
  return [];
}
