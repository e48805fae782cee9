import { isCaps, isHeadingText } from './headings';
import type { LayoutStats } from './layout';
import type { Line } from './lines';
import { ENDS_WITH_REPORTER } from './normalize';

/** A run of source lines that reads as one block. */
export interface Unit {
  kind: 'body' | 'heading' | 'signature';
  lines: Line[];
}

/** closing punctuation, optionally followed by quotes or brackets */
const CLOSES = /[.?!:;]["”’'»)\]*]*(?:\[\d{1,3}\])?$|[.?!]\s*\d{1,3}$/;
const STARTS_LOWER = /^["“‘'(\[]*[a-z]/;
/** "(a) ", "(iv) ": a lettered or roman item of a list */
const LIST_ITEM = /^\((?:[a-z]|[ivx]{1,4})\)\s/;
/** what the line before a list item ends with: "prohibited from:", "or private;", "or otherwise; and" */
const LIST_LEAD = /(?:[:;]|;\s+(?:and|or))$/;
/** a capital (or number, section sign…) opens the line, after any star page ("*62 Second") */
const STARTS_UPPER = /^(?:\[?\*{1,3}\d{1,5}\]?\s*)?(?:["“‘'(\[]*[A-Z0-9§¶]|\(\w{1,4}\))/;

/**
 * Groups text lines into paragraphs, headings and the closing signature block. What separates
 * paragraphs depends on `stats.layout`; everywhere, a paragraph broken by a page break
 * (furniture, a footnote zone or a form feed in between) is joined when the next part starts
 * lower-case or the first part ends without closing punctuation (D. Conn. 2017 order, 002_*.txt).
 */
export function segmentLines(lines: Line[], stats: LayoutStats): Unit[] {
  markSignature(lines);
  const units: Unit[] = [];
  let current: Unit | null = null;
  let prev: Line | null = null;
  let gap = 0;
  let page = false;
  let hardBreak = false;
  const text = lines.filter((l) => l.kind === 'text' || l.kind === 'signature');
  let ti = 0;
  for (const l of lines) {
    if (l.kind === 'blank') { gap++; continue; }
    if (l.kind === 'break') { hardBreak = true; continue; }
    // A rule right above footnotes separates the notes, not two paragraphs (Fisher, 2013).
    if (l.kind === 'footnote') { page = true; hardBreak = false; continue; }
    if (l.kind === 'furniture') { page = true; continue; }
    if (l.formFeed) page = true;
    const next = text[ti + 1] ?? null;
    ti++;
    if (l.kind === 'signature') {
      if (current?.kind !== 'signature') units.push((current = { kind: 'signature', lines: [] }));
      current.lines.push(l);
    } else if (headingGoesOn(units[units.length - 1], prev, l, stats)) {
      units[units.length - 1].lines.push(l);
    } else if (!citationPage(prev, l) && headingHere(l, prev, next, gap, page || current === null, stats)) {
      units.push({ kind: 'heading', lines: [l] });
      current = null;
    } else if (!current || current.kind !== 'body' || hardBreak || startsParagraph(prev!, l, next, gap, page, stats)) {
      units.push((current = { kind: 'body', lines: [l] }));
    } else {
      current.lines.push(l);
    }
    prev = l;
    gap = 0;
    page = false;
    hardBreak = false;
  }
  for (const u of units) if (u.kind === 'body' && isOpinionHead(u.lines.map((x) => x.text).join(' '))) u.kind = 'heading';
  return units;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** "[April 9, 2021] JUSTICE KAGAN, with whom JUSTICE BREYER and JUSTICE SOTOMAYOR join, dissenting." standing alone */
const BYLINE = new RegExp(String.raw`^(?:\[${MONTH}\s+\d{1,2},\s+\d{4}\]\s*)?(?:(?:THE\s+)?CHIEF\s+)?JUSTICE\s+[A-Z’'-]+(?:,\s+with\s+whom\s+[^.]{1,200}?\s+joins?(?:\s+as\s+to\s+[^.,]{1,60})?)?,\s+(?:concurring|dissenting)[^.]{0,120}\.$`);
const DATE_LINE = new RegExp(String.raw`^\[${MONTH}\s+\d{1,2},\s+\d{4}\]$`);

/**
 * The head of a separate opinion in a slip opinion: its caption in capitals ("RITESH TANDON,
 * ET AL. v. GAVIN NEWSOM," / "GOVERNOR OF CALIFORNIA, ET AL."), its date and its byline when
 * the byline stands alone. They head the opinion below them; none is a paragraph of it.
 */
function isOpinionHead(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  if (BYLINE.test(t) || DATE_LINE.test(t)) return true;
  // "ON APPLICATION FOR INJUNCTIVE RELIEF", "ON WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS …"
  if (t.length <= 160 && isCaps(t) && /^ON (?:APPLICATIONS?|PETITIONS?|WRITS?|MOTIONS?|APPEALS?)\b/.test(t)) return true;
  return t.length <= 120 && isCaps(t) && !/[a-z]{3}/.test(t.replace(/\bv\.|\bex rel\./g, '')) && (/\sv\.(?:\s|,|$)/.test(t) || /,\s+ET\s+AL\.,?$/.test(t));
}

/** "135 Stat." ⏎ "54": a citation broken before its page; the abbreviation's period closes nothing. */
function citationPage(prev: Line | null, l: Line): boolean {
  return !!prev && /^\d/.test(l.text) && ENDS_WITH_REPORTER.test(prev.text);
}

/**
 * A heading wrapped onto a second line: in double-spaced text the heading's own lines are
 * single-spaced and indented ("iii. The FWS Was Not Required To Consider Delisting the
 * Captive-Bred" ⏎ "Three Antelope Species").
 */
function headingGoesOn(last: Unit | undefined, prev: Line | null, l: Line, s: LayoutStats): boolean {
  return !!last && last.kind === 'heading' && !!prev && last.lines[last.lines.length - 1] === prev && s.doubleSpaced &&
    l.index === prev.index + 1 && l.indent >= s.base + 4 && l.text.length <= 80 && !CLOSES.test(prev.text) && !STARTS_LOWER.test(l.text);
}

/** "iii.", "A.", "2.", "(b)" opening a line: an outline enumerator */
const ENUMERATOR = /^(?:[IVXLivxl]{1,5}|[A-Za-z]|\d{1,2}|\([a-z0-9]{1,3}\))[.)]\s/;

function headingHere(l: Line, prev: Line | null, next: Line | null, gap: number, page: boolean, s: LayoutStats): boolean {
  const extraIndent = l.indent - s.base;
  // a numbered heading that wraps: its next line follows at once, indented, in double-spaced text
  const wraps = s.doubleSpaced && ENUMERATOR.test(l.text) && !!next && next.index === l.index + 1 && next.indent >= s.base + 4 && next.text.length <= 80;
  const before = !prev || (s.doubleSpaced ? gap >= 1 && CLOSES.test(prev.text) : gap >= 1 || CLOSES.test(prev.text) || page);
  const after = !next || next.index > l.index + 1 || s.layout === 'line-per-paragraph';
  const short = l.indent + l.text.length < s.width * 0.8 || s.layout === 'line-per-paragraph' || wraps;
  const alone = before && (after || wraps || s.layout === 'flat' || s.layout === 'indent' || s.layout === 'pilcrow') && short;
  const lineParagraphs = s.layout === 'line-per-paragraph';
  const isolated = alone && gap >= 1 && (!next || next.index > l.index + 1);
  return isHeadingText(l.text, { alone, extraIndent, maxLength: lineParagraphs ? 250 : 120, shortLinesAreTitles: lineParagraphs, isolated });
}

function startsParagraph(prev: Line, l: Line, next: Line | null, gap: number, page: boolean, s: LayoutStats): boolean {
  const closed = CLOSES.test(prev.text);
  const lower = STARTS_LOWER.test(l.text);
  // ", as amended," / ". Among other…": the converter put a linked citation on lines of its own.
  if (/^[,.;:)\]]/.test(l.text)) return false;
  if (citationPage(prev, l)) return false;
  // An order's list set out one item a paragraph: "prohibited from:" ⏎ "(a) uploading…;" ⏎ …
  // "otherwise; and" ⏎ "(d) disclosing…". The item's "(a)" is no lower-case continuation, and
  // "; and" leaves nothing open (C.D. Cal. 2016 order, ConsumerInfo v. Leon, read from its PDF).
  if ((gap > 0 || page) && LIST_ITEM.test(l.text) && LIST_LEAD.test(prev.text)) return true;
  // Page-break (or gap) join: a sentence cut in two by the page. A short line in capitals
  // ("IT IS SO ORDERED") is complete without a period.
  // (not a citation's tail in capitals: ", *2 (CADC," is a pin and a court, not a formula)
  const formula = !closed && prev.text.length < 60 && isCaps(prev.text) && !/^[,.;:)(\]]/.test(prev.text);
  if ((page || gap > 0) && ((!closed && !formula) || lower)) return false;
  if (formula && STARTS_UPPER.test(l.text)) return true;
  switch (s.layout) {
    case 'line-per-paragraph':
      return closed && !lower;
    case 'indent':
      // "Id., at" ⏎ "    43245": a citation wrapped onto a stray indented line (Alabama Assn. of Realtors, 2021).
      if (!closed && /^\d/.test(l.text)) return false;
      // "So ordered." after a blank line (D.C. Cir. 1997) starts flush left.
      if (s.gapBeforeParagraphs && gap >= 1 && gap <= 2 && !page && !s.doubleSpaced && closed && !lower && prev.indent <= s.base + 1 && l.indent <= s.base + 1) return true;
      return firstLineIndent(prev, l, next, s, gap > 0 && closed && !s.doubleSpaced);
    case 'pilcrow':
      return l.text.startsWith('¶');
    case 'gap':
      if (gap > 0 || page) return !isQuoteBlockStart(l, next, s);
      // Within a block: an indented first line, a pilcrow, or a short line ending a sentence.
      return firstLineIndent(prev, l, next, s, false) || (closed && l.text.startsWith('¶')) || (closed && STARTS_UPPER.test(l.text) && prev.indent + prev.text.length < s.width * 0.75);
    case 'double-spaced':
      // One blank line is the line spacing; a second one, or a short last line, ends a paragraph.
      return closed && !lower && (prev.indent + prev.text.length < s.width * 0.8 || gap >= 2);
    case 'flat':
      return (closed && STARTS_UPPER.test(l.text)) || (l.indent > s.base && l.indent > prev.indent && STARTS_UPPER.test(l.text));
  }
}

/** The first line of a paragraph sits further right than the lines before and after it. */
function firstLineIndent(prev: Line, l: Line, next: Line | null, s: LayoutStats, afterGap: boolean): boolean {
  if (l.indent < Math.max(s.base + 2, s.paraIndent - 2) || l.indent > s.base + 30) return false;
  // Double-spaced text sets quotes and notes single-spaced: no paragraph starts inside them.
  if (s.doubleSpaced && l.index === prev.index + 1) return false;
  // Lines of a block quote share its indentation; a paragraph's first line stands out, or follows a blank line.
  if (l.indent <= prev.indent + 1 && !afterGap) return false;
  // …and the line below returns to the margin, or is not part of the same block at all.
  return !next || next.indent <= s.base + 1 || next.index > l.index + 2;
}

/** A block quote set off by blank lines, every line indented (Ideal Electronic, D.C. Cir. 1997). */
function isQuoteBlockStart(l: Line, next: Line | null, s: LayoutStats): boolean {
  return l.indent >= s.base + 3 && !!next && next.index === l.index + 1 && next.indent >= s.base + 3;
}

/** Closing signature lines ("/s/ Janet C. Hall", "United States District Judge", "For the Court:"). */
const SIGNATURE = /^(?:\/s\/|s\/|Dated?:|Entered:|ENTER:|Signed:|FOR THE COURT|For the Court)|\b(?:Judge|Justice|Clerk|Magistrate|JUDGE|CLERK)\b[^.]*$/;
const NAME = /^(?:(?:[A-Z][A-Za-z’'\-]+|[A-Z]\.)\s?){2,5},?$/;
/** "March 3, 2020" and "New York, New York" under "Dated:" */
const DATE_OR_PLACE = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?|[A-Z][a-z]+(?: [A-Z][a-z]+)*, [A-Z][a-z]+(?: [A-Z][a-z]+)*,?)$/;

function markSignature(lines: Line[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (l.kind !== 'text') {
      if (l.kind === 'heading' || l.kind === 'blank' || l.kind === 'furniture' || l.kind === 'break') continue;
      return;
    }
    if (l.text.length > 60 || /ORDERED/i.test(l.text) || !(SIGNATURE.test(l.text) || NAME.test(l.text) || DATE_OR_PLACE.test(l.text))) return;
    l.kind = 'signature';
  }
}
