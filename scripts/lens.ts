#!/usr/bin/env tsx
/**
 * The command line.
 *   lens analyze [--json] FILE      analysis JSON v1, or a readable outline
 *   lens citations --json FILE      the citations array only
 * Bad input (missing, empty, binary, unreadable, not a regular file, too large, an encoding it
 * cannot read) → one line on stderr, exit 2, nothing on stdout. A file read as Windows-1252
 * says so in one line on stderr. A reader that closes the pipe early (`| head`) ends it quietly.
 */
import { analyzeFile as readAndAnalyze, InputError } from './opinion-file';
import { renderOutlineText } from '../lib/render/outline-text';
import { EXPORT_FORMATS, exportOpinion, isExportFormat } from '../lib/export/index';
import type { Analysis } from '../lib/types';

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(`lens: ${message}\n`);
  process.exit(2);
}

function analyzeFile(file: string): Analysis {
  try {
    return readAndAnalyze(file, { warn: (note) => process.stderr.write(`lens: ${note}\n`) });
  } catch (e) {
    if (e instanceof InputError) fail(e.message);
    throw e;
  }
}

function main(argv: string[]) {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const files = rest.filter((a, i) => !a.startsWith('--') && rest[i - 1] !== '--format');
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write('usage: lens analyze [--json] FILE | lens citations --json FILE | lens export --format jsonld|csv|md|csl|html FILE\n');
    return;
  }
  if (files.length !== 1) fail(`${command} needs exactly one FILE`);
  const file = files[0];
  switch (command) {
    case 'analyze': {
      const a = analyzeFile(file);
      process.stdout.write(json ? JSON.stringify(a) + '\n' : renderOutlineText(a));
      return;
    }
    case 'citations': {
      const a = analyzeFile(file);
      process.stdout.write(JSON.stringify(a.citations, null, json ? 0 : 2) + '\n');
      return;
    }
    case 'export': {
      // --format X or --format=X; checked before the file is read, so a typo costs nothing
      const at = rest.indexOf('--format');
      const format = at >= 0 ? rest[at + 1] : rest.find((a) => a.startsWith('--format='))?.slice('--format='.length);
      if (!format || !isExportFormat(format)) fail(`export needs --format ${EXPORT_FORMATS.join('|')}${format ? ` (got "${format}")` : ''}`);
      const a = analyzeFile(file);
      process.stdout.write(exportOpinion(format, { analysis: a, annotations: [] }));
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

// `lens analyze --json FILE | head -1`: the reader has what it wanted and closed the pipe. That
// is an ordinary ending (exit 0, nothing on stderr), not Node's unhandled-EPIPE stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  fail(`cannot write the output: ${e.code ?? e.message}`);
});

try {
  main(process.argv.slice(2));
} catch (e) {
  fail(e instanceof UsageError ? e.message : `failed: ${(e as Error).message}`);
}
