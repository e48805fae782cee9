/** The rows the database stores: defined with the backup format they are read from (lib/import, below lib/db). */
export type { OpinionRecord, AnalysisRecord, AnnotationRecord, SettingsRecord } from '../import/records';
