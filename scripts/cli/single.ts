/**
 * The single-opinion commands: `analyze [--json] FILE`, `citations --json FILE`, `export
 * --format F FILE`. A file lens cannot read is one line on stderr and exit 2.
 */
import { InputError } from '../opinion-input';
import { analyzeOpinionFile, citeOpinionFile } from './analyze-file';
import { renderOutlineText } from '../../lib/render/outline-text';
import { EXPORT_FORMATS, exportOpinion, isExportFormat } from '../../lib/export/index';
import type { Analysis, Citation } from '../../lib/types';
import { UsageError, type Args } from './args';

/** `how` reads the file (the whole analysis, or its citations only) */
async function read<T>(file: string, how: typeof analyzeOpinionFile | typeof citeOpinionFile = analyzeOpinionFile): Promise<T> {
  try {
    // awaited: the PDF reader may answer later
    return (await how(file, { warn: (note) => process.stderr.write(`lens: ${note}\n`) })) as T;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`lens: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}

export async function single(command: 'analyze' | 'citations' | 'export', args: Args): Promise<number> {
  if (args.paths.length !== 1) throw new UsageError(`${command} needs exactly one FILE`);
  const [file] = args.paths;
  switch (command) {
    case 'analyze': {
      const a = await read<Analysis>(file);
      process.stdout.write(args.json ? JSON.stringify(a) + '\n' : renderOutlineText(a));
      return 0;
    }
    case 'citations': {
      const citations = await read<Citation[]>(file, citeOpinionFile);
      process.stdout.write(JSON.stringify(citations, null, args.json ? 0 : 2) + '\n');
      return 0;
    }
    case 'export': {
      // checked before the file is read, so a typo costs nothing
      const format = args.format;
      if (!format || !isExportFormat(format)) throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}${format ? ` (got "${format}")` : ''}`);
      const a = await read<Analysis>(file);
      process.stdout.write(exportOpinion(format, { analysis: a, annotations: [] }));
      return 0;
    }
  }
}
