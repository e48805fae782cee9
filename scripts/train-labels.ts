#!/usr/bin/env tsx
/**
 * Trains the learned stage (lib/analysis/learned/) on the tuning sets — the shared gold and
 * our tuning split, never the locked test split — and writes its weights as data to
 * lib/analysis/learned/weights.ts.
 *
 * Each paragraph the rules labelled becomes an example: its features (words, heading,
 * position, the rules' labels for it and its neighbours) and the gold labels of the gold
 * paragraphs it covers, matched as the shared scorer matches them (half the shorter span).
 * One logistic model per factor; one softmax model for the side a factor favours, relative
 * to the ruling (with / against / law / neutral). Hyper-parameters and each factor's
 * threshold are chosen by cross-validation with whole documents held out, so no threshold
 * is fitted on the document it is scored on.
 *
 *   npm run train              # cross-validate, train on all tuning documents, write the weights
 *   npm run train -- --cv      # cross-validate only (print the figures, write nothing)
 *   npm run train -- --cv-eval # the tuning documents scored out of fold by the shared scorer, rules beside
 * TRAIN_CACHE=file keeps the examples between runs; TRAIN_GRID='{"l2":[0.3],...}' narrows the search.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { AnalysisParagraph, Stance } from '../lib/types';
import { labelFeatures, LEARNED_FACTORS, relativeStance, RELATIVE_STANCES, stanceFeatures, type DocumentContext, type LearnedFactor, type ParagraphContext, type RelativeStance } from '../lib/analysis/learned/features';
import { sigmoid, softmax, type LinearModel } from '../lib/analysis/learned/model';
import { corpusSets, SHARED } from './corpus-sets';
import { analyzeFile } from './opinion-file';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'lib', 'analysis', 'learned', 'weights.ts');
const cvOnly = process.argv.includes('--cv');
const FOLDS = 5;

interface Example {
  doc: number;
  label: string[]; // features for the factor models
  gold: Set<LearnedFactor>;
  stance: { factor: LearnedFactor; features: string[]; gold: RelativeStance }[];
}

interface GoldParagraph {
  startsWith: string;
  labels?: Record<string, string>;
  continuation?: boolean;
}

// ---- examples from the tuning documents ----

function examplesOf(textPath: string, goldPath: string, doc: number): Example[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  let captured: { rules: readonly AnalysisParagraph[]; contexts: readonly ParagraphContext[]; doc: DocumentContext } | null = null;
  const a = analyzeFile(textPath, { warn: () => {}, injunction: { model: null, onContexts: (rules, contexts, d) => (captured = { rules, contexts, doc: d }) } });
  if (!captured) return []; // the rules found no injunction standard: nothing to label
  const { rules, contexts, doc: d } = captured as { rules: readonly AnalysisParagraph[]; contexts: readonly ParagraphContext[]; doc: DocumentContext };
  const regions = locateRegions(a.text, (gold.paragraphs ?? []) as GoldParagraph[]);
  const out: Example[] = [];
  for (const [i, p] of rules.entries()) {
    const ctx = contexts[i];
    if (!ctx || ctx.isHeading) continue;
    const covered = regions.filter((r) => r && !r.g.continuation && overlap(p, r) >= 0.5 * Math.min(p.end - p.start, r.end - r.start));
    if (!covered.length && gold.complete === false) continue;
    const labels = new Map<LearnedFactor, Stance>();
    for (const r of covered) {
      for (const [k, v] of Object.entries(r!.g.labels ?? {})) {
        if ((LEARNED_FACTORS as readonly string[]).includes(k) && !labels.has(k as LearnedFactor)) labels.set(k as LearnedFactor, v as Stance);
      }
    }
    const ex: Example = { doc, label: labelFeatures(ctx, d), gold: new Set(labels.keys()), stance: [] };
    for (const [factor, stance] of labels) {
      if (factor === 'standard') continue;
      const rule = p.factors.find((f) => f.factor === factor);
      const lead = rule?.evidence.length ? (ctx.sentences.find((s) => s.span.start === rule.evidence[0].start)?.text ?? '') : '';
      ex.stance.push({ factor, features: stanceFeatures(ctx, d, factor, rule, lead), gold: relativeStance(stance, ctx.direction) });
    }
    out.push(ex);
  }
  return out;
}

/** Where each gold paragraph lies in the text, as the shared scorer finds it. */
function locateRegions(text: string, paragraphs: GoldParagraph[]): ({ start: number; end: number; g: GoldParagraph } | null)[] {
  const starts: (number | null)[] = [];
  let from = 0;
  for (const p of paragraphs) {
    const re = coreRegex(p.startsWith);
    re.lastIndex = from;
    const m = re.exec(text);
    starts.push(m ? m.index : null);
    if (m) from = m.index + 1;
  }
  return starts.map((s, i) => {
    if (s == null) return null;
    const next = starts.slice(i + 1).find((x) => x != null);
    return { start: s, end: next ?? text.length, g: paragraphs[i] };
  });
}

function coreRegex(core: string): RegExp {
  const body = [...core]
    .map((ch) => (/\s/.test(ch) ? '\\s+' : "’'‘".includes(ch) ? "['’‘]" : '“”"'.includes(ch) ? '["“”]' : '–—-'.includes(ch) ? '[-–—]' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
    .replace(/(\\s\+)+/g, '\\s+');
  const head = /\w/.test(core[0]) ? '(?<![\\w])' : '';
  const tail = /\w/.test(core.at(-1) ?? '') ? '(?![\\w–-])' : '';
  return new RegExp(head + body + tail, 'g');
}

function overlap(p: { start: number; end: number }, r: { start: number; end: number }): number {
  return Math.max(0, Math.min(p.end, r.end) - Math.max(p.start, r.start));
}

// ---- training ----

interface Hyper {
  /** L2 strength */
  l2: number;
  /** a word feature is kept only when this many training documents have it */
  minDocs: number;
  /** word pairs as well as words */
  pairs: boolean;
  /** the paragraph's words at all (without them the model only re-weighs the rules, headings and neighbours) */
  words?: boolean;
}

/** Features seen in at least `minDocs` documents: a word one opinion uses teaches nothing about the next. */
function vocabulary(examples: readonly Example[], minDocs: number, pairs: boolean, words: boolean, pick: (e: Example) => string[][]): Set<string> {
  const docsOf = new Map<string, Set<number>>();
  for (const e of examples) for (const fs of pick(e)) for (const f of fs) (docsOf.get(f) ?? docsOf.set(f, new Set()).get(f)!).add(e.doc);
  return new Set([...docsOf].filter(([f, d]) => (words || !/^[we]2?:/.test(f)) && (pairs || !/^[we]2:/.test(f)) && (d.size >= minDocs || !/^[weh]2?:/.test(f))).map(([f]) => f));
}

/** L2-regularised logistic regression by AdaGrad over the examples, in a fixed order (reproducible). */
function trainBinary(xs: string[][], ys: boolean[], vocab: Set<string>, l2: number, epochs = 30): Record<string, number> {
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  const n = xs.length;
  const rate = 0.2;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = 0; k < n; k++) {
      const i = (k * 7919 + epoch * 104729) % n; // a fixed permutation per epoch
      const x = xs[i].filter((f) => vocab.has(f));
      let z = 0;
      for (const f of x) z += w.get(f) ?? 0;
      const err = sigmoid(z) - (ys[i] ? 1 : 0);
      for (const f of x) {
        const cur = w.get(f) ?? 0;
        const grad = err + (f === 'bias' ? 0 : l2 * cur);
        const acc = (g2.get(f) ?? 1e-6) + grad * grad;
        g2.set(f, acc);
        w.set(f, cur - (rate * grad) / Math.sqrt(acc));
      }
    }
  }
  return Object.fromEntries(w);
}

function trainSoftmax(xs: string[][], ys: number[], k: number, vocab: Set<string>, l2: number, epochs = 30): Record<string, number[]> {
  const w = new Map<string, number[]>();
  const g2 = new Map<string, number[]>();
  const n = xs.length;
  const rate = 0.2;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let j = 0; j < n; j++) {
      const i = (j * 7919 + epoch * 104729) % n;
      const x = xs[i].filter((f) => vocab.has(f));
      const z = new Array<number>(k).fill(0);
      for (const f of x) {
        const wf = w.get(f);
        if (wf) for (let c = 0; c < k; c++) z[c] += wf[c];
      }
      const p = softmax(z);
      for (const f of x) {
        const wf = w.get(f) ?? w.set(f, new Array(k).fill(0)).get(f)!;
        const gf = g2.get(f) ?? g2.set(f, new Array(k).fill(1e-6)).get(f)!;
        for (let c = 0; c < k; c++) {
          const grad = p[c] - (ys[i] === c ? 1 : 0) + (f === 'bias' ? 0 : l2 * wf[c]);
          gf[c] += grad * grad;
          wf[c] -= (rate * grad) / Math.sqrt(gf[c]);
        }
      }
    }
  }
  return Object.fromEntries(w);
}

interface Trained {
  labels: Record<LearnedFactor, Record<string, number>>;
  stance: Record<string, number[]>;
}

function train(examples: readonly Example[], h: Hyper): Trained {
  const labelVocab = vocabulary(examples, h.minDocs, h.pairs, h.words ?? true, (e) => [e.label]);
  const labels = {} as Record<LearnedFactor, Record<string, number>>;
  const xs = examples.map((e) => e.label);
  for (const f of LEARNED_FACTORS) labels[f] = trainBinary(xs, examples.map((e) => e.gold.has(f)), labelVocab, h.l2);
  const rows = examples.flatMap((e) => e.stance.map((s) => ({ ...s, doc: e.doc })));
  const stanceVocab = vocabulary(examples, h.minDocs, h.pairs, h.words ?? true, (e) => e.stance.map((s) => s.features));
  const stance = trainSoftmax(rows.map((r) => r.features), rows.map((r) => RELATIVE_STANCES.indexOf(r.gold)), RELATIVE_STANCES.length, stanceVocab, h.l2);
  return { labels, stance };
}

function score(w: Record<string, number>, x: readonly string[]): number {
  let z = 0;
  for (const f of x) z += w[f] ?? 0;
  return sigmoid(z);
}

function argmaxStance(w: Record<string, number[]>, x: readonly string[]): number {
  const z = new Array<number>(RELATIVE_STANCES.length).fill(0);
  for (const f of x) {
    const wf = w[f];
    if (wf) for (let c = 0; c < z.length; c++) z[c] += wf[c];
  }
  let best = 0;
  for (let c = 1; c < z.length; c++) if (z[c] > z[best]) best = c;
  return best;
}

/** Out-of-fold probabilities and stance guesses: each document scored by a model that never saw it. */
function crossValidate(examples: readonly Example[], docs: number, h: Hyper) {
  const probs = examples.map(() => ({} as Record<LearnedFactor, number>));
  let stanceOk = 0, stanceTotal = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = (e: Example) => e.doc % FOLDS === fold;
    const model = train(examples.filter((e) => !held(e)), h);
    for (const [i, e] of examples.entries()) {
      if (!held(e)) continue;
      for (const f of LEARNED_FACTORS) probs[i][f] = score(model.labels[f], e.label);
      for (const s of e.stance) {
        stanceTotal++;
        if (RELATIVE_STANCES[argmaxStance(model.stance, s.features)] === s.gold) stanceOk++;
      }
    }
  }
  void docs;
  return { probs, stance: stanceOk / Math.max(1, stanceTotal) };
}

/** The threshold that maximises a factor's F1 on out-of-fold probabilities (bounded, so a rare factor is not given everywhere). */
function bestThreshold(probs: number[], gold: boolean[]): { threshold: number; tp: number; fp: number; fn: number } {
  let best = { threshold: 0.5, tp: 0, fp: 0, fn: gold.filter(Boolean).length, f1: -1 };
  for (let t = 0.15; t <= 0.85 + 1e-9; t += 0.05) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < probs.length; i++) {
      if (probs[i] >= t) gold[i] ? tp++ : fp++;
      else if (gold[i]) fn++;
    }
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, tp, fp, fn, f1 };
  }
  return best;
}

// ---- main ----

const sets = corpusSets();
const refs = [...sets.shared, ...sets.tune];
const examples: Example[] = [];
const cache = process.env.TRAIN_CACHE;
if (cache && existsSync(cache)) {
  for (const e of JSON.parse(readFileSync(cache, 'utf8'))) examples.push({ ...e, gold: new Set(e.gold) });
} else {
  for (const [doc, ref] of refs.entries()) {
    try {
      examples.push(...examplesOf(ref.text, ref.gold, doc));
    } catch (e) {
      console.error(`train: ${basename(ref.text)}: ${(e as Error).message}`);
    }
  }
  if (cache) writeFileSync(cache, JSON.stringify(examples.map((e) => ({ ...e, gold: [...e.gold] }))));
}
if (process.env.TRAIN_DEBUG) {
  const h = JSON.parse(process.env.TRAIN_DEBUG) as Hyper;
  const m = train(examples, h);
  for (const f of LEARNED_FACTORS) {
    const b = bestThreshold(examples.map((e) => score(m.labels[f], e.label)), examples.map((e) => e.gold.has(f)));
    const top = Object.entries(m.labels[f]).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(2)}`);
    console.log(f, 'train F1', ((2 * b.tp) / (2 * b.tp + b.fp + b.fn)).toFixed(3), 't', b.threshold, top.join(', '));
  }
  process.exit(0);
}
console.log(`${refs.length} tuning documents, ${examples.length} paragraphs, ${examples.reduce((n, e) => n + e.stance.length, 0)} factor stances`);

// the rules alone, on the same examples, for comparison
{
  let tp = 0, fp = 0, fn = 0;
  const per: Record<string, number[]> = {};
  for (const e of examples) {
    const rule = new Set(e.label.filter((f) => /^r:[a-z]+$/.test(f)).map((f) => f.slice(2)));
    for (const f of LEARNED_FACTORS) {
      const c = (per[f] ??= [0, 0, 0]);
      if (rule.has(f) && e.gold.has(f)) (tp++, c[0]++);
      else if (rule.has(f)) (fp++, c[1]++);
      else if (e.gold.has(f)) (fn++, c[2]++);
    }
  }
  console.log(`rules alone per factor: ${Object.entries(per).map(([f, [a, b, c]]) => `${f} ${((2 * a) / Math.max(1, 2 * a + b + c)).toFixed(3)} (tp ${a} fp ${b} fn ${c})`).join(', ')}`);
  let ok = 0, total = 0;
  for (const e of examples) for (const s of e.stance) {
    const rs = s.features.find((f) => f.startsWith('rs:'))!.slice(3);
    if (rs === 'none') continue;
    total++;
    if (rs === s.gold) ok++;
  }
  console.log(`rules alone: paragraph-level micro-F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}, stance ${(ok / total).toFixed(3)} where they label`);
}

const grid: Hyper[] = [];
const grids = process.env.TRAIN_GRID ? JSON.parse(process.env.TRAIN_GRID) : { l2: [0.1, 0.3, 1], minDocs: [5, 8], pairs: [false], words: [true, false] };
for (const l2 of grids.l2) for (const minDocs of grids.minDocs) for (const pairs of grids.pairs) for (const words of grids.words ?? [true]) grid.push({ l2, minDocs, pairs, words });
let chosen: { h: Hyper; f1: number; stance: number; thresholds: Record<LearnedFactor, number>; perFactor: Record<string, number> } | null = null;
for (const h of grid) {
  const cv = crossValidate(examples, refs.length, h);
  let tp = 0, fp = 0, fn = 0;
  const thresholds = {} as Record<LearnedFactor, number>;
  const perFactor: Record<string, number> = {};
  for (const f of LEARNED_FACTORS) {
    const b = bestThreshold(cv.probs.map((p) => p[f]), examples.map((e) => e.gold.has(f)));
    thresholds[f] = b.threshold;
    perFactor[f] = Math.round(((2 * b.tp) / Math.max(1, 2 * b.tp + b.fp + b.fn)) * 1000) / 1000;
    tp += b.tp;
    fp += b.fp;
    fn += b.fn;
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  console.log(`l2 ${h.l2} minDocs ${h.minDocs} pairs ${h.pairs} words ${h.words}: cross-validated micro-F1 ${f1.toFixed(3)}, stance ${cv.stance.toFixed(3)} ${JSON.stringify(perFactor)}`);
  if (!chosen || f1 + cv.stance > chosen.f1 + chosen.stance) chosen = { h, f1, stance: cv.stance, thresholds, perFactor };
}
console.log(`chosen: ${JSON.stringify(chosen!.h)} thresholds ${JSON.stringify(chosen!.thresholds)}`);

/** Factors with fewer than this many gold paragraphs in training stay with the rules (bond has five). */
const MIN_POSITIVES = 20;
const rare = new Set(LEARNED_FACTORS.filter((f) => examples.filter((e) => e.gold.has(f)).length < MIN_POSITIVES));

function toModel(t: Trained, thresholds: Record<LearnedFactor, number>, meta: LinearModel['meta']): LinearModel {
  const prune = (w: Record<string, number>) => Object.fromEntries(Object.entries(w).filter(([, v]) => Math.abs(v) >= 0.01).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  return {
    meta,
    labels: Object.fromEntries(LEARNED_FACTORS.map((f) => [f, rare.has(f) ? { threshold: null, weights: {} } : { threshold: thresholds[f], weights: prune(t.labels[f]) }])) as LinearModel['labels'],
    stance: {
      classes: [...RELATIVE_STANCES],
      weights: Object.fromEntries(Object.entries(t.stance).filter(([, v]) => v.some((x) => Math.abs(x) >= 0.01)).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.map((x) => Math.round(x * 1000) / 1000)])),
    },
  };
}

/**
 * --cv-eval: the tuning documents scored by the shared scorer, each analysed with a model
 * trained without it (its fold held out): the honest tuning figure for the learned stage,
 * beside the rules alone on the same documents.
 */
if (process.argv.includes('--cv-eval')) {
  const work = mkdtempSync(join(tmpdir(), 'lens-cv-'));
  try {
    for (const kind of ['rules', 'learned'] as const) {
      const dir = join(work, kind);
      mkdirSync(join(dir, 'analyses'), { recursive: true });
      mkdirSync(join(dir, 'texts'));
      mkdirSync(join(dir, 'gold'));
      for (let fold = 0; fold < FOLDS; fold++) {
        const model = kind === 'rules' ? null : toModel(train(examples.filter((e) => e.doc % FOLDS !== fold), chosen!.h), chosen!.thresholds, { trainedOn: [], folds: FOLDS, cv: {}, date: '' });
        for (const [doc, ref] of refs.entries()) {
          if (doc % FOLDS !== fold) continue;
          const name = basename(ref.text);
          symlinkSync(ref.text, join(dir, 'texts', name));
          symlinkSync(ref.gold, join(dir, 'gold', basename(ref.gold)));
          writeFileSync(join(dir, 'analyses', name.replace(/\.[^.]+$/, '') + '.json'), JSON.stringify(analyzeFile(ref.text, { warn: () => {}, injunction: { model } })));
        }
      }
      const out = execFileSync('node', [join(SHARED, 'tools', 'score.mjs'), '--gold', join(dir, 'gold'), '--texts', join(dir, 'texts'), '--analysis', join(dir, 'analyses'), '--json'], { encoding: 'utf8' });
      const sum = JSON.parse(out).summary;
      console.log(`${kind.padEnd(8)} out-of-fold on ${refs.length} tuning documents: labels µF1 ${sum.labels.microF1} macro ${sum.labels.macroF1} stance ${sum.labels.stanceAccuracy} ${JSON.stringify(sum.labels.perLabel)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}

if (!cvOnly) {
  const final = train(examples, chosen!.h);
  const model = toModel(final, chosen!.thresholds, {
    trainedOn: refs.map((r) => basename(r.text)),
    folds: FOLDS,
    cv: { microF1: Math.round(chosen!.f1 * 1000) / 1000, stance: Math.round(chosen!.stance * 1000) / 1000, l2: chosen!.h.l2, minDocs: chosen!.h.minDocs, pairs: chosen!.h.pairs ? 1 : 0, ...chosen!.perFactor },
    date: new Date().toISOString().slice(0, 10),
  });
  const body = [
    '// Written by `npm run train` (scripts/train-labels.ts) from the tuning sets; do not edit by hand.',
    "import type { LinearModel } from './model';",
    '',
    `export const LABEL_MODEL: LinearModel | null = ${JSON.stringify(model)};`,
    '',
  ].join('\n');
  writeFileSync(OUT, body);
  console.log(`wrote ${OUT} (${Math.round(body.length / 1024)} KB)`);
}
