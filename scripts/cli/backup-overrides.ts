/**
 * `--backup FILE`: the reader's own corrections from a library backup applied to the
 * analyses, as the extension applies them (lib/export/overrides.ts): the backup's opinion is
 * found by its id (canonical URL, or the text's SHA-256) or its text hash, and each
 * correction re-anchors on its quoted passage, so it lands even where the CLI's reading text
 * differs a little from the page's.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Annotation } from '../../lib/anchoring/annotation';
import { opinionId } from '../../lib/db/opinions';
import { applyOverrides } from '../../lib/export/overrides';
import { parseBackup } from '../../lib/import/backup';
import type { Analysis } from '../../lib/types';
import { UsageError } from './args';

/** the largest backup read; the extension's own import takes the same */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;

export interface Corrections {
  apply(analysis: Analysis): Analysis;
  /** opinions a correction applied to so far */
  corrected: number;
}

export function loadCorrections(path: string): Corrections {
  let text: string;
  try {
    if (statSync(path).size > MAX_BACKUP_BYTES) throw new UsageError(`--backup ${path} is over 256 MB, the most a backup may be`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--backup: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new UsageError(`--backup ${path}: ${parsed.message}`);
  const { opinions, annotations } = parsed.value;
  const byOpinion = new Map<string, Annotation[]>();
  for (const a of annotations) {
    if (a.kind !== 'override') continue;
    const list = byOpinion.get(a.opinionId) ?? [];
    list.push(a);
    byOpinion.set(a.opinionId, list);
  }
  const idsByHash = new Map<string, string[]>();
  for (const o of opinions) idsByHash.set(o.textHash, [...(idsByHash.get(o.textHash) ?? []), o.id]);
  const result: Corrections = {
    corrected: 0,
    apply(analysis) {
      if (byOpinion.size === 0) return analysis;
      const hash = createHash('sha256').update(analysis.text).digest('hex');
      const ids = new Set([opinionId(analysis.document.source?.url, hash), ...(idsByHash.get(hash) ?? [])]);
      const mine = [...ids].flatMap((id) => byOpinion.get(id) ?? []);
      if (mine.length === 0) return analysis;
      result.corrected++;
      return applyOverrides(analysis, mine);
    },
  };
  return result;
}
