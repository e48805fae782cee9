import type { Citation, CitationKind } from '../types';

/** A citation with every field present: the core span `[start, end)` into the scanned text, the full span equal to it until a caller widens it. */
export function newCitation(kind: CitationKind, text: string, start: number, end: number): Citation {
  return {
    id: '',
    kind,
    start,
    end,
    text: text.slice(start, end),
    fullStart: start,
    fullEnd: end,
    caseName: null,
    volume: null,
    reporter: null,
    page: null,
    pin: null,
    court: null,
    year: null,
    docket: null,
    parenthetical: null,
    signal: null,
    antecedent: null,
    paragraph: null,
    section: null,
    parallel: [],
    history: null,
  };
}
