/**
 * Which spans of an analysis get which highlight name. Pure: analysis in, items out.
 * A paragraph is washed in the colour of its leading factor (a finding beats the bare
 * standard), with the stance's underline style; each factor's evidence phrases are
 * emphasised; every citation is underlined.
 */
import type { Analysis, FactorLabel } from '../types';
import type { PaintItem } from './paint';

export function leadingFactor(factors: FactorLabel[]): FactorLabel | null {
  let best: FactorLabel | null = null;
  for (const f of factors) {
    if (!best) best = f;
    else if ((best.factor === 'standard') !== (f.factor === 'standard')) best = best.factor === 'standard' ? f : best;
    else if (f.confidence > best.confidence) best = f;
  }
  return best;
}

export function paintPlan(a: Analysis): PaintItem[] {
  const items: PaintItem[] = [];
  for (const p of a.paragraphs) {
    const lead = leadingFactor(p.factors);
    if (!lead) continue;
    for (const span of [p, ...(p.continuation ?? [])]) items.push({ name: `lens-${lead.factor}-${lead.stance}`, start: span.start, end: span.end });
    for (const f of p.factors) {
      for (const e of f.evidence) items.push({ name: `lens-evidence-${f.factor}`, start: e.start, end: e.end });
    }
  }
  for (const c of a.citations) items.push({ name: 'lens-citation', start: c.start, end: c.end });
  return items;
}

/** The state flag's counts: numbers only, never the analysis itself. */
export function stateCounts(a: Analysis): { paragraphs: number; citations: number; factors: number } {
  return {
    paragraphs: a.paragraphs.length,
    citations: a.citations.length,
    factors: a.paragraphs.reduce((n, p) => n + p.factors.length, 0),
  };
}
