/**
 * "Is this an opinion?" from the text of the body we found and the page's title. Each
 * cue is something every opinion has and a news story, a blog post or a list of search
 * results mostly lacks: a caption, a court, a judge's signature, a disposition, a docket
 * number, citations in numbers, and length. News about a case has most words of a case
 * (judge, court, injunction, "v."), so what tells them apart is density: reporters cite
 * nothing, attribute quotes ("said"), and search results are mostly links.
 */
import { countCitations, findCourt, findDocket } from './meta';

/** What the score is computed from: text and a few facts about the page. */
export interface ScoreInput {
  /** Reading text of the body found. */
  text: string;
  /** The page's title and top heading, for the caption. */
  title: string;
  /** Share of the body's text inside links (0..1). */
  linkDensity: number;
  /** Caption fields the adapter read (court, parties, docket...), when it read any. */
  /** List items or headings in the body that each open with a case caption (a results list). */
  captionedItems?: number;
  meta?: Partial<Record<'court' | 'parties' | 'docket' | 'citation' | 'date', string | null>>;
}

/** One cue that fired and its weight (negative counts against "opinion"). */
export interface ScoreCue {
  cue: string;
  weight: number;
}

/** The cues that fired, with their weights (for tests and debugging). */
export function scoreCues({ text, title, linkDensity, captionedItems = 0, meta = {} }: ScoreInput): ScoreCue[] {
  const cues: ScoreCue[] = [];
  const add = (cue: string, weight: number) => cues.push({ cue, weight });
  const head = text.slice(0, 3000);
  const words = Math.max(1, text.split(/\s+/).length);
  const per1k = (n: number) => (n * 1000) / words;

  if (/\S\s+v\.?\s+\S/.test(`${title} ${meta.parties ?? ''}`) || /\b[A-Z][\w.,'&\- ]{1,80}\sv\.?\s[A-Z]/.test(head)) add('caption', 0.12);
  if (meta.court || findCourt(`${title}\n${head}`)) add('court', 0.1);
  if (/\b[A-Z][A-Za-z'\-]+,\s*(?:C\.\s*)?J{1,2}\.|\b(?:Circuit|District|Magistrate|Bankruptcy)\s+Judge\b|\bJustice\s+[A-Z][a-z]+\s+delivered\b|\bPER CURIAM\b/.test(text)) add('judge', 0.12);
  if (/\b(?:It is (?:so |hereby |further )?ORDERED|IT IS (?:SO |HEREBY )?ORDERED|So ordered|ORDERED that|AFFIRMED|REVERSED|VACATED|REMANDED|(?:is|are|will be|must be|should be) (?:affirmed|reversed|vacated|dismissed)|(?:motion|petition|application) (?:is|must be) (?:granted|denied))\b/.test(text)) add('disposition', 0.12);
  if (/\b(?:MEMORANDUM|OPINION|DECISION|ORDER)\b/.test(head) || /\bopinion of the court\b/i.test(head)) add('heading', 0.06);
  if (meta.docket || meta.citation || findDocket(head)) add('docket', 0.08);
  const cites = countCitations(text);
  const density = per1k(cites);
  if (cites >= 3 && density >= 1) add('citations', 0.14);
  if (cites >= 10 && density >= 3) add('many citations', 0.08);
  if (/\b(?:plaintiffs?|defendants?|appellants?|appellees?|petitioners?|respondents?)\b/i.test(text) && /\b(?:we|this court|the court)\s+(?:hold|conclude|find|affirm|reverse|agree|grant|deny)\b/i.test(text)) add('holding', 0.1);
  if (words >= 600) add('length', 0.06);
  if (words >= 1500) add('long', 0.04);

  // Against: what news, blogs and result lists have and opinions do not.
  const said = (text.match(/\b(?:said|says|told|according to)\b/gi) ?? []).length;
  if (per1k(said) >= 4) add('reported speech', -0.25);
  if (/\b(?:Posted|Published|Updated)\s+(?:on\s+)?(?:\w+\s+\d{1,2},?\s+\d{4}|\d{1,2}\/\d{1,2})|\b\d+\s+(?:min(?:ute)?s?\s+read|comments?)\b|\bShare (?:this|on)\b|\bSubscribe\b|\bNewsletter\b/i.test(text)) add('publishing chrome', -0.15);
  if (/^By [A-Z][a-z]+ [A-Z][a-z]+/m.test(text.slice(0, 400)) || /\b(?:staff writer|correspondent|reporter)\b/i.test(head)) add('byline', -0.12);
  if (linkDensity > 0.35) add('mostly links', -0.3);
  if (/\b(?:\d[\d,]* results?|Showing \d+|Sort by|Results? \d+\s*(?:-|–|to)\s*\d+|Cited by \d+|Next page)\b/i.test(head)) add('result list', -0.2);
  // Records: the same field label again and again ("Filing Date:", "Docket No.:", "Author:").
  const labels = new Map<string, number>();
  for (const m of text.matchAll(/\b(Docket(?: No\.?| Number)|Filing Date|Date Filed|Decision Date|Decided|Case Type|Case Number|Author(?:ing Judge)?|Trial Court Judge|Court|Citation|County)\s*:/gi)) {
    const k = m[1].toLowerCase();
    labels.set(k, (labels.get(k) ?? 0) + 1);
  }
  if (Math.max(0, ...labels.values()) >= 5) add('repeated field labels', -0.35);
  if (captionedItems >= 3) add('list of cases', captionedItems >= 10 ? -0.5 : -0.35);
  if (words < 250) add('short', -0.2);
  return cues;
}

/** 0..1: a base of 0.2 plus the cues' weights, clamped. */
export function opinionScore(input: ScoreInput): number {
  const sum = scoreCues(input).reduce((s, c) => s + c.weight, 0.2);
  return Math.round(Math.max(0, Math.min(1, sum)) * 100) / 100;
}
