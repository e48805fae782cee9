import type { AnalysisParagraph, Disposition, DocumentInfo, FactorName, OutlineNode, Span, Stance, Standard } from '../types';
import { FACTOR_TITLES, RELIEF_NAMES } from '../render/words';

// The words are the one table's (lib/render/words.ts); only a relief of no named kind is
// titled apart in the outline, as the analysis JSON has always printed it.
const RELIEF_TITLES: Record<Standard['relief'], string> = { ...RELIEF_NAMES, other: 'Injunctive relief' };

/** The factors the outline lists, in order, each under its finding (the standard and disposition have nodes of their own). */
const OUTLINE_FACTORS = ['success', 'harm', 'equities', 'public', 'bond'] as const;

/**
 * The reader's outline: caption → posture → standard → each factor with the court's finding
 * (stance), the sentence carrying it and its paragraphs → disposition. Returned as one root
 * (the caption) whose children are the rest, in that order; empty parts are left out.
 * `postureParagraphs` are the paragraphs before the analysis begins.
 */
export function buildOutline(
  info: DocumentInfo,
  standard: Standard,
  disposition: Disposition,
  paragraphs: AnalysisParagraph[],
  postureParagraphs: number[],
): OutlineNode[] {
  const caption: OutlineNode = {
    kind: 'caption',
    label: [info.title, info.courtName ?? info.court, info.date].filter(Boolean).join(' · ') || 'Opinion',
    paragraphs: [],
    children: [],
  };
  if (standard.relief === 'none') return [caption];
  caption.children.push({ kind: 'posture', label: RELIEF_TITLES[standard.relief], paragraphs: postureParagraphs, children: [] });
  const withLabel = (f: FactorName) => paragraphs.filter((p) => p.factors.some((l) => l.factor === f));
  const std = withLabel('standard');
  if (std.length) {
    const tests = standard.tests.length ? ` (${standard.tests.join(', ')})` : '';
    caption.children.push({ kind: 'standard', label: `Standard${tests}${standard.mandatory ? ', mandatory' : ''}`, factor: 'standard', stance: 'law', keySentence: firstEvidence(std, 'standard'), paragraphs: std.map((p) => p.index), children: [] });
  }
  for (const f of OUTLINE_FACTORS) {
    const ps = withLabel(f);
    if (!ps.length) continue;
    const { stance, key } = finding(ps, f);
    caption.children.push({ kind: 'factor', label: `${FACTOR_TITLES[f]}: ${stanceWords(stance)}`, factor: f, stance, keySentence: key, paragraphs: ps.map((p) => p.index), children: [] });
  }
  if (disposition.outcome) {
    const ps = withLabel('disposition');
    caption.children.push({ kind: 'disposition', label: `Disposition: ${disposition.outcome.replace(/_/g, ' ')}`, factor: 'disposition', keySentence: { start: disposition.start, end: disposition.end }, paragraphs: ps.map((p) => p.index), children: [] });
  }
  return [caption];
}

/** The court's finding on a factor: the weightiest finding label, or law/neutral when none. */
function finding(ps: AnalysisParagraph[], f: FactorName): { stance: Stance; key: Span | null } {
  const score: Record<Stance, number> = { movant: 0, nonmovant: 0, law: 0, neutral: 0 };
  let key: Span | null = null;
  let best = -1;
  for (const p of ps) {
    for (const l of p.factors) {
      if (l.factor !== f) continue;
      const w = l.confidence * (l.stance === 'movant' || l.stance === 'nonmovant' ? 2 : 1);
      score[l.stance] += w;
      if (w > best && l.evidence[0]) {
        best = w;
        key = l.evidence[0];
      }
    }
  }
  const stance: Stance = score.movant || score.nonmovant ? (score.movant >= score.nonmovant ? 'movant' : 'nonmovant') : score.law ? 'law' : 'neutral';
  return { stance, key };
}

function firstEvidence(ps: AnalysisParagraph[], f: FactorName): Span | null {
  return ps[0]?.factors.find((l) => l.factor === f)?.evidence[0] ?? null;
}

function stanceWords(s: Stance): string {
  return s === 'movant' ? 'favours the movant' : s === 'nonmovant' ? 'favours the non-movant' : s === 'law' ? 'law only' : 'not decided';
}
