/**
 * CSV for Excel and Google Sheets: one row per paragraph-factor label (the reader's
 * corrections included, marked "reader") and one per reader's note. UTF-8 with a BOM
 * (Excel otherwise reads it as ANSI and breaks "§" and curly quotes), RFC 4180 quoting,
 * CRLF line ends. Offsets are `[start, end)` into the opinion's reading text.
 */
import { positionOf, quoteOf } from '../anchoring/annotation';
import { anchor } from '../anchoring/anchor';
import { pageAt, paragraphAt } from './pin-cite';
import { prepare, type OpinionExport } from './opinion-export';

export const CSV_COLUMNS = [
  'opinion', 'court', 'date', 'docket', 'relief', 'outcome', 'row', 'paragraph', 'heading',
  'factor', 'stance', 'by', 'confidence', 'page', 'start', 'end', 'text', 'note', 'tags',
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: string | number | null | undefined): string {
  if (value == null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function rowsOf(item: OpinionExport): Row[] {
  const { analysis: a, notes } = prepare(item);
  const d = a.document;
  const common = { opinion: d.title ?? d.source?.url ?? '', court: d.court, date: d.date, docket: d.docket, relief: a.standard.relief, outcome: a.disposition.outcome };
  const rows: Row[] = [];
  for (const p of a.paragraphs) {
    for (const f of p.factors) {
      const span = f.evidence[0] ?? p;
      rows.push({
        ...common, row: 'factor', paragraph: p.index + 1, heading: p.heading, factor: f.factor, stance: f.stance,
        by: f.user ? 'reader' : 'machine', confidence: f.confidence.toFixed(2), page: pageAt(a, span.start),
        start: span.start, end: span.end, text: oneLine(a.text.slice(span.start, span.end)), note: null, tags: null,
      });
    }
  }
  for (const n of notes) {
    const at = anchor(a.text, n.selectors);
    const pos = at ?? positionOf(n.selectors);
    const para = at ? paragraphAt(a, at.start) : n.paragraph;
    rows.push({
      ...common, row: 'note', paragraph: para == null ? null : para + 1, heading: null, factor: null, stance: null,
      by: 'reader', confidence: null, page: at ? pageAt(a, at.start) : null, start: pos?.start ?? null, end: pos?.end ?? null,
      text: oneLine(at ? a.text.slice(at.start, at.end) : quoteOf(n.selectors)?.exact ?? ''), note: n.note, tags: n.tags.join('; '),
    });
  }
  return rows;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** CSV text for one opinion or several (same columns; the `opinion` column tells them apart). */
export function exportCsv(items: OpinionExport | readonly OpinionExport[]): string {
  const list = Array.isArray(items) ? items : [items as OpinionExport];
  const lines = [CSV_COLUMNS.join(',')];
  for (const item of list) for (const r of rowsOf(item)) lines.push(CSV_COLUMNS.map((c) => csvField(r[c])).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
