/**
 * What the extension names its downloads (lib/ext/export-service.ts): one opinion after
 * its case, year and format; the whole library after the library and the format; a
 * backup after the day it was made.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLensDb, saveOpinion } from '../../../lib/db/index';
import { exportLibraryBlob, exportTab, type SettingsStorage } from '../../../lib/ext/export-service';
import { EXPORT_FORMATS, type ExportFormat } from '../../../lib/export/index';
import { makeAnalysis } from './fixtures';

const none: SettingsStorage = { get: async () => ({}), set: async () => {} };
const a = makeAnalysis();
let n = 0;

describe('download names', () => {
  it.each<[ExportFormat, string]>([
    ['md', 'roman-catholic-diocese-of-brooklyn-v-cuomo-2020-bench-memo.md'],
    ['csv', 'roman-catholic-diocese-of-brooklyn-v-cuomo-2020-labels.csv'],
    ['jsonld', 'roman-catholic-diocese-of-brooklyn-v-cuomo-2020-annotations.jsonld'],
    ['csl', 'roman-catholic-diocese-of-brooklyn-v-cuomo-2020-authorities.json'],
    ['html', 'roman-catholic-diocese-of-brooklyn-v-cuomo-2020-report.html'],
  ])('one opinion as %s: %s', async (format, name) => {
    const db = await openLensDb(`names-${++n}-${Date.now()}`);
    expect((await exportTab(db, a, 'hash-1', format)).filename).toBe(name);
    db.close();
  });

  it('an opinion without a title is named after its parties, else "opinion"', async () => {
    const db = await openLensDb(`names-${++n}-${Date.now()}`);
    const parties = { ...a, document: { ...a.document, title: null, parties: { movant: 'Jaime Smalls', nonmovant: 'Scruggs' } } };
    expect((await exportTab(db, parties, 'hash-2', 'md')).filename).toBe('jaime-smalls-v-scruggs-2020-bench-memo.md');
    const bare = { ...a, document: { ...a.document, title: null, date: null } };
    expect((await exportTab(db, bare, 'hash-3', 'md')).filename).toBe('opinion-bench-memo.md');
    db.close();
  });

  it('the whole library, in each format, and a backup', async () => {
    const db = await openLensDb(`names-${++n}-${Date.now()}`);
    await saveOpinion(db, a, 'hash-1', Date.parse('2026-11-30T00:00:00Z'));
    const names = await Promise.all(EXPORT_FORMATS.map(async (f) => (await exportLibraryBlob(db, f, none)).filename));
    expect(names).toEqual(['injunction-lens-library-annotations.jsonld', 'injunction-lens-library-labels.csv', 'injunction-lens-library-bench-memo.md', 'injunction-lens-library-authorities.json', 'injunction-lens-library-report.html']);
    expect((await exportLibraryBlob(db, 'backup', none, new Date('2026-12-02T09:00:00Z'))).filename).toBe('injunction-lens-backup-2026-12-02.json');
    db.close();
  });
});
