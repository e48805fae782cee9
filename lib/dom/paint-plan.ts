/**
 * Which spans of an analysis get which highlight name. Pure: analysis in, items out.
 *
 * Findings first (`wash: false`, the reader's default): each label's key sentence (its
 * `evidence[0]`, the sentence that carries the court's finding; lib/analysis/labels.ts
 * puts it first) carries the factor's colour and the stance's underline, and nothing else
 * of the paragraph is coloured. The paragraph wash (`wash: true`): each labelled paragraph
 * is washed in the colour of its leading factor (a finding beats the bare standard) with
 * the stance's underline, and each factor's evidence sentences are washed darker. Either
 * way every citation is underlined, and with `marks` each labelled paragraph gets a margin
 * mark (lib/dom/margin.ts) that names its labels in words.
 */
import type { Analysis, AnalysisParagraph, FactorLabel, FactorName, Span } from '../types';
import { FACTOR_TITLES, STANCE_WORDS } from '../render/words';
import { FACTOR_COLOURS } from './palette';
import type { PaintItem } from './paint';

export function leadingFactor(factors: FactorLabel[]): FactorLabel | null {
  let best: FactorLabel | null = null;
  for (const f of factors) {
    if (!best) best = f;
    else if ((best.factor === 'standard') !== (f.factor === 'standard')) best = best.factor === 'standard' ? f : best;
    else if (f.confidence > best.confidence) best = f;
  }
  return best;
}

export interface PlanOptions {
  /** the whole paragraph washed (true, what callers that do not say get) or findings first */
  wash?: boolean;
  /** a margin mark per labelled paragraph */
  marks?: boolean;
  /** the reader's factor colours (the marks are drawn in them) */
  colours?: Record<FactorName, string>;
}

export function paintPlan(a: Analysis, { wash = true, marks = false, colours = FACTOR_COLOURS }: PlanOptions = {}): PaintItem[] {
  const items: PaintItem[] = [];
  for (const p of a.paragraphs) {
    const lead = leadingFactor(p.factors);
    if (!lead) continue;
    if (wash) {
      for (const span of [p, ...(p.continuation ?? [])]) items.push({ name: `lens-${lead.factor}-${lead.stance}`, start: span.start, end: span.end });
      for (const f of p.factors) {
        for (const e of f.evidence) items.push({ name: `lens-evidence-${f.factor}`, start: e.start, end: e.end });
      }
    } else {
      // one range per key sentence: two labels decided by one sentence paint it once, in the leading label's colour
      const painted = new Set<string>();
      for (const f of [lead, ...p.factors.filter((x) => x !== lead)]) {
        const key: Span = keySpan(a, p, f);
        const at = `${key.start}:${key.end}`;
        if (painted.has(at)) continue;
        painted.add(at);
        items.push({ name: `lens-${f.factor}-${f.stance}`, start: key.start, end: key.end });
      }
    }
    if (marks) items.push(markItem(p, lead, colours));
  }
  for (const c of a.citations) items.push({ name: 'lens-citation', start: c.start, end: c.end });
  return items;
}

/**
 * The sentence a label's colour goes on when findings come first: its `evidence[0]`; for the
 * disposition, whose evidence is the whole decretal paragraph, the court's ruling itself
 * (`disposition`'s span) when it lies in that paragraph.
 */
function keySpan(a: Analysis, p: AnalysisParagraph, f: FactorLabel): Span {
  const d = a.disposition;
  if (f.factor === 'disposition' && d && d.end > d.start && d.start >= p.start && d.end <= p.end) return d;
  return firstSentence(a.text, f.evidence[0] ?? p);
}

/**
 * A key sentence is a sentence: an evidence span longer than `KEY_MAX` characters (a
 * disposition's whole decretal paragraph; in Khulumani v. Barclay a concurrence of 265,000
 * characters read as one paragraph labelled disposition) is painted up to the end of its
 * first sentence, or `KEY_MAX` characters at a space when none ends sooner.
 */
export const KEY_MAX = 600;
/** A sentence ends at . ! ? (with closing quotes or brackets) before a space; not within its first characters ("Id. at 5"). */
const SENTENCE_END = /[.!?]["”’)\]]*(?=\s)/g;
const KEY_MIN = 40;

function firstSentence(text: string | undefined, span: Span): Span {
  if (span.end - span.start <= KEY_MAX || !text) return span;
  const head = text.slice(span.start, span.start + KEY_MAX);
  SENTENCE_END.lastIndex = KEY_MIN;
  const m = SENTENCE_END.exec(head);
  if (m) return { start: span.start, end: span.start + m.index + m[0].length };
  const space = head.lastIndexOf(' ');
  return { start: span.start, end: span.start + (space > KEY_MIN ? space : KEY_MAX) };
}

/**
 * A paragraph's margin mark: its leading label's colour and stance symbol (✓ for the
 * movant, ✗ for the non-movant, – not reached, § law only: STANCE_WORDS, the marks of the
 * side panel too), and in words every label it carries, for screen readers.
 */
function markItem(p: AnalysisParagraph, lead: FactorLabel, colours: Record<FactorName, string>): PaintItem {
  const label = [lead, ...p.factors.filter((x) => x !== lead)].map((f) => `${FACTOR_TITLES[f.factor]}: ${STANCE_WORDS[f.stance].words}`).join('; ');
  return { name: `lens-mark-${lead.factor}-${lead.stance}`, start: p.start, end: p.end, mark: { symbol: STANCE_WORDS[lead.stance].symbol, label, colour: colours[lead.factor] } };
}

/** What a plan paints, counted: factor ranges and the characters they cover, citations, marks. */
export function planCounts(items: readonly PaintItem[]): { factorRanges: number; factorChars: number; citations: number; marks: number } {
  const out = { factorRanges: 0, factorChars: 0, citations: 0, marks: 0 };
  for (const it of items) {
    if (it.mark) out.marks++;
    else if (it.name === 'lens-citation') out.citations++;
    else {
      out.factorRanges++;
      out.factorChars += it.end - it.start;
    }
  }
  return out;
}

/** The state flag's counts: numbers only, never the analysis itself. */
export function stateCounts(a: Analysis): { paragraphs: number; citations: number; factors: number } {
  return {
    paragraphs: a.paragraphs.length,
    citations: a.citations.length,
    factors: a.paragraphs.reduce((n, p) => n + p.factors.length, 0),
  };
}
