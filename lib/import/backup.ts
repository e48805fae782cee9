/**
 * The full-library backup: every opinion row, live annotation and setting, with a format
 * name and version. `settings` holds the database's reader rows and, as one more row, the
 * reader's options (kept in the extension's storage, not the database: the page passes
 * them in, lib/ext/export-service.ts). Cached analyses are left out (they are recomputed
 * from the page). `parseBackup` validates everything before anything is written; dates
 * are normalised (./dates.ts) and opinion links kept only when http(s).
 */
import type { Annotation } from '../anchoring/annotation';
import type { OpinionRecord, SettingsRecord } from './records';
import type { Outcome, Relief } from '../types';
import { Invalid, refuse, type ImportResult } from './result';
import { epochMs, importClock, isoDate, UNKNOWN_DATE, type ImportClock } from './dates';
import { httpUrl, isObject, overrideObject, selectors, str, strOrNull, type Json } from './validate';

export const BACKUP_FORMAT = 'injunction-lens-backup';
/** Bump when the backup's shape changes; older Lens versions then refuse it by name. */
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  exportedAt: string;
  opinions: OpinionRecord[];
  annotations: Annotation[];
  settings: SettingsRecord[];
}

const RELIEFS: readonly Relief[] = ['tro', 'preliminary_injunction', 'permanent_injunction', 'stay_pending_appeal', 'injunction_pending_appeal', 'administrative_stay', 'other', 'none'];
const OUTCOMES: readonly Outcome[] = ['granted', 'denied', 'granted_in_part', 'moot', 'affirmed', 'reversed', 'vacated', 'affirmed_in_part', 'other'];

function oneOf<T extends string>(v: unknown, allowed: readonly T[], key: string, where: string): T | null {
  if (v == null) return null;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw new Invalid(`${where}: unknown ${key} "${String(v)}"`);
}

function list(doc: Json, key: string): unknown[] {
  const v = doc[key];
  if (v == null) throw new Invalid(`the "${key}" list is missing`);
  if (!Array.isArray(v)) throw new Invalid(`"${key}" should be a list`);
  return v;
}

function opinion(v: unknown, i: number, clock: ImportClock): OpinionRecord {
  const where = `opinion ${i + 1}`;
  if (!isObject(v)) throw new Invalid(`${where}: should be an object`);
  const findings = v.findings ?? [];
  if (!Array.isArray(findings) || findings.some((f) => typeof f !== 'string')) throw new Invalid(`${where}: "findings" should be a list of text`);
  const lastOpened = epochMs(v.lastOpened, where, 'lastOpened', clock);
  return {
    // a link that is not http(s) is dropped, not the opinion: its notes are the reader's
    id: str(v, 'id', where), url: httpUrl(strOrNull(v, 'url', where)), site: strOrNull(v, 'site', where), title: strOrNull(v, 'title', where),
    court: strOrNull(v, 'court', where), date: strOrNull(v, 'date', where), docket: strOrNull(v, 'docket', where),
    textHash: str(v, 'textHash', where), lastOpened, relief: oneOf(v.relief, RELIEFS, 'relief', where),
    outcome: oneOf(v.outcome, OUTCOMES, 'outcome', where), findings: findings as string[],
  };
}

function annotation(v: unknown, i: number, clock: ImportClock): Annotation {
  const where = `annotation ${i + 1}`;
  if (!isObject(v)) throw new Invalid(`${where}: should be an object`);
  const kind = v.kind;
  if (kind !== 'highlight' && kind !== 'override') throw new Invalid(`${where}: "kind" should be "highlight" or "override"`);
  const tags = v.tags ?? [];
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) throw new Invalid(`${where}: "tags" should be a list of text`);
  const override = overrideObject(v.override, where);
  if (kind === 'override' && !override) throw new Invalid(`${where}: an override needs "override" {factor, stance}`);
  const paragraph = v.paragraph ?? null;
  if (paragraph !== null && !(typeof paragraph === 'number' && Number.isInteger(paragraph) && paragraph >= 0)) throw new Invalid(`${where}: "paragraph" should be a whole number or null`);
  const created = isoDate(v.created, where, UNKNOWN_DATE, clock);
  return {
    id: str(v, 'id', where), opinionId: str(v, 'opinionId', where), kind, selectors: selectors(v.selectors, where),
    note: str(v, 'note', where, true), tags: tags as string[], paragraph, override, created,
    modified: isoDate(v.modified, where, created, clock), deletedAt: null,
  };
}

function setting(v: unknown, i: number): SettingsRecord {
  const where = `setting ${i + 1}`;
  if (!isObject(v) || typeof v.schema !== 'number') throw new Invalid(`${where}: should be {id, schema, value}`);
  return { id: str(v, 'id', where), schema: v.schema, value: v.value };
}

/**
 * A validated backup, or why it was refused (nothing is written either way). `clock`:
 * the import's now, and where the count of dropped future dates goes.
 */
export function parseBackup(input: string | unknown, clock: ImportClock = importClock()): ImportResult<Backup> {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (e) {
      return refuse('malformed', `The backup is not valid JSON (${(e as Error).message}); it may be cut short.`);
    }
  }
  if (!isObject(doc) || doc.format !== BACKUP_FORMAT) return refuse('unsupported', `This is not an Injunction Lens backup (no "format": "${BACKUP_FORMAT}").`);
  const version = doc.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('malformed', 'The backup has no valid "formatVersion".');
  if (version > BACKUP_VERSION) {
    return refuse('future-version', `This backup was made by a newer Injunction Lens (backup format ${version}; this version reads up to ${BACKUP_VERSION}). Update the extension, then restore it. Nothing was changed.`);
  }
  try {
    const backup: Backup = {
      format: BACKUP_FORMAT,
      formatVersion: version,
      exportedAt: isoDate(doc.exportedAt, 'the backup', UNKNOWN_DATE, clock),
      opinions: list(doc, 'opinions').map((v, i) => opinion(v, i, clock)),
      annotations: list(doc, 'annotations').map((v, i) => annotation(v, i, clock)),
      settings: (doc.settings == null ? [] : list(doc, 'settings')).map(setting),
    };
    for (const [name, rows] of [['opinion', backup.opinions], ['annotation', backup.annotations], ['setting', backup.settings]] as const) {
      const seen = new Set<string>();
      for (const r of rows) {
        if (seen.has(r.id)) throw new Invalid(`${name} id "${r.id}" appears twice`);
        seen.add(r.id);
      }
    }
    return { ok: true, value: backup };
  } catch (e) {
    if (e instanceof Invalid) return refuse(/missing/.test(e.message) ? 'partial' : 'malformed', `Nothing was restored: ${e.message}.`);
    throw e;
  }
}

/** A backup object for the given rows (`makeBackup` in lib/db reads them from the database). */
export function backupOf(opinions: OpinionRecord[], annotations: Annotation[], settings: SettingsRecord[], now = new Date()): Backup {
  return { format: BACKUP_FORMAT, formatVersion: BACKUP_VERSION, exportedAt: now.toISOString(), opinions, annotations, settings };
}
