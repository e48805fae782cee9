/**
 * Writes the built text and remembers where each character came from: runs of characters
 * copied from one text item, and for each page the stretch of text it contributed.
 */
import type { Seg } from './lines';
import type { PdfRun } from './types';

export class TextWriter {
  private parts: string[] = [];
  length = 0;
  runs: PdfRun[] = [];

  write(str: string, seg: Seg | null = null, page = 0): void {
    if (!str) return;
    if (seg?.item) {
      const last = this.runs[this.runs.length - 1];
      // one run per item stretch: extend the last when this continues the same item
      if (last && last.item === seg.item.index && last.page === page && last.end === this.length && last.offset + (last.end - last.start) === seg.offset) last.end += str.length;
      else this.runs.push({ start: this.length, end: this.length + str.length, page, item: seg.item.index, offset: seg.offset });
    }
    this.parts.push(str);
    this.length += str.length;
  }

  /** what was written last, up to `n` characters */
  tail(n: number): string {
    let s = '';
    for (let i = this.parts.length - 1; i >= 0 && s.length < n; i--) s = this.parts[i] + s;
    return s.slice(-n);
  }

  text(): string {
    return this.parts.join('');
  }
}
