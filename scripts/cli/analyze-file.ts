/**
 * The command line's reader of one opinion file: opinion-input.ts's reading and analysis, with
 * the page reader (happy-dom and parse5, some 2.4 MB of the bundle) imported only when the file
 * is a saved page. A .txt or .pdf run never loads it, which is most of what `lens analyze
 * FILE.txt` and each corpus worker used to spend starting up.
 */
import { citationsInSource, type AnalyzeInput } from '../../lib/analyze';
import { buildDocument } from '../../lib/document/build';
import type { Analysis, Citation } from '../../lib/types';
import { analyzeInput, coreInput, readInput, type AnalyzeFileOptions, type OpinionInput, type PageReader } from '../opinion-input';

async function read(file: string, options: AnalyzeFileOptions): Promise<{ input: OpinionInput; readPage: PageReader | null }> {
  const input = readInput(file, options);
  return { input, readPage: input.html ? (await import('../read-page')).readSavedPage : null };
}

export async function analyzeOpinionFile(file: string, options: AnalyzeFileOptions = {}): Promise<Analysis> {
  const { input, readPage } = await read(file, options);
  return analyzeInput(file, input, readPage, options);
}

/**
 * The citations of one opinion file, as its analysis lists them (`lens citations`): the same
 * document and finder the analysis runs (lib/analyze.ts's citationsInSource), without the
 * injunction analysis after them, which is most of the time and adds nothing to the list.
 */
export async function citeOpinionFile(file: string, options: AnalyzeFileOptions = {}): Promise<Citation[]> {
  const { input, readPage } = await read(file, options);
  const core: AnalyzeInput = coreInput(file, input, readPage, options);
  return citationsInSource(buildDocument(core.text));
}
