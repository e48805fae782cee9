/**
 * Tables written a row at a time: CSV for Excel (UTF-8 BOM, RFC 4180 quoting, CRLF, and a
 * leading = + - @ defused; the same csvField the extension's CSV export uses) or a Markdown
 * pipe table.
 */
import { once } from 'node:events';
import { csvField } from '../../lib/export/csv';
import { UsageError } from './args';

export type TableFormat = 'csv' | 'md';

export function tableFormat(format: string | undefined): TableFormat {
  if (format === undefined || format === 'csv') return 'csv';
  if (format === 'md' || format === 'markdown') return 'md';
  throw new UsageError(`--format needs csv or md (got "${format}")`);
}

/** a Markdown cell: one line, its pipes escaped */
export function mdCell(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

export interface TableWriter {
  row(values: readonly string[]): Promise<void>;
  /** the header alone when there was no row */
  end(): Promise<void>;
}

export function tableWriter(format: TableFormat, columns: readonly string[], out: NodeJS.WritableStream = process.stdout): TableWriter {
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const line = (values: readonly string[]) =>
    format === 'csv' ? values.map((v) => csvField(v)).join(',') + '\r\n' : `| ${values.map(mdCell).join(' | ')} |\n`;
  let started = false;
  const header = async () => {
    if (started) return;
    started = true;
    await write(format === 'csv' ? '\uFEFF' + line(columns) : line(columns) + `|${columns.map(() => ' --- |').join('')}\n`);
  };
  return {
    async row(values) {
      await header();
      await write(line(values));
    },
    end: header,
  };
}
