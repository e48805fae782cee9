import type { Footnote, Heading, Span } from '../types';
import { markFootnotes, type FootnoteBlock } from './footnotes';
import { measureLayout } from './layout';
import { splitLines } from './lines';
import type { DocBlock, DocModel, DocParagraph } from './model';
import { markFurniture, type PageMark } from './normalize';
import { segmentLines, type Unit } from './paragraphs';
import { firstSkipAfter, ReadingWriter } from './reading-text';
import { findInlineMarks, type InlineMarks } from './star-paging';

/**
 * Builds the document model from plain text: lines → page furniture → footnote zones →
 * layout → paragraphs and headings → reading text with a map back to `source`.
 * Linear in the length of the text.
 */
export function buildDocument(source: string): DocModel {
  const lines = splitLines(source);
  const furniturePages = markFurniture(lines);
  const notes = markFootnotes(lines);
  const stats = measureLayout(lines);
  const units = segmentLines(lines, stats);

  const skipped: Span[] = [];
  const marks: InlineMarks = { skips: [], pages: [] };
  for (const l of lines) {
    if (l.formFeed) skipped.push({ start: l.start, end: l.ts });
    if (l.kind === 'furniture' || l.kind === 'break') skipped.push({ start: l.ts, end: l.te });
    else if (l.kind !== 'blank') findInlineMarks(source, l.ts, l.te, marks);
  }

  const writer = new ReadingWriter(source);
  const blocks: DocBlock[] = [];
  const paragraphs: DocParagraph[] = [];
  const headings: Heading[] = [];
  const footnotes: Footnote[] = [];
  let heading: string | null = null;
  const skips = marks.skips;
  for (const item of readingOrder(units, notes)) {
    const lines = item.lines;
    const reading = writer.block(lines, skips);
    if (reading.end === reading.start) continue;
    // A block's span starts at its first word and ends after its last: a star page opening the
    // line ("*62 Second, …", "[*65] PER CURIAM.") stays outside; a Lexis "HN1" stays in, as
    // readers (and the gold files) count it part of the paragraph.
    const first = writer.sourceAt(reading.start);
    const start = /\p{L}/u.test(source.slice(lines[0].ts, first)) ? lines[0].ts : first;
    const end = trimSkipped(source, lines[lines.length - 1].te, skips);
    const kind = 'label' in item ? 'footnote' : item.kind;
    blocks.push({ kind, start, end, reading });
    if (kind === 'heading') {
      heading = readingOf(writer, reading);
      headings.push({ start, end, text: heading });
    } else if (kind === 'body' || kind === 'footnote') {
      const label = 'label' in item ? item.label : null;
      paragraphs.push({ index: paragraphs.length, start, end, heading, reading, footnote: label });
      if (label !== null) footnotes.push({ start, end, label });
    }
  }
  const reading = writer.finish();
  skipped.push(...skips);
  skipped.sort((a, b) => a.start - b.start);
  // A bare number first read as a page number may have turned out to label a footnote.
  const noteEdges = new Set(lines.filter((l) => l.kind === 'footnote').flatMap((l) => [l.start, l.end]));
  const pages = mergePages(marks.pages, furniturePages.filter((p) => !noteEdges.has(p.start)));
  return { source, reading, paragraphs, headings, footnotes, pages, skipped, blocks, layout: stats.layout };
}

/** Moves `end` back over skipped spans (and the blanks before them) that close a block. */
function trimSkipped(source: string, end: number, skips: Span[]): number {
  for (let k = firstSkipAfter(skips, end - 1); k >= 0 && k < skips.length; k--) {
    const s = skips[k];
    if (s.start >= end) continue;
    if (s.end < end) break;
    end = s.start;
    while (end > 0 && /\s/.test(source[end - 1])) end--;
  }
  return end;
}

function readingOf(writer: ReadingWriter, span: Span): string {
  return writer.slice(span.start, span.end);
}

/**
 * Body units in source order, each footnote placed right after the body unit whose lines
 * surround it (the paragraph a page break cut in two), others where they stand.
 */
function readingOrder(units: Unit[], notes: FootnoteBlock[]): (Unit | FootnoteBlock)[] {
  const out: (Unit | FootnoteBlock)[] = [];
  let n = 0;
  for (const u of units) {
    const first = u.lines[0].index;
    const last = u.lines[u.lines.length - 1].index;
    while (n < notes.length && notes[n].lines[0].index < first) out.push(notes[n++]);
    out.push(u);
    while (n < notes.length && notes[n].lines[0].index < last) out.push(notes[n++]);
  }
  while (n < notes.length) out.push(notes[n++]);
  return out.filter((x) => x.lines.length > 0);
}

/** Star pages and furniture pages in text order; a page named twice in a row keeps its first mark. */
function mergePages(a: PageMark[], b: PageMark[]): PageMark[] {
  const all = [...a, ...b].sort((x, y) => x.start - y.start);
  return all.filter((p, i) => i === 0 || all[i - 1].page !== p.page);
}
