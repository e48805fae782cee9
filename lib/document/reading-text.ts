import type { Span } from '../types';
import type { Line } from './lines';

/**
 * Writes the reading text: blocks separated by "\n\n", whitespace collapsed to single spaces,
 * inline markers left out, line-break hyphens removed ("Ap-\npeals" → "Appeals"), character
 * entities left in plain text decoded ("&amp;" reads "&"), and a map from every reading
 * offset back to the source.
 */
export class ReadingWriter {
  private chars: string[] = [];
  private map: number[] = [];

  constructor(private readonly source: string) {}

  get length(): number {
    return this.chars.length;
  }

  /** Appends one block made of `lines`, skipping `skips` (sorted source spans). Returns its reading span. */
  block(lines: Line[], skips: Span[]): Span {
    if (this.chars.length) {
      const at = this.map[this.map.length - 1] + 1;
      this.push('\n', at);
      this.push('\n', at);
    }
    const start = this.chars.length;
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
        const c = this.source[i];
        if (c === ' ' || c === '\t' || c === '\u00a0' || c === '\f' || c === '\v' || c === '\u2009' || c === '\u202f') {
          space = true;
          i++;
          continue;
        }
        if (c === '\u00ad' || c === '\u200b' || c === '\ufeff') { i++; continue; }
        if (space && this.chars.length > start && this.chars[this.chars.length - 1] !== ' ') this.push(' ', i - 1);
        space = false;
        if (c === '&') {
          const ent = decodeEntity(this.source, i);
          if (ent) {
            for (const unit of ent.char.split('')) this.push(unit, i);
            i += ent.length;
            continue;
          }
        }
        this.push(c, i);
        i++;
      }
    }
    while (this.chars.length > start && this.chars[this.chars.length - 1] === ' ') {
      this.chars.pop();
      this.map.pop();
    }
    return { start, end: this.chars.length };
  }

  /** Reading text written so far, `[start, end)`. */
  slice(start: number, end: number): string {
    return this.chars.slice(start, end).join('');
  }

  /** Final text and map (map has one extra entry, the end of the source). */
  finish(): { text: string; map: Int32Array } {
    const map = Int32Array.from([...this.map, this.source.length]);
    return { text: this.chars.join(''), map };
  }

  private push(c: string, at: number): void {
    this.chars.push(c);
    this.map.push(at);
  }

  /** Between two lines of a block: a space, nothing after a dash, or the hyphen dropped. */
  private lineJoin(prev: Line, next: Line): void {
    const last = this.chars[this.chars.length - 1];
    const first = this.source[next.ts];
    if (last === '—' || last === '–') return;
    if ((last === '-' || last === '\u00ad') && /\p{Ll}/u.test(first ?? '')) {
      const word = this.wordBeforeHyphen();
      if (word.length >= 2 && /^\p{L}+$/u.test(word) && !KEEP_HYPHEN.has(word.toLowerCase())) {
        this.chars.pop();
        this.map.pop();
        return;
      }
      if (word.length >= 1) return;
    }
    if (last !== undefined && last !== ' ') this.push(' ', prev.te);
  }

  private wordBeforeHyphen(): string {
    let i = this.chars.length - 2;
    let w = '';
    while (i >= 0 && /\p{L}/u.test(this.chars[i])) w = this.chars[i--] + w;
    return w;
  }
}

/** Index of the first span ending after `at` (spans sorted by start, not overlapping). */
function firstSkipAfter(spans: Span[], at: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Prefixes whose hyphen is part of the word ("self-\ndiscipline", "non-\nmovant"). */
const KEEP_HYPHEN = new Set(['self', 'non', 'anti', 'co', 'pre', 'post', 'well', 'cross', 'quasi', 'semi', 'multi', 'ex', 'so', 'long', 'short', 'full', 'half', 'first', 'second', 'third', 'all', 'mid', 'over', 'under', 'counter', 'inter', 'intra', 'sub', 'super', 're']);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', sect: '§', para: '¶', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/** Decodes "&amp;", "&#167;", "&#xA7;" at `i`, or null. */
export function decodeEntity(s: string, i: number): { char: string; length: number } | null {
  const semi = s.indexOf(';', i);
  if (semi < 0 || semi - i > 9) return null;
  const name = s.slice(i + 1, semi);
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    return { char: String.fromCodePoint(code), length: semi - i + 1 };
  }
  const c = NAMED[name.toLowerCase()];
  return c ? { char: c, length: semi - i + 1 } : null;
}
