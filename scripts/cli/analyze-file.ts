/**
 * The command line's reader of one opinion file: opinion-input.ts's reading and analysis, with
 * the page reader (happy-dom and parse5, some 2.4 MB of the bundle) imported only when the file
 * is a saved page. A .txt or .pdf run never loads it, which is most of what `lens analyze
 * FILE.txt` and each corpus worker used to spend starting up.
 */
import type { Analysis } from '../../lib/types';
import { analyzeInput, readInput, type AnalyzeFileOptions } from '../opinion-input';

export async function analyzeOpinionFile(file: string, options: AnalyzeFileOptions = {}): Promise<Analysis> {
  const input = readInput(file, options);
  const readPage = input.html ? (await import('../read-page')).readSavedPage : null;
  return analyzeInput(file, input, readPage, options);
}
