import type { Line } from './lines';

/**
 * How a text marks its paragraphs, measured once per document. Conversions differ: Westlaw-
 * style text has one paragraph per long line; typed opinions indent first lines; PDF text of
 * double-spaced slip opinions puts a blank line after every line; pypdf output of pleading
 * paper has neither blank lines nor indentation.
 */
export type Layout =
  /** every paragraph is one long line (Lexis/Westlaw downloads, 002_*.txt) */
  | 'line-per-paragraph'
  /** first lines are indented (typed and slip opinions) */
  | 'indent'
  /** "¶ 2" opens each paragraph (N.C. and other neutral-citation states) */
  | 'pilcrow'
  /** blank lines separate paragraphs */
  | 'gap'
  /** blank line after every line, no indentation to go by */
  | 'double-spaced'
  /** no cue but sentence ends at line ends (pypdf text) */
  | 'flat';

export interface LayoutStats {
  layout: Layout;
  /** usual left margin of body lines */
  base: number;
  /** usual right edge of a full line (indent + length) */
  width: number;
  doubleSpaced: boolean;
  /** usual indentation of a paragraph's first line (indent layout), else base + 2 */
  paraIndent: number;
  /** most indented first lines also follow a blank line (typed opinions, D.C. Cir. 1997) */
  gapBeforeParagraphs: boolean;
}

export function measureLayout(lines: Line[]): LayoutStats {
  const text = lines.filter((l) => l.kind === 'text');
  const base = leftMargin(text);
  const widths = text.map((l) => l.indent + l.text.length).sort((a, b) => a - b);
  const width = widths.length ? widths[Math.floor(widths.length * 0.9)] : 80;
  // Share of the text in very long lines: most of it when each paragraph is one line.
  let all = 0, long = 0;
  for (const l of text) {
    all += l.text.length;
    if (l.text.length > 200) long += l.text.length;
  }

  let pairs = 0, gapped = 0;
  let prev: Line | null = null;
  let blanks = 0;
  let pilcrows = 0;
  for (const l of lines) {
    if (l.kind === 'blank') { blanks++; continue; }
    if (l.kind !== 'text') { prev = null; blanks = 0; continue; }
    if (prev && prev.text.length >= 30) {
      pairs++;
      if (blanks > 0) gapped++;
    }
    if (l.text.startsWith('¶')) pilcrows++;
    prev = l;
    blanks = 0;
  }
  const firstLines: Line[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const l = text[i];
    if (l.indent >= base + 2 && l.indent <= base + 16 && text[i + 1].indent <= base + 1 && l.text.length > 20) firstLines.push(l);
  }
  const indented = firstLines.length;
  let gapBefore = 0;
  for (const l of firstLines) if (lines[l.index - 1]?.kind === 'blank') gapBefore++;
  const paraIndent = indented ? modeIndent(firstLines, 0) : base + 2;
  const lineParagraphs = all > 0 && long / all > 0.6;
  // Blank lines between one-line paragraphs are not double spacing.
  const doubleSpaced = !lineParagraphs && pairs > 0 && gapped / pairs > 0.6;
  let layout: Layout;
  if (lineParagraphs) layout = 'line-per-paragraph';
  else if (indented >= 3 && indented >= text.length * 0.01) layout = 'indent';
  else if (pilcrows >= 3) layout = 'pilcrow';
  else if (doubleSpaced) layout = 'double-spaced';
  else if (pairs > 0 && gapped / pairs > 0.04) layout = 'gap';
  else layout = 'flat';
  return { layout, base, width, doubleSpaced, paraIndent, gapBeforeParagraphs: indented > 0 && gapBefore / indented > 0.6 };
}

/** The smallest indentation shared by a quarter of the full lines: the page's left margin. */
function leftMargin(lines: Line[]): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (const l of lines) {
    if (l.text.length < 30) continue;
    counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
    total++;
  }
  const indents = [...counts.keys()].sort((a, b) => a - b);
  return indents.find((k) => counts.get(k)! >= total * 0.25) ?? 0;
}

function modeIndent(lines: Line[], minLength = 30): number {
  const counts = new Map<number, number>();
  for (const l of lines) if (l.text.length >= minLength) counts.set(l.indent, (counts.get(l.indent) ?? 0) + 1);
  let best = 0, n = -1;
  for (const [k, v] of counts) if (v > n || (v === n && k < best)) { best = k; n = v; }
  return best;
}
