import type { DocModel, DocParagraph, ReadingText } from './model';

/**
 * Builds the document model from plain text. First cut: blank-line paragraphs and
 * whitespace collapsing only (the segmenter replaces this).
 */
export function buildDocument(source: string): DocModel {
  const blocks: { start: number; end: number }[] = [];
  const re = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(source[end - 1])) end--;
    blocks.push({ start: m.index, end });
  }
  const chars: string[] = [];
  const map: number[] = [];
  const paragraphs: DocParagraph[] = [];
  for (const b of blocks) {
    if (chars.length) {
      chars.push('\n', '\n');
      map.push(b.start - 1, b.start - 1);
    }
    const rStart = chars.length;
    let space = false;
    for (let i = b.start; i < b.end; i++) {
      const c = source[i];
      if (/\s/.test(c)) {
        if (!space) {
          chars.push(' ');
          map.push(i);
          space = true;
        }
      } else {
        chars.push(c);
        map.push(i);
        space = false;
      }
    }
    paragraphs.push({ index: paragraphs.length, start: b.start, end: b.end, heading: null, reading: { start: rStart, end: chars.length } });
  }
  map.push(source.length);
  const reading: ReadingText = { text: chars.join(''), map: Int32Array.from(map) };
  return { source, reading, paragraphs, headings: [], footnotes: [], pages: [], skipped: [] };
}
