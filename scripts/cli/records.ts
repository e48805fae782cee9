/**
 * The analyses `lens grid` and `lens authorities` read: lines of a results file (.jsonl, a
 * line at a time), or opinions analysed on the spot (a folder, files, a glob), in the order
 * given. A line or a file that cannot be used comes as an error, never silently dropped.
 */
import { statSync } from 'node:fs';
import type { Analysis } from '../../lib/types';
import { inputs } from './inputs';
import { analyzeInOrder } from './pool';
import { readLines } from './results-file';

export interface OpinionRecord {
  file: string;
  analysis?: Analysis;
  error?: string;
}

export const RESULTS_FILE = /\.(jsonl|ndjson)$/i;

function isResults(path: string): boolean {
  try {
    return RESULTS_FILE.test(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}

function parseLine(path: string, line: string, number: number): OpinionRecord {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return { file: `${path}:${number}`, error: `${path} line ${number} is not JSON (cut short?)` };
  }
  const o = v as { file?: unknown; error?: unknown; version?: unknown; text?: unknown };
  const file = typeof o?.file === 'string' ? o.file : `${path}:${number}`;
  if (typeof o?.error === 'string') return { file, error: o.error };
  if (o?.version !== 1 || typeof o.text !== 'string') return { file, error: `${path} line ${number} is not an analysis (version 1)` };
  return { file, analysis: v as Analysis };
}

export async function* records(paths: readonly string[], jobs: number): AsyncGenerator<OpinionRecord> {
  for (let i = 0; i < paths.length; ) {
    if (isResults(paths[i])) {
      for await (const { line, number } of readLines(paths[i])) yield parseLine(paths[i], line, number);
      i++;
      continue;
    }
    // consecutive opinion paths share one pool of workers
    let j = i;
    while (j < paths.length && !isResults(paths[j])) j++;
    for await (const d of analyzeInOrder(inputs(paths.slice(i, j)), jobs)) {
      yield d.json !== undefined ? { file: d.file, analysis: JSON.parse(Buffer.from(d.json.buffer, d.json.byteOffset, d.json.byteLength).toString('utf8')) as Analysis } : { file: d.file, error: d.error };
    }
    i = j;
  }
}
