/**
 * Caption metadata read from plain text (a page's header lines), for pages that do not
 * mark their date, docket, citation or court up: the generic adapter and the fallbacks
 * of the site adapters.
 */
import { squash } from './dom-text';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DATE = String.raw`${MONTH}\s+\d{1,2},?\s+\d{4}`;

/** A decision date: the one after "Decided"/"Filed"/"Dated"/"Argued...Decided" first, else the first date. */
export function findDate(text: string): string | null {
  const decided = new RegExp(String.raw`\b(?:Decided|Filed|Dated|Opinion filed|Entered)(?:\s+on)?:?\s+(${DATE})`, 'i').exec(text);
  if (decided) return squash(decided[1]);
  const any = new RegExp(DATE).exec(text);
  return any ? squash(any[0]) : null;
}

/**
 * A docket number: "No. 19-1392", "Nos. 24-109 and 24-110", "Docket No. A-1-CA-39059",
 * "Index No. 707503/15". Returns the number(s) as printed after the "No.".
 */
export function findDocket(text: string): string | null {
  const m = /\b(?:Docket\s+|Case\s+|Index\s+|Appeal\s+)?Nos?\.:?\s*((?:[A-Z]{0,4}[-\s]?)?\d[\w:/.-]*(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:[A-Z]{0,4}-?)?\d[\w:/.-]*)*)/.exec(text);
  if (!m) return null;
  return m[1].replace(/[.,]+$/, '');
}

/** Common reporters, enough to recognise "a citation" in a header; the core does the real work. */
const REPORTER = String.raw`(?:U\.\s?S\.|S\.\s?Ct\.|L\.\s?Ed\.(?:\s?2d)?|F\.(?:\s?(?:2d|3d|4th))?|F\.\s?Supp\.(?:\s?(?:2d|3d))?|F\.\s?App(?:'|’)x|Fed\.\s?App(?:'|’)?x|B\.R\.|N\.E\.(?:\s?[23]d)?|N\.W\.(?:\s?2d)?|S\.E\.(?:\s?2d)?|S\.W\.(?:\s?[23]d)?|So\.(?:\s?[23]d)?|P\.(?:\s?[23]d)?|A\.(?:\s?[23]d)?|Cal\.(?:\s?(?:App\.\s?)?\d?(?:th|d)?)|N\.Y\.(?:\s?[23]d)?|A\.?D\.?\s?[23]d|AD[23]d|NY[23]d|Mass\.|Wn\.\s?2d|Wash\.(?:\s?2d)?|Ill\.(?:\s?2d)?)`;
const CITATION = new RegExp(String.raw`\b\d{1,4}\s${REPORTER}\s\d{1,5}\b|\b\d{4}\s+NY\s+Slip\s+Op\s+\d{5}(?:\s*\(U\))?|\b\d{4}\s+WL\s+\d{3,9}\b|\b\d{4}\s+U\.S\.\s+(?:Dist\.\s+|App\.\s+)?LEXIS\s+\d+`, 'g');

/** The first reporter citation (or slip/WL cite) in `text`. */
export function findCitation(text: string): string | null {
  CITATION.lastIndex = 0;
  const m = CITATION.exec(text);
  return m ? squash(m[0]) : null;
}

/** How many citations `text` holds (for the "is this an opinion?" score). */
export function countCitations(text: string): number {
  CITATION.lastIndex = 0;
  return text.match(CITATION)?.length ?? 0;
}

const COURT = new RegExp(
  String.raw`(?:United States (?:Court of Appeals|District Court|Bankruptcy Court|Court of (?:Federal )?Claims|Tax Court|Court of International Trade)[^.;\n]{0,60}?(?=[.;\n]|$)` +
    String.raw`|Supreme Court of (?:the )?(?:United States|[A-Z][a-z]+(?: [A-Z][a-z]+)?)` +
    String.raw`|Supreme Judicial Court of [A-Z][a-z]+` +
    String.raw`|(?:Appellate Division|Appellate Term), (?:First|Second|Third|Fourth) (?:Judicial )?Department` +
    String.raw`|(?:Supreme|Superior|District|Circuit|County|Civil|Criminal|Family|Surrogate's|Housing|City|Commonwealth|Chancery) Court(?: of [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?,? (?:[A-Z][a-z]+ County|of [A-Z][a-z]+)` +
    String.raw`|Court of (?:Appeals?|Chancery|Criminal Appeals|Special Appeals) (?:of|for) (?:the )?[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,3})`,
);

/** The first court name in `text`. */
export function findCourt(text: string): string | null {
  const m = COURT.exec(text);
  return m ? squash(m[0]).replace(/[,.]$/, '') : null;
}

/** "A v. B" / "A v B" in a title, or null. */
export function findCaption(text: string): string | null {
  const m = /([A-Z0-9][^\n|]{1,160}?\sv\.?\s[^\n|]{1,160})/.exec(text);
  return m ? squash(m[1]) : null;
}
