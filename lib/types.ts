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

/**
 * What every citation has, whatever its kind. The JSON is flat: every citation prints every
 * field of every kind (null, or [] for `parallel`, where it does not apply), so a reader of
 * the JSON sees one shape; in code a field that only some kinds have is read after `switch
 * (c.kind)` or a test of `kind`.
 */
interface CitationBase extends Span {
  id: string;
  /** the citation core, e.g. "555 U.S. 7, 24" */
  text: string;
  /** span including case name, parentheticals and subsequent history */
  fullStart: number;
  fullEnd: number;
  /** the case (or work) it names, in full or short; null for a code, Id. or a record cite */
  caseName: string | null;
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
  /** ids of the citations printed beside it for the same decision (parallel cites) */
  parallel?: string[];
  history?: string | null;
}

/** Volume, reporter (or code) and page: a case's "555 U.S. 7", a code's "42 U.S.C." title and name, a treatise's "2 Wright & Miller 123". */
interface ReporterFields {
  volume: string | null;
  reporter: string | null;
  page: string | null;
}

/** A full case citation: reporter, WL/LEXIS, neutral or slip opinion. */
export interface CaseCitation extends CitationBase, ReporterFields {
  kind: 'case';
  /** the nominative reporter printed with an early official one: "67 U.S. (2 Black) 635" → "2 Black" */
  nominative?: string | null;
}

/** A later reference to a full case cite: "804 F.3d at 622", "Johnson, 2003 WL 169797, *1". */
export interface ShortCaseCitation extends CitationBase, ReporterFields {
  kind: 'short_case';
}

/** Id., Ibid. */
export interface IdCitation extends CitationBase {
  kind: 'id';
}

/** "Winter, supra, at 22". */
export interface SupraCitation extends CitationBase {
  kind: 'supra';
}

/** A code, rules, regulations, a constitution or a treatise: `reporter` names it, `volume` its title (or chapter), `section` the section. */
interface CodeFields extends CitationBase, ReporterFields {
  /** "§ 1983", "65(b)", "art. III, § 2"; free-form */
  section: string | null;
}

/** "42 U.S.C. § 1983", "Mass. Gen. L. ch. 106, § 2-702", "Pub. L. No. 111-148". */
export interface StatuteCitation extends CodeFields {
  kind: 'statute';
}

/** "Fed. R. Civ. P. 65(b)", a local rule. */
export interface RuleCitation extends CodeFields {
  kind: 'rule';
}

/** "8 C.F.R. § 208.13", "85 Fed. Reg. 1234". */
export interface RegulationCitation extends CodeFields {
  kind: 'regulation';
}

/** "U.S. Const. art. III, § 2". */
export interface ConstitutionCitation extends CodeFields {
  kind: 'constitution';
}

/** The codes: statutes, rules, regulations, constitutions. */
export type CodeCitation = StatuteCitation | RuleCitation | RegulationCitation | ConstitutionCitation;

/** A cite to the record: Doc. No., ECF No., Dkt., an exhibit or affidavit paragraph. */
export interface RecordCitation extends CitationBase {
  kind: 'record';
}

/** Anything else cited: treatises (by volume and page, or by section: "11A Wright & Miller § 2948.1"), dictionaries, law reviews, agency decisions. */
export interface OtherCitation extends CodeFields {
  kind: 'other';
}

/** A citation, by kind (`switch (c.kind)` narrows it). */
export type Citation = CaseCitation | ShortCaseCitation | IdCitation | SupraCitation | CodeCitation | RecordCitation | OtherCitation;

/** The citation of one kind. */
export type CitationOf<K extends CitationKind> = Extract<Citation, { kind: K }>;

/** The kinds that carry a volume, reporter (or code name) and page. */
export type ReporterCitation = CaseCitation | ShortCaseCitation | CodeCitation | OtherCitation;

/** Does `c` carry a volume, reporter (or code name) and page? (Id., supra and record cites do not.) */
export function hasReporter(c: Citation): c is ReporterCitation {
  return c.kind !== 'id' && c.kind !== 'supra' && c.kind !== 'record';
}

/** Is `c` a statute, rule, regulation or constitution? */
export function isCode(c: Citation): c is CodeCitation {
  return c.kind === 'statute' || c.kind === 'rule' || c.kind === 'regulation' || c.kind === 'constitution';
}

/** Does `c` carry a `section` (a code's, or a treatise's "§ 2948.1")? */
export function hasSection(c: Citation): c is CodeCitation | OtherCitation {
  return isCode(c) || c.kind === 'other';
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

/**
 * What a site's markup says about the opinion's structure, as offsets in the text the core
 * reads (the page's text index): the core takes these instead of guessing them from words.
 */
export interface ReadingHints {
  /** the separate opinions in reading order; each runs from `start` to the next part's start */
  parts?: { kind: 'majority' | 'concurrence' | 'dissent' | 'per_curiam' | 'other'; author: string | null; start: number }[];
  /** printed page breaks (star pages): where each page starts */
  pages?: { offset: number; page: string }[];
  /** footnotes: the note's span and, when paired, where its call stands */
  footnotes?: { label: string; start: number; end: number; ref: number | null }[];
}
