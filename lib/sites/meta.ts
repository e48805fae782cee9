/**
 * Caption metadata read from plain text (a page's header lines), for pages that do not
 * mark their date, docket, citation or court up: the generic adapter and the fallbacks
 * of the site adapters.
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

/**
 * A docket number: "No. 19-1392", "Nos. 24-109 and 24-110", "Docket No. A-1-CA-39059",
 * "Index No. 707503/15". Returns the number(s) as printed after the "No.".
 */
export function findDocket(text: string): string | null {
  // "No. 09 Civ. 862 (JBA)": the Southern and Eastern District of New York style.
  const sdny = /\bNos?\.\s*(\d{1,2}[-\s](?:Civ|Cr|CV|CR|cv|cr|C|MC|Misc)\.?[-\s]\d{1,6}(?:\s*\([A-Z]{2,5}\))?)/.exec(text);
  if (sdny) return squash(sdny[1]);
  const m = /\b(?:Docket\s+|Case\s+|Index\s+|Appeal\s+)?Nos?\.:?\s*((?:[A-Z]{0,4}[-\s]?)?\d[\w:/.\-–]*(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:[A-Z]{0,4}-?)?\d[\w:/.\-–]*)*)/.exec(text);
  if (!m) return null;
  return m[1].replace(/[.,]+$/, '');
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

/** How many citations `text` holds (for the "is this an opinion?" score). */
export function countCitations(text: string): number {
  CITATION.lastIndex = 0;
  return text.match(CITATION)?.length ?? 0;
}

const STATE = String.raw`(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawai['ʻ]?i|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|West Virginia|Virginia|Washington|Wisconsin|Wyoming|the District of Columbia|Columbia|Puerto Rico|Guam|the Virgin Islands)`;
const ORDINAL = String.raw`(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|District of Columbia|D\.C\.|Federal)`;
const DIVISION = String.raw`(?:(?:Northern|Southern|Eastern|Western|Central|Middle)\s+)?District\s+of\s+${STATE}`;

/** Courts whose names read the same in capitals (case-insensitive): federal courts, state high courts. */
const NAMED_COURT = new RegExp(
  [
    String.raw`Supreme Court of the United States`,
    String.raw`(?:United States )?Court of Appeals,? for the ${ORDINAL} Circuit`,
    String.raw`United States (?:District|Bankruptcy) Court,?\s+(?:for\s+the\s+)?${DIVISION}`,
    String.raw`United States (?:Court of (?:Federal )?Claims|Tax Court|Court of International Trade|Court of Appeals for Veterans Claims|Court of Appeals for the Armed Forces)`,
    String.raw`Supreme (?:Judicial )?Court of ${STATE}`,
    String.raw`(?:Court of Appeals|Court of Criminal Appeals|Court of Special Appeals|Appellate Court|Commonwealth Court|Superior Court) of ${STATE}`,
    String.raw`Appellate (?:Division|Term),? (?:First|Second|Third|Fourth) (?:Judicial )?Department`,
  ].join('|'),
  'i',
);

/** Trial and state courts named by place, as printed in title case ("Supreme Court, Queens County"). */
const PLACE_COURT = /(?:Supreme|Superior|District|Circuit|County|Civil|Criminal|Family|Surrogate's|Housing|City|Commonwealth|Chancery|Justice|Municipal) Court(?: of [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)?,? (?:[A-Z][a-z]+(?: [A-Z][a-z]+)? County|of [A-Z][a-z]+(?: [A-Z][a-z]+)?)/;

/** The first court name in `text` (whichever kind comes first), as printed. */
export function findCourt(text: string): string | null {
  const found = [NAMED_COURT.exec(text), PLACE_COURT.exec(text)].filter((m): m is RegExpExecArray => m !== null);
  if (found.length === 0) return null;
  found.sort((x, y) => x.index - y.index);
  return squash(found[0][0]).replace(/[,.]$/, '');
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
