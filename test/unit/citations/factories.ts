import type { CitationKind } from '../../../lib/types';
import { findCitations } from '../../../lib/citations/index';

/** What a test expects of one citation: its kind, its core as written, and any fields worth pinning. */
export interface Expected {
  kind: CitationKind;
  core: string;
  full?: string;
  /** fields of any kind (the JSON prints every field of every kind, so they are compared flat) */
  fields?: Partial<Record<'caseName' | 'volume' | 'reporter' | 'page' | 'pin' | 'court' | 'year' | 'docket' | 'parenthetical' | 'signal' | 'section' | 'history', string | number | null>>;
  /** the core of the citation this one refers to */
  antecedent?: string | null;
}

export const expect_ = (kind: CitationKind, core: string, fields: Expected['fields'] = {}, more: Omit<Expected, 'kind' | 'core' | 'fields'> = {}): Expected => ({ kind, core, fields, ...more });

/** The citations of `text` as plain values, for comparing with `Expected` entries. */
export function found(text: string) {
  const cites = findCitations(text);
  const byId = new Map(cites.map((c) => [c.id, c]));
  return cites.map((c) => ({
    c,
    core: text.slice(c.start, c.end),
    full: text.slice(c.fullStart, c.fullEnd),
    antecedent: c.antecedent ? text.slice(byId.get(c.antecedent)!.start, byId.get(c.antecedent)!.end) : null,
  }));
}
