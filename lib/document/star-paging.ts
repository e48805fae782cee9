import type { Span } from '../types';
import type { PageMark } from './normalize';

/**
 * Inline markers that are not the opinion's words: star paging (`*12`, `[*3]`, `**4`,
 * `[**207]`, `*670` glued inside `Anti-*670Injunction`), a reporter's own page in brackets
 * (`[590 F.Supp.3d 855]`, Lexis and Westlaw exports), Lexis headnote tags (`HN1`,
 * `HN1 LEdHN[1] [1]`) and a stray literal `_x000c_`. A star followed by digits is a pin cite, not a page marker, when
 * it follows "WL 537749," / "LEXIS 1234," / "at" (D. Conn. 2017: "2010 WL 537749, *12").
 */
const MARK = /\[(\*{1,3})(\d{1,5})\]|(?<![\d*\]_])(\*{1,3})(\d{1,5})(?![\d*\]])|\[\d{1,4}\s(?:[A-Z][A-Za-z]*\.\s?){1,4}(?:2d|3d|4th)?\s?(\d{1,5})\]|\b(?:HN\d{1,3}(?:\s+LEdHN\[\d{1,3}[A-Z]?\])?|LEdHN\[\d{1,3}[A-Z]?\])(?:\s+\[\d{1,3}[A-Z]?\])?|_x000c_/g;
const PIN_BEFORE = /(?:\b(?:WL|LEXIS|Lexis|U\.S\.\s?(?:Dist\.|App\.)\s?LEXIS)\s+\d+,?\s*(?:at\s*)?|\bat\s*|[–—-]|\bn\.\s*|\bp\.\s*)$/;

/** The 80 characters before `at`, across lines, spaces squashed and none left before a comma. */
function wideBefore(source: string, at: number): string {
  return source.slice(Math.max(0, at - 80), at).replace(/\s+/g, ' ').replace(/ ,/g, ',');
}

export interface InlineMarks {
  skips: Span[];
  pages: PageMark[];
}

/** Scans `source[start, end)` (one line) for markers; spans include one adjoining space. */
export function findInlineMarks(source: string, start: number, end: number, out: InlineMarks): void {
  const line = source.slice(start, end);
  if (!/[*H_[]/.test(line)) return;
  const skips: Span[] = [];
  MARK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARK.exec(line))) {
    let s = m.index;
    let e = s + m[0].length;
    const bracketed = m[1] !== undefined;
    const stars = m[1] ?? m[3];
    if (stars !== undefined && !bracketed) {
      const before = line.slice(Math.max(0, s - 40), s);
      const after = line.slice(e, e + 1);
      // "mar*653ket", "Anti-*670Injunction": inside a word it is always a marker (NFIB v. Sebelius, 2012).
      const glued = (/[\p{L}-]$/u.test(before) && /^[\p{L}“"‘(]/u.test(after));
      if (!glued) {
        if (/[\p{L}\d]$/u.test(before)) continue;
        // "2010 WL 537749, *12", "at *3": a pin cite to a database page, not this text's paging,
        // also when a converter put the citation on lines of its own ("2021 WL 2221646" ⏎ ⏎ ", *2").
        if (PIN_BEFORE.test(before) || PIN_BEFORE.test(wideBefore(source, start + s))) continue;
        if (stars.length === 1 && !/^(?:\s|$|[\p{L}“"‘(])/u.test(after)) continue;
      }
    }
    if (stars !== undefined || m[5] !== undefined) {
      const page = stars !== undefined ? (stars.length > 1 ? stars + (m[2] ?? m[4]) : (m[2] ?? m[4])) : m[5];
      let at = e;
      while (line[at] === ' ') at++;
      out.pages.push({ start: start + at, page });
    }
    // Take one neighbouring space with the marker so "questions *1308 concerning" reads with one space.
    if (line[e] === ' ') e++;
    else if (s > 0 && line[s - 1] === ' ') s--;
    skips.push({ start: start + s, end: start + e });
  }
  for (const e of markdownEmphasis(line.replace(/_x000c_/g, '       '))) skips.push({ start: start + e.start, end: start + e.end });
  skips.sort((a, b) => a.start - b.start);
  out.skips.push(...skips);
}

/**
 * Markdown emphasis left in a converted opinion ("we **AFFIRM**", "*Id.* at 4"): the
 * delimiters are not the opinion's words. A pair counts only around text that opens with a
 * letter, a quotation mark or a bracket, so star pages ("*12") and pins ("at *3") never do.
 */
const EMPHASIS = /(?<![\w*\\])(\*\*|__|\*|_)(?=[\p{L}“"‘(\[])([^*_\n]{0,300}?[^\s*_\\])\1(?![\w*])/gu;

function markdownEmphasis(line: string): Span[] {
  if (!/[*_]/.test(line)) return [];
  const out: Span[] = [];
  EMPHASIS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMPHASIS.exec(line))) {
    const d = m[1].length;
    out.push({ start: m.index, end: m.index + d }, { start: m.index + m[0].length - d, end: m.index + m[0].length });
  }
  return out;
}
