/**
 * The court's finding on each factor, read off an analysis whose user overrides have
 * been applied (see overrides.ts): the reader's label wins, then the outline's stance,
 * then the paragraphs' weighted vote. Used by the memo, the CSV and the library filters.
 */
import type { Analysis, FactorName, OutlineNode, Span, Stance } from '../types';

export interface FactorFinding {
  factor: FactorName;
  /** movant / nonmovant when the court decided it; neutral or law when it only discussed it */
  stance: Stance;
  /** true when the reader's own label decided it */
  user: boolean;
  /** the sentence carrying the finding, or null */
  keySentence: Span | null;
  /** paragraph indices discussing the factor, in order */
  paragraphs: number[];
  /** "presumed" when the court presumed the factor (e.g. irreparable harm from a constitutional injury) */
  presumed: boolean;
}

/** The factors a finding is made on, in the order a memo discusses them. */
export const FINDING_FACTORS: readonly FactorName[] = ['success', 'harm', 'equities', 'public', 'bond'];

// "irreparable harm is presumed" / "presumption of irreparable harm" — Elrod-style reasoning
// in the First Amendment injunction cases (e.g. Roman Catholic Diocese v. Cuomo).
const PRESUMED = /\bpresum(?:e|ed|es|ption)\b/i;

export function factorFindings(analysis: Analysis): FactorFinding[] {
  const out: FactorFinding[] = [];
  for (const factor of FINDING_FACTORS) {
    const labelled = analysis.paragraphs.filter((p) => p.factors.some((f) => f.factor === factor));
    const node = findNode(analysis.outline, factor);
    if (labelled.length === 0 && !node) continue;
    const labels = labelled.flatMap((p) => p.factors.filter((f) => f.factor === factor));
    const userDecided = [...labels].reverse().find((l) => l.user && (l.stance === 'movant' || l.stance === 'nonmovant'));
    const stance = userDecided?.stance ?? node?.stance ?? vote(labels) ?? 'neutral';
    const best = labels.filter((l) => l.stance === stance && l.evidence.length > 0).sort((a, b) => Number(!!b.user) - Number(!!a.user) || b.confidence - a.confidence)[0];
    const keySentence = (userDecided ? null : node?.keySentence) ?? best?.evidence[0] ?? null;
    const presumed = labelled.some((p) => PRESUMED.test(analysis.text.slice(p.start, p.end)) && /\b(harm|injur)/i.test(analysis.text.slice(p.start, p.end)));
    out.push({ factor, stance, user: !!userDecided, keySentence, paragraphs: labelled.map((p) => p.index), presumed: factor === 'harm' && presumed });
  }
  return out;
}

function findNode(nodes: readonly OutlineNode[], factor: FactorName): OutlineNode | null {
  for (const n of nodes) {
    if (n.kind === 'factor' && n.factor === factor) return n;
    const inner = findNode(n.children, factor);
    if (inner) return inner;
  }
  return null;
}

function vote(labels: readonly { stance: Stance; confidence: number }[]): Stance | null {
  let movant = 0, nonmovant = 0;
  for (const l of labels) {
    if (l.stance === 'movant') movant += l.confidence;
    else if (l.stance === 'nonmovant') nonmovant += l.confidence;
  }
  if (movant === 0 && nonmovant === 0) return labels.length ? 'neutral' : null;
  return movant >= nonmovant ? 'movant' : 'nonmovant';
}

/** Filter tokens for the library: "harm:movant", "harm:presumed", "success:nonmovant". */
export function findingTokens(findings: readonly FactorFinding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    out.push(`${f.factor}:${f.stance}`);
    if (f.presumed) out.push(`${f.factor}:presumed`);
  }
  return out;
}
