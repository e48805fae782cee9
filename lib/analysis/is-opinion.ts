/**
 * Is this text a court opinion at all, rather than a news story, a blog post or a list of
 * search results? The one place that decides it (issue #16): the core calls it on the whole
 * text with the citations it found, and the page's reader (lib/sites/assemble.ts) calls it
 * on its sample of the body with what only a page knows (how much of the body is links, how
 * many entries open with a case caption, whether the site's own opinion layout was found)
 * as evidence, never with cues or weights of its own.
 *
 * Every opinion shares a caption, a court, a judge, a ruling and citations; news about a
 * case shares most of its words (judge, court, injunction, "v."), so what tells them apart
 * is what an opinion never has: web chrome, journalism's attributions and the shape of a
 * list. Not the word "said" by itself: opinions quote testimony ("the officer said"), and a
 * cue on it once made four real opinions read as not-opinions.
 */

/** What only a page knows, measured by the site reader (lib/sites). */
export interface PageEvidence {
  /** share of the body's text inside links, 0..1 */
  linkDensity: number;
  /** list items or headings in the body that each open with a case caption */
  captionedItems: number;
  /** the adapter found the site's own opinion layout (CAP's casebody, Westlaw's document) */
  siteLayout: boolean;
}

/** What the decision reads. */
export interface OpinionEvidence {
  /** the reading text, or a page's sample of it (its first 30,000 and last 2,000 characters) */
  text: string;
  /** how many citations were found in `text` */
  citations: number;
  page?: PageEvidence | null;
}

/** A cue read from the words: fires when `pattern` matches within the first `within` characters (all when absent). */
export interface TextCue {
  cue: string;
  weight: number;
  pattern: RegExp;
  within?: number;
  /** real snippets it fires on (test/unit/analysis/is-opinion.test.ts checks each) */
  examples: string[];
}

/** The opening of an opinion, where its caption and court are printed. */
const HEAD = 5000;

export const TEXT_CUES: readonly TextCue[] = [
  {
    cue: 'court',
    weight: 1,
    within: HEAD,
    // courts by their names, and the tribunals that sit as courts under another name (a
    // workers' compensation appeals board, the Tax Court, a court of claims)
    pattern: /\b(?:United\s+States\s+(?:District\s+Court|Court\s+of\s+Appeals)|Supreme\s+Court|Court\s+of\s+(?:Criminal\s+)?Appeals?|District\s+Court|Superior\s+Court|(?:Tax|Bankruptcy|Chancery|Probate|Family|Commonwealth)\s+Court|Court\s+of\s+(?:[\w’']+\s+){0,3}Claims|Appeals\s+Board)\b/i,
    examples: ['UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT', 'APPEAL FROM THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF RHODE ISLAND', 'pending disposition of the appeal in the United States Court of Appeals for the Second Circuit', 'TENNESSEE BUREAU OF WORKERS’ COMPENSATION | WORKERS’ COMPENSATION APPEALS BOARD', 'UNITED STATES TAX COURT'],
  },
  {
    cue: 'judge',
    weight: 1,
    // and an order signed for the court by its clerk or "By the Court" (a motions panel's order)
    pattern: /\b(?:Circuit|District|Chief|Magistrate|Presiding)\s+Judge\b|\bJUSTICE\s+[A-Z]+|\bPER\s+CURIAM\b|\bJ\.,\s+delivered|\/s\/\s+\w|\bEntered\s+for\s+the\s+Court\b|\bBy\s+the\s+Court:/i,
    examples: ['HOWARD, Circuit Judge.', '[Hon. Raymond J. Pettine, Senior U.S. District Judge]', '[*65]  [**207]  PER CURIAM.', 'Entered for the Court\nCHRISTOPHER M. WOLPERT, Clerk', 'July 13, 2017\nBy the Court:\nNo. 17-2400', 'Presiding Judge Marshall L. Davidson, III, delivered the opinion of the Appeals Board'],
  },
  {
    cue: 'ruling',
    weight: 1,
    // and an order's heading letter-spaced by a PDF's text ("O R D E R"): the reading text joins
    // lines, so a heading alone on its line cannot be told from the word in prose
    pattern: /\b(?:SO\s+ORDERED|IT\s+IS\s+(?:HEREBY\s+)?ORDERED|(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|DENIED|AFFIRMED|REVERSED|VACATED)|we\s+(?:affirm|reverse|vacate)|So\s+ordered|(?:respectfully\s+)?dissent|O R D E R)\b/i,
    examples: ['IT IS SO ORDERED.', 'The judgment of the district court is affirmed.', 'For the reasons stated, we reverse.', 'I respectfully dissent.', 'Robert L. Miller, Jr., Judge. ] ] ] ] O R D E R The court, on its own initiative'],
  },
  {
    cue: 'parties',
    weight: 1,
    within: HEAD,
    // "v." ends with a dot, so no \b after it (a word boundary there needs a letter next, and
    // "v." is followed by a space or a line end); "In re" names a matter with no adversary
    pattern: /\bv\.(?=\s)|\b(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Petitioners?|Respondents?)\b|\bIN\s+RE\b:?|\bIn\s+re\b/,
    examples: ['AMY COHEN, ET AL., Plaintiffs, Appellees, v. BROWN UNIVERSITY, ET AL., Defendants, Appellants.', 'Respondent is enjoined from enforcing Executive Order 202.68’s 10- and 25-person occupancy limits on applicant', 'Ruben Diaz\nv.\nCreate and Construct, LLC', 'Clerk of Court In re: RICHARD P. LIEBOWITZ No. 21-800'],
  },
  // Against: what the web around a story has and an opinion never prints.
  {
    cue: 'web chrome',
    weight: -2,
    pattern: /\b(?:Subscribe|Sign\s+up|Newsletter|Share\s+this|Advertisement|Related\s+Articles|Posted\s+(?:on|by)|Comments?\s+\(\d+\)|Read\s+more|Cookie)\b/i,
    examples: ['Subscribe to our newsletter.', 'Posted on May 3 by Staff Writer', 'Read more: related articles'],
  },
  // Journalism's attributions, never a bare "said" (opinions quote testimony), nor "told the
  // court", "told the immigration officer" (Make the Road N.Y. v. McAleenan, Cornwell v.
  // Sachs): a story names its outlet ("told the Ledger") or reporters.
  {
    cue: 'journalism',
    weight: -2,
    pattern: /\b(?:said\s+in\s+an\s+interview|told\s+reporters|told\s+the\s+(?:[A-Z]\w+\s+)?(?:Ledger|Times|Post|Journal|Tribune|Herald|Gazette|Press|News|Chronicle|Globe)\b|[Aa]ccording\s+to\s+(?:a|the)\s+(?:spokes|statement))/,
    examples: ['the attorney general said in an interview', 'a city spokeswoman told the Ledger', 'according to a spokesman for the agency'],
  },
  {
    cue: 'result list',
    weight: -2,
    pattern: /\b(?:results?\s+\d+\s*[-–]\s*\d+\s+of|Showing\s+\d+\s+results|Sort\s+by|Next\s+page)\b/i,
    examples: ['Showing 10 results for "preliminary injunction"', 'Results 1 - 20 of 245', 'Sort by relevance · Next page'],
  },
];

/** Named weights of the cues that count rather than match. */
export const CITATIONS_WEIGHT = 2; // three citations or more: reporters, codes, Id.
export const MANY_CITATIONS_WEIGHT = 1; // ten or more, or more than 4 a thousand words
export const SITE_LAYOUT_WEIGHT = 1; // a court site's own opinion markup
export const MOSTLY_LINKS_WEIGHT = -3; // over a third of the text in links: an index, a menu
export const LIST_OF_CASES_WEIGHT = -5; // three entries or more opening with "A v. B": results, a docket list
export const FIELD_LABELS_WEIGHT = -5; // one field label five times or more ("Filing Date:"): a table of records

/** At or above this many points a text is an opinion. */
export const OPINION_THRESHOLD = 3;

/** A list of records repeats its field labels ("Docket No.:", "Filing Date:", "Author:"); an opinion's caption prints each once. */
const FIELD_LABEL = /\b(Docket(?: No\.?| Number)|Filing Date|Date Filed|Decision Date|Case Type|Case Number|Author(?:ing Judge)?|Trial Court Judge)\s*:/gi;

/** One cue that fired and its weight. */
export interface OpinionCue {
  cue: string;
  weight: number;
}

/** The cues that fire on `evidence`, with their weights. */
export function opinionCues({ text, citations, page }: OpinionEvidence): OpinionCue[] {
  const fired: OpinionCue[] = [];
  for (const c of TEXT_CUES) if (c.pattern.test(c.within ? text.slice(0, c.within) : text)) fired.push({ cue: c.cue, weight: c.weight });
  const words = Math.max(1, splitCount(text));
  if (citations >= 3) fired.push({ cue: 'citations', weight: CITATIONS_WEIGHT });
  if (citations >= 10 || citations / words > 0.004) fired.push({ cue: 'many citations', weight: MANY_CITATIONS_WEIGHT });
  if (repeatedFieldLabel(text) >= 5) fired.push({ cue: 'repeated field labels', weight: FIELD_LABELS_WEIGHT });
  if (page?.siteLayout) fired.push({ cue: 'site layout', weight: SITE_LAYOUT_WEIGHT });
  if (page && page.linkDensity > 0.35) fired.push({ cue: 'mostly links', weight: MOSTLY_LINKS_WEIGHT });
  if (page && page.captionedItems >= 3) fired.push({ cue: 'list of cases', weight: LIST_OF_CASES_WEIGHT });
  return fired;
}

/** The points: the sum of the cues' weights. */
export function opinionScore(evidence: OpinionEvidence): number {
  return opinionCues(evidence).reduce((s, c) => s + c.weight, 0);
}

/** The decision: a score of `OPINION_THRESHOLD` or more. */
export function isOpinion(evidence: OpinionEvidence): boolean {
  return opinionScore(evidence) >= OPINION_THRESHOLD;
}

/**
 * Page evidence as a content script sent it: a court site's page may have tampered with it,
 * so only finite numbers in range and a flag are kept, else none (it can only sway its own
 * tab's verdict).
 */
export function pageEvidenceOf(x: unknown): PageEvidence | null {
  if (typeof x !== 'object' || x === null) return null;
  const { linkDensity, captionedItems, siteLayout } = x as Record<string, unknown>;
  if (typeof linkDensity !== 'number' || !(linkDensity >= 0 && linkDensity <= 1)) return null;
  if (typeof captionedItems !== 'number' || !Number.isFinite(captionedItems) || captionedItems < 0) return null;
  return { linkDensity, captionedItems, siteLayout: siteLayout === true };
}

function repeatedFieldLabel(text: string): number {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(FIELD_LABEL)) {
    const k = m[1].toLowerCase();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Math.max(0, ...counts.values());
}

/**
 * `text.split(/\s+/).length` without building the array: one more than the runs of white space
 * (the split made 50,000 strings for a 300 KB opinion and was most of this score's time).
 */
function splitCount(text: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs + 1;
}

/** the characters of a regular expression's \s */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
