/**
 * The reader's corrections applied to an analysis: a paragraph's factor or stance as the
 * reader set it, flagged `user: true`, replaces the machine's label. Everything that
 * shows or exports labels runs on the result, so the reader's label wins everywhere.
 */
import type { Annotation } from '../anchoring/annotation';
import { anchor } from '../anchoring/anchor';
import type { Analysis, AnalysisParagraph, FactorLabel, FactorName, OutlineNode } from '../types';
import { paragraphHolding } from '../paragraph-at';
import { FACTOR_TITLES, STANCE_WORDS } from '../render/words';
import { factorFindings, FINDING_FACTORS } from './findings';

/**
 * Where an override lands: the paragraph holding the annotation's re-anchored start
 * (so a correction follows its paragraph when the page changed), else the paragraph
 * index it was made on.
 */
export type PlaceOverride = (a: Annotation, analysis: Analysis) => number | null;

export const placeByAnchor: PlaceOverride = (a, analysis) => {
  const at = a.selectors.length ? anchor(analysis.text, a.selectors) : null;
  if (at) {
    const p = paragraphAt(analysis.paragraphs, at.start);
    if (p) return p.index;
  }
  if (a.selectors.length && !at) return null; // the passage is gone: an orphan changes nothing
  return a.paragraph != null && analysis.paragraphs.some((p) => p.index === a.paragraph) ? a.paragraph : null;
};

/** Returns a copy of `analysis` with the live override annotations applied, oldest first. */
export function applyOverrides(analysis: Analysis, annotations: readonly Annotation[], place: PlaceOverride = placeByAnchor): Analysis {
  const overrides = annotations
    .filter((a) => a.kind === 'override' && a.override && a.deletedAt == null)
    .sort((a, b) => a.modified.localeCompare(b.modified));
  if (overrides.length === 0) return analysis;
  const paragraphs = analysis.paragraphs.map((p) => ({ ...p, factors: [...p.factors] }));
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  for (const a of overrides) {
    const at = place(a, analysis);
    const p = at == null ? undefined : byIndex.get(at);
    if (!p) continue;
    const o = a.override!;
    const drop = new Set([o.factor, ...(o.replaces ? [o.replaces] : [])]);
    const machine = p.factors.find((f) => f.factor === o.factor) ?? (o.replaces ? p.factors.find((f) => f.factor === o.replaces) : undefined);
    p.factors = p.factors.filter((f) => !drop.has(f.factor));
    if (!o.remove) {
      const label: FactorLabel = { factor: o.factor, stance: o.stance, confidence: 1, evidence: machine?.evidence ?? [{ start: p.start, end: p.end }], user: true };
      p.factors.push(label);
    }
  }
  const labelled = { ...analysis, paragraphs };
  return { ...labelled, outline: outlineFollowing(labelled) };
}

/**
 * The outline redrawn around the reader's labels: each factor node takes the finding,
 * key sentence and paragraphs of `factorFindings`, a factor the reader labelled that the
 * machine had not gets its node (before the disposition), one left without paragraphs
 * loses it, and the standard and disposition nodes list the paragraphs now carrying those
 * labels. Without this the scoreboard would say ✗ while the outline under it said ✓.
 */
function outlineFollowing(a: Analysis): OutlineNode[] {
  const caption = a.outline[0];
  if (!caption || a.standard.relief === 'none') return a.outline;
  const found = new Map(factorFindings(a).map((f) => [f.factor, f]));
  const with_ = (f: FactorName) => a.paragraphs.filter((p) => p.factors.some((l) => l.factor === f)).map((p) => p.index);
  const factorNode = (f: FactorName): OutlineNode | null => {
    const x = found.get(f);
    if (!x || x.paragraphs.length === 0) return null;
    return { kind: 'factor', label: `${FACTOR_TITLES[f]}: ${STANCE_WORDS[x.stance].words}`, factor: f, stance: x.stance, keySentence: x.keySentence, paragraphs: x.paragraphs, children: [] };
  };
  // the factors go where the machine put its first factor node (else before the
  // disposition, else last), all of them in the memo's order
  const children: OutlineNode[] = [];
  let placed = false;
  const place = () => {
    if (placed) return;
    placed = true;
    for (const f of FINDING_FACTORS) {
      const n = factorNode(f);
      if (n) children.push(n);
    }
  };
  for (const n of caption.children) {
    if (n.kind === 'factor' && n.factor && FINDING_FACTORS.includes(n.factor)) place();
    else if (n.kind === 'disposition') {
      place();
      children.push({ ...n, paragraphs: with_('disposition') });
    } else if (n.kind === 'standard') children.push({ ...n, paragraphs: with_('standard') });
    else children.push(n);
  }
  place();
  return [{ ...caption, children }, ...a.outline.slice(1)];
}

const paragraphAt = (paragraphs: readonly AnalysisParagraph[], at: number): AnalysisParagraph | null => paragraphHolding(paragraphs, at);
