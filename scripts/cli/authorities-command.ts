/** `lens authorities results.jsonl|DIR... [--format csv|md]` to stdout. */
import { UsageError, type Args } from './args';
import { AUTHORITY_COLUMNS, AuthorityTable } from './authorities';
import { records } from './records';
import { tableFormat, tableWriter } from './table-out';

export async function authoritiesCommand(args: Args): Promise<number> {
  if (args.paths.length === 0) throw new UsageError('authorities needs results.jsonl or a DIR of opinions');
  const format = tableFormat(args.format);
  const table = new AuthorityTable();
  let opinions = 0;
  let failed = 0;
  for await (const r of records(args.paths, args.jobs)) {
    if (!r.analysis) {
      failed++;
      process.stderr.write(`lens: left out ${r.file}: ${r.error}\n`);
      continue;
    }
    table.add(r.file, r.analysis);
    opinions++;
  }
  const out = tableWriter(format, AUTHORITY_COLUMNS);
  const rows = table.rows();
  for (const row of rows) await out.row(row);
  await out.end();
  process.stderr.write(`lens: ${rows.length} authorities cited in ${opinions} opinions${failed ? `, ${failed} left out (errors above)` : ''}\n`);
  return failed ? 1 : 0;
}
