import { analyzeInjunction, type InjunctionOptions } from './analysis/index';
import { findCitations } from './citations/index';
import { buildDocument } from './document/build';
import { findCourt } from './analysis/court';
import { COURTS } from './analysis/courts-table';
import { isoDateOf } from './analysis/document-info';
import { isOpinion, type PageEvidence } from './analysis/is-opinion';
import { toSourceSpan, type DocModel } from './document/model';
import { checkHints, withSiteHints } from './document/site-hints';
import type { Analysis, Citation, ReadingHints, Span } from './types';
import { ANALYZER_VERSION } from './version';

export interface AnalyzeInput {
  /** the plain text every offset of the result points into */
  text: string;
  url?: string | null;
  site?: string | null;
  /** metadata a site adapter read off the page's markup (court, date, docket, title): fills what the text does not say */
  meta?: Partial<Pick<Analysis['document'], 'title' | 'court' | 'courtName' | 'docket' | 'date' | 'judge'>>;
  /**
   * the caption a site prints apart from the opinion (case-information box, header table):
   * the core reads the document's court, date, docket and title from it with the text's own
   * head, so the page and the command line decide these facts in one place
   */
  caption?: string | null;
  /**
   * what only the page knows about whether this is an opinion (how much of the body is links,
   * how many entries open with a caption, the site's own layout): evidence for the one
   * decision in lib/analysis/is-opinion.ts, not a verdict
   */
  page?: PageEvidence | null;
  /**
   * what the site's markup says of the text's structure, as offsets into `text` (lib/sites/hints.ts),
   * checked and taken in lib/document/site-hints.ts: the page's separate opinions decide which
   * paragraphs are a dissent's, its star pages are the analysis' `pages` and its footnotes its
   * `footnotes` and footnote paragraphs; absent, the core guesses each from the words
   */
  hints?: ReadingHints | null;
}

/** Runs every stage over `input.text` and returns analysis JSON v1. Pure: no DOM, no I/O. */
export function analyze(input: AnalyzeInput, options: InjunctionOptions = {}): Analysis {
  const hints = checkHints(input.hints, input.text.length);
  const doc = withSiteHints(buildDocument(input.text), hints);
  const citations = citationsInSource(doc);
  const parts = hints.parts;
  const inj = analyzeInjunction(doc, citations, input.caption, parts?.length ? { ...options, parts } : options);
  const document = { ...inj.document, source: { url: input.url ?? null, site: input.site ?? null } };
  for (const [k, v] of Object.entries(pageFacts(input.meta))) {
    const key = k as keyof typeof input.meta & keyof typeof document;
    if (v != null && document[key] == null) (document as Record<string, unknown>)[key] = v;
  }
  return {
    version: 1,
    analyzer: ANALYZER_VERSION,
    text: input.text,
    document,
    standard: inj.standard,
    disposition: inj.disposition,
    paragraphs: clipAtFootnotes(inj.paragraphs, doc),
    citations,
    headings: doc.headings,
    footnotes: doc.footnotes,
    outline: inj.outline,
    pages: doc.pages,
    isOpinion: isOpinion({ text: doc.reading.text, citations: citations.length, page: input.page }),
  };
}

/**
 * What a site adapter read off the page's markup, in the analysis JSON's terms: a date as
 * ISO, a court name as its courts-db id (with the name as printed when no id fits). They
 * fill only what the text and caption did not say (the core decides first, in one place).
 */
const REPORTER_CITE_ONLY = /^\s*\d{1,4}\s+[A-Z][A-Za-z0-9.' ]{0,20}?\s+\d{1,5}\s*$/;

function pageFacts(meta: AnalyzeInput['meta']): NonNullable<AnalyzeInput['meta']> {
  const out = { ...(meta ?? {}) } as NonNullable<AnalyzeInput['meta']> & { parties?: string | null };
  if (out.date != null) out.date = isoDateOf(out.date);
  // a page titled by its reporter cite ("138 U.S. 109") has no title: the parties, if read
  if (out.title != null && REPORTER_CITE_ONLY.test(out.title)) out.title = out.parties ?? null;
  if (out.court != null && !COURTS.some((c) => c[0] === out.court)) {
    const found = findCourt(out.court, '', out.court);
    out.courtName ??= found?.name ?? out.court;
    out.court = found?.id ?? null;
  }
  return out;
}

/** Finds citations in the reading text and maps them back to source offsets and paragraphs. */
export function citationsInSource(doc: DocModel): Citation[] {
  const found = findCitations(doc.reading.text);
  const paraStarts = doc.paragraphs.map((p) => p.reading.start);
  return found.map((c) => {
    const core = toSourceSpan(doc.reading, c.start, c.end);
    const full = toSourceSpan(doc.reading, c.fullStart, c.fullEnd);
    return { ...c, start: core.start, end: core.end, fullStart: full.start, fullEnd: full.end, paragraph: paragraphAt(doc, paraStarts, c.start) };
  });
}

function paragraphAt(doc: DocModel, starts: number[], at: number): number | null {
  let lo = 0, hi = starts.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return null;
  const p = doc.paragraphs[found];
  return at < p.reading.end ? p.index : null;
}

/**
 * A body paragraph that a footnote interrupts (the note printed between the halves of a
 * page) ends where the note begins, so the note is not washed in the paragraph's colour
 * and the paragraph's labels stay with its own words; the rest of it, after the note, is
 * kept in `continuation` (painted with it).
 */
function clipAtFootnotes(paragraphs: Analysis['paragraphs'], doc: DocModel): Analysis['paragraphs'] {
  const notes = doc.paragraphs.filter((p) => p.footnote != null);
  if (!notes.length) return paragraphs;
  return paragraphs.map((p) => {
    const inside = notes.filter((n) => n.start > p.start && n.start < p.end);
    if (!inside.length) return p;
    const pieces: Span[] = [];
    let from = p.start;
    for (const n of [...inside, { start: p.end, end: p.end }]) {
      const piece = trim(doc.source, from, n.start);
      if (piece) pieces.push(piece);
      from = Math.max(from, n.end);
    }
    const [first, ...rest] = pieces;
    return first ? { ...p, start: first.start, end: first.end, continuation: rest } : p;
  });
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
