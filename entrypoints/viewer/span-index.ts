/**
 * The built PDF text's way back to the page: a TextIndex (lib/dom/text-index.ts) whose runs
 * are the text layer's span text nodes, so the painter, selections and notes work on a PDF
 * exactly as on an HTML page. lib/pdf says where each stretch of the text came from
 * (PdfRun: text[start, end) = item.str.slice(offset, offset + end - start)), and the text
 * layer's span i holds item i's string, so a run maps onto its span's text node directly.
 */
import type { PaintItem } from '../../lib/dom/paint';
import type { TextIndex, TextRun } from '../../lib/dom/text-index';
import type { PdfText } from '../../lib/pdf/index';

export interface PdfTextIndex extends TextIndex {
  /**
   * Text offsets where the text stops following the text layer's order: a page turns, or the
   * builder left spans out between two runs (running heads, pleading-paper line numbers,
   * footnotes kept apart, a caption column read in another order). A DOM range across such
   * a place would cover the left-out spans too (the ConsumerInfo order's decree, whose
   * paragraph runs over a page's ECF stamp and 28 line numbers), so ranges are cut there.
   */
  cuts: number[];
}

/**
 * `spans(page)` gives a page's text layer spans (null when the page has none). Runs whose
 * span is missing or holds other characters are left out: their text cannot be painted,
 * which is better than painting the wrong words.
 */
export function pdfTextIndex(built: PdfText, spans: (page: number) => readonly HTMLElement[] | null): PdfTextIndex {
  const runs: TextRun[] = [];
  const cuts: number[] = [];
  let prev: { page: number; item: number } | null = null;
  const ordered = [...built.runs].sort((a, b) => a.start - b.start);
  for (const r of ordered) {
    const layer = spans(r.page);
    const node = layer?.[r.item]?.firstChild;
    if (!layer || !node || node.nodeType !== 3) continue;
    const text = node as Text;
    const length = r.end - r.start;
    if (text.data.slice(r.offset, r.offset + length) !== built.text.slice(r.start, r.end)) continue;
    if (prev && !follows(layer, prev, r)) cuts.push(r.start);
    prev = r;
    runs.push({ node: text, start: r.start, length, offsets: r.offset === 0 ? null : shifted(r.offset, length) });
  }
  return { text: built.text, runs, cuts };
}

/** Whether item `r` comes right after `prev` in the text layer (only blank spans between). */
function follows(layer: readonly HTMLElement[], prev: { page: number; item: number }, r: { page: number; item: number }): boolean {
  if (r.page !== prev.page || r.item < prev.item) return false;
  for (let i = prev.item + 1; i < r.item; i++) if (layer[i]?.textContent?.trim()) return false;
  return true;
}

/** Splits each item at the index's cuts, so no highlight covers text the analysis left out. */
export function cutItems(items: PaintItem[], cuts: readonly number[]): PaintItem[] {
  if (!cuts.length) return items;
  const out: PaintItem[] = [];
  for (const it of items) {
    let lo = 0, hi = cuts.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (cuts[m] <= it.start) lo = m + 1;
      else hi = m;
    }
    let from = it.start;
    for (let k = lo; k < cuts.length && cuts[k] < it.end; k++) {
      out.push({ ...it, start: from, end: cuts[k] });
      from = cuts[k];
    }
    out.push({ ...it, start: from, end: it.end });
  }
  return out;
}

/** node offsets `offset, offset + 1, …` for a run that starts inside its span */
function shifted(offset: number, length: number): Uint32Array {
  const out = new Uint32Array(length);
  for (let k = 0; k < length; k++) out[k] = offset + k;
  return out;
}
