/**
 * A table of authorities across a corpus: each case, statute, rule, regulation and
 * constitutional provision, how many opinions cite it, how many times, and where (file,
 * paragraph, pin). A short form, Id. or supra counts for the authority it points to; record
 * cites are not authorities. One authority is one key: a case by volume, reporter and page, the
 * rest by their cite, spaces and periods aside ("42 U.S.C. § 1983" = "42 USC §1983").
 */
import type { Analysis, Citation, CitationKind } from '../../lib/types';

const AUTHORITY: ReadonlySet<CitationKind> = new Set(['case', 'statute', 'rule', 'regulation', 'constitution']);
const SHORT: ReadonlySet<CitationKind> = new Set(['short_case', 'id', 'supra']);

export const AUTHORITY_COLUMNS = ['authority', 'kind', 'citation', 'court', 'year', 'opinions', 'cites', 'where'] as const;

interface Authority {
  kind: CitationKind;
  name: string | null;
  citation: string;
  court: string | null;
  year: number | null;
  cites: number;
  /** file → "¶4 at 24" for each cite in it, in the order cited */
  where: Map<string, string[]>;
}

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[\s.]+/g, '');

export function authorityKey(c: Citation): string {
  return c.kind === 'case' && c.volume && c.reporter && c.page ? `case|${norm(c.volume)}|${norm(c.reporter)}|${norm(c.page)}` : `${c.kind}|${norm(c.text)}`;
}

function citationOf(c: Citation): string {
  return c.kind === 'case' && c.volume && c.reporter && c.page ? `${c.volume} ${c.reporter} ${c.page}` : c.text;
}

export class AuthorityTable {
  private readonly byKey = new Map<string, Authority>();

  add(file: string, a: Analysis): void {
    const byId = new Map(a.citations.map((c) => [c.id, c]));
    for (const c of a.citations) {
      const target = AUTHORITY.has(c.kind) ? c : SHORT.has(c.kind) && c.antecedent ? byId.get(c.antecedent) : undefined;
      if (!target || !AUTHORITY.has(target.kind)) continue;
      const key = authorityKey(target);
      let entry = this.byKey.get(key);
      if (!entry) {
        entry = { kind: target.kind, name: null, citation: citationOf(target), court: null, year: null, cites: 0, where: new Map() };
        this.byKey.set(key, entry);
      }
      // a later cite may know what the first did not (the name, the year, the court)
      entry.name ??= target.kind === 'case' ? target.caseName : null;
      entry.court ??= target.court;
      entry.year ??= target.year;
      entry.cites++;
      const at = [c.paragraph != null ? `¶${c.paragraph + 1}` : 'note', c.pin ? `at ${c.pin}` : ''].filter(Boolean).join(' ');
      const list = entry.where.get(file) ?? [];
      list.push(at);
      entry.where.set(file, list);
    }
  }

  /** the rows, the most widely cited first, then by name */
  rows(): string[][] {
    const all = [...this.byKey.values()].sort(
      (a, b) => b.where.size - a.where.size || b.cites - a.cites || (a.name ?? a.citation).localeCompare(b.name ?? b.citation),
    );
    return all.map((e) => [
      e.name ?? e.citation,
      e.kind,
      e.citation,
      e.court ?? '',
      e.year == null ? '' : String(e.year),
      String(e.where.size),
      String(e.cites),
      [...e.where].map(([file, at]) => `${file} (${at.join(', ')})`).join('; '),
    ]);
  }
}
