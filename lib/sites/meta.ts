/**
 * Caption metadata read from a page's header lines, for pages that do not mark their date
 * or citation up: the generic adapter and the fallbacks of the site adapters. The court and
 * docket are not read here: read from text they are the core's to decide (analyze() reads
 * the caption), and "is this an opinion?" is lib/analysis/is-opinion.ts's.
 */
import { squash } from './dom-text';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`${MONTH}\s+\d{1,2},?\s+\d{4}`;

/**
 * A decision date: the one after "Decided"/"Filed"/"Dated"/"Entered" first, else (unless
 * `labelledOnly`) the first date.
 */
export function findDate(text: string, labelledOnly = false): string | null {
  const decided = new RegExp(String.raw`\b(?:Decided|Filed|Dated|Opinion filed|Entered|Signed)(?:\s+(?:on|this))?:?\s+(${DATE})`, 'i').exec(text);
  if (decided) return squash(decided[1]);
  if (labelledOnly) return null;
  const any = new RegExp(DATE).exec(text);
  return any ? squash(any[0]) : null;
}

/** Common reporters, enough to recognise "a citation" in a header; the core does the real work. */
const REPORTER = String.raw`(?:U\.\s?S\.|US|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.(?:\s?(?:2d|3d|4th))?|F\.\s?Supp\.(?:\s?(?:2d|3d))?|F\.\s?App(?:'|’)x|Fed\.\s?App(?:'|’)?x|B\.R\.|N\.E\.(?:\s?[23]d)?|N\.W\.(?:\s?2d)?|S\.E\.(?:\s?2d)?|S\.W\.(?:\s?[23]d)?|So\.(?:\s?[23]d)?|P\.(?:\s?[23]d)?|A\.(?:\s?[23]d)?|Cal\.(?:\s?(?:App\.\s?)?\d?(?:th|d)?)|N\.Y\.(?:\s?[23]d)?|A\.?D\.?\s?[23]d|AD[23]d|NY[23]d|Mass\.|Wn\.\s?2d|Wash\.(?:\s?2d)?|Ill\.(?:\s?2d)?)`;
const CITATION = new RegExp(String.raw`\b\d{1,4}\s${REPORTER}\s\d{1,5}\b|\b\d{4}\s+NY\s+Slip\s+Op\s+\d{5}(?:\s*\(U\))?|\b\d{4}\s+WL\s+\d{3,9}\b|\b\d{4}\s+U\.S\.\s+(?:Dist\.\s+|App\.\s+)?LEXIS\s+\d+`, 'g');

/** The first reporter citation (or slip/WL cite) in `text`. */
export function findCitation(text: string): string | null {
  CITATION.lastIndex = 0;
  const m = CITATION.exec(text);
  return m ? squash(m[0]) : null;
}

/**
 * "A v. B" / "A v B" in a title, or null; a citation or court and year after the names
 * ("Winter v. NRDC, 555 U.S. 7 (2008)", "…, 555 US 7 - Supreme Court 2008") is cut off.
 */
export function findCaption(text: string): string | null {
  const m = /([A-Z0-9][^\n|]{1,160}?\sv\.?\s[^\n|]{1,160})/.exec(text);
  if (!m) return null;
  return squash(m[1].replace(/,?\s+\d{1,4}\s+[A-Z][\s\S]*$/, '').replace(/\s+\((?=[^)]*\d{4})[\s\S]*$/, '').replace(/\s+-\s+[\s\S]*$/, ''));
}
