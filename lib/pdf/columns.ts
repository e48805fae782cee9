/**
 * A caption box read in the right order. Court captions set the parties on the left and the
 * case number and title on the right, so one baseline carries two texts ("CONSUMERINFO.COM,
 * INC. dba      Case No. 8:16-cv-1261"). Where consecutive lines share such a gutter, each
 * side is read down as its own column: the left column's lines, then the right's.
 */
import { trimLine, type PdfLine, type Seg } from './lines';

/** a gap this many font sizes wide between two items of one line is a gutter */
const GUTTER = 2;

interface Gap {
  from: number;
  to: number;
  /** index of the first segment right of the gap */
  at: number;
}

function widestGap(line: PdfLine): Gap | null {
  let best: Gap | null = null;
  let prevEnd = -Infinity;
  line.segs.forEach((s, i) => {
    if (!s.item || !s.str.trim()) return;
    const gap = s.item.x - prevEnd;
    if (prevEnd > -Infinity && gap > GUTTER * line.size && (!best || gap > best.to - best.from)) best = { from: prevEnd, to: s.item.x, at: i };
    prevEnd = s.item.x + s.item.w;
  });
  return best;
}

function part(line: PdfLine, segs: Seg[]): PdfLine {
  const items = segs.filter((s) => s.item).map((s) => s.item!);
  const last = items[items.length - 1];
  return trimLine({ ...line, segs, x: items[0]?.x ?? line.x, right: last ? last.x + last.w : line.right });
}

/** Reorders one page's lines so that two-column stretches read column by column. */
export function readColumns(lines: PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  for (let i = 0; i < lines.length; ) {
    const gap = widestGap(lines[i]);
    if (!gap) {
      out.push(lines[i++]);
      continue;
    }
    // grow the run while lines split at the same gutter or lie wholly on one side of it
    let from = gap.from, to = gap.to;
    const run: { line: PdfLine; gap: Gap | null }[] = [{ line: lines[i], gap }];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j];
      const g = widestGap(l);
      if (g && g.from < to && g.to > from) {
        from = Math.max(from, g.from);
        to = Math.min(to, g.to);
        run.push({ line: l, gap: g });
      } else if (!g && (l.right <= to || l.x >= from)) run.push({ line: l, gap: null });
      else break;
    }
    if (run.filter((r) => r.gap).length < 2) {
      out.push(lines[i++]);
      continue;
    }
    const left: PdfLine[] = [], right: PdfLine[] = [];
    for (const { line, gap: g } of run) {
      if (g) {
        left.push(part(line, line.segs.slice(0, g.at)));
        right.push(part(line, line.segs.slice(g.at)));
      } else (line.x >= from ? right : left).push(line);
    }
    out.push(...left.filter((l) => l.text), ...right.filter((l) => l.text));
    i = j;
  }
  return out;
}
