/** `lens grid results.jsonl|DIR... [--format csv|md] [--where ...] [--backup FILE]` to stdout. */
import { UsageError, type Args } from './args';
import { loadCorrections } from './backup-overrides';
import { GRID_COLUMNS, gridOpinion, gridRow } from './grid';
import { records } from './records';
import { tableFormat, tableWriter } from './table-out';
import { whereFilter } from './where';

export async function gridCommand(args: Args): Promise<number> {
  if (args.paths.length === 0) throw new UsageError('grid needs results.jsonl or a DIR of opinions');
  // every option is checked before any work
  const format = tableFormat(args.format);
  const keep = whereFilter(args.where);
  const corrections = args.backup ? loadCorrections(args.backup) : null;
  const table = tableWriter(format, GRID_COLUMNS);
  let rows = 0;
  let failed = 0;
  for await (const r of records(args.paths, args.jobs)) {
    if (!r.analysis) {
      failed++;
      process.stderr.write(`lens: no row for ${r.file}: ${r.error}\n`);
      continue;
    }
    const o = gridOpinion(r.file, corrections ? corrections.apply(r.analysis) : r.analysis);
    if (!keep(o)) continue;
    await table.row(gridRow(o));
    rows++;
  }
  await table.end();
  process.stderr.write(`lens: ${rows} rows${failed ? `, ${failed} opinions without a row (errors above)` : ''}${corrections ? `; your corrections applied to ${corrections.corrected} opinions` : ''}\n`);
  return failed ? 1 : 0;
}
