/**
 * Splits source text into physical lines with offsets. Every later stage of the segmenter
 * works on these lines; nothing here changes the source.
 */

export type LineKind =
  /** empty or whitespace only */
  | 'blank'
  /** body text */
  | 'text'
  /** page furniture: page numbers, running heads, ECF headers, pleading line numbers */
  | 'furniture'
  /** a line of a footnote printed at a page bottom */
  | 'footnote'
  /** a heading line ("II. DISCUSSION", centered caps) */
  | 'heading'
  /** a section-break line ("* * *", a rule): not text, but ends a paragraph */
  | 'break'
  /** closing signature block ("/s/ Janet C. Hall", "United States District Judge") */
  | 'signature';

export interface Line {
  index: number;
  /** line content `[start, end)` in the source, line terminator excluded */
  start: number;
  end: number;
  /** trimmed text `[ts, te)`: leading form feeds / `_x000c_` and surrounding blanks removed */
  ts: number;
  te: number;
  /** leading blank columns before `ts` (tab = 4) */
  indent: number;
  text: string;
  kind: LineKind;
  /** the line began with a form feed (or the literal `_x000c_` some converters write) */
  formFeed: boolean;
}

const FF_LITERAL = '_x000c_';

/** Splits on `\r\n`, `\n` or `\r`. Linear; no regex over the whole text. */
export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const n = source.length;
  let start = 0;
  while (start <= n) {
    let end = start;
    while (end < n && source.charCodeAt(end) !== 10 && source.charCodeAt(end) !== 13) end++;
    lines.push(makeLine(source, lines.length, start, end));
    if (end >= n) break;
    start = source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return lines;
}

function makeLine(source: string, index: number, start: number, end: number): Line {
  let i = start;
  let indent = 0;
  let formFeed = false;
  for (;;) {
    const c = source[i];
    if (i >= end) break;
    if (c === '\f') { formFeed = true; indent = 0; i++; continue; }
    if (c === '_' && source.startsWith(FF_LITERAL, i)) { formFeed = true; indent = 0; i += FF_LITERAL.length; continue; }
    if (c === ' ' || c === '\u00a0') { indent++; i++; continue; }
    if (c === '\t') { indent += 4; i++; continue; }
    if (c === '\v' || c === '\u200b' || c === '\ufeff') { i++; continue; }
    break;
  }
  let te = end;
  while (te > i && /\s/.test(source[te - 1])) te--;
  const text = source.slice(i, te);
  return { index, start, end, ts: i, te, indent, text, kind: text ? 'text' : 'blank', formFeed };
}
