/**
 * The command line (`lens`, bundled by scripts/cli/build.mjs into .output-cli/lens.mjs; also
 * runs under tsx). Each command is loaded only when asked for, so `lens --help` never loads
 * the analysis core.
 *   lens analyze [--json] FILE           analysis JSON v1, or a readable outline
 *   lens analyze DIR|FILE... --out X     a corpus, in parallel, one JSON a line (scripts/cli/corpus.ts)
 *   lens grid / lens authorities         tables across a corpus (scripts/cli/grid.ts, authorities.ts)
 *   lens citations --json FILE           the citations array only
 * Bad input for one file (missing, empty, binary, unreadable, not a regular file, too large, an
 * encoding it cannot read) → one line on stderr, exit 2, nothing on stdout. A file read as
 * Windows-1252 says so in one line on stderr. A reader that closes the pipe early (`| head`)
 * ends it quietly. In a corpus run a file's error is a line of the output and the run goes on.
 */
import './cli/v8-flags';
import { statSync } from 'node:fs';
import { readArgs, UsageError, USAGE, type Args } from './cli/args';

function fail(message: string): never {
  process.stderr.write(`lens: ${message}\n`);
  process.exit(2);
}

/** One plain file and nothing asked of a corpus run: the single-opinion commands as they always were. */
function isSingleFile(args: Args): boolean {
  if (args.paths.length !== 1 || args.out !== undefined || args.resume || args.jobsGiven) return false;
  try {
    return !statSync(args.paths[0]).isDirectory();
  } catch {
    return true; // a missing file is the single-file reader's to explain
  }
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (!args.command || args.command === 'help' || args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  switch (args.command) {
    case 'analyze':
      if (args.paths.length === 0) throw new UsageError('analyze needs a FILE or a DIR');
      if (isSingleFile(args)) return (await import('./cli/single')).single('analyze', args);
      return (await import('./cli/corpus')).analyzeCorpus(args);
    case 'citations':
    case 'export':
      return (await import('./cli/single')).single(args.command, args);
    case 'grid':
      return (await import('./cli/grid-command')).gridCommand(args);
    case 'authorities':
      return (await import('./cli/authorities-command')).authoritiesCommand(args);
    default:
      throw new UsageError(`unknown command "${args.command}" (see lens --help)`);
  }
}

// `lens analyze --json FILE | head -1`: the reader has what it wanted and closed the pipe. That
// is an ordinary ending (exit 0, nothing on stderr), not Node's unhandled-EPIPE stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  fail(`cannot write the output: ${e.code ?? e.message}`);
});

// A dependency failing after the work is done (happy-dom closing a page 100,000 elements deep
// overflows the stack) is one line, not a stack trace: what was written stays written.
process.on('uncaughtException', (e) => fail(`failed: ${e?.message ?? String(e)}`));
process.on('unhandledRejection', (e) => fail(`failed: ${(e as Error)?.message ?? String(e)}`));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => fail(e instanceof UsageError ? e.message : `failed: ${(e as Error).message}`),
);
