/**
 * Citations written out for a memo: "Elrod v. Burns, 427 U.S. 347, 373 (1976)". A short
 * form or Id. is written as its antecedent with the pin the later cite gives
 * ("Winter, 555 U.S. at 22"), so the reader sees which authority supports a finding.
 */
import type { Analysis, Citation } from '../types';

function full(c: Citation): string {
  const core = [c.volume, c.reporter, c.page].filter(Boolean).join(' ') || c.text;
  const pin = c.pin ? `, ${c.pin}` : '';
  const year = c.year ? ` (${c.year})` : '';
  return `${c.caseName ? `${c.caseName}, ` : ''}${core}${pin}${year}`;
}

function shortName(name: string | null): string {
  if (!name) return '';
  return name.split(/\s+v\.?\s+/)[0].replace(/,$/, '');
}

/**
 * The authorities cited in `paragraphs` (cases, statutes, rules), each once (a parallel
 * cite to a case already listed is skipped), those in `first` (the paragraph holding the
 * key sentence) before the rest, at most `max`.
 */
export function citedIn(analysis: Analysis, paragraphs: readonly number[], first: number | null = null, max = 6): string[] {
  const wanted = new Set(paragraphs);
  const byId = new Map(analysis.citations.map((c) => [c.id, c]));
  const out = new Set<string>();
  const names = new Set<string>();
  const ordered = first == null ? analysis.citations : [...analysis.citations.filter((c) => c.paragraph === first), ...analysis.citations.filter((c) => c.paragraph !== first)];
  for (const c of ordered) {
    if (out.size >= max) break;
    if (c.paragraph == null || !wanted.has(c.paragraph)) continue;
    if (c.kind === 'case') {
      if (c.caseName && names.has(c.caseName)) continue;
      if (c.caseName) names.add(c.caseName);
      out.add(full(c));
    } else if (c.kind === 'statute' || c.kind === 'rule' || c.kind === 'regulation' || c.kind === 'constitution') {
      out.add(c.text);
    } else if ((c.kind === 'short_case' || c.kind === 'id' || c.kind === 'supra') && c.antecedent) {
      const a = byId.get(c.antecedent);
      if (a?.kind !== 'case' || (a.caseName && names.has(a.caseName))) continue;
      if (a.caseName) names.add(a.caseName);
      const core = [a.volume, a.reporter].filter(Boolean).join(' ');
      out.add(c.pin && core ? `${shortName(a.caseName) || core}, ${core} at ${c.pin}` : full(a));
    }
  }
  return [...out];
}
