/**
 * Text items → lines: items whose baselines lie within half a font size of each other form a
 * line, read left to right; a gap wider than a fifth of the font size is a space. Each line
 * keeps, for every character, the item and offset it came from (its segments), so the built
 * text maps back to the viewer's text-layer spans.
 */
import type { PdfItem } from './types';

/** A piece of a line: copied from `item` at `offset`, or inserted by the builder (item null). */
export interface Seg {
  str: string;
  item: PdfItem | null;
  offset: number;
}

export interface PdfLine {
  page: number;
  segs: Seg[];
  text: string;
  /** baseline of the line's main text, left and right edges, in points */
  y: number;
  x: number;
  right: number;
  /** the font size carrying most of the line's characters */
  size: number;
}

/** how far from a line's baseline an item may sit and still be on it (superscripts ride higher), in font sizes */
const SAME_LINE = 0.5;
/** a horizontal gap wider than this share of the font size reads as a space */
const SPACE_GAP = 0.2;
/**
 * Small caps as some text layers split them: a capital at full size, the rest of the word in
 * smaller capitals, a hair apart ("L" + "OPEZ"). Smaller by at least this share, closer than this gap.
 */
const SMALL_CAPS_RATIO = 0.92;
const SMALL_CAPS_GAP = 0.35;

export function buildLines(page: number, items: PdfItem[]): PdfLine[] {
  const live = items.filter((it) => it.str.length > 0 && !it.vertical && it.size > 0);
  live.sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let cur: PdfItem[] = [];
  let base = NaN;
  let baseSize = 0;
  for (const it of live) {
    if (cur.length && Math.abs(it.y - base) <= SAME_LINE * Math.max(it.size, baseSize)) {
      cur.push(it);
      // the baseline follows the biggest text: a superscript opening the group must not set it
      if (it.size >= baseSize && it.str.trim()) { base = it.y; baseSize = it.size; }
      continue;
    }
    if (cur.length) groups.push(cur);
    cur = [it];
    base = it.y;
    baseSize = it.size;
  }
  if (cur.length) groups.push(cur);
  return groups.map((g) => lineOf(page, g)).filter((l) => l.text.trim() !== '');
}

function lineOf(page: number, group: PdfItem[]): PdfLine {
  group.sort((a, b) => a.x - b.x);
  const segs: Seg[] = [];
  let prev: PdfItem | null = null;
  const chars = new Map<number, number>();
  for (const it of group) {
    if (prev) {
      const gap = it.x - (prev.x + prev.w);
      const spaced = /\s$/.test(prev.str) || /^\s/.test(it.str);
      if (!spaced && gap > SPACE_GAP * Math.min(prev.size, it.size) && !smallCapsJoin(prev, it, gap)) segs.push({ str: ' ', item: null, offset: 0 });
    }
    segs.push({ str: it.str, item: it, offset: 0 });
    const n = it.str.replace(/\s/g, '').length;
    const key = Math.round(it.size * 2) / 2;
    chars.set(key, (chars.get(key) ?? 0) + n);
    prev = it;
  }
  const size = [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? group[0].size;
  const main = group.find((it) => Math.round(it.size * 2) / 2 === size && it.str.trim()) ?? group[0];
  const last = group[group.length - 1];
  return trimLine({ page, segs, text: segs.map((s) => s.str).join(''), y: main.y, x: group[0].x, right: last.x + last.w, size });
}

/** "L" + "OPEZ": a lone capital followed closely by smaller capitals is one word. */
export function smallCapsJoin(a: PdfItem, b: PdfItem, gap: number): boolean {
  return /(?:^|\s)\p{Lu}$/u.test(a.str) && /^\p{Lu}/u.test(b.str) && b.size < a.size * SMALL_CAPS_RATIO && gap < SMALL_CAPS_GAP * a.size;
}

/** Drops leading and trailing white space from a line's segments. */
export function trimLine(line: PdfLine): PdfLine {
  const segs = line.segs.map((s) => ({ ...s }));
  while (segs.length && !segs[0].str.trim()) segs.shift();
  while (segs.length && !segs[segs.length - 1].str.trim()) segs.pop();
  if (segs.length) {
    const first = segs[0];
    const lead = first.str.length - first.str.trimStart().length;
    segs[0] = { ...first, str: first.str.slice(lead), offset: first.offset + lead };
    const end = segs[segs.length - 1];
    segs[segs.length - 1] = { ...end, str: end.str.trimEnd() };
  }
  return { ...line, segs, text: segs.map((s) => s.str).join('') };
}
