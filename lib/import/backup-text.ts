/**
 * A backup written as text parts, one row a line, so a library of any size is never one
 * string: the caller reads rows a page at a time, hands each page to `rows`, and joins the
 * parts into a Blob. The text is the same JSON document `parseBackup` reads (one row per
 * line also keeps a diff of two backups readable).
 */
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';

export type BackupList = 'settings' | 'opinions' | 'annotations';

export class BackupText {
  readonly parts: string[] = [];
  /** the list being written: none open, open and empty, or holding rows */
  private state: 'none' | 'empty' | 'rows' = 'none';

  constructor(now: Date) {
    this.parts.push(`{"format":${JSON.stringify(BACKUP_FORMAT)},"formatVersion":${BACKUP_VERSION},"exportedAt":${JSON.stringify(now.toISOString())}`);
  }

  /** Opens the next list (closing the one before). */
  list(key: BackupList): this {
    this.close();
    this.parts.push(`,\n${JSON.stringify(key)}:[`);
    this.state = 'empty';
    return this;
  }

  /** Appends a page of rows to the open list, as one part. */
  rows(rows: readonly unknown[]): this {
    if (this.state === 'none') throw new Error('BackupText.rows before list()');
    if (rows.length === 0) return this;
    this.parts.push((this.state === 'rows' ? ',\n' : '\n') + rows.map((r) => JSON.stringify(r)).join(',\n'));
    this.state = 'rows';
    return this;
  }

  /** Closes the document and returns its parts. */
  end(): string[] {
    this.close();
    this.parts.push('}\n');
    return this.parts;
  }

  private close() {
    if (this.state === 'rows') this.parts.push('\n]');
    else if (this.state === 'empty') this.parts.push(']');
    this.state = 'none';
  }
}
