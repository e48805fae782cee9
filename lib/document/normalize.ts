import type { Line } from './lines';

/**
 * Page furniture: lines a PDF or word-processor conversion repeats on every page and that are
 * not part of the opinion's text. Marks them `furniture` (or `break` for rules and
 * asterisk separators) and reports page starts that the furniture reveals.
 */

/**
 * "Case 2:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 2 of 4 Page ID #:366" (district ECF).
 * The first "Document" is taken for good (`(?=(…))\1` cannot be backtracked into): a "Page N of M"
 * after a later one is after the first too, and trying each in turn was quadratic on a long line.
 */
const ECF_HEADER = /^Case:?\s+\d{1,2}[:-]\d{2}[-\w:.]*,?\s(?=(.*?\b(?:Document|DktEntry|Dkt\.?|ECF)\b))\1.*\bPage\s+\d+\s+of\s+\d+/i;
/** "Cite as: 592 U. S. ____ (2020)   3" (odd pages of a Supreme Court slip opinion) */
const SLIP_CITE_AS = /^Cite as:\s*\d+\s*U\.\s?S\.[^a-z]*?(?:\s(\d{1,3}))?$/;
/** "2      TANDON v. NEWSOM" (even pages of a slip opinion) */
const SLIP_EVEN_HEAD = /^(\d{1,3})\s{2,}[A-Z0-9][A-Z0-9 .,'’&\-–]*\bv\.\s[A-Z0-9 .,'’&\-–()]+$/;
/** "(Slip Opinion)   OCTOBER TERM, 2012   1" */
const SLIP_FIRST_HEAD = /^\(Slip Opinion\)\s.*\bTERM\b/;
/** the second line of a slip-opinion page head: "Per Curiam", "KAGAN, J., dissenting" */
const SLIP_SUBHEAD = /^(?:Opinion of the Court|Per Curiam|Syllabus|Opinion of [A-Z]+, (?:C\. )?J\.|[A-Z]+, (?:C\. )?J\., (?:concurring|dissenting)[a-z ,]*)$/;
/** "37", "- 4 -", "-4-", "Page 3", "Page 3 of 12" */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:Page\s+)?(\d{1,4})(?:\s*[-–—])?(?:\s+of\s+\d+)?$/i;
/** a citation broken before its page number ("114 Stat.\n803"): the number is text there */
export const ENDS_WITH_REPORTER = /(?:\bU\.\s?S\.|\bS\.\s?Ct\.|\bF\.(?:\s?\d?d)?|\bStat\.|\bSupp\.(?:\s?\dd)?|\bEd\.(?:\s?2d)?|\bat|\bNo\.|§|¶|\bp\.|\bn\.|\bReg\.|\bApp'x\.?)$/;
/** a line holding nothing but star pages: "[*1]" above a New York slip opinion, "*260" */
const STAR_LINE = /^(?:\[?(\*{1,3})(\d{1,5})\]?\s*)+$/;
/** "* * *", "***", "_____", "-----" */
const SEPARATOR = /^(?:(?:\*\s*){3,}|[_\-–—=]{5,}|(?:_\s*){5,})$/;

export interface PageMark {
  start: number;
  page: string;
}

/**
 * Marks furniture and separator lines in place and returns the page starts it could read.
 * Repeated short lines (three or more times) are running heads: "Opinion of the Court",
 * "GIFT SURPLUS, LLC V. STATE EX REL. COOPER" (N.C. 2022), "ORDER" + docket on pleading paper.
 */
export function markFurniture(lines: Line[]): PageMark[] {
  const pages: PageMark[] = [];
  // each candidate's key is made once, here, while every line is still text or blank (making it
  // again for each use and each neighbour compared was a tenth of the segmenting)
  const keys = lines.map((l) => (l.kind === 'text' && isRunningHead(l.text) ? repeatKey(l.text) : null));
  const counts = repeatedLineCounts(keys);
  // the last line above still read as text: kept as we go (a line's kind is settled once passed)
  // rather than searched back for, which was quadratic on a page of nothing but page numbers
  let prevText: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && lines[i - 1].kind === 'text') prevText = lines[i - 1];
    if (line.kind === 'blank') continue;
    const t = line.text;
    if (SEPARATOR.test(t)) {
      line.kind = 'break';
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = STAR_LINE.exec(t))) {
      line.kind = 'furniture';
      const next = nonBlank(lines, i, 1);
      pages.push({ start: next ? next.ts : line.end, page: m[1].length > 1 ? m[1] + m[2] : m[2] });
      continue;
    }
    if (ECF_HEADER.test(t)) {
      line.kind = 'furniture';
      continue;
    }
    if ((m = SLIP_CITE_AS.exec(t)) || (m = SLIP_EVEN_HEAD.exec(t))) {
      line.kind = 'furniture';
      if (m[1]) pages.push({ start: line.start, page: m[1] });
      continue;
    }
    if (SLIP_SUBHEAD.test(t) && nonBlank(lines, i, -1)?.kind === 'furniture') {
      line.kind = 'furniture';
      continue;
    }
    if (SLIP_FIRST_HEAD.test(t)) {
      line.kind = 'furniture';
      continue;
    }
    if ((m = PAGE_NUMBER.exec(t))) {
      const prev = prevText;
      if (!prev || !ENDS_WITH_REPORTER.test(prev.text) || line.indent >= 12) {
        line.kind = 'furniture';
        const mark = pageMark(lines, i, Number(m[1]));
        if (mark) pages.push(mark);
      }
      continue;
    }
    // Emphasised run-in headings printed twice, the copy cut short (Cohen v. Brown, 1st Cir. 1993:
    // "SELYA, Circuit Judge.  In this watershed case," then "SELYA, Circuit Judge.").
    const above = lines[i - 1];
    if (above && above.kind === 'text' && above.indent === line.indent && t.length >= 8 && above.text.length > t.length && above.text.startsWith(t)) {
      line.kind = 'furniture';
      continue;
    }
  }
  // Repeated lines count as running heads only next to other page furniture, a form feed or
  // another repeated line: "58 Stat. 703" printed on its own line three times (Alabama Assn. of
  // Realtors, 2021) is a citation, not a header.
  const repeated = lines.map((l, i) => l.kind === 'text' && keys[i] !== null && (counts.get(keys[i]!) ?? 0) >= 3);
  for (let i = 0; i < lines.length; i++) {
    if (!repeated[i]) continue;
    for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) {
      if (j === i) continue;
      const o = lines[j];
      if (o.formFeed || (o.kind === 'furniture' && !repeated[j]) || (repeated[j] && keys[j] !== keys[i])) {
        lines[i].kind = 'furniture';
        break;
      }
    }
  }
  return pages;
}

/**
 * The page a bare page number reveals. Numbers in a run (1, 2, 3 … down pleading paper) are line
 * numbers, not pages. Right after other furniture the number heads its page ("-2-" below the
 * ECF stamp and line numbers, C.D. Cal. 2016); otherwise it is a footer and the next page
 * begins after it (Cohen v. Brown, 1st Cir. 1993).
 */
function pageMark(lines: Line[], i: number, n: number): PageMark | null {
  if (n <= 0 || n >= 2000) return null;
  const prev = nonBlank(lines, i, -1);
  const next = nonBlank(lines, i, 1);
  const num = (l: Line | null) => (l && /^\d{1,3}$/.test(l.text) ? Number(l.text) : NaN);
  if (num(prev) === n - 1 || num(next) === n + 1) return null;
  if (prev && prev.kind === 'furniture') return { start: lines[i].start, page: String(n) };
  return { start: lines[i].end, page: String(n + 1) };
}

function nonBlank(lines: Line[], i: number, step: 1 | -1): Line | null {
  for (let j = i + step, k = 0; j >= 0 && j < lines.length && k < 3; j += step, k++) if (lines[j].kind !== 'blank') return lines[j];
  return null;
}

/** "I", "A", "2", "(a)": outline markers repeat legitimately and are headings, not furniture. */
const OUTLINE_ONLY = /^\(?(?:[IVXLC]+|[A-Za-z]|\d{1,2})[.)]?$/;

/**
 * Candidates for a repeated running head: short, some letters, not an outline marker and not
 * ending like a sentence (a paragraph's last line "(1988)." or "Id. at 807." can repeat too).
 */
function isRunningHead(t: string): boolean {
  // Capitals may end in a period ("OF HEALTH AND HUMAN SERVS.", second line of a slip head).
  const ending = /[.;,:?!"”’]$/.test(t) && !(/\.$/.test(t) && !/[a-z]/.test(t));
  return t.length <= 80 && !OUTLINE_ONLY.test(t) && !/^\d+\s.*\s\d+$/.test(t) && !ending && /[A-Za-z].*[A-Za-z].*[A-Za-z]/.test(t);
}

function repeatKey(t: string): string {
  return t.replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
}

/** how often each running-head key occurs (null: not a candidate) */
function repeatedLineCounts(keys: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}
