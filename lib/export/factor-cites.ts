/**
 * Which factor a citation supports: the one whose sentences cite it, not every factor of
 * its paragraph. A citation belongs to factor F when, in its paragraph,
 * 1. it lies inside one of F's evidence sentences;
 * 2. it is in the citation clause right after one ("… will result in irreparable harm. See
 *    American Civil Liberties Union, 804 F.3d at 622."): only signals, punctuation and
 *    other citations between; or
 * 3. it lies between two of F's evidence sentences with no other factor's sentence between
 *    them (Smalls v. Scruggs, D. Conn. 2017: "Smalls has not clearly shown a likelihood of
 *    success … See Johnson v. Connolly …; This evidence does not clearly show … Chance v.
 *    Armstrong …. Without additional evidence … Smalls cannot establish a likelihood of
 *    success": both cites are the merits').
 * So in the seed the presumption of harm cites ACLU v. Clapper and the merits cite Johnson
 * v. Connolly, though one paragraph holds both.
 */
import type { Analysis, Citation, FactorName, Span } from '../types';

/**
 * What may stand between a sentence and the citations that support it: signals and
 * punctuation, and the cited passage itself in quotation marks ("… will cause irreparable
 * harm. “The loss of First Amendment freedoms … constitutes irreparable injury.” Elrod v.
 * Burns, 427 U.S. 347, 373 (1976)": Roman Catholic Diocese v. Cuomo, 2020).
 */
const QUOTED = /^\s*[“"][^“”"]{1,1500}[”"][.,]?/;
const BETWEEN = /^[\s.,;:)\]”"’]*(?:(?:see(?: also| generally|, e\.g\.,)?|e\.g\.,|cf\.|accord|but see|but cf\.|compare|contra|and|with|quoting|citing)\b[\s,.:]*)*$/i;

const CITED: ReadonlySet<Citation['kind']> = new Set(['case', 'short_case', 'id', 'supra', 'statute', 'rule', 'regulation', 'constitution']);

interface Sentence extends Span {
  factor: FactorName;
}

/** The citations (authorities and their short forms) each factor's sentences cite, in text order. */
export function citationsByFactor(a: Pick<Analysis, 'text' | 'paragraphs' | 'citations'>): Map<FactorName, Citation[]> {
  const out = new Map<FactorName, Citation[]>();
  const byParagraph = new Map<number, Citation[]>();
  for (const c of a.citations) {
    if (c.paragraph == null || !CITED.has(c.kind)) continue;
    const list = byParagraph.get(c.paragraph) ?? [];
    list.push(c);
    byParagraph.set(c.paragraph, list);
  }
  for (const p of a.paragraphs) {
    const cites = (byParagraph.get(p.index) ?? []).sort((x, y) => x.start - y.start);
    if (!cites.length) continue;
    const sentences: Sentence[] = p.factors.flatMap((f) => f.evidence.map((e) => ({ start: e.start, end: e.end, factor: f.factor }))).sort((x, y) => x.start - y.start);
    for (const c of cites) {
      const factors = new Set<FactorName>();
      for (const s of sentences) if (c.start < s.end && c.end > s.start) factors.add(s.factor);
      for (const s of sentences) if (followsSentence(a.text, s, c, cites)) factors.add(s.factor);
      for (const f of new Set(sentences.map((s) => s.factor))) if (sandwiched(sentences, f, c)) factors.add(f);
      for (const f of factors) {
        const list = out.get(f) ?? [];
        list.push(c);
        out.set(f, list);
      }
    }
  }
  return out;
}

/** True when only signals, punctuation and other citations stand between sentence `s` and `c`. */
function followsSentence(text: string, s: Span, c: Citation, cites: readonly Citation[]): boolean {
  if (c.start < s.end) return false;
  let at = s.end;
  for (const x of cites) {
    if (x.start < s.end) continue;
    const from = Math.min(x.fullStart, x.start);
    if (from > at && !BETWEEN.test(text.slice(at, from).replace(QUOTED, ''))) return false;
    if (x === c) return true;
    at = Math.max(at, x.fullEnd, x.end);
  }
  return false;
}

function sandwiched(sentences: readonly Sentence[], f: FactorName, c: Citation): boolean {
  const before = sentences.filter((s) => s.end <= c.start);
  const after = sentences.filter((s) => s.start >= c.end);
  if (!before.length || !after.length) return false;
  const last = before[before.length - 1];
  const next = after[0];
  // the nearest sentences on both sides are F's, and no sentence of another factor alone sits between
  return before.some((s) => s.factor === f && s.start === last.start) && after.some((s) => s.factor === f && s.start === next.start);
}
