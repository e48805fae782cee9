import type { LearnedFactor, RelativeStance } from './features';

/**
 * A linear model over named features, as committed data (lib/analysis/learned/weights.ts,
 * written by `npm run train`). A feature's weight is its log-odds contribution; `bias` is a
 * feature every example has. Features the training data never saw weigh nothing.
 */
export interface LinearModel {
  /** what it was trained on and how it scored in cross-validation, for the README and the closing note */
  meta: { trainedOn: string[]; folds: number; cv: Record<string, number>; date: string };
  /**
   * one binary model per factor, with the probability above which the factor is given; a null
   * threshold leaves the factor to the rules (too few training examples to learn from)
   */
  labels: Record<LearnedFactor, { threshold: number | null; weights: Record<string, number> }>;
  /** one weight vector per feature over `classes` (softmax) */
  stance: { classes: RelativeStance[]; weights: Record<string, number[]> };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** P(factor | features). */
export function labelProbability(model: LinearModel, factor: LearnedFactor, features: readonly string[]): number {
  const w = model.labels[factor].weights;
  let z = 0;
  for (const f of features) z += w[f] ?? 0;
  return sigmoid(z);
}

/** P(class | features) over `model.stance.classes`. */
export function stanceProbabilities(model: LinearModel, features: readonly string[]): number[] {
  const k = model.stance.classes.length;
  const z = new Array<number>(k).fill(0);
  for (const f of features) {
    const w = model.stance.weights[f];
    if (w) for (let c = 0; c < k; c++) z[c] += w[c];
  }
  return softmax(z);
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}
