/**
 * The library as exports want it: each opinion's cached analysis (the current analyser's
 * if cached, else the newest cached one) with the reader's annotations. Opinions whose
 * analysis is no longer cached are listed in `missing` so the caller can say so.
 */
import type { OpinionExport } from '../export/opinion-export';
import { listAnnotations } from './annotations';
import type { LensDb, OpinionRecord } from './schema';

export interface LibraryExport {
  items: OpinionExport[];
  missing: OpinionRecord[];
}

export async function libraryForExport(db: LensDb, analyzerVersion: string, opinionIds?: readonly string[]): Promise<LibraryExport> {
  const opinions = opinionIds ? (await db.opinions.bulkGet([...opinionIds])).filter((o): o is OpinionRecord => !!o) : await db.opinions.orderBy('lastOpened').reverse().toArray();
  const items: OpinionExport[] = [];
  const missing: OpinionRecord[] = [];
  for (const o of opinions) {
    const cached = await db.analyses.where('hash').equals(o.textHash).toArray();
    const best = cached.find((r) => r.version === analyzerVersion) ?? cached.sort((a, b) => b.savedAt - a.savedAt)[0];
    if (!best) {
      missing.push(o);
      continue;
    }
    items.push({ analysis: best.analysis, annotations: await listAnnotations(db, o.id) });
  }
  return { items, missing };
}
