/**
 * The table of authorities of one opinion: the data behind the side panel's Authorities
 * table, the CSL-JSON export and the HTML report, so the three list the same authorities
 * the same way.
 *
 * - One row per authority: a case's parallel cites ("460 Mass. 385, 951 N.E.2d 674") are
 *   one row, a later full cite to any of its reporters joins it, and a short form, Id. or
 *   supra counts for the case it points to.
 * - Each row has its court (courts-db id and words), year, pins in page order ("7, 20, 24",
 *   "108 n.2" after "108"), the paragraphs citing it, and any subsequent history
 *   ("abrogated on other grounds by …"), flagged when it weakens the authority.
 * - Rows come by kind (cases, statutes, rules, regulations, constitutional provisions,
 *   record, other), each kind sorted by name, with the citations that have no name after,
 *   sorted by their cite with numbers in numeric order.
 */
import { courtWords } from '../render/words';
import { hasReporter, type Analysis, type Citation, type CitationKind } from '../types';
import { antecedentOf, courtAbbreviation, fullCase, historyTarget, NEGATIVE_HISTORY, parallelGroup } from './cite-format';

export interface AuthorityRow {
  /** "a1", "a2", … in order of first mention */
  id: string;
  kind: CitationKind;
  /** the case name as first printed in full; null for statutes, rules and the rest */
  name: string | null;
  /** the cite without pins: "555 U.S. 7", "460 Mass. 385, 951 N.E.2d 674", "Fed. R. Civ. P. 65(b)" */
  citation: string;
  /** the full citation a brief would print (court parenthetical and history included, no pin) */
  full: string;
  /** courts-db id, its words and abbreviation; null when not known */
  court: string | null;
  courtName: string | null;
  courtAbbreviation: string | null;
  year: number | null;
  /** every pin cite to it, in page order */
  pins: string[];
  /** 0-based indices of the paragraphs citing it, ascending */
  paragraphs: number[];
  /** ids of every citation (full, parallel, short, Id., supra) that is a mention of it */
  citations: string[];
  /** offset of the first mention */
  start: number;
  /** subsequent history as printed ("rev'd", "abrogated on other grounds by"), or null */
  history: string | null;
  /** the decision the history names, cited in full, or null */
  historyBy: string | null;
  /** true when the history weakens the authority (reversed, vacated, overruled, abrogated, superseded, modified) */
  negativeHistory: boolean;
}

export const AUTHORITY_KINDS: readonly CitationKind[] = ['case', 'statute', 'rule', 'regulation', 'constitution', 'record', 'other'];
const SHORT: ReadonlySet<CitationKind> = new Set(['short_case', 'id', 'supra']);

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[\s.’']+/g, '');

function coreKey(c: Citation): string | null {
  return hasReporter(c) && c.volume && c.reporter && c.page ? `${norm(c.volume)}|${norm(c.reporter)}|${norm(c.page)}` : null;
}

/** The first integer in a pin ("867–68" → 867, "*12" → 12, "108 n.2" → 108), for ordering. */
function pinNumber(pin: string): number {
  const m = /\d+/.exec(pin);
  return m ? Number(m[0]) : Number.MAX_SAFE_INTEGER;
}

export function comparePins(a: string, b: string): number {
  return pinNumber(a) - pinNumber(b) || a.length - b.length || a.localeCompare(b);
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Every authority the opinion cites, one row each (see the module comment for the order). */
export function authorities(a: Pick<Analysis, 'text' | 'citations'>): AuthorityRow[] {
  const byId = new Map(a.citations.map((c) => [c.id, c]));
  const rows: AuthorityRow[] = [];
  const byKey = new Map<string, AuthorityRow>();
  const rowOfCite = new Map<string, AuthorityRow>();

  const caseRow = (c: Citation): AuthorityRow => {
    const group = parallelGroup(c, byId);
    const keys = group.map(coreKey).filter((k): k is string => !!k);
    const known = keys.map((k) => byKey.get(k)).find(Boolean) ?? (keys.length ? undefined : byKey.get(`text|${norm(c.text)}`));
    if (known) {
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, known);
      // a later full cite may know more than the first one did
      known.name ??= c.caseName;
      known.year ??= c.year;
      if (!known.court && c.court) setCourt(known, c.court);
      return known;
    }
    const head = group[0];
    const target = historyTarget(a, head);
    const row = newRow(rows.length, 'case', c.caseName, group.map((g) => hasReporter(g) && coreKey(g) ? `${g.volume} ${g.reporter} ${g.page}` : g.text.replace(/\s+/g, ' ')).join(', '), head.start);
    row.full = fullCase(a.text, head, byId, null, true, a);
    row.year = group.find((g) => g.year)?.year ?? null;
    setCourt(row, head.court);
    row.history = head.history?.replace(/\s+/g, ' ').trim() ?? null;
    row.historyBy = target ? fullCase(a.text, target, byId, null, false) : null;
    row.negativeHistory = !!row.history && NEGATIVE_HISTORY.test(row.history);
    rows.push(row);
    for (const k of keys) byKey.set(k, row);
    if (!keys.length) byKey.set(`text|${norm(c.text)}`, row);
    return row;
  };

  for (const c of a.citations) {
    let row: AuthorityRow | undefined;
    if (c.kind === 'case') row = rowOfCite.get(c.id) ?? caseRow(c);
    else if (SHORT.has(c.kind)) {
      const head = antecedentOf(c, byId);
      if (!head) continue; // an Id. to a statute or record cite: counted with what it points to below
      row = rowOfCite.get(head.id) ?? caseRow(head);
    } else {
      const cite = c.text.replace(/\s+/g, ' ').trim();
      const key = `${c.kind}|${norm(cite)}`;
      row = byKey.get(key);
      if (!row) {
        row = newRow(rows.length, c.kind, null, cite, c.start);
        row.full = cite;
        row.year = c.year;
        rows.push(row);
        byKey.set(key, row);
      }
    }
    rowOfCite.set(c.id, row);
    if (c.kind === 'case') for (const id of c.parallel ?? []) rowOfCite.set(id, row);
    row.citations.push(c.id);
    // a parallel cite's pin is a page of another reporter
    const parallelMember = c.kind === 'case' && (c.parallel ?? []).some((id) => (byId.get(id)?.start ?? Infinity) < c.start);
    if (c.pin && !parallelMember) row.pins.push(c.pin.replace(/\s+/g, ' '));
    if (c.paragraph != null && !row.paragraphs.includes(c.paragraph)) row.paragraphs.push(c.paragraph);
  }
  // Id. after a statute or rule ("Id. § 3"): the statute's row
  for (const c of a.citations) {
    if (c.kind !== 'id' || rowOfCite.has(c.id) || !c.antecedent) continue;
    const row = rowOfCite.get(c.antecedent);
    if (!row) continue;
    rowOfCite.set(c.id, row);
    row.citations.push(c.id);
    if (c.paragraph != null && !row.paragraphs.includes(c.paragraph)) row.paragraphs.push(c.paragraph);
  }
  for (const r of rows) {
    r.pins = [...new Set(r.pins)].sort(comparePins);
    r.paragraphs.sort((x, y) => x - y);
  }
  return sortAuthorities(rows);
}

function newRow(i: number, kind: CitationKind, name: string | null, citation: string, start: number): AuthorityRow {
  return {
    id: `a${i + 1}`, kind, name: name?.replace(/,$/, '') ?? null, citation, full: citation, court: null, courtName: null, courtAbbreviation: null,
    year: null, pins: [], paragraphs: [], citations: [], start, history: null, historyBy: null, negativeHistory: false,
  };
}

function setCourt(row: AuthorityRow, court: string | null): void {
  if (!court) return;
  row.court = court;
  const words = courtWords(court);
  row.courtName = words === court ? null : words;
  row.courtAbbreviation = courtAbbreviation(court);
}

/** By kind, then named rows by name, then unnamed rows by cite (numbers in numeric order). */
export function sortAuthorities(rows: readonly AuthorityRow[]): AuthorityRow[] {
  const kind = (r: AuthorityRow) => AUTHORITY_KINDS.indexOf(r.kind);
  return [...rows].sort((x, y) => kind(x) - kind(y) || Number(!x.name) - Number(!y.name) || collator.compare(x.name ?? x.citation, y.name ?? y.citation) || collator.compare(x.citation, y.citation));
}
