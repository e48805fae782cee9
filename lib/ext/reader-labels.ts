import type { Analysis } from '../types';
import { applyOverrides, listAnnotations, opinionId, saveOpinion } from '../db/index';
import { lensDb } from './store';

/**
 * The reader's corrections win over the machine's labels everywhere, so they are applied
 * before painting; the opinion is recorded in the library. A database failure costs only
 * that: the page is still painted.
 */
export async function withReaderLabels(analysis: Analysis, hash: string): Promise<Analysis> {
  try {
    const db = await lensDb();
    const id = opinionId(analysis.document.source?.url, hash);
    const labelled = applyOverrides(analysis, await listAnnotations(db, id));
    // the library entry is written after the page has its answer
    if (labelled.isOpinion) void saveOpinion(db, labelled, hash);
    return labelled;
  } catch {
    return analysis;
  }
}
