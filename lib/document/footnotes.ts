import type { Line } from './lines';

/** A footnote's lines as printed at a page bottom; `label` is its number. */
export interface FootnoteBlock {
  label: string;
  lines: Line[];
}

/** "1The individual defendants…" (Cohen v. Brown, 1st Cir. 1993), "2" alone on its line (1st Cir. 2010). */
const NOTE_START = /^(\d{1,3})(?![\d.)\]:,;%\-–])\s*(?=$|[A-Z"“‘'(\[§])/;
/** how far a footnote zone may run before the page break that must close it */
const MAX_ZONE_LINES = 80;
/** how far back the reference mark in the body is looked for */
const REF_WINDOW = 200;

/**
 * Finds footnotes printed between the halves of a page break. A footnote starts with the next
 * expected number (1, 2, 3 … in order) on a line set off by a blank line or a rule, the same
 * number appears glued to a word in the body above ("claim.1  See"), and the zone runs to the
 * next page furniture (page number, running head) or form feed. Marks those lines `footnote`.
 */
export function markFootnotes(lines: Line[]): FootnoteBlock[] {
  const notes: FootnoteBlock[] = [];
  let expected = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'text' || !startsNote(lines, i, expected)) continue;
    const end = zoneEnd(lines, i);
    if (end < 0) continue;
    let current: FootnoteBlock | null = null;
    for (let j = i; j < end; j++) {
      const l = lines[j];
      if (l.kind !== 'text') continue;
      const m = NOTE_START.exec(l.text);
      if (m && Number(m[1]) === expected) {
        current = { label: m[1], lines: [] };
        notes.push(current);
        expected++;
      }
      l.kind = 'footnote';
      current?.lines.push(l);
    }
    i = end - 1;
  }
  return notes;
}

function startsNote(lines: Line[], i: number, expected: number): boolean {
  const m = NOTE_START.exec(lines[i].text);
  if (!m || Number(m[1]) !== expected) return false;
  const before = lines[i - 1];
  if (before && before.kind !== 'blank' && before.kind !== 'break' && before.kind !== 'furniture') return false;
  // The reference mark: the number glued to the end of a word or punctuation in the body.
  const ref = new RegExp(`[A-Za-z.,;:)\\]"”’]${expected}(?!\\d)`);
  for (let j = i - 1; j >= 0 && j >= i - REF_WINDOW; j--) {
    if (lines[j].kind === 'text' && ref.test(lines[j].text)) return true;
  }
  return false;
}

/** Index of the line closing the zone (page furniture or a form feed), or -1 if none is near. */
function zoneEnd(lines: Line[], i: number): number {
  let textLeft = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l.kind === 'furniture' || l.formFeed) return j;
    if (j - i > MAX_ZONE_LINES) return -1;
    if (l.kind === 'text') textLeft++;
  }
  // Notes gathered at the end of the document run to its end.
  return textLeft <= MAX_ZONE_LINES ? lines.length : -1;
}
