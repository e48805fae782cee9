import type { Footnote, Heading, Span } from '../types';

/**
 * The document model every later stage reads. All spans are `[start, end)` offsets into
 * `source`, the text exactly as given (a .txt file's content, or the reading text extracted
 * from HTML). `reading` is the same text cleaned for analysis: star-paging markers, running
 * headers, page numbers and line-break hyphens removed, whitespace collapsed, and paragraphs
 * joined across page breaks; `reading.toSource` maps its offsets back.
 */
export interface DocModel {
  source: string;
  reading: ReadingText;
  /** body paragraphs in reading order (headings and footnotes excluded) */
  paragraphs: DocParagraph[];
  headings: Heading[];
  footnotes: Footnote[];
  /** page boundaries: star paging (`*12`, `[*3]`, `**4`) or PDF page breaks */
  pages: { start: number; page: string }[];
  /** source spans left out of the reading text (markers, headers, page numbers) */
  skipped: Span[];
}

export interface DocParagraph extends Span {
  index: number;
  /** nearest heading text above, or null */
  heading: string | null;
  /** the paragraph's span in `reading.text` */
  reading: Span;
}

/**
 * Cleaned text with a map back to the source. Paragraphs in `text` are separated by "\n\n";
 * within a paragraph whitespace is single spaces.
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
