import type { DocModel } from '../document/model';
import { toSourceSpan } from '../document/model';
import type { AnalysisParagraph, ReadingHints, Citation, Disposition, Relief, DocumentInfo, MotionDisposition, OutlineNode, Standard } from '../types';
import { COURTS } from './courts-table';
import { chooseDecree, readDecree, type Decree } from './disposition';
import { findMovant, readDocumentInfo } from './document-info';
import { FACTOR_CUES, TEST_FACTORS } from './factors';
import { meritsParagraphs } from './merits';
import { reviewsDenial } from './appeal';
import { labelParagraphs, type ParagraphText } from './labels';
import { buildOutline } from './outline';
import { chooseRelief, countReliefs, motionRelief, reliefIn } from './relief';
import { splitSentences } from './sentences';
import { findTests, isMandatory } from './tests';
import type { DocumentContext, ParagraphContext } from './learned/features';
import { relabel } from './learned/apply';
import { flip, paragraphContexts } from './learned/context';
import { dissentParagraphs } from './dissent';
import type { LinearModel } from './learned/model';

export interface InjunctionAnalysis {
  document: DocumentInfo;
  standard: Standard;
  disposition: Disposition;
  paragraphs: AnalysisParagraph[];
  outline: OutlineNode[];
}

// a cheap first look before the decree table reads a sentence; it must admit every row's verb ("The appeal is dismissed.")
const DECREE_HINT = /grant|den[iy]|affirm|revers|vacat|moot|dismiss|remand|enjoin|restrain|ORDERED|\benter|\bissue|dissent/i;
const NO_DISPOSITION: Disposition = { outcome: null, start: 0, end: 0 };

/**
 * Decides relief, test, paragraph factor labels, disposition and outline for a document.
 * `citations` carry source offsets and their paragraph index. Every span returned (evidence,
 * disposition, outline key sentences) is a SOURCE offset, mapped from the reading text.
 */
export interface InjunctionOptions {
  /**
   * the learned stage's weights (lib/analysis/learned/weights.ts); absent or null runs the rules
   * alone, the default: on the locked test split the learned stage gave labels 0.536 against the
   * rules' 0.518 but stance 0.549 against 0.610, and the shared gold fell (README, "Accuracy")
   */
  model?: LinearModel | null;
  /** handed the rules' labels and each paragraph's context before the learned stage (training) */
  onContexts?: (rules: readonly AnalysisParagraph[], contexts: readonly ParagraphContext[], doc: DocumentContext) => void;
  /** the page's separate opinions (analyze's `hints.parts`): which paragraphs are a dissent's, instead of reading author lines */
  parts?: ReadingHints['parts'];
}

export function analyzeInjunction(doc: DocModel, citations: Citation[], caption?: string | null, options: InjunctionOptions = {}): InjunctionAnalysis {
  const text = doc.reading.text;
  const paras: ParagraphText[] = doc.paragraphs.map((p) => {
    const t = text.slice(p.reading.start, p.reading.end);
    return { index: p.index, text: t, offset: p.reading.start, sentences: splitSentences(t) };
  });
  const info = readDocumentInfo(doc.source, caption);
  const decrees = findDecrees(paras);
  const chosen = chooseDecree(decrees);
  // relief: the first ruling that names one specifically (factors.md), else the chosen ruling's
  const ruled = decrees.map((d) => (d.outcome ? reliefIn(contextOf(paras[d.paragraph], d), false) : null)).find((r) => r != null) ?? (chosen ? rulingRelief(paras[chosen.paragraph], chosen) : null);
  const named = namedFactors(text);
  const counts = countReliefs(text);
  const standardApplied = appliesStandard(text, named);
  // an opinion whose every ruling is on another motion (to dismiss an injunction suit) applies no injunction standard
  const otherMotionsOnly = decrees.some((d) => d.outcome) && decrees.every((d) => !d.outcome || d.otherMotion);
  // an appeal from an injunctive order dismissed (moot, no jurisdiction) still concerns that relief
  const dismissedAppeal = chosen?.outcome === 'other' && [...counts.values()].some((n) => n >= 2);
  // an appeal from an order on interlocutory relief decided on other grounds (the merits alone,
  // the court's power to issue it) is still an appellate judgment on that relief
  // the history's "a temporary injunction was entered" tells what the appeal is about only when the opinion speaks of
  // restraint again ("sued to restrain ... a temporary injunction was granted, restraining", Sabine River Auth. v.
  // McNatt); said once, it is background to an appeal from something else (Allen v. Board of Education: a declaratory judgment)
  const injunctiveWords = text.match(/\binjunct|\benjoin|\brestrain/gi)?.length ?? 0;
  const appealFrom = chosen?.outcome != null && APPELLATE.has(chosen.outcome) ? (APPEAL_FROM.exec(text) ?? (injunctiveWords >= 2 ? RELIEF_BELOW.exec(text.slice(0, 4000)) : null)) : null;
  const applies = !otherMotionsOnly && (standardApplied || (chosen != null && chosen.relief != null) || dismissedAppeal || appealFrom != null);
  const blank = doc.paragraphs.map((p) => ({ index: p.index, start: p.start, end: p.end, heading: p.heading, factors: [] }));
  if (!applies) {
    return {
      document: info,
      standard: { relief: 'none', reliefs: [], mandatory: false, tests: [] },
      disposition: NO_DISPOSITION,
      paragraphs: blank,
      outline: buildOutline(info, { relief: 'none', reliefs: [], mandatory: false, tests: [] }, NO_DISPOSITION, blank, []),
    };
  }
  // the reliefs the opinion rules on (each ruling that names one); the others it only mentions
  const ruledOn = decrees.filter((d) => d.outcome).map((d) => reliefIn(contextOf(paras[d.paragraph], d), false)).filter((r): r is Relief => r != null);
  const { relief, reliefs } = chooseRelief(counts, ruled ?? (appealFrom && !dismissedAppeal && !standardApplied ? reliefIn(appealFrom[0]) : null), motionRelief(text), ruledOn);
  const mandatory = isMandatory(text);
  const tests = findTests(text, mandatory);
  if (COURTS.some((c) => c[0] === info.court && (c[1] === 'state_high' || c[1] === 'state_app'))) tests.push('state');
  const standard: Standard = { relief, reliefs, mandatory, tests };
  const movant = findMovant(text);
  if (movant) info.parties = { movant, nonmovant: null };

  const disposition = toDisposition(doc, decrees, chosen);
  const outcome = disposition.outcome;
  const prior = appellatePrior(outcome, chosen ? text.slice(chosen.span.start, chosen.span.end) : '', reviewsDenial(text));
  const decreeParagraphs = new Map<number, string>();
  for (const d of decrees) {
    if (d.outcome === null || d.relief != null || d.motion != null || /affirm|revers|vacat|other/.test(d.outcome)) decreeParagraphs.set(d.paragraph, d.outcome ?? outcome ?? 'other');
  }
  const cited = new Set(citations.filter((c) => c.kind !== 'record').map((c) => c.paragraph).filter((i): i is number => i != null));
  const merits = named.has('success') ? meritsParagraphs(doc, cited) : new Set<number>();
  const dissent = dissentParagraphs(doc, paras, options.parts);
  // a separate opinion on an application for interim relief argues the merits (Tandon v. Newsom, Kagan, J., dissenting)
  if (named.has('success')) for (const i of dissent) merits.add(i);
  // a court that rules and does not set the ruling below aside adopts the findings below it reports
  const adoptsBelow = outcome != null && outcome !== 'reversed' && outcome !== 'vacated' && outcome !== 'other';
  const labelled = labelParagraphs(doc, paras, { prior, decreeParagraphs, merits, dissent, parties: partyPattern(info.title), adoptsBelow }).paragraphs;
  // the labels above are read from the side of the party whose application is decided; when it
  // applied against the relief (to vacate a stay), the movant is the other side (factors.md)
  const against = againstRelief(decrees, paras);
  const rules = against ? labelled.map(mirrorStances) : labelled;
  const model = options.model ?? null;
  let paragraphs = rules;
  // the learned stage's reading of each paragraph is built only when something will read it
  if (model || options.onContexts) {
    const contexts = paragraphContexts(doc, paras, rules, citations, dissent, against ? flip(prior) : prior);
    const docContext: DocumentContext = { relief, appellate: outcome != null && APPELLATE.has(outcome) };
    options.onContexts?.(rules, contexts, docContext);
    if (model) paragraphs = relabel(rules, contexts, docContext, model);
  }
  const firstLabelled = paragraphs.findIndex((p) => p.factors.some((f) => f.factor !== 'disposition'));
  const posture = paragraphs.slice(0, Math.max(0, firstLabelled)).slice(0, 5).map((p) => p.index);
  return {
    document: info,
    standard,
    disposition,
    paragraphs,
    outline: buildOutline(info, standard, disposition, paragraphs, posture),
  };
}

/**
 * The relief a decree rules on, read from its sentence and the sentences either side: Roman
 * Catholic Diocese's "Application for injunctive relief ... granted." is followed by "...
 * pending disposition of the appeal", which makes it an injunction pending appeal.
 */
function rulingRelief(p: ParagraphText, d: Decree): Relief | null {
  const named = reliefIn(contextOf(p, d), false);
  if (named) return named;
  // "We affirm ... its grant of injunctive relief" names no kind: the opinion's own words decide
  // (Brown v. Colegio de Abogados, a permanent injunction after trial), not a guess of preliminary
  const sentence = p.text.slice(d.span.start - p.offset, d.span.end - p.offset);
  return reliefIn(sentence, false) ?? (/\binjunctive\s+relief\b/i.test(sentence) ? null : d.relief);
}

function contextOf(p: ParagraphText, d: Decree): string {
  const i = p.sentences.findIndex((s) => p.offset + s.start === d.span.start);
  const around = p.sentences.slice(Math.max(0, i - 1), i + 2);
  return around.length ? p.text.slice(around[0].start, around[around.length - 1].end) : p.text;
}

/**
 * The side the court's findings lean to, from its ruling. On appeal the movant is still the
 * party who asked for the relief below (factors.md), so an appellate judgment on a ruling
 * AGAINST the relief turns around: affirming the denial of a preliminary injunction finds
 * against the movant, reversing it or vacating an order dissolving the injunction for them.
 */
const RULING_AGAINST_RELIEF = /\b(?:affirm|revers|vacat)\w*\b[^.;]{0,100}?\b(?:deni(?:al|ed|ying)|refus(?:al|ed|ing)|dissol(?:ution|ved|ving)|declin(?:ed|ing)\s+to\s+(?:grant|issue|enter)|lift(?:ed|ing))\b[^.;]{0,60}?\b(?:injunct|restrain|relief|stay)/i;

export function appellatePrior(outcome: string | null, decree: string, belowDenied = false): 'movant' | 'nonmovant' {
  const forMovant = !(outcome === 'denied' || outcome === 'vacated' || outcome === 'reversed');
  const appellate = outcome === 'affirmed' || outcome === 'vacated' || outcome === 'reversed';
  const flip = appellate && (belowDenied || RULING_AGAINST_RELIEF.test(decree));
  return forMovant !== flip ? 'movant' : 'nonmovant';
}

const APPELLATE = new Set(['affirmed', 'reversed', 'vacated', 'affirmed_in_part', 'other']);

/** "This is an appeal from an order granting a temporary injunction", "appeals from the denial of a preliminary injunction". */
const APPEAL_FROM =
  /\bappeal(?:s|ed)?\s+(?:is\s+taken\s+)?from\s+(?:an?\s+|the\s+)?(?:interlocutory\s+)?(?:(?:order|judgment|decree)\s+(?:of\s+[^.;]{0,80}?\s+)?(?:granting|denying|dissolving|refusing(?:\s+to\s+dissolve)?|overruling|continuing|modifying|issuing|entering|awarding)|(?:grant|denial|dissolution|refusal|issuance|entry)\s+of)\s+(?:an?\s+|the\s+|\w+['’]s?\s+)?(?:motion\s+(?:for|to\s+dissolve)\s+(?:an?\s+|the\s+)?)?(?:temporary\s+injunction|preliminary\s+injunction|interlocutory\s+injunction|temporary\s+restraining\s+order|permanent\s+injunction|injunction)\b/i;

/** The history an appellate opinion opens with: "On hearing, a temporary injunction was granted, restraining ...". */
const RELIEF_BELOW = /\b(?:a|an|the)\s+(?:temporary|preliminary|interlocutory)\s+(?:injunction|restraining\s+order)\s+(?:was|had\s+been)\s+(?:granted|denied|dissolved|issued|entered|refused)\b/i;

/** Words that name the parties in a title ("Amy Cohen v. Brown University" → Cohen, Brown), as one pattern. */
function partyPattern(title: string | null): RegExp | null {
  if (!title) return null;
  const generic = /^(?:United|States|State|University|College|Company|Corporation|Department|Inc|LLC|Ltd|Board|City|County|Commission|National|Association|The|And|Of|For|Et|Al)$/i;
  const words = title.split(/\s+v\.\s+/).flatMap((side) => side.match(/\b[A-Z][a-z]{3,}\b/g) ?? []).filter((w) => !generic.test(w));
  return words.length ? new RegExp(`\\b(?:${[...new Set(words)].join('|')})\\b`) : null;
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
 * An application to vacate a stay (or to dissolve or lift an injunction) is brought by the
 * party the relief binds; the movant is still the party that asked for the stay (factors.md).
 * Read from the ruling's own words ("The application to vacate stay ... is granted"), never
 * from a citation's parenthetical ("concurring in denial of application to vacate stay").
 */
const AGAINST_RELIEF = /\b(?:applications?|motions?)\s+to\s+(?:vacate|dissolve|lift)\s+(?:the\s+|a\s+|an\s+|that\s+|this\s+)?(?:[\w’'-]+\s+){0,4}?(?:stay|injunction|restraining\s+order)\b/i;

export function againstRelief(decrees: readonly Decree[], paras: readonly ParagraphText[]): boolean {
  return decrees.some((d) => d.outcome != null && AGAINST_RELIEF.test(paras[d.paragraph]?.text.slice(Math.max(0, d.span.start - paras[d.paragraph].offset - 200), d.span.end - paras[d.paragraph].offset) ?? ''));
}

/** The paragraph's findings seen from the other party: movant ↔ nonmovant (law, neutral and the disposition stay). */
export function mirrorStances(p: AnalysisParagraph): AnalysisParagraph {
  const other = { movant: 'nonmovant', nonmovant: 'movant' } as const;
  return { ...p, factors: p.factors.map((f) => (f.factor !== 'disposition' && (f.stance === 'movant' || f.stance === 'nonmovant') ? { ...f, stance: other[f.stance] } : f)) };
}

/** Which of the four factors the text names in their own terms. */
function namedFactors(text: string): Set<string> {
  const named = new Set<string>();
  for (const cue of FACTOR_CUES) {
    if (cue.applied || !(TEST_FACTORS as readonly string[]).includes(cue.factor) || named.has(cue.factor)) continue;
    if (cue.pattern.test(text)) named.add(cue.factor);
  }
  return named;
}

/**
 * Does the opinion apply an injunction standard? It must name at least two of the four
 * factors in the factors' own terms; a single "public interest" (Fisher v. University of
 * Texas) or a history of a preliminary injunction (Gift Surplus v. State) is not enough.
 */
function appliesStandard(text: string, named: Set<string>): boolean {
  const injunctive = /\binjunct|\benjoin|\brestraining\s+order|\bstay\b/i.test(text);
  if (named.size >= 2) return injunctive;
  // one factor argued again and again in an injunction posture (a dissent from denial of
  // rehearing en banc over a preliminary injunction turns on likelihood of success alone)
  const success = text.match(/\blikel\w*\s+(?:of|to)\s+(?:succe\w*|prevail)/gi)?.length ?? 0;
  const reliefs = text.match(/\b(?:preliminary|permanent)\s+injunct|\btemporary\s+restraining|\bstay\s+pending/gi)?.length ?? 0;
  return success >= 3 && reliefs >= 3;
}

/** The chosen ruling as the document's disposition, with every motion ruled on when there are several. */
function toDisposition(doc: DocModel, decrees: Decree[], chosen: Decree | null): Disposition {
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
  return { outcome: chosen.outcome, start: span.start, end: span.end, ...(motions.length > 1 ? { motions } : {}) };
}
