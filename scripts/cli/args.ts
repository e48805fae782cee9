/**
 * The command line's words: one table of options, read by node:util's parseArgs in strict mode
 * so a misspelt option is refused by name instead of being taken for a file.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const OPTIONS = {
  json: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  resume: { type: 'boolean' },
  where: { type: 'string', multiple: true },
  backup: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface Args {
  command: string | undefined;
  paths: string[];
  json: boolean;
  format: string | undefined;
  out: string | undefined;
  jobs: number;
  /** --jobs was given (it makes one file a corpus run) */
  jobsGiven: boolean;
  resume: boolean;
  where: string[];
  backup: string | undefined;
  help: boolean;
}

export function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs' own words ("Unknown option '--frmat'"), without its advice about '--'
    throw new UsageError((e as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values: v, positionals } = parsed;
  const [command, ...paths] = positionals;
  return {
    command,
    paths,
    json: !!v.json,
    format: v.format,
    out: v.out,
    jobs: v.jobs === undefined ? availableParallelism() : jobs(v.jobs),
    jobsGiven: v.jobs !== undefined,
    resume: !!v.resume,
    where: v.where ?? [],
    backup: v.backup,
    help: !!v.help,
  };
}

function jobs(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs needs a whole number from 1 to 256 (got "${s}")`);
  return n;
}

export const USAGE = `usage:
  lens analyze [--json] FILE                 one opinion: a readable outline, or analysis JSON v1
  lens analyze DIR|FILE... [--out results.jsonl] [--jobs N] [--resume]
                                             every .txt, .html and .pdf (folders searched, quoted
                                             globs like 'opinions/**/*.txt' expanded), in parallel;
                                             one analysis JSON a line, in input order, with "file"
  lens grid results.jsonl|DIR... [--format csv|md] [--where harm=movant,court=ctd] [--backup FILE]
                                             one row per opinion: its facts and each factor's finding
  lens authorities results.jsonl|DIR... [--format csv|md]
                                             each authority, how many opinions cite it and where
  lens citations --json FILE                 the citations array only
  lens export --format jsonld|csv|md|csl|html FILE
`;
