import type { DocumentInfo } from '../types';
import { courtById, findCourt } from './court';
import { bracketedDate, findDate } from './dates';

export { bracketedDate, findDate, isoDateOf } from './dates';

/**
 * Reads court, judge, date, docket and title from the caption (the text's head) and the
 * signature block (its tail). `text` is the reading text; nothing found is `null`.
 * `caption`: the lines a site prints apart, before the opinion (a case-information box, a
 * header table): read first, as the head of the text, and never analysed as paragraphs. This
 * is the one place these facts are read, for the page and the command line alike.
 */
export function readDocumentInfo(text: string, caption?: string | null): DocumentInfo {
  // the windows start at the first word and end at the last: a page padded with thousands of
  // spaces or blank lines must not push the caption or the signature out of them
  let from = 0;
  while (from < text.length && /\s/.test(text[from])) from++;
  let to = text.length;
  while (to > from && /\s/.test(text[to - 1])) to--;
  // a site's caption box is bounded like the head: its first 3,000 characters
  const shown = caption?.trim() ? `${caption.trim().slice(0, 3000)}\n\n` : '';
  const head = shown + text.slice(from, from + 6000);
  const tail = text.slice(Math.max(from, to - 2500), to);
  // a site's caption names the court the site files the opinion under: read it alone first
  const court = (shown ? courtOfCaption(shown) : null) ?? findCourt(head, tail, text);
  return {
    title: findTitle(head),
    court: court?.id ?? null,
    courtName: court?.name ?? null,
    docket: findDocket(head),
    date: findDate(head, tail) ?? bracketedDate(text.slice(from, from + 20000)),
    judge: findJudge(head, tail),
    parties: null,
    source: null,
  };
}

/**
 * The court a site's caption names (its heading lines and breadcrumbs, never the opinion's
 * text, which names other courts): the caption read as a head on its own, then the wordings
 * sites use for the Supreme Court in their headings ("United States Supreme Court", "U.S.
 * Supreme Court": FindLaw, Justia), which an opinion's own text uses for the court it cites.
 */
const SITE_COURT_WORDS: readonly [RegExp, string][] = [
  [/\b(?:United\s+States|U\.\s?S\.|US)\s+Supreme\s+Court\b/, 'scotus'],
  // the case's own United States Reports cite heading the caption ("138 U.S. 109" over
  // Reagan v. Aiken on Public.Resource.Org): a Supreme Court case
  [/^\s*\d{1,3}\s+U\.\s?S\.\s+\d{1,4}\s*(?:\n|$)/, 'scotus'],
];

function courtOfCaption(caption: string): { id: string; name: string } | null {
  const found = findCourt(caption, '', caption);
  if (found) return found;
  for (const [re, id] of SITE_COURT_WORDS) if (re.test(caption)) return courtById(id);
  return null;
}

function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s\-'’(])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/\b(Of|And|The|For|At|In|On|To|De|Del|La|Ex|Rel)\b/g, (w) => (w === 'The' ? w : w.toLowerCase()))
    .replace(/^./, (c) => c.toUpperCase())
    .replace(/\b(Llc|Llp|Lp|Na|Usa)\b/g, (w) => w.toUpperCase());
}

function cleanName(s: string): string {
  const name = s.replace(/\s+/g, ' ').trim();
  const letters = name.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper > 0.7 * letters.length ? titleCase(name) : name;
}

/**
 * The author: "SELYA, Circuit Judge." → "Selya"; "JUSTICE KENNEDY delivered the opinion";
 * "/s/ Janet C. Hall" or a name over "United States District Judge"; a single-judge order's
 * "Before: Steven J. Menashi, Circuit Judge." A per curiam opinion has no author (null).
 */
export function findJudge(head: string, tail: string): string | null {
  // (the name's words on one line: "MEMORANDUM OPINION ⏎ PAYNE, District Judge." is Payne)
  const authored = /(?:^|\n|\.\s|\]\s)[ \t\f]*([A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){0,2}),\s+(?:Chief\s+|Senior\s+|Associate\s+)?(?:United\s+States\s+)?(?:Circuit|District|Magistrate)?\s*Judge(?:[.:]|\s*\n)/.exec(head);
  const perCuriam = /\bPER\s+CURIAM\b|\bPer\s+Curiam[.:]/.exec(head);
  if (authored && (!perCuriam || authored.index < perCuriam.index)) return cleanName(authored[1]);
  // a state high court's author line on its own: "HUDSON, Justice." (Gift Surplus v. State, N.C. 2022), "SMITH, C.J."
  // "SAM D. JOHNSON, Justice." (a reporter's caption), "KAREM, JUDGE: George and Tina Dixon appeal" (Kentucky)
  const stateAuthor =
    /(?:^|\n)[ \t\f]*((?:[A-Z][A-Z.'’-]*[ \t]+){0,2}[A-Z][A-Z'’-]{2,}),\s+(?:Chief\s+|Associate\s+|Presiding\s+|CHIEF\s+)?(?:(?:Justice|JUSTICE|C\.\s?J|P\.\s?J|J)\.[ \t]*(?:\n|$)|(?:JUDGE|Judge|JUSTICE|Justice):)/.exec(head);
  if (stateAuthor && (!perCuriam || stateAuthor.index < perCuriam.index)) return cleanName(stateAuthor[1]);
  const justice = /\b(?:JUSTICE|Justice)\s+([A-Z][A-Za-z'’-]+)\s+delivered\s+the\s+opinion/.exec(head) ?? /\b([A-Z]{3,}),\s+(?:C\.\s+)?J\.,\s+delivered\s+the\s+opinion/.exec(head);
  if (justice && (!perCuriam || justice.index < perCuriam.index + 200)) return cleanName(justice[1]);
  if (perCuriam) return null;
  const filedBy = /\bOpinion\s+for\s+the\s+Court\s+filed\s+by\s+(?:Chief\s+|Senior\s+)?(?:Circuit\s+)?Judge\s+([A-Z][A-Za-z'’-]+)/.exec(head);
  if (filedBy) return cleanName(filedBy[1]);
  // California signs at the end: "STRATTON, P. J. ⏎ We concur:"
  const concurred = /(?:^|\n)[ \t]*([A-Z][A-Z'’-]{2,}),\s+(?:Acting\s+)?(?:P\.\s?J|J)\.[^\S\n]*\n\s*(?:We\s+concur|WE\s+CONCUR)/.exec(tail);
  if (concurred) return cleanName(concurred[1]);
  const signed = /\/s\/\s*([A-Z][A-Za-z.'’ -]{2,40}?)\s*(?:\n|$)/.exec(tail);
  if (signed) return cleanName(signed[1]);
  const over = /([A-Z][A-Za-z.'’]+(?:\s+[A-Z][A-Za-z.'’]*){1,3})\s*(?:Senior\s+|Chief\s+)?United\s+States\s+(?:District|Magistrate|Circuit|Bankruptcy)\s+Judge/i.exec(tail);
  if (over && !/\b(?:United|States|Court|ORDERED|Dated)\b/i.test(over[1])) return cleanName(over[1]);
  // a state court's signature: the name on a line, the title on the next ("Jane Bland ⏎ Justice", Texas courts of appeals)
  const titled = /(?:^|\n)[ \t]*([A-Z][a-z'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]*){1,3})[ \t]*\n[ \t]*(?:Chief\s+|Senior\s+|Presiding\s+)?(?:Justice|Judge)[ \t]*(?:\n|$)/.exec(tail);
  if (titled && !/\b(?:United|States|Court|ORDERED|Dated|District|Circuit)\b/.test(titled[1])) return cleanName(titled[1]);
  const single = /\bBefore:?\s+([A-Z][A-Za-z.'’]+(?:\s+[A-Z][A-Za-z.'’]*){0,3}),\s*(?:Circuit|District)\s+Judge\./.exec(head);
  if (single) return cleanName(single[1]);
  return null;
}

/** The deciding court's docket: "No. 92-2483", "Docket No. 25-1686", "Case No. 8:16-cv-1261 DOC (KESx)". */
export function findDocket(head: string): string | null {
  // labelled, or opening a caption line: a "No. 20A90" inside a sentence is another case's docket
  const m = /(?:(?:^|\n)[ \t]*|\b(?:Docket|Case|Civil\s+Action|Civ\.)\s+)Nos?\.:?\s*((?:\d{1,2}:)?\d{2,4}[-–][A-Za-z]{0,3}[-–]?\d{2,6}(?:[-–][A-Za-z]+)?|\d{2,3}A\d{2,3}(?:-\d)?|\d{2}[A-Z]\d{1,4})/.exec(head);
  return m ? m[1] : null;
}

/** "COHEN v. BROWN UNIVERSITY" from a caption's "AMY COHEN, ET AL., Plaintiffs, Appellees, v. BROWN UNIVERSITY, ET AL." */
/** A line of a party's name in a caption: capitals, with the small words names carry. */
const PARTY_LINE = /^(?:[A-Z0-9][A-Z0-9.,'’&()\/-]*|dba|d\/b\/a|and|of|the|a|an|et|al\.?|ex|rel\.?)(?:[ \t]+(?:[A-Z0-9][A-Z0-9.,'’&()\/-]*|dba|d\/b\/a|and|of|the|a|an|et|al\.?|ex|rel\.?))*[,;]?$/;
/** Lines of a caption that are not a party's: the court, its district or division, a docket. */
const NOT_PARTY = /\b(?:COURT|DISTRICT|DIVISION|CIRCUIT|COUNTY|PARISH|STATE\s+OF\s+[A-Z]+$|COMMONWEALTH\s+OF|CASE|NO\.|DOCKET|ORDER|MEMORANDUM|OPINION)\b/;

/** `side` (a caption line) with the party lines right above it in `head`, at most three. */
function partyLinesAbove(head: string, side: string): string {
  const lines = head.split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => l.replace(/[,;]\s*$/, '') === side.trim().replace(/[,;]\s*$/, ''));
  if (at <= 0) return side;
  const above: string[] = [];
  for (let i = at - 1; i >= 0 && above.length < 3; i--) {
    const l = lines[i];
    if (!l || !PARTY_LINE.test(l) || NOT_PARTY.test(l)) break;
    above.unshift(l);
  }
  return above.length ? `${above.join(' ')} ${side.trim()}` : side;
}

export function findTitle(head: string): string | null {
  const short = /(?:^|\n)[ \t]*([A-Z][A-Za-z.,'’& \t-]{2,80}?)[ \t]+v\.[ \t]+([A-Z][A-Za-z.,'’& \t-]{2,80}?)[ \t]*(?:\n|$)/.exec(head.slice(0, 1500));
  // a running title line ("FISHER v. UNIVERSITY OF TEXAS AT AUSTIN ET AL.") beats a caption's first and last lines
  const sides = short ? [short[1], short[2]] : captionSides(head);
  if (!sides) return null;
  // a pleading caption breaks a long party name over lines ("CONSUMERINFO.COM, INC. dba ⏎
  // EXPERIAN CONSUMER ⏎ SERVICES, ⏎ Plaintiff,"): the side read off the line before
  // "Plaintiff" takes the party lines above it back
  const pick = short ? sides : [partyLinesAbove(head, sides[0]), sides[1]];
  const side = (s: string) => cleanName(s.replace(/;.*$/, '').replace(/,?\s*et\s+al\.?,?/i, '').replace(/^(?:Syllabus|Per\s+Curiam)\s+/i, '').replace(/[,;]\s*$/, '').trim());
  // cleanName capitalises each word; "doing business as" stays in lower case
  const a = side(pick[0]).replace(/\bD(ba|\/b\/a)\b/g, 'd$1');
  const b = side(pick[1]);
  if (!a || !b || a.length > 80 || b.length > 80) return null;
  return `${a} v. ${b}`;
}

/**
 * Longest gap (spaces, tabs, blank lines) read as one in a caption: the corpus's widest is 40
 * (a centred "v." in a court of appeals' caption). Bounded so that a page opening with thousands
 * of spaces costs linear time, not the seconds an open-ended `\s*` cost here.
 */
const GAP = 200;
const PARTY_WORD = /Plaintiffs?|Petitioners?|Appellants?|Appellees?|Applicants?/gi;
/** From a party word: the rest of its line, "v." alone on a line, and the other side's first line (group 1). */
const AFTER_PARTY = new RegExp(
  String.raw`(?:Plaintiffs?|Petitioners?|Appellants?|Appellees?|Applicants?)[^\n]{0,60}\n\s{0,${GAP}}(?:v\.|vs\.?|against)[^\S\n]{0,${GAP}}\n\s{0,${GAP}}([^\n]{3,200}?)(?:,|\n)`,
  'iy',
);

/**
 * The two sides of a caption set out party by party ("AMY COHEN, ET AL., ⏎ Plaintiffs, Appellees,
 * ⏎ v. ⏎ BROWN UNIVERSITY, ET AL."): the first is up to 200 characters of one line ending in a
 * connector (", et al.," and a gap) before a party word, the second the first line after "v.".
 * This is the regex
 *   ([^\n]{3,200}?)(?:,\s*(?:et\s+al\.?,?)?)?\s*(Plaintiffs?|…)[^\n]{0,60}\n\s*(?:v\.|vs\.?|against)\s*\n\s*([^\n]{3,200}?)(?:,|\n)
 * (its gaps bounded by GAP) evaluated in linear time: as a regex, every start inside a run of
 * spaces tried every side length and every split of the gap, which cost seconds on a page that
 * opens with 6,000 spaces. Here each party word is tried once; the match is, as the regex's was,
 * the leftmost start and then the shortest first side.
 */
export function captionSides(head: string): [string, string] | null {
  const lineStart = new Int32Array(head.length + 1);
  for (let i = 1; i <= head.length; i++) lineStart[i] = head[i - 1] === '\n' ? i : lineStart[i - 1];
  // where a first side may start when it ends at e (up to 200 characters of e's line, at least 3)
  const startFor = (e: number) => (e - lineStart[e] >= 3 ? Math.max(lineStart[e], e - 200) : -1);
  const parties: { ends: number[]; other: string }[] = [];
  let first = Infinity;
  for (const w of head.matchAll(PARTY_WORD)) {
    AFTER_PARTY.lastIndex = w.index;
    const after = AFTER_PARTY.exec(head);
    if (!after) continue;
    const ends = connectorStarts(head, w.index);
    for (const e of ends) {
      const s = startFor(e);
      if (s >= 0) {
        first = Math.min(first, s);
        break; // later ends start no earlier: both the line's start and e - 200 only grow
      }
    }
    parties.push({ ends, other: after[1] });
  }
  if (first === Infinity) return null;
  const s = first;
  let best: { e: number; other: string } | null = null;
  for (const { ends, other } of parties) {
    const e = ends.find((e) => e - s >= 3 && e - s <= 200 && lineStart[e] <= s);
    if (e !== undefined && (!best || e < best.e)) best = { e, other };
  }
  return best && [head.slice(s, best.e), best.other];
}

/**
 * Every e (ascending) such that head[e, p) is a caption connector: ", et al.," or "," or neither,
 * then a gap, each gap at most GAP long. Read backwards from p, so the cost is the connector's length.
 */
function connectorStarts(head: string, p: number): number[] {
  const isSpace = (i: number) => i >= 0 && /\s/.test(head[i]);
  let w = 0;
  while (w <= 2 * GAP && isSpace(p - w - 1)) w++;
  const ends: number[] = [];
  const run = p - w; // the gap before the party word starts here (or further back than 2·GAP)
  // ", et al.," then a gap: the comma, a gap, "et", a gap of one or more, "al", ".", ","
  if (w <= GAP) {
    let j = run;
    if (head[j - 1] === ',') j--;
    if (head[j - 1] === '.') j--;
    if (/^al$/i.test(head.slice(j - 2, j))) {
      let k = j - 2;
      let g = 0;
      while (g <= GAP && isSpace(k - 1)) { k--; g++; }
      if (g >= 1 && g <= GAP && /^et$/i.test(head.slice(k - 2, k))) {
        k -= 2;
        g = 0;
        while (g <= GAP && isSpace(k - 1)) { k--; g++; }
        if (g <= GAP && head[k - 1] === ',') ends.push(k - 1);
      }
    }
  }
  // "," then the gap (the comma's own gap and the one after it: up to 2·GAP)
  if (w <= 2 * GAP && head[run - 1] === ',') ends.push(run - 1);
  // the gap alone, or the part of it nearest the party word
  for (let e = p - Math.min(w, GAP); e <= p; e++) ends.push(e);
  return ends;
}

/**
 * Who asks for the relief, in the opinion's own words: "Smalls’ Motion for a Temporary
 * Restraining Order", "Appellant moves for a stay pending the appeal", "Plaintiffs' motion for a
 * preliminary injunction". Null when no sentence says; the other side is not guessed.
 */
export function findMovant(text: string): string | null {
  // (a name's words are at most 61 characters: an open-ended word was re-read from every "." of
  // "A.A.A.…", quadratic in the run)
  const possessive = /\b([A-Z][A-Za-z.&-]{1,60}(?:\s+[A-Z][A-Za-z.&-]{1,60}){0,3})['’]s?\s+(?:(?:Emergency|Renewed|Ex\s+Parte)\s+)?(?:[Mm]otion|[Aa]pplication)\s+for\s+(?:an?\s+)?(?:[A-Za-z]+\s+){0,3}?(?:[Ii]njunct|[Rr]estraining|[Ss]tay)/.exec(text);
  const verb = /\b((?:[A-Z][A-Za-z.&-]{1,60}\s+){0,3}(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Applicants?|Petitioners?|Respondents?|[Tt]he\s+Government|[A-Z][A-Za-z.&-]{1,60}))\s+(?:now\s+)?(?:moves?|moved|applies|applied|asks?|asked|seeks?|sought)\s+(?:this\s+Court\s+)?(?:for\s+)?(?:an?\s+|the\s+)?(?:[A-Za-z]+\s+){0,3}?(?:injunct|restraining|stay)/.exec(text);
  const hit = [possessive, verb].filter((m): m is RegExpExecArray => m != null).sort((a, b) => a.index - b.index)[0];
  if (!hit) return null;
  const name = hit[1].replace(/^(?:The|In|On|Here|Thus|Now)\s+/, '').trim();
  return /^(?:Court|This|It|He|She|They|We)$/.test(name) ? null : name;
}
