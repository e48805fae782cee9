/**
 * The court's finding on each factor, read off an analysis whose user overrides have
 * been applied (see overrides.ts). Used by the side panel's scoreboard and outline, the
 * memo, the HTML report, the CSV and the library filters, so they all agree.
 *
 * Who decides, in order (each step with an example in test/unit/export/findings.test.ts):
 * 1. The reader's finding: the last paragraph the reader labelled for the movant or the
 *    non-movant on this factor. A reader who corrects a finding is telling us how the
 *    court came out.
 * 2. The machine's finding on the paragraphs the reader left alone: the outline's stance
 *    while the factor's paragraphs are the ones the outline was built from, else the
 *    confidence-weighted vote of the remaining for / against labels.
 * 3. No finding left: "not reached" when any paragraph describes arguments or declines to
 *    reach the factor (neutral), else "law only". So a reader who marks the paragraph that
 *    carried the only finding "not reached" or "law only" sees the factor change with it,
 *    while a "not reached" label on a side paragraph does not undo a finding made elsewhere.
 */
import type { Analysis, FactorLabel, FactorName, OutlineNode, Span, Stance } from '../types';

export interface FactorFinding {
  factor: FactorName;
  /** movant / nonmovant when the court decided it; neutral (not reached) or law when it only discussed it */
  stance: Stance;
  /** true when the reader's own label decided it */
  user: boolean;
  /** the sentence carrying the finding, or null */
  keySentence: Span | null;
  /** paragraph indices discussing the factor, in order */
  paragraphs: number[];
  /**
   * "presumed" when the court presumed irreparable harm (e.g. from a constitutional injury);
   * only with a finding for the movant, which is what a presumption is (factors.md)
   */
  presumed: boolean;
}

/** The factors a finding is made on, in the order a memo discusses them. */
export const FINDING_FACTORS: readonly FactorName[] = ['success', 'harm', 'equities', 'public', 'bond'];

// "irreparable harm is presumed" / "presumption of irreparable harm" — Elrod-style reasoning
// in the First Amendment injunction cases (e.g. Roman Catholic Diocese v. Cuomo).
const PRESUMED = /\bpresum(?:e|ed|es|ption)\b/i;

const isFinding = (s: Stance) => s === 'movant' || s === 'nonmovant';

export function factorFindings(analysis: Analysis): FactorFinding[] {
  const out: FactorFinding[] = [];
  for (const factor of FINDING_FACTORS) {
    const labelled = analysis.paragraphs.filter((p) => p.factors.some((f) => f.factor === factor));
    const node = findNode(analysis.outline, factor);
    if (labelled.length === 0 && !node) continue;
    const labels = labelled.flatMap((p) => p.factors.filter((f) => f.factor === factor));
    const mine = labels.filter((l) => l.user);
    const machine = labels.filter((l) => !l.user);
    // the outline was built from the machine's labels; once the reader touched this factor
    // (a label set or removed) its stance may rest on a label that is gone
    const nodeHolds = !!node?.stance && mine.length === 0 && sameList(node.paragraphs, labelled.map((p) => p.index));
    const readerFinding = [...mine].reverse().find((l) => isFinding(l.stance));
    const machineFinding = nodeHolds ? node!.stance! : vote(machine);
    let stance: Stance;
    let user: boolean;
    if (readerFinding) [stance, user] = [readerFinding.stance, true];
    else if (machineFinding && (nodeHolds || isFinding(machineFinding))) [stance, user] = [machineFinding, false];
    else {
      stance = labels.some((l) => l.stance === 'neutral') || labels.length === 0 ? 'neutral' : 'law';
      user = mine.some((l) => l.stance === stance);
    }
    const deciding = readerFinding ?? best(labels.filter((l) => l.stance === stance));
    const keySentence = (nodeHolds && !user ? node?.keySentence : null) ?? deciding?.evidence[0] ?? null;
    const presumed = labelled.some((p) => PRESUMED.test(analysis.text.slice(p.start, p.end)) && /\b(harm|injur)/i.test(analysis.text.slice(p.start, p.end)));
    out.push({ factor, stance, user, keySentence, paragraphs: labelled.map((p) => p.index), presumed: factor === 'harm' && stance === 'movant' && presumed });
  }
  return out;
}

/** The label whose evidence shows a stance best: the reader's first, then the most confident. */
function best(labels: readonly FactorLabel[]): FactorLabel | undefined {
  return labels.filter((l) => l.evidence.length > 0).sort((a, b) => Number(!!b.user) - Number(!!a.user) || b.confidence - a.confidence)[0];
}

export function findNode(nodes: readonly OutlineNode[], factor: FactorName): OutlineNode | null {
  for (const n of nodes) {
    if (n.kind === 'factor' && n.factor === factor) return n;
    const inner = findNode(n.children, factor);
    if (inner) return inner;
  }
  return null;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The confidence-weighted finding of for / against labels; null when none is a finding. */
function vote(labels: readonly { stance: Stance; confidence: number }[]): Stance | null {
  let movant = 0, nonmovant = 0;
  for (const l of labels) {
    if (l.stance === 'movant') movant += l.confidence;
    else if (l.stance === 'nonmovant') nonmovant += l.confidence;
  }
  if (movant === 0 && nonmovant === 0) return null;
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
