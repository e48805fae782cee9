/**
 * The storage layer: the only place that imports Dexie. Open it in the background or
 * side panel (the extension's origin), never in a content script.
 */
export { openLensDb, LensDbError, type OpenOptions } from './open';
export { LensDb, DB_VERSION, DEFAULT_DB_NAME, type OpinionRecord, type AnalysisRecord, type AnnotationRecord, type SettingsRecord } from './schema';
export { type DbResult, type DbError, isQuotaError } from './result';
export { getCachedAnalysis, getAnalysisByTextKey, putAnalysis, pruneAnalyses, analysisStore } from './analyses';
export { saveOpinion, opinionRecord, opinionId, getOpinion, recentOpinions } from './opinions';
export {
  addAnnotation,
  updateAnnotation,
  deleteAnnotation,
  undoDelete,
  purgeDeleted,
  listAnnotations,
  allAnnotations,
  listTagged,
  newAnnotationId,
  type NewAnnotation,
  type AnnotationPatch,
} from './annotations';
export { forgetSearchIndex, searchIndex as warmSearchIndex } from './search-index';
export { searchLibrary, type LibraryFilters, type LibraryHit, type LibraryResult } from './search';
export { moveSettingOut } from './settings';
export { applyOverrides } from '../export/overrides';
export { makeBackup, backupParts, importText, applyImport, type ImportCounts, type ImportOutcome } from './restore';
export { libraryForExport, type LibraryExport } from './library';
