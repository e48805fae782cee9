/**
 * PDF pages → the text the core analyses: items → lines (minus pleading-paper numbers) →
 * furniture dropped → footnotes set apart → paragraphs read across page breaks → text, with
 * a page map and an item map back to the text layer. Pure: items in, text and maps out.
 *
 * The text has one paragraph per line and a blank line between paragraphs; a page's footnotes
 * follow the paragraph that is open when the page ends, one note per paragraph, label first.
 */
import { groupNotes, splitNotes, type NoteBlock } from './footnotes';
import { readColumns } from './columns';
import { dropFurniture, dropLineNumbers } from './furniture';
import { buildLines, type PdfLine } from './lines';
import { bodySizeOf, breakBetween, measure, type Layout } from './paragraphs';
import { judgeText, textStats } from './quality';
import { TextWriter } from './text-writer';
import type { PdfPage, PdfPageSpan, PdfText } from './types';

export function buildPdfText(pages: PdfPage[]): PdfText {
  const raw = pages.map((p) => readColumns(buildLines(p.number, dropLineNumbers(p.items, p.width))));
  const kept = dropFurniture(raw);
  const problem = judgeText(textStats(pages, kept));
  if (problem) return { text: '', pages: pages.map((p) => ({ page: p.number, start: 0, end: 0 })), runs: [], footnotes: [], problem };

  const bodySize = bodySizeOf(kept.flat());
  const split = kept.map((lines, i) => ({ ...splitNotes(lines, bodySize, pages[i].height), page: pages[i].number, width: pages[i].width }));
  const layout = measure(split.map((s) => ({ page: s.page, lines: s.body, width: s.width })), bodySize);

  const out = new TextWriter();
  const footnotes: PdfText['footnotes'] = [];
  let para: PdfLine[] = [];
  let waiting: NoteBlock[] = [];
  const endParagraph = () => {
    if (para.length) writeLines(out, para);
    para = [];
    for (const note of waiting) {
      if (out.length) out.write('\n\n');
      const start = out.length;
      writeLines(out, note.lines);
      footnotes.push({ start, end: out.length, page: note.page });
    }
    waiting = [];
  };
  for (const s of split) {
    for (const line of s.body) {
      const prev = para[para.length - 1];
      if (prev && breakBetween(prev, line, { layout, para })) endParagraph();
      if (!para.length && out.length) out.write('\n\n');
      para.push(line);
    }
    const notes = groupNotes(s.notes, s.page);
    // a note that starts without a label continues the last note of the page before
    if (notes[0]?.label === null && waiting.length) waiting[waiting.length - 1].lines.push(...notes.shift()!.lines);
    waiting.push(...notes);
  }
  endParagraph();
  return { text: out.text(), pages: pageSpans(pages, out), runs: out.runs, footnotes, problem: null };
}

/** compound prefixes whose hyphen stays at a line end ("non-" + "movant" stays "non-movant") */
const KEEP_HYPHEN = /(?:^|[\s(“"])(?:non|self|co|quasi|cross|ex|pre|post|anti|semi|multi|well|long|short|all|half)-$/i;

/** Writes lines as one paragraph: a space between lines, a hyphen at a line end joins the word. */
function writeLines(out: TextWriter, lines: PdfLine[]): void {
  lines.forEach((line, i) => {
    const segs = line.segs.slice();
    const next = lines[i + 1];
    let joinWord = false;
    if (next && /\p{Ll}-$/u.test(line.text) && /^\p{Ll}/u.test(next.text) && !KEEP_HYPHEN.test(line.text)) {
      const last = segs[segs.length - 1];
      segs[segs.length - 1] = { ...last, str: last.str.slice(0, -1) };
      joinWord = true;
    }
    for (const seg of segs) out.write(seg.str, seg, line.page);
    // a dash or a kept hyphen at the line end joins without a space ("non-" + "movant")
    if (next && !joinWord && !/[—–-]$/.test(line.text)) out.write(' ');
  });
}

function pageSpans(pages: PdfPage[], out: TextWriter): PdfPageSpan[] {
  const spans = new Map<number, PdfPageSpan>();
  for (const r of out.runs) {
    const s = spans.get(r.page);
    if (!s) spans.set(r.page, { page: r.page, start: r.start, end: r.end });
    else {
      s.start = Math.min(s.start, r.start);
      s.end = Math.max(s.end, r.end);
    }
  }
  return pages.map((p) => spans.get(p.number) ?? { page: p.number, start: 0, end: 0 });
}

export type { Layout };
