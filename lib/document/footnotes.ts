import type { Line } from './lines';

/** A footnote's lines as printed at a page bottom; `label` is its number. */
export interface FootnoteBlock {
  label: string;
  lines: Line[];
}

/** "1The individual defendants…" (Cohen v. Brown, 1st Cir. 1993), "2" alone on its line (1st Cir. 2010). */
const NOTE_START = /^(?:\[(\d{1,3})\]|(\d{1,3})(?![\d.)\]:,;%\-–]))\s*(?=$|[A-Z"“‘'(\[§])/;
const NOTE_IN_ZONE = /^(\d{1,3})(?=\s+\S)(?!\s+\d)/;
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
  const isStarNote = starNotes(lines);
  const doubleSpaced = isDoubleSpaced(lines);
  let expected = 1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const last = notes[notes.length - 1];
    if (doubleSpaced && last && (line.kind === 'furniture' || isBareNumber(lines, i)) && !closes(last)) {
      const run = continuationRun(lines, i);
      if (run) notes.push({ label: last.label, lines: run });
    }
    const starred = isStarNote(i);
    if (!starred) {
      if (!(line.kind === 'text' || isBareNumber(lines, i))) continue;
      if (restartsNumbering(lines, i, expected)) expected = 1;
      else if (!startsNote(lines, i, expected)) continue;
    }
    const end = zoneEnd(lines, i);
    if (end < 0) continue;
    let current: FootnoteBlock | null = null;
    for (let j = i; j < end; j++) {
      const l = lines[j];
      if (isStarNote(j)) {
        current = { label: l.text, lines: [] };
        notes.push(current);
        l.kind = 'footnote';
        continue;
      }
      if (l.kind !== 'text' && !isBareNumber(lines, j)) continue;
      // Inside a zone the next number starts the next note whatever follows it ("6 .Rule 28(b)", CAP).
      const label = noteNumber(l.text) ?? NOTE_IN_ZONE.exec(l.text)?.[1];
      if (label && Number(label) === expected) {
        current = { label, lines: [] };
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

/**
 * A footnote number alone on its line, taken for a page number by the furniture pass: it sits
 * near the left margin with the note's text right below (González-Fuentes, 1st Cir. 2010).
 */
function isBareNumber(lines: Line[], i: number): boolean {
  const l = lines[i];
  return l.kind === 'furniture' && /^\d{1,3}$/.test(l.text) && l.indent < 15 && lines[i + 1]?.kind === 'text';
}

/**
 * A star note: "*", "**" or "***" alone on a line (read as a separator), its text right below,
 * and the same stars glued to a word above ("NTSEBEZA,*", "Judge.**"; Khulumani, 2d Cir. 2007).
 */
function starNotes(lines: Line[]): (i: number) => boolean {
  // the lines holding each mark ("*", "**", "***" glued to a word), found once per document: read
  // afresh for every star line, the 400 lines above cost 400 regex runs a line on a page of stars
  const marked = new Map<number, number[]>();
  const markedBy = (stars: number) => {
    const known = marked.get(stars);
    if (known) return known;
    const ref = new RegExp(`[A-Za-z.,;:)]\\*{${stars}}(?!\\*)`);
    const found: number[] = [];
    lines.forEach((l, j) => { if (ref.test(l.text)) found.push(j); });
    marked.set(stars, found);
    return found;
  };
  return (i) => {
    const l = lines[i];
    if (!/^\*{1,3}$/.test(l.text) || lines[i + 1]?.kind !== 'text') return false;
    // the nearest marked line above, within 400 lines, that is still text (not already a note)
    const found = markedBy(l.text.length);
    for (let k = lastBefore(found, i); k >= 0 && found[k] >= i - 400; k--) if (lines[found[k]].kind === 'text') return true;
    return false;
  };
}

/** Index in `sorted` of the last value below `i`, or -1. */
function lastBefore(sorted: number[], i: number): number {
  let lo = 0, hi = sorted.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < i) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The number opening a note: "1The …", "2" alone, "[3] …" (CourtListener's bracketed notes). */
function noteNumber(text: string): string | null {
  const m = NOTE_START.exec(text);
  return m ? m[1] ?? m[2] : null;
}

function startsNote(lines: Line[], i: number, expected: number): boolean {
  const n = noteNumber(lines[i].text);
  if (n === null || Number(n) !== expected) return false;
  return setOff(lines, i) && hasReference(lines, i, expected);
}

/** A slip opinion's separate writings number their notes from 1 again (Fisher, 2013). */
function restartsNumbering(lines: Line[], i: number, expected: number): boolean {
  if (expected <= 2) return false;
  return noteNumber(lines[i].text) === '1' && setOff(lines, i) && hasReference(lines, i, 1);
}

function setOff(lines: Line[], i: number): boolean {
  const before = lines[i - 1];
  return !before || before.kind === 'blank' || before.kind === 'break' || before.kind === 'furniture' || before.kind === 'footnote';
}

function hasReference(lines: Line[], i: number, expected: number): boolean {
  // The reference mark: the number glued to the end of a word or punctuation in the body.
  // Notes gathered at the end (HTML pages: CAP prints "defendants 1 convicted") may have
  // their mark set off by spaces and anywhere above.
  const atEnd = zoneEnd(lines, i) === lines.length;
  const ref = lines[i].text.startsWith('[') ? new RegExp(`\\[${expected}\\]`) : atEnd ? new RegExp(`[A-Za-z.,;:)\\]"”’]\\s?${expected}(?![\\d.,])`) : new RegExp(`[A-Za-z.,;:)\\]"”’]${expected}(?!\\d)`);
  for (let j = i - 1; j >= 0 && (atEnd || j >= i - REF_WINDOW); j--) {
    if (lines[j].kind === 'text' && ref.test(lines[j].text)) return true;
  }
  return false;
}

function closes(note: FootnoteBlock): boolean {
  const l = note.lines[note.lines.length - 1];
  return !l || /[.?!:;]["”’)\]]*$/.test(l.text);
}

/**
 * In double-spaced text, a note cut by the page break resumes single-spaced at the bottom of
 * the next page, just above that page's notes or its number (González-Fuentes, 1st Cir. 2010:
 * "…did not, however," then "extend to those who were not participating…").
 */
function continuationRun(lines: Line[], i: number): Line[] | null {
  let j = i - 1;
  while (j >= 0 && lines[j].kind === 'blank' && i - j <= 3) j--;
  const end = j;
  while (j >= 0 && lines[j].kind === 'text') j--;
  if (end - j < 2 || lines[j]?.kind !== 'blank') return null;
  const run = lines.slice(j + 1, end + 1);
  for (const l of run) l.kind = 'footnote';
  return run;
}

/** Most full lines are followed by a blank line. */
function isDoubleSpaced(lines: Line[]): boolean {
  let full = 0, spaced = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].kind !== 'text' || lines[i].text.length < 40) continue;
    full++;
    if (lines[i + 1].kind === 'blank') spaced++;
  }
  return full > 0 && spaced / full > 0.5;
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
