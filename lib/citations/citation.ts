import type { CitationKind, CitationOf } from '../types';

/**
 * A citation of `kind` with every field of every kind present (null, [] for `parallel`): the
 * JSON prints one flat shape whatever the kind. The core span `[start, end)` is into the
 * scanned text, the full span equal to it until a caller widens it.
 */
export function newCitation<K extends CitationKind>(kind: K, text: string, start: number, end: number): CitationOf<K> {
  const flat = {
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
  // every kind's fields are in `flat`, so it is each kind's citation (and more, which the JSON keeps)
  return flat as unknown as CitationOf<K>;
}
