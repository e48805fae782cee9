import { describe, expect, it } from 'vitest';
import { absoluteStance, labelFeatures, relativeStance, tokens, type DocumentContext, type ParagraphContext } from '../../../lib/analysis/learned/features';
import { relabel } from '../../../lib/analysis/learned/apply';
import { labelProbability, type LinearModel } from '../../../lib/analysis/learned/model';
import type { AnalysisParagraph } from '../../../lib/types';

// Smalls v. Scruggs (the seed order): a finding on harm and the test it applies
const FINDING = 'In this case, Smalls is alleging that the defendants violated his Eighth Amendment rights.';
const HARM = 'Thus, the court will presume that a denial of the injunction will result in irreparable harm.';

function context(over: Partial<ParagraphContext> = {}): ParagraphContext {
  const text = `${FINDING} ${HARM}`;
  return {
    text,
    sentences: [
      { text: FINDING, span: { start: 100, end: 100 + FINDING.length } },
      { text: HARM, span: { start: 101 + FINDING.length, end: 101 + text.length } },
    ],
    heading: 'B. Irreparable Harm',
    isHeading: false,
    footnote: false,
    position: 0.5,
    citations: 2,
    dissent: false,
    rule: [],
    prev: ['standard'],
    next: [],
    direction: 'nonmovant',
    ...over,
  };
}

const DOC: DocumentContext = { relief: 'tro', appellate: false };

function model(labels: Partial<LinearModel['labels']>, stance: Record<string, number[]> = {}): LinearModel {
  const none = { threshold: 0.5, weights: { bias: -5 } };
  return {
    meta: { trainedOn: [], folds: 5, cv: {}, date: '2026-12-02' },
    labels: { standard: none, success: none, harm: none, equities: none, public: none, bond: none, ...labels },
    stance: { classes: ['law', 'neutral', 'with', 'against'], weights: { bias: [0, 0, 0, 0], ...stance } },
  };
}

describe('learned stage: features', () => {
  it.each([
    ['Irreparable harm; irreparably harmed', ['irrepa', 'harm', 'irrepa', 'harmed']],
    ['We do not find it so.', ['we', 'not', 'find']],
    ['No bond is required.', ['no', 'bond', 'requir']],
  ])('tokens of %j', (text, want) => expect(tokens(text)).toEqual(want));

  it('reads a finding against the ruling as against it, whichever side won', () => {
    expect(relativeStance('movant', 'movant')).toBe('with');
    expect(relativeStance('movant', 'nonmovant')).toBe('against');
    expect(relativeStance('law', 'nonmovant')).toBe('law');
    expect(absoluteStance('against', 'nonmovant')).toBe('movant');
    expect(absoluteStance('neutral', 'movant')).toBe('neutral');
  });

  it('names the heading, its factor, the cue hits, the neighbours and the rules’ stance relative to the ruling', () => {
    const f = labelFeatures(context({ rule: [{ factor: 'harm', stance: 'movant', confidence: 0.6, evidence: [] }] }), DOC);
    expect(f).toEqual(expect.arrayContaining(['bias', 'h:irrepa', 'hf:harm', 'cue:harm:0', 'p:standard', 'r:harm', 'r:harm:against', 'relief:tro', 'cites:1', 'w:presum']));
    expect(f).not.toContain('appellate');
  });
});

describe('learned stage: relabel', () => {
  const para: AnalysisParagraph = { index: 3, start: 100, end: 300, heading: 'B. Irreparable Harm', factors: [{ factor: 'disposition', stance: 'nonmovant', confidence: 0.9, evidence: [] }] };

  it('gives a factor the model weighs above its threshold, with the sentence its words weigh most as evidence', () => {
    const m = model({ harm: { threshold: 0.5, weights: { bias: -1, 'hf:harm': 3, 'w:irrepa': 0.5 } } }, { 'f:harm&rs:none': [0, 0, 0, 2] });
    expect(labelProbability(m, 'harm', labelFeatures(context(), DOC))).toBeCloseTo(0.924, 3);
    const [out] = relabel([para], [context()], DOC, m);
    const harm = out.factors.find((f) => f.factor === 'harm')!;
    expect(harm.evidence).toEqual([{ start: 101 + FINDING.length, end: 101 + FINDING.length + 1 + HARM.length }]);
    // "against" the ruling (a denial): for the movant
    expect(harm.stance).toBe('movant');
    // the decree's label is the rules' alone
    expect(out.factors.map((f) => f.factor)).toEqual(['harm', 'disposition']);
  });

  it('keeps the rules’ stance and evidence for a factor they gave, and leaves a factor with no threshold to them', () => {
    const ruled: AnalysisParagraph = { ...para, factors: [{ factor: 'harm', stance: 'movant', confidence: 0.6, evidence: [{ start: 150, end: 190 }] }, { factor: 'bond', stance: 'law', confidence: 0.6, evidence: [] }] };
    const m = model({ harm: { threshold: 0.5, weights: { bias: 2 } }, bond: { threshold: null, weights: {} } }, { bias: [5, 0, 0, 0] });
    const [out] = relabel([ruled], [context()], DOC, m);
    expect(out.factors).toEqual([
      { factor: 'harm', stance: 'movant', confidence: 0.88, evidence: [{ start: 150, end: 190 }] },
      { factor: 'bond', stance: 'law', confidence: 0.6, evidence: [] },
    ]);
  });

  it('drops a factor the rules gave when the model weighs it below its threshold, and never labels a heading', () => {
    const ruled: AnalysisParagraph = { ...para, factors: [{ factor: 'success', stance: 'law', confidence: 0.4, evidence: [] }] };
    expect(relabel([ruled], [context()], DOC, model({}))[0].factors).toEqual([]);
    expect(relabel([ruled], [context({ isHeading: true })], DOC, model({}))[0]).toBe(ruled);
  });
});
