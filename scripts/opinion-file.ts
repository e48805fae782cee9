/**
 * Reads and analyses an opinion file as the evaluation and the tests take it, in one call: a
 * .txt as it is, an .html through the reader the extension uses on a page (scripts/read-page.ts,
 * loaded here with the module). The reading itself is opinion-input.ts; the command line
 * loads the page reader only when a page comes (scripts/cli/analyze-file.ts).
 */
import type { Analysis } from '../lib/types';
import { analyzeInput, readInput, type AnalyzeFileOptions } from './opinion-input';
import { readSavedPage } from './read-page';

export * from './opinion-input';

export function analyzeFile(file: string, options: AnalyzeFileOptions = {}): Analysis {
  return analyzeInput(file, readInput(file, options), readSavedPage, options);
}
