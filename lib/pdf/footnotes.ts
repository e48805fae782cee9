/**
 * Footnotes on a PDF page: the run of lines at the bottom of the page set in a smaller size
 * than the body (or under a rule of underscores), below at least one body line. Each note
 * starts with its label ("1 The court…", or "1" on a line of its own above its text); a zone
 * that starts without a label continues the last note of the page before.
 */
import type { PdfLine } from './lines';

export interface NoteBlock {
  label: string | null;
  page: number;
  lines: PdfLine[];
}

/** a line this much smaller than the body text is footnote-sized */
export const NOTE_SIZE = 0.92;
/** a footnote zone starts in the lower part of the page: below this share of its height from the top */
const ZONE_TOP = 0.35;

export const NOTE_LABEL = /^(\d{1,3}|\*{1,3}|[†‡])(?=\s*\S)/u;
const LONE_LABEL = /^(\d{1,3}|\*{1,3}|[†‡])$/u;
const RULE_LINE = /^[_\u2014\u2013-]{8,}$/;

/** Splits one page's lines into body lines and footnote lines. */
export function splitNotes(lines: PdfLine[], bodySize: number, pageHeight: number): { body: PdfLine[]; notes: PdfLine[] } {
  let start = lines.length;
  while (start > 0 && lines[start - 1].size <= bodySize * NOTE_SIZE) start--;
  // under a rule of underscores, even same-sized lines are notes (some courts set notes at body size)
  const rule = lines.findIndex((l, i) => RULE_LINE.test(l.text) && l.y < pageHeight * (1 - ZONE_TOP) && i + 1 < lines.length && NOTE_LABEL.test(lines[i + 1].text));
  if (rule >= 0 && rule + 1 < start) start = rule + 1;
  // the zone must lie low on the page with body text above it
  while (start < lines.length && lines[start].y > pageHeight * (1 - ZONE_TOP)) start++;
  const bodyEnd = start > 0 && RULE_LINE.test(lines[start - 1].text) ? start - 1 : start;
  if (start >= lines.length || bodyEnd === 0 || !lines.slice(0, bodyEnd).some((l) => l.size > bodySize * NOTE_SIZE)) return { body: lines, notes: [] };
  return { body: lines.slice(0, bodyEnd), notes: lines.slice(start) };
}

/** Groups a page's footnote lines into notes. */
export function groupNotes(lines: PdfLine[], page: number): NoteBlock[] {
  const notes: NoteBlock[] = [];
  let pendingLabel: PdfLine | null = null;
  for (const line of lines) {
    if (LONE_LABEL.test(line.text)) {
      pendingLabel = line;
      continue;
    }
    const m = NOTE_LABEL.exec(line.text);
    if (pendingLabel) {
      notes.push({ label: pendingLabel.text, page, lines: [pendingLabel, line] });
      pendingLabel = null;
    } else if (m && (notes.length === 0 || line.x <= notes[notes.length - 1].lines[0].x + line.size)) {
      notes.push({ label: m[1], page, lines: [line] });
    } else if (notes.length) {
      notes[notes.length - 1].lines.push(line);
    } else {
      notes.push({ label: null, page, lines: [line] });
    }
  }
  if (pendingLabel) notes.push({ label: pendingLabel.text, page, lines: [pendingLabel] });
  return notes;
}
