import type { FactorLabel, FactorName, Relief, Span, Stance } from '../../types';
import { FACTOR_CUES, HEADING_FACTORS } from '../factors';

/**
 * What the learned stage knows of one paragraph: its words, where it sits, and what the
 * rules (cue tables, headings, stance cues) already said of it and of its neighbours. The
 * rules' labels are features, not answers: the model learns, from the tuning split, when
 * a rule's vote is worth keeping and when words the rules never listed carry a factor.
 */
export interface ParagraphContext {
  /** the paragraph's reading text */
  text: string;
  /** its sentences: text, and the source span an evidence pointer takes */
  sentences: { text: string; span: Span }[];
  heading: string | null;
  /** the paragraph is itself a heading line: it takes no labels */
  isHeading: boolean;
  footnote: boolean;
  /** 0 at the first paragraph, 1 at the last */
  position: number;
  /** citations that start in the paragraph (record cites left out) */
  citations: number;
  dissent: boolean;
  /** the rules' labels, after every rule (mirroring included) */
  rule: FactorLabel[];
  /** the factors the rules gave the paragraphs either side */
  prev: FactorName[];
  next: FactorName[];
  /** the side a finding that goes the way the court ruled favours (flipped in a dissent) */
  direction: 'movant' | 'nonmovant';
}

export interface DocumentContext {
  relief: Relief;
  /** the ruling is an appellate judgment (affirmed, reversed, vacated, dismissed) */
  appellate: boolean;
}

/** The factors the learned stage decides; `disposition` stays with the decree rules. */
export const LEARNED_FACTORS = ['standard', 'success', 'harm', 'equities', 'public', 'bond'] as const;
export type LearnedFactor = (typeof LEARNED_FACTORS)[number];

/** A finding's side relative to the ruling: what the stance model predicts, so it carries over between cases won and lost. */
export type RelativeStance = 'law' | 'neutral' | 'with' | 'against';
export const RELATIVE_STANCES: readonly RelativeStance[] = ['law', 'neutral', 'with', 'against'];

export function relativeStance(stance: Stance, direction: 'movant' | 'nonmovant'): RelativeStance {
  if (stance === 'law' || stance === 'neutral') return stance;
  return stance === direction ? 'with' : 'against';
}

export function absoluteStance(rel: RelativeStance, direction: 'movant' | 'nonmovant'): Stance {
  if (rel === 'law' || rel === 'neutral') return rel;
  return rel === 'with' ? direction : direction === 'movant' ? 'nonmovant' : 'movant';
}

/**
 * Words of a text as the model sees them: lower case, letters only, cut to six letters so
 * "enjoined" / "enjoining" and "irreparable" / "irreparably" share a feature. "no" and "not"
 * are kept (negation decides a stance); other words under three letters are dropped.
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const w = m[0];
    if (w.length < 3 && w !== 'no' && w !== 'we') continue;
    out.push(w.length > 6 ? w.slice(0, 6) : w);
  }
  return out;
}

function lexical(prefix: string, text: string, into: Set<string>): void {
  const t = tokens(text);
  for (let i = 0; i < t.length; i++) {
    into.add(`${prefix}:${t[i]}`);
    if (i + 1 < t.length) into.add(`${prefix}2:${t[i]}_${t[i + 1]}`);
  }
}

function bucket(n: number, edges: readonly number[]): number {
  let i = 0;
  while (i < edges.length && n >= edges[i]) i++;
  return i;
}

/** Features for "does this paragraph carry factor X" (one model per factor, shared features). */
export function labelFeatures(p: ParagraphContext, d: DocumentContext): string[] {
  const f = new Set<string>(['bias']);
  lexical('w', p.text, f);
  if (p.heading) {
    for (const t of tokens(p.heading)) f.add(`h:${t}`);
    for (const h of HEADING_FACTORS) if (h.pattern.test(p.heading)) f.add(`hf:${h.factor}`);
  }
  // the cue tables' hits, whatever the rules then made of them: how many sentences name each factor
  const cues = new Map<string, number>();
  for (const s of p.sentences) {
    const seen = new Set<string>();
    for (const c of FACTOR_CUES) if (!seen.has(c.factor) && c.pattern.test(s.text)) seen.add(c.factor);
    for (const x of seen) cues.set(x, (cues.get(x) ?? 0) + 1);
    if (seen.size >= 3) f.add('enumerates');
  }
  for (const [x, n] of cues) f.add(`cue:${x}:${bucket(n, [2, 4])}`);
  f.add(`len:${bucket(p.text.length, [60, 150, 400, 900])}`);
  f.add(`pos:${Math.min(4, Math.floor(p.position * 5))}`);
  f.add(`cites:${bucket(p.citations, [1, 3])}`);
  if (p.footnote) f.add('footnote');
  if (p.dissent) f.add('dissent');
  if (/^\s*[“"]/.test(p.text)) f.add('quote');
  for (const r of p.rule) {
    f.add(`r:${r.factor}`);
    f.add(`r:${r.factor}:${relativeStance(r.stance, p.direction)}`);
  }
  f.add(`rn:${bucket(p.rule.length, [1, 2, 3])}`);
  for (const x of p.prev) f.add(`p:${x}`);
  for (const x of p.next) f.add(`n:${x}`);
  f.add(`relief:${d.relief}`);
  if (d.appellate) f.add('appellate');
  return [...f];
}

/** Features for the side a paragraph's factor favours, from its words and the rules' reading of it. */
export function stanceFeatures(p: ParagraphContext, d: DocumentContext, factor: LearnedFactor, rule: FactorLabel | undefined, evidence: string): string[] {
  const f = new Set<string>(['bias']);
  lexical('w', p.text, f);
  if (evidence) lexical('e', evidence, f);
  if (p.heading) for (const t of tokens(p.heading)) f.add(`h:${t}`);
  const rs = rule ? relativeStance(rule.stance, p.direction) : 'none';
  f.add(`rs:${rs}`);
  f.add(`f:${factor}`);
  f.add(`f:${factor}&rs:${rs}`);
  f.add(`len:${bucket(p.text.length, [150, 400, 900])}`);
  f.add(`cites:${bucket(p.citations, [1, 3])}`);
  if (p.footnote) f.add('footnote');
  if (p.dissent) f.add('dissent');
  if (d.appellate) f.add('appellate');
  f.add(`dir:${p.direction}`);
  return [...f];
}
