import type { Footnote, Heading, Span } from '../types';

/**
 * The document model every later stage reads. All spans are `[start, end)` offsets into
 * `source`, the text exactly as given (a .txt file's content, or the reading text extracted
 * from HTML). `reading` is the same text cleaned for analysis: star-paging markers, running
 * headers, page numbers and line-break hyphens removed, whitespace collapsed, and paragraphs
 * joined across page breaks; `toSourceSpan(reading, …)` maps its offsets back.
 */
export interface DocModel {
  source: string;
  reading: ReadingText;
  /**
   * paragraphs in reading order: body paragraphs, and footnote texts (`footnote` set) placed
   * right after the body paragraph they interrupt. Headings and signature lines excluded.
   * A body paragraph joined across a page break spans the footnotes printed inside it, but its
   * reading span holds only its own words.
   */
  paragraphs: DocParagraph[];
  headings: Heading[];
  footnotes: Footnote[];
  /** page boundaries: star paging (`*12`, `[*3]`, `**4`) or PDF page breaks */
  pages: { start: number; page: string }[];
  /** source spans left out of the reading text (markers, headers, page numbers) */
  skipped: Span[];
  /** every block of the reading text in reading order, headings and signature included */
  blocks: DocBlock[];
  /** how the text marks paragraphs (indentation, blank lines, one per line, …) */
  layout: string;
}

export interface DocParagraph extends Span {
  index: number;
  /** nearest heading text above, or null */
  heading: string | null;
  /** the paragraph's span in `reading.text` */
  reading: Span;
  /** the footnote's label when this paragraph is a footnote's text, else null */
  footnote: string | null;
}

export interface DocBlock extends Span {
  kind: 'body' | 'footnote' | 'heading' | 'signature';
  reading: Span;
}

/**
 * Cleaned text with a map back to the source. Blocks in `text` are separated by "\n\n";
 * within a block whitespace is single spaces.
 */
export interface ReadingText {
  text: string;
  /** source offset of each reading offset (length text.length + 1, last = end of source) */
  map: Int32Array;
}

/** Maps a reading-text span to the source. `end` is exclusive in both. */
export function toSourceSpan(reading: ReadingText, start: number, end: number): Span {
  const s = reading.map[start];
  const e = end > start ? reading.map[end - 1] + 1 : s;
  return { start: s, end: e };
}
