import type { DocModel } from '../document/model';
import { toSourceSpan } from '../document/model';
import type { AnalysisParagraph, Citation, Disposition, DocumentInfo, MotionDisposition, OutlineNode, Standard } from '../types';
import { COURTS } from './courts-table';
import { chooseDecree, readDecree, type Decree } from './disposition';
import { readDocumentInfo } from './document-info';
import { FACTOR_CUES, TEST_FACTORS } from './factors';
import { isOpinion } from './is-opinion';
import { labelParagraphs, type ParagraphText } from './labels';
import { buildOutline } from './outline';
import { chooseRelief, countReliefs, reliefIn } from './relief';
import { splitSentences } from './sentences';
import { findTests, isMandatory } from './tests';

export interface InjunctionAnalysis {
  document: DocumentInfo;
  standard: Standard;
  disposition: Disposition;
  paragraphs: AnalysisParagraph[];
  outline: OutlineNode[];
  isOpinion: boolean;
}

const DECREE_HINT = /grant|den[iy]|affirm|revers|vacat|moot|enjoin|restrain|ORDERED/i;
const NO_DISPOSITION: Disposition = { outcome: null, start: 0, end: 0 };

/**
 * Decides relief, test, paragraph factor labels, disposition and outline for a document.
 * `citations` carry source offsets and their paragraph index. Every span returned (evidence,
 * disposition, outline key sentences) is a SOURCE offset, mapped from the reading text.
 */
export function analyzeInjunction(doc: DocModel, citations: Citation[]): InjunctionAnalysis {
  const text = doc.reading.text;
  const paras: ParagraphText[] = doc.paragraphs.map((p) => {
    const t = text.slice(p.reading.start, p.reading.end);
    return { index: p.index, text: t, offset: p.reading.start, sentences: splitSentences(t) };
  });
  const info = readDocumentInfo(doc.source);
  const decrees = findDecrees(paras);
  const chosen = chooseDecree(decrees);
  const ruled = chosen ? (reliefIn(paras[chosen.paragraph].text) ?? chosen.relief) : null;
  const applies = appliesStandard(text) || (chosen != null && chosen.relief != null);
  const blank = doc.paragraphs.map((p) => ({ index: p.index, start: p.start, end: p.end, heading: p.heading, factors: [] }));
  const opinion = isOpinion(text, citations.length);
  if (!applies) {
    return {
      document: info,
      standard: { relief: 'none', reliefs: [], mandatory: false, tests: [] },
      disposition: NO_DISPOSITION,
      paragraphs: blank,
      outline: buildOutline(info, { relief: 'none', reliefs: [], mandatory: false, tests: [] }, NO_DISPOSITION, blank, []),
      isOpinion: opinion,
    };
  }
  const { relief, reliefs } = chooseRelief(countReliefs(text), ruled);
  const mandatory = isMandatory(text);
  const tests = findTests(text, mandatory);
  if (COURTS.some((c) => c[0] === info.court && (c[1] === 'state_high' || c[1] === 'state_app'))) tests.push('state');
  const standard: Standard = { relief, reliefs, mandatory, tests };

  const disposition = toDisposition(doc, paras, decrees, chosen);
  const outcome = disposition.outcome;
  const prior = outcome === 'denied' || outcome === 'vacated' || outcome === 'reversed' ? 'nonmovant' : 'movant';
  const decreeParagraphs = new Map<number, string>();
  for (const d of decrees) {
    if (d.outcome === null || d.relief != null || d.motion != null || /affirm|revers|vacat/.test(d.outcome)) decreeParagraphs.set(d.paragraph, d.outcome ?? outcome ?? 'other');
  }
  const { paragraphs } = labelParagraphs(doc, paras, { prior, decreeParagraphs });
  const firstLabelled = paragraphs.findIndex((p) => p.factors.some((f) => f.factor !== 'disposition'));
  const posture = paragraphs.slice(0, Math.max(0, firstLabelled)).slice(0, 5).map((p) => p.index);
  return {
    document: info,
    standard,
    disposition,
    paragraphs,
    outline: buildOutline(info, standard, disposition, paragraphs, posture),
    isOpinion: opinion,
  };
}

/** Every ruling sentence, in reading order. */
function findDecrees(paras: ParagraphText[]): Decree[] {
  const out: Decree[] = [];
  for (const p of paras) {
    if (!DECREE_HINT.test(p.text)) continue;
    for (const s of p.sentences) {
      const sentence = p.text.slice(s.start, s.end);
      if (!DECREE_HINT.test(sentence)) continue;
      const d = readDecree(sentence);
      if (d) out.push({ ...d, paragraph: p.index, span: { start: p.offset + s.start, end: p.offset + s.end } });
    }
  }
  return out;
}

/**
 * Does the opinion apply an injunction standard? It must name at least two of the four
 * factors in the factors' own terms; a single "public interest" (Fisher v. University of
 * Texas) or a history of a preliminary injunction (Gift Surplus v. State) is not enough.
 */
function appliesStandard(text: string): boolean {
  const named = new Set<string>();
  for (const cue of FACTOR_CUES) {
    if (!(TEST_FACTORS as readonly string[]).includes(cue.factor) || named.has(cue.factor)) continue;
    if (cue.pattern.test(text)) named.add(cue.factor);
  }
  return named.size >= 2 && /\binjunct|\benjoin|\brestraining\s+order|\bstay\b/i.test(text);
}

function toDisposition(doc: DocModel, paras: ParagraphText[], decrees: Decree[], chosen: Decree | null): Disposition {
  if (!chosen) return NO_DISPOSITION;
  const span = toSourceSpan(doc.reading, chosen.span.start, chosen.span.end);
  const named = decrees.filter((d) => d.outcome && (d.motion || d.relief));
  const seen = new Set<string>();
  const motions: MotionDisposition[] = [];
  for (const d of named) {
    const motion = d.motion ?? d.relief ?? 'motion';
    if (seen.has(motion)) continue;
    seen.add(motion);
    const s = toSourceSpan(doc.reading, d.span.start, d.span.end);
    motions.push({ motion, outcome: d.outcome!, start: s.start, end: s.end });
  }
  void paras;
  return { outcome: chosen.outcome, start: span.start, end: span.end, ...(motions.length > 1 ? { motions } : {}) };
}
