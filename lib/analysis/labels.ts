import { toSourceSpan, type DocModel } from '../document/model';
import type { AnalysisParagraph, FactorLabel, FactorName, Span, Stance } from '../types';
import { FACTOR_CUES, TEST_FACTORS, type FactorCue } from './factors';
import { readHeading, runInHeading, type SectionHeading } from './headings';
import { clauseFacts } from '../nlp';
import { isAnalysis, isThreshold } from './merits';
import { citationOnly } from './citation-note';
import { answersArgument } from './answers';
import { looksLikeFinding, looksLikeLaw, mergeStances, sentenceStance, speakerOf, type SentenceStance } from './stance';

/** One paragraph as the classifier sees it: reading text split into sentences. */
export interface ParagraphText {
  index: number;
  text: string;
  /** reading offset of `text[0]` */
  offset: number;
  /** sentence spans relative to `text` */
  sentences: Span[];
}

export interface LabelOptions {
  cues?: readonly FactorCue[];
  /** side a bare finding takes when nothing in it says which way (from the disposition) */
  prior: 'movant' | 'nonmovant';
  /** paragraph index → outcome of the decree it holds */
  decreeParagraphs: Map<number, string>;
  /** paragraphs in sections analysing the merits (labelled `success` when nothing else claims them) */
  merits?: Set<number>;
  /** paragraphs of a dissent: its findings go against the court's ruling, so the prior flips */
  dissent?: Set<number>;
  /** the parties' names, to tell the court's application from a rule */
  parties?: RegExp | null;
  /**
   * this court upholds the ruling below, so it adopts the findings below it reports (Cohen v. Brown:
   * "the district court found that the competing equities weighed in favor"); one that reverses or
   * vacates (Knapp Shoes v. Sylvania), or whose ruling is unread, only tells them (factors.md: neutral)
   */
  adoptsBelow?: boolean;
}

interface Vote {
  stances: SentenceStance[];
  evidence: Span[];
  /** the stance each evidence span voted for, parallel to `evidence` */
  evidenceStance: Stance[];
}

/**
 * Labels each paragraph with factors and stances. A cue sentence votes for its factor; a
 * sentence naming three or more of the four factors is the test itself and votes `standard`
 * only, unless the court applies it to these parties (ConsumerInfo v. Leon: "A preliminary
 * injunction is warranted because Experian has established ..."). Headings lend their factor
 * to the paragraphs under them.
 */
export function labelParagraphs(doc: DocModel, paras: ParagraphText[], opts: LabelOptions): { paragraphs: AnalysisParagraph[]; headings: Map<number, SectionHeading> } {
  const cues = opts.cues ?? FACTOR_CUES;
  const out: AnalysisParagraph[] = [];
  const headingOf = new Map<number, SectionHeading>();
  let section: FactorName[] = [];
  const enter = (h: SectionHeading) => {
    // a sub-heading that names no factor stays inside its parent's factor section
    if (h.level <= 2 || h.factors.length) section = h.factors;
  };
  let runIn: FactorName | null = null;
  let lastHeading: string | null = null;
  for (const p of paras) {
    const dp = doc.paragraphs[p.index];
    const base = { index: dp.index, start: dp.start, end: dp.end, heading: dp.heading ?? lastHeading, factors: [] as FactorLabel[] };
    const h = readHeading(p.text);
    if (h) {
      headingOf.set(p.index, h);
      enter(h);
      runIn = null;
      lastHeading = h.text;
      out.push(base);
      continue;
    }
    if (dp.heading && dp.heading !== lastHeading) {
      const seg = readHeading(dp.heading, true);
      if (seg) enter(seg);
      else section = [];
      runIn = null;
      lastHeading = dp.heading;
    }
    const run = runInHeading(p.text);
    if (run) runIn = run.factor;

    const votes = new Map<FactorName, Vote>();
    const vote = (f: FactorName, s: SentenceStance, span: Span) => {
      const v = votes.get(f) ?? { stances: [], evidence: [], evidenceStance: [] };
      v.stances.push(s);
      if (!v.evidence.some((e) => e.start === span.start)) {
        v.evidence.push(span);
        v.evidenceStance.push(s.stance);
      }
      votes.set(f, v);
    };
    const fromSection: FactorName[] = runIn ? [runIn] : section;
    // a dissent argues its view throughout: a factor it mentions without a rule's markers is its finding
    const findingParagraph = looksLikeFinding(p.text) || fromSection.length > 0 || (opts.dissent?.has(p.index) ?? false);
    const prior: 'movant' | 'nonmovant' = opts.dissent?.has(p.index) ? (opts.prior === 'movant' ? 'nonmovant' : 'movant') : opts.prior;
    const answered = answersArgument(p.text);
    for (const s of p.sentences) {
      // the run-in heading itself ("Irreparable harm.") is a label, not a statement
      if (run && s.start < run.length && s.end <= run.length + 1) continue;
      const sentence = p.text.slice(s.start, s.end);
      const span = toSourceSpan(doc.reading, p.offset + s.start, p.offset + s.end);
      const hits = findCues(sentence, cues);
      if (!hits.length) continue;
      const named = new Set(hits.filter((c) => !c.cue.applied).map((c) => c.cue.factor).filter((f) => (TEST_FACTORS as readonly string[]).includes(f)));
      // the test itself: three or more factors, or two under "must show" ("the Company must show,
      // as relevant here, (i) a likelihood of success on the merits and (ii) irreparable harm")
      const enumeration = named.size >= 3 || (named.size >= 2 && /\bmust\s+(?:show|establish|demonstrate)\b/i.test(sentence));
      for (const { cue, at } of hits) {
        if (cue.factor === 'standard') {
          vote('standard', { stance: 'law', weight: 0.7 }, span);
          continue;
        }
        let st = cue.factor === 'bond' ? bondStance(sentence) : sentenceStance(sentence, at, cue.adverse, cue.lawOnly);
        if (st.ambiguous) st = findingParagraph || st.weighing ? { stance: prior, weight: 0.4 } : { stance: 'law', weight: 0.4 };
        // an argument the court answers in the same paragraph is resolved: the court's ruling decides (factors.md rule 4)
        if (st.argued && answered) st = { stance: prior, weight: 0.5 };
        // a finding below reported: adopted when this court rules the same way and upholds the ruling below
        if (st.reported) st = st.reported === prior && opts.adoptsBelow ? { stance: prior, weight: 0.6 } : { stance: 'neutral', weight: 0.5 };
        if (enumeration) {
          // the test stated, or applied in the court's own voice; a report of the lower court's findings is neither
          if (!REPORTED_FINDINGS.test(sentence)) vote('standard', { stance: 'law', weight: 0.8 }, span);
          if (st.stance === 'law' || st.stance === 'neutral') continue;
        }
        vote(cue.factor, st, span);
      }
    }
    // a dissent recounts what the majority did in the past tense; that is its argument, not history
    // a paragraph telling what the parties and the court below did (filed, moved, appealed) is background, not the merits
    const merit = opts.merits?.has(p.index) && votes.size === 0 && !PROCEDURE.test(p.text) && !isThreshold(p.text) && ((opts.dissent?.has(p.index) && p.text.length >= 150) || isAnalysis(p.text) || (p.text.length >= 250 && /\b(?:this\s+case|here)\b/i.test(p.text)));
    // a run-in heading ("Public interest.") is a weak scope: a later paragraph that argues
    // another factor in its own words has left it (Roman Catholic Diocese's closing paragraphs)
    const ownFactor = [...votes.keys()].some((f) => (TEST_FACTORS as readonly string[]).includes(f) && f !== runIn);
    const scoped = runIn && !run && ownFactor ? [] : fromSection;
    // a footnote speaks for itself: it takes no factor from the section it sits in (Cohen v. Brown's notes)
    // a merits paragraph about the power to enjoin itself (which statute or rule governs the injunction,
    // what findings it needs: Tejidos de Coamo's Norris-LaGuardia section 7, Knapp Shoes' Rule 52(a))
    // argues the standard, not the claim's merits
    const inherited: FactorName[] = dp.footnote != null ? [] : scoped.length ? scoped : merit ? [aboutRelief(p.text) ? 'standard' : 'success'] : [];
    // a footnote that adds facts of record carries the finding of the sentence that calls it
    // (Cohen v. Brown's note 22, "Here, the district court specifically found that ... it would likely
    // lose its paid coach", called from the paragraph on irreparable harm); a note of law, history or
    // argument ("On this point, Brown cannot win even if its basic theories have merit") does not
    if (dp.footnote != null && votes.size === 0 && p.text.length >= 60 && RECORD_FACTS.test(p.text)) {
      const anchor = footnoteAnchor(dp.footnote, out, paras.indexOf(p), paras, doc);
      const span = toSourceSpan(doc.reading, p.offset, p.offset + (p.sentences[0]?.end ?? p.text.length));
      for (const f of anchor?.factors ?? []) {
        if (f.factor !== 'disposition' && (f.stance === 'movant' || f.stance === 'nonmovant')) vote(f.factor, { stance: f.stance, weight: 0.5 }, span);
      }
    }
    // a note that only cites authority for the sentence that calls it carries that sentence's factors as law
    // (LABELLING.md 11: Knapp Shoes fn. 3, citations for the "familiar quartet"; Tejidos de Coamo fns. 6, 7)
    if (dp.footnote != null && votes.size === 0 && citationOnly(p.text)) {
      const anchor = footnoteAnchor(dp.footnote, out, paras.indexOf(p), paras, doc);
      const span = toSourceSpan(doc.reading, p.offset, p.offset + p.text.length);
      for (const f of anchor?.factors ?? []) if (f.factor !== 'disposition') vote(f.factor, { stance: 'law', weight: 0.5 }, span);
    }
    // "It is so ordered." closes the opinion; it inherits nothing from the section above it
    if (!opts.decreeParagraphs.has(p.index) && p.text.length >= 60) {
      const span = toSourceSpan(doc.reading, p.offset, p.offset + (p.sentences[0]?.end ?? p.text.length));
      for (const f of inherited) {
        if (f === 'standard') {
          if (!votes.has('standard')) vote('standard', { stance: 'law', weight: 0.5 }, span);
          continue;
        }
        // a dissent argues throughout, so its merits paragraphs read as findings, not surveys of law
        const stance = paragraphStance(p, prior, opts.parties ?? null, fromSection.length === 0 && !opts.dissent?.has(p.index), !(opts.adoptsBelow ?? false));
        // under the factor's own heading, the court applying it outranks the rule it quotes
        if (!votes.has(f) || stance === 'movant' || stance === 'nonmovant') vote(f, { stance, weight: 0.5 }, span);
      }
    }
    const decree = opts.decreeParagraphs.get(p.index);
    if (decree !== undefined) {
      const stance: Stance = /granted|affirmed/.test(decree) ? 'movant' : /denied|vacated|reversed/.test(decree) ? 'nonmovant' : 'neutral';
      base.factors.push({ factor: 'disposition', stance, confidence: 0.9, evidence: [{ start: dp.start, end: dp.end }] });
    }
    for (const [factor, v] of votes) {
      const m = mergeStances(v.stances);
      // the sentences that carry the paragraph's finding come first: the outline quotes evidence[0]
      const evidence = v.evidence.map((e, i) => ({ e, first: v.evidenceStance[i] === m.stance ? 0 : 1, i })).sort((a, b) => a.first - b.first || a.i - b.i).map((x) => x.e);
      base.factors.push({ factor, stance: factor === 'standard' ? 'law' : m.stance, confidence: round(m.weight), evidence: evidence.slice(0, 3) });
    }
    base.factors.sort((a, b) => order(a.factor) - order(b.factor));
    out.push(base);
  }
  return { paragraphs: out, headings: headingOf };
}

/**
 * The stance of a paragraph that carries its factor from a heading: a party's argument the
 * paragraph opens with and never answers is `neutral`, a rule statement `law`, anything
 * else the court's own application, which goes the way the court ruled (`prior`).
 */
function paragraphStance(p: ParagraphText, prior: Stance, parties: RegExp | null, strict: boolean, belowRejected: boolean): Stance {
  const first = p.sentences[0] ? p.text.slice(p.sentences[0].start, p.sentences[0].end) : p.text;
  const reported = (p.text.match(REPORTING)?.length ?? 0) >= 2;
  // who opens the paragraph speaks for it: a party's argument, or the court below's ruling reported by a
  // court that sets it aside ("In dissolving the preliminary injunction in this case, the magistrate judge relied upon his
  // certification findings", Knapp Shoes v. Sylvania) is neither this court's finding nor a rule
  const speaker = speakerOf(first);
  if ((reported || clauseFacts(first).attributed || speaker === 'party' || (speaker === 'below' && belowRejected)) && !REJECTS.test(p.text) && !answersArgument(p.text)) return 'neutral';
  // merits sections (strict) speak about the case only when they name it; a factor's own section by default
  const namesCase = CASE_ANCHOR.test(p.text) || (parties?.test(p.text) ?? false);
  // another case told as authority ("the court in National Mining Association v. Jackson ... denied") states law
  if (speaker === 'precedent' && !namesCase) return 'law';
  // a merits paragraph applies the law when it answers a party's argument or speaks of this
  // case; a passing "see Cohen, 809 F. Supp." or "the court below" in a survey of the law does not
  if (strict) return ENGAGES.test(p.text) || REJECTS.test(p.text) || /\b(?:here|in\s+this\s+case|the\s+record|the\s+(?:district|trial|lower)\s+court['’]s\s+(?:finding|conclusion|determination)s?)\b/i.test(p.text) ? prior : 'law';
  if (looksLikeLaw(p.text) && !namesCase) return 'law';
  return prior;
}

/** Speaks of the injunction itself at least twice ("injunction", "enjoin", "restraining order"). */
function aboutRelief(text: string): boolean {
  return (text.match(/\binjunct\w*|\benjoin\w*|\brestraining\s+orders?\b/gi)?.length ?? 0) >= 2;
}


/** Procedural history: what the parties and the court below did ("Knapp filed a notice of appeal", "this appeal followed"). */
const PROCEDURE = /\b(?:filed\s+(?:a|an|its|his|her|their|this)\b|notice\s+of\s+appeal|this\s+appeal\s+followed|timely\s+appealed|moved\s+(?:for|to)\s+(?:a|an|the|dismiss|stay|vacate|intervene)|(?:brought|commenced|initiated)\s+(?:this|the|an)\s+(?:suit|action))\b/i;

/** A finding of the court below, or the record, reported: "the district court specifically found", "Judge Pettine heard, and apparently credited, evidence". */
const RECORD_FACTS = /\b(?:court|judge(?:\s+[A-Z][a-z]+)?)\s+(?:below\s+)?(?:specifically\s+|expressly\s+)?(?:found|heard|credited|concluded|determined)\b|\bthe\s+record\s+(?:shows|reveals|demonstrates|indicates)\b/i;

/** "The court found that the harm ... was irremediable; that the balance of harms favored such relief; ..." (Cohen v. Brown) */
const REPORTED_FINDINGS = /\b(?:the\s+)?(?:district\s+|trial\s+|lower\s+)?court\s+(?:below\s+)?(?:found|concluded|determined|ruled)\b/i;

/** A paragraph that reports the parties' positions ("contend that ...", "Agudath Israel argues", "they tell us"). */
const REPORTING = /\b(?:contends?|contended|argues?|argued|maintains?|asserts?|insists?|tell\s+us|urges?)\b/g;

/** The court takes up a party's argument: "Brown's view is wrong", "Brown assumes that ...". */
const ENGAGES = /\b[A-Z][A-Za-z]+['’]s?\s+(?:view|proposal|theory|reading|read|approach|plaint|argument|position|contention|interpretation|construction|premise|challenge|claim|assertion|submission|characterization)s?\b|\b(?:[A-Z][a-z]+|[Aa]ppellants?|[Aa]ppellees?|[Pp]laintiffs?|[Dd]efendants?|[Tt]he\s+[Gg]overnment)\s+(?:assumes|questions|argues|contends|insists|suggests|posits|maintains|urges|attempts)\b/;
/** The court answering the argument it reports: "Brown's view is wrong", "we disagree", "But the ...". */
const REJECTS = /\b(?:we|the\s+court)\s+(?:disagree|reject|think|find)|\b(?:we|the\s+court)\s+(?:has|have)\s+(?:\w+ly\s+)?rejected\b|(?:^|[.!?]\s+)But,?\s+(?:respectfully,?\s+)?(?:the|this|that|we|our|it)\b|\b(?:wrong|mistaken|unpersuasive|flawed|misconceive|misreads?)\b/i;
const CASE_ANCHOR = /\b(?:the\s+(?:district|trial|lower)\s+court|the\s+court\s+below|here|in\s+this\s+case|the\s+record|appellants?|appellees?|applicants?|petitioners?)\b/i;

/**
 * Security under Rule 65(c): waiving it or setting it low favours the movant ("The Court finds
 * that no bond is required", ConsumerInfo v. Leon); ordering a bond posted, the non-movant;
 * anything else states the rule.
 */
export function bondStance(sentence: string): SentenceStance {
  if (/\b(?:no|nominal|waive[sd]?|dispense[sd]?\s+with|without)\s+(?:\w+\s+){0,2}(?:bond|security)\b|\bbond\s+(?:is|be)\s+waived\b/i.test(sentence)) return { stance: 'movant', weight: 0.8 };
  if (/\b(?:shall|must|is\s+ordered\s+to)\s+(?:post|give|file)\b|\bbond\s+(?:in\s+the\s+amount\s+of|of)\s+\$/i.test(sentence)) return { stance: 'nonmovant', weight: 0.7 };
  return { stance: 'law', weight: 0.6 };
}

function order(f: FactorName): number {
  return ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition'].indexOf(f);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Every cue in a sentence, one per factor (the first), with its offsets in the sentence. */
export function findCues(sentence: string, cues: readonly FactorCue[] = FACTOR_CUES): { cue: FactorCue; at: Span }[] {
  const out: { cue: FactorCue; at: Span }[] = [];
  const seen = new Set<string>();
  for (const cue of cues) {
    if (seen.has(cue.factor)) continue;
    const m = cue.pattern.exec(sentence);
    if (!m) continue;
    seen.add(cue.factor);
    out.push({ cue, at: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}

/**
 * The body paragraph that calls footnote `label`: the nearest earlier one (the segmenter places a
 * note after the paragraph its page interrupts) whose text carries the mark glued to a word or
 * punctuation ("characterization.23 But").
 */
function footnoteAnchor(label: string, out: AnalysisParagraph[], at: number, paras: ParagraphText[], doc: DocModel): AnalysisParagraph | null {
  const mark = new RegExp(`[A-Za-z.,;:”"’)\\]]${label.replace(/\D/g, '')}(?=\\s|$)`);
  for (let j = at - 1, seen = 0; j >= 0 && seen < 8; j--) {
    if (doc.paragraphs[paras[j].index].footnote != null) continue;
    seen++;
    if (mark.test(paras[j].text)) return out[j] ?? null;
  }
  return null;
}
