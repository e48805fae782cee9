/**
 * The rows the database stores, as a backup file holds them: plain types, no Dexie. They live
 * with the importer that validates them (lib/import sits below lib/db, which restores through
 * it); lib/db/records.ts re-exports them for the database's own code.
 */
import type { Annotation } from '../anchoring/annotation';
import type { Analysis, Outcome, Relief } from '../types';

/** One opinion the reader opened: what the library list and its filters show. */
export interface OpinionRecord {
  /** canonical URL, or "sha256:<hash>" for a file without one */
  id: string;
  url: string | null;
  site: string | null;
  title: string | null;
  court: string | null;
  date: string | null;
  docket: string | null;
  textHash: string;
  /** ms since epoch */
  lastOpened: number;
  relief: Relief | null;
  outcome: Outcome | null;
  /** factor findings for the filters: "harm:movant", "harm:presumed", "success:nonmovant" … */
  findings: string[];
}

/** A cached analysis: keyed by text hash and analyser version. */
export interface AnalysisRecord {
  /** `${hash}@${version}` */
  id: string;
  hash: string;
  version: string;
  savedAt: number;
  analysis: Analysis;
  /** textKey(analysis.text): the page's own key for a revisit (v3; absent on rows it could not compute) */
  textKey?: string;
}

/** An annotation as stored: the pure model plus the words index for library search. */
export interface AnnotationRecord extends Annotation {
  /** lower-cased words of note, tags and quote (multi-entry index) */
  words: string[];
}

/** Settings, one row per key, each carrying the schema of its value. */
export interface SettingsRecord {
  id: string;
  schema: number;
  value: unknown;
}

