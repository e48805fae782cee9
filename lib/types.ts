/**
 * The analysis contract, version 1 (see README and ../shared/spec/analysis-json.md).
 * Every offset is a UTF-16 code-unit offset into `Analysis.text`; `end` is exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

export type Relief =
  | 'tro'
  | 'preliminary_injunction'
  | 'permanent_injunction'
  | 'stay_pending_appeal'
  | 'injunction_pending_appeal'
  | 'administrative_stay'
  | 'other'
  | 'none';

export type Test = 'winter' | 'serious_questions' | 'sliding_scale' | 'nken' | 'ebay' | 'state' | 'heightened';

export type Outcome =
  | 'granted'
  | 'denied'
  | 'granted_in_part'
  | 'moot'
  | 'affirmed'
  | 'reversed'
  | 'vacated'
  | 'affirmed_in_part'
  | 'other';

export type FactorName = 'standard' | 'success' | 'harm' | 'equities' | 'public' | 'bond' | 'disposition';
export type Stance = 'law' | 'movant' | 'nonmovant' | 'neutral';

export const FACTORS: readonly FactorName[] = ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition'];

export interface FactorLabel {
  factor: FactorName;
  stance: Stance;
  confidence: number;
  evidence: Span[];
  /** true when the reader corrected the machine's label (exports prefer these). */
  user?: boolean;
}

export interface AnalysisParagraph extends Span {
  index: number;
  heading: string | null;
  factors: FactorLabel[];
  /** the rest of a paragraph that a footnote interrupts, after the note (source spans) */
  continuation?: Span[];
}

export type CitationKind =
  | 'case'
  | 'short_case'
  | 'id'
  | 'supra'
  | 'statute'
  | 'rule'
  | 'regulation'
  | 'constitution'
  | 'record'
  | 'other';

export interface Citation extends Span {
  id: string;
  kind: CitationKind;
  /** the citation core, e.g. "555 U.S. 7, 24" */
  text: string;
  /** span including case name, parentheticals and subsequent history */
  fullStart: number;
  fullEnd: number;
  caseName: string | null;
  volume: string | null;
  reporter: string | null;
  /** the nominative reporter printed with an early official one: "67 U.S. (2 Black) 635" → "2 Black" */
  nominative?: string | null;
  page: string | null;
  pin: string | null;
  /** courts-db id */
  court: string | null;
  year: number | null;
  docket: string | null;
  parenthetical: string | null;
  signal: string | null;
  /** id of the full citation a short form, Id. or supra refers to */
  antecedent: string | null;
  /** index of the paragraph holding it, or null (footnote, caption) */
  paragraph: number | null;
  /** statute/rule/regulation title or code, e.g. "42 U.S.C. § 1983" parts; free-form */
  section?: string | null;
  parallel?: string[];
  history?: string | null;
}

export interface DocumentInfo {
  title: string | null;
  court: string | null;
  courtName: string | null;
  docket: string | null;
  date: string | null;
  judge: string | null;
  parties?: { movant: string | null; nonmovant: string | null } | null;
  source: { url: string | null; site: string | null } | null;
}

export interface Standard {
  relief: Relief;
  reliefs: Relief[];
  mandatory: boolean;
  tests: Test[];
}

export interface MotionDisposition extends Span {
  motion: string;
  outcome: Outcome;
}

export interface Disposition extends Span {
  outcome: Outcome | null;
  motions?: MotionDisposition[];
}

export interface OutlineNode {
  kind: 'caption' | 'posture' | 'standard' | 'factor' | 'disposition' | 'section';
  label: string;
  factor?: FactorName;
  stance?: Stance | null;
  /** the sentence that carries the court's finding */
  keySentence?: Span | null;
  paragraphs: number[];
  children: OutlineNode[];
}

export interface Heading extends Span {
  text: string;
}

export interface Footnote extends Span {
  label: string;
}

export interface Analysis {
  version: 1;
  analyzer: string;
  text: string;
  document: DocumentInfo;
  standard: Standard;
  disposition: Disposition;
  paragraphs: AnalysisParagraph[];
  citations: Citation[];
  headings: Heading[];
  footnotes: Footnote[];
  outline: OutlineNode[];
  /** page markers (star paging, PDF page breaks): offset where the page starts */
  pages: { start: number; page: string }[];
  isOpinion: boolean;
}
