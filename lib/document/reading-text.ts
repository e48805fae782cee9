import type { Span } from '../types';
import type { Line } from './lines';

/**
 * Writes the reading text: blocks separated by "\n\n", whitespace collapsed to single spaces,
 * inline markers left out, line-break hyphens removed ("Ap-\npeals" → "Appeals"), character
 * entities left in plain text decoded ("&amp;" reads "&"), and a map from every reading
 * offset back to the source.
 */
export class ReadingWriter {
  private codes: Uint16Array;
  private map: Int32Array;
  private len = 0;

  constructor(private readonly source: string) {
    this.codes = new Uint16Array(source.length + 64);
    this.map = new Int32Array(source.length + 64);
  }

  get length(): number {
    return this.len;
  }

  /**
   * Appends one block made of `lines`, skipping `skips` (sorted source spans). Returns its
   * reading span, empty when every character was skipped.
   */
  block(lines: Line[], skips: Span[]): Span {
    const src = this.source;
    const before = this.len;
    if (this.len) {
      const at = this.map[this.len - 1] + 1;
      this.push(10, at);
      this.push(10, at);
    }
    const start = this.len;
    let k = firstSkipAfter(skips, lines[0]?.ts ?? 0);
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li];
      if (li > 0) this.lineJoin(lines[li - 1], line);
      let space = false;
      for (let i = line.ts; i < line.te; ) {
        while (k < skips.length && skips[k].end <= i) k++;
        if (k < skips.length && skips[k].start <= i) {
          i = skips[k].end;
          continue;
        }
        const c = src.charCodeAt(i);
        if (isBlank(c)) {
          space = true;
          i++;
          continue;
        }
        if (c === 0xad || c === 0x200b || c === 0xfeff) { i++; continue; }
        if (space && this.len > start && this.codes[this.len - 1] !== 32) this.push(32, i - 1);
        space = false;
        if (c === 38) {
          const ent = decodeEntity(src, i);
          if (ent) {
            for (let u = 0; u < ent.char.length; u++) this.push(ent.char.charCodeAt(u), i);
            i += ent.length;
            continue;
          }
        }
        this.push(c, i);
        i++;
      }
    }
    while (this.len > start && this.codes[this.len - 1] === 32) this.len--;
    // Nothing but markers ("[*1]" alone): write nothing, not even the separator.
    if (this.len === start) {
      this.len = before;
      return { start: before, end: before };
    }
    return { start, end: this.len };
  }

  /** Source offset of reading offset `i`. */
  sourceAt(i: number): number {
    return this.map[i];
  }

  /** Reading text written so far, `[start, end)`. */
  slice(start: number, end: number): string {
    return decode(this.codes, start, end);
  }

  /** Final text and map (map has one extra entry, the end of the source). */
  finish(): { text: string; map: Int32Array } {
    const map = new Int32Array(this.len + 1);
    map.set(this.map.subarray(0, this.len));
    map[this.len] = this.source.length;
    return { text: decode(this.codes, 0, this.len), map };
  }

  private push(c: number, at: number): void {
    if (this.len === this.codes.length) this.grow();
    this.codes[this.len] = c;
    this.map[this.len++] = at;
  }

  private grow(): void {
    const codes = new Uint16Array(this.codes.length * 2);
    codes.set(this.codes);
    const map = new Int32Array(this.map.length * 2);
    map.set(this.map);
    this.codes = codes;
    this.map = map;
  }

  /** Between two lines of a block: a space, nothing after a dash, or the hyphen dropped. */
  private lineJoin(prev: Line, next: Line): void {
    if (!this.len) return;
    const last = this.codes[this.len - 1];
    const first = this.source[next.ts] ?? '';
    if (last === 0x2014 || last === 0x2013) return;
    if ((last === 45 || last === 0xad) && first.toLowerCase() === first && first.toUpperCase() !== first) {
      const word = this.wordBeforeHyphen();
      if (word.length >= 2 && !KEEP_HYPHEN.has(word.toLowerCase())) {
        this.len--;
        return;
      }
      if (word.length >= 1) return;
    }
    if (last !== 32 && last !== 10) this.push(32, prev.te);
  }

  /** The letters before the trailing hyphen ("Ap" in "Ap-"). */
  private wordBeforeHyphen(): string {
    let i = this.len - 2;
    let w = '';
    while (i >= 0 && isLetter(this.codes[i])) w = String.fromCharCode(this.codes[i--]) + w;
    return w;
  }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 12 || c === 11 || c === 0x2009 || c === 0x202f || c === 10 || c === 13;
}

function isLetter(c: number): boolean {
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

function decode(codes: Uint16Array, start: number, end: number): string {
  let out = '';
  // apply() takes the typed array directly; spreading it would go through the iterator (slow).
  for (let i = start; i < end; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  return out;
}

/** Index of the first span ending after `at` (spans sorted by start, not overlapping). */
export function firstSkipAfter(spans: Span[], at: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Prefixes whose hyphen belongs to the word ("self-⏎discipline", "non-⏎movant"). Short
 * prefixes like "pre", "re", "co" are left out: "Pre-⏎vention", "re-⏎lief" are line breaks.
 */
const KEEP_HYPHEN = new Set(['self', 'non', 'anti', 'quasi', 'semi', 'multi', 'well', 'cross', 'half', 'all', 'so', 'ex']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', sect: '§', para: '¶', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/** Decodes "&amp;", "&#167;", "&#xA7;" at `i`, or null. */
export function decodeEntity(s: string, i: number): { char: string; length: number } | null {
  let semi = i + 1;
  while (semi < s.length && semi - i <= 9 && s.charCodeAt(semi) !== 59) semi++;
  if (s.charCodeAt(semi) !== 59) return null;
  const name = s.slice(i + 1, semi);
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    return { char: String.fromCodePoint(code), length: semi - i + 1 };
  }
  const c = NAMED[name.toLowerCase()];
  return c ? { char: c, length: semi - i + 1 } : null;
}
