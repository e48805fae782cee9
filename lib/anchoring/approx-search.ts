/**
 * Approximate string search: every place `pattern` occurs in `text` with at most
 * `maxErrors` edits (insertions, deletions, substitutions). Myers' bit-parallel
 * algorithm (1999) with Hyyrö's blocks of 32 pattern characters, so long quotes work:
 * O(|text| · ⌈|pattern| / 32⌉). Written from the papers' description.
 */

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

const HIGH = 0x80000000;

export interface ApproxOptions {
  /** at most this many matches (fewest errors first, then nearest `near`); default 100 */
  limit?: number;
  /** an offset where the match is expected (the saved position) */
  near?: number | null;
}

/**
 * Matches with at most `maxErrors` edits, one per locally best end position, fewest
 * errors first. Offsets are into `text`, `[start, end)`. An empty pattern or
 * `maxErrors` ≥ its length matches nothing.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, options: ApproxOptions = {}): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0 || maxErrors >= m) return [];
  const blocks = Math.ceil(m / 32);
  const lastBits = m - (blocks - 1) * 32;
  const lastHigh = lastBits === 32 ? HIGH : 1 << (lastBits - 1);
  const peq = patternMasks(pattern, blocks);
  const empty = new Uint32Array(blocks);
  const pv = new Uint32Array(blocks).fill(0xffffffff);
  const mv = new Uint32Array(blocks);
  let score = m;
  const ends: { end: number; errors: number }[] = [];

  for (let j = 0; j < text.length; j++) {
    const eqs = peq.get(text.charCodeAt(j)) ?? empty;
    let hin = 0; // searching: the first row is all zeros, a match may start anywhere
    for (let b = 0; b < blocks; b++) {
      const high = b === blocks - 1 ? lastHigh : HIGH;
      let eq = eqs[b];
      const p = pv[b], mvb = mv[b];
      const xv = eq | mvb;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) >>> 0) ^ p) | eq;
      let ph = mvb | ~(xh | p);
      let mh = p & xh;
      const hout = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = (mh | ~(xv | ph)) >>> 0;
      mv[b] = (ph & xv) >>> 0;
      hin = hout;
    }
    score += hin;
    if (score <= maxErrors) ends.push({ end: j + 1, errors: score });
  }
  const near = options.near ?? null;
  // a short or blank pattern can match thousands of places: place only the best few
  const best = localBest(ends)
    .sort((a, b) => a.errors - b.errors || (near == null ? a.end - b.end : Math.abs(a.end - near) - Math.abs(b.end - near)))
    .slice(0, options.limit ?? 100);
  return best.map(({ end, errors }) => ({ start: startOf(text, pattern, end, maxErrors), end, errors }));
}

function patternMasks(pattern: string, blocks: number): Map<number, Uint32Array> {
  const masks = new Map<number, Uint32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    let mask = masks.get(c);
    if (!mask) masks.set(c, (mask = new Uint32Array(blocks)));
    mask[i >> 5] |= 1 << (i & 31);
  }
  return masks;
}

/** Of neighbouring end positions (one smeared match), keep the one with fewest errors. */
function localBest(ends: { end: number; errors: number }[]): { end: number; errors: number }[] {
  const out: { end: number; errors: number }[] = [];
  let prevEnd = -2;
  for (const e of ends) {
    const last = out[out.length - 1];
    if (last && e.end === prevEnd + 1) {
      if (e.errors < last.errors) out[out.length - 1] = e;
    } else out.push(e);
    prevEnd = e.end;
  }
  return out;
}

/**
 * Where the match ending at `end` starts: an edit-distance table of the reversed pattern
 * against the reversed text before `end` (anchored at `end`, free at the other side).
 */
function startOf(text: string, pattern: string, end: number, maxErrors: number): number {
  const m = pattern.length;
  const from = Math.max(0, end - m - maxErrors);
  const n = end - from;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(m - i);
    for (let j = 1; j <= n; j++) {
      const cost = pc === text.charCodeAt(end - j) ? 0 : 1;
      cur[j] = Math.min(prev[j - 1] + cost, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m, bestErr = Infinity;
  for (let j = 0; j <= n; j++) {
    // ties: prefer the length closest to the pattern's
    if (prev[j] < bestErr || (prev[j] === bestErr && Math.abs(j - m) < Math.abs(best - m))) {
      bestErr = prev[j];
      best = j;
    }
  }
  return end - best;
}

/** Plain edit distance between two short strings (context scoring). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[b.length];
}
