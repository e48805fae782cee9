import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describe as describeSpan } from '../../../lib/anchoring/describe';
import { importText, makeBackup, openLensDb, searchLibrary, type LensDb, type OpinionRecord } from '../../../lib/db/index';
import { toRecord } from '../../../lib/db/annotations';
import { INDEX_SNAPSHOT_KEY, searchIndex } from '../../../lib/db/search-index';
import { bumpRevision } from '../../../lib/db/revision';

// Sentences of a real opinion as the reader's notes and quotes.
const text = readFileSync(new URL('../../fixtures/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt', import.meta.url), 'utf8');
const sentences = text.match(/[^.!?]{40,200}[.!?]/g)!;
const COURTS = ['dcd', 'ca9', 'scotus', 'nysd'];
const RELIEFS = ['preliminary_injunction', 'tro', 'stay_pending_appeal'] as const;
const OUTCOMES = ['granted', 'denied'] as const;

let db: LensDb;
const NAME = `search-test-${Date.now()}`;
const opinions: OpinionRecord[] = Array.from({ length: 60 }, (_, i) => ({
  id: `https://example.test/op/${i}`, url: `https://example.test/op/${i}`, site: null, title: `Opinion ${i} v. Agency`, court: COURTS[i % 4],
  date: null, docket: `1:19-cv-${1000 + i}`, textHash: `h${i}`, lastOpened: i, relief: RELIEFS[i % 3], outcome: OUTCOMES[i % 2],
  findings: i % 5 === 0 ? ['harm:movant', 'harm:presumed'] : ['harm:nonmovant'],
}));

beforeAll(async () => {
  db = await openLensDb(NAME);
  await db.opinions.bulkPut(opinions);
  const rows = Array.from({ length: 10000 }, (_, i) => {
    const s = sentences[i % sentences.length];
    const at = text.indexOf(s);
    const quote = s.slice(0, 60);
    return toRecord({
      id: `urn:uuid:${i}`, opinionId: opinions[i % opinions.length].id, kind: 'highlight', selectors: describeSpan(text, at, at + quote.length),
      note: i === 4321 ? 'Compare the Zadvydas detention reasoning' : sentences[(i * 7) % sentences.length], tags: i % 10 === 0 ? ['expedited removal'] : [],
      paragraph: null, override: null, created: '2026-11-01T00:00:00Z', modified: '2026-11-01T00:00:00Z', deletedAt: i === 4322 ? 1 : null,
    });
  });
  await db.annotations.bulkPut(rows);
}, 60000);

// Speed is measured by `npm run bench` (scripts/bench-library.ts), not here: these bounds
// only catch a search that has fallen back to scanning every row on every keystroke.
const SANE_MS = 1000;

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
}

describe('searchLibrary over 10,000 annotations', () => {
  it('finds a rare word in a note without a full scan', async () => {
    // the first search after a change reads every row once to build the word index
    const [, cold] = await timed(() => searchLibrary(db, 'warm-up'));
    expect(cold).toBeLessThan(5000);
    const [r, ms] = await timed(() => searchLibrary(db, 'zadvydas detention'));
    expect(r.hits.flatMap((h) => h.annotations.map((a) => a.id))).toContain('urn:uuid:4321');
    expect(ms).toBeLessThan(SANE_MS);
  });

  it('applies court, relief, outcome and finding filters without a full scan', async () => {
    const [r, ms] = await timed(() => searchLibrary(db, 'removal', { court: 'dcd', findings: ['harm:presumed'] }));
    expect(ms).toBeLessThan(SANE_MS);
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) expect([h.opinion.court, h.opinion.findings.includes('harm:presumed')]).toEqual(['dcd', true]);
  });

  it('caps rows read for a common word, without a full scan', async () => {
    const [r, ms] = await timed(() => searchLibrary(db, 'the', {}, 50));
    expect(r.hits.reduce((n, h) => n + h.annotations.length, 0)).toBe(50);
    expect(ms).toBeLessThan(SANE_MS);
  });

  it('matches a tag and the opinion’s own title, skips deleted notes', async () => {
    const tagged = await searchLibrary(db, '', { tag: 'Expedited Removal', relief: 'tro' });
    expect(tagged.hits.every((h) => h.opinion.relief === 'tro' && h.annotations.every((a) => a.tags.includes('expedited removal')))).toBe(true);
    expect(tagged.hits.length).toBeGreaterThan(0);
    const byTitle = await searchLibrary(db, 'opinion 17');
    expect(byTitle.hits.find((h) => h.opinion.id.endsWith('/17'))?.opinionMatched).toBe(true);
    const deleted = await db.annotations.get('urn:uuid:4322');
    const w = deleted!.words.find((x) => x.length > 6)!;
    const r = await searchLibrary(db, w, {}, 10000);
    expect(r.hits.flatMap((h) => h.annotations.map((a) => a.id))).not.toContain('urn:uuid:4322');
  });
});

describe('the saved word index', () => {
  it('lets a newly opened library search without reading every annotation', async () => {
    const first = await searchLibrary(db, 'Zadvydas');
    await new Promise((r) => setTimeout(r, 50)); // the snapshot is written after the search returns
    const saved = await db.settings.get(INDEX_SNAPSHOT_KEY);
    expect((saved?.value as { entries: unknown[] }).entries.length).toBe(9999); // the deleted one is not indexed
    const reopened = await openLensDb(NAME);
    reopened.annotations.each = () => {
      throw new Error('read every annotation');
    };
    const again = await searchLibrary(reopened, 'Zadvydas');
    expect(again.hits.map((h) => h.annotations.map((a) => a.id))).toEqual(first.hits.map((h) => h.annotations.map((a) => a.id)));
    expect(again.hits.flatMap((h) => h.annotations.map((a) => a.id))).toEqual(['urn:uuid:4321']);
    reopened.close();
  });
  it('is not used once the annotations changed, and is left out of backups', async () => {
    await db.transaction('rw', db.annotations, db.settings, async () => {
      await db.annotations.put(toRecord({ id: 'urn:uuid:new', opinionId: opinions[0].id, kind: 'highlight', selectors: [], note: 'Zadvydas again', tags: [], paragraph: null, override: null, created: '2026-11-02T00:00:00Z', modified: '2026-11-02T00:00:00Z', deletedAt: null }));
      await bumpRevision(db);
    });
    const reopened = await openLensDb(NAME);
    const found = await searchLibrary(reopened, 'Zadvydas');
    expect(found.hits.flatMap((h) => h.annotations.map((a) => a.id)).sort()).toEqual(['urn:uuid:4321', 'urn:uuid:new']);
    const backup = await makeBackup(reopened);
    expect((backup.settings ?? []).map((r) => r.id)).not.toContain(INDEX_SNAPSHOT_KEY);
    reopened.close();
  });
});

describe('overlapping index reads', () => {
  it('share one build: a search typed while the library warms the index waits for that build', async () => {
    const reopened = await openLensDb(NAME);
    await reopened.transaction('rw', reopened.settings, () => bumpRevision(reopened)); // the saved index is stale now
    let scans = 0;
    const each = reopened.annotations.each.bind(reopened.annotations);
    reopened.annotations.each = ((cb: Parameters<typeof each>[0]) => {
      scans++;
      return each(cb);
    }) as typeof each;
    const [a, b] = await Promise.all([searchIndex(reopened), searchIndex(reopened)]);
    expect(a).toBe(b);
    expect(scans).toBe(1);
    reopened.close();
  });
});

describe('restoring a backup and the saved index', () => {
  it('never rolls the revision back, so a deleted note is not found through a stale saved index', async () => {
    const name = `restore-rev-${Date.now()}`;
    const d = await openLensDb(name);
    await d.opinions.bulkPut([opinions[0]]);
    const note = (id: string, text: string) =>
      toRecord({ id, opinionId: opinions[0].id, kind: 'highlight', selectors: [], note: text, tags: [], paragraph: null, override: null, created: '2026-11-02T00:00:00Z', modified: '2026-11-02T00:00:00Z', deletedAt: null });
    const write = (f: () => Promise<unknown>) => d.transaction('rw', d.annotations, d.settings, async () => {
      await f();
      await bumpRevision(d);
    });
    await write(() => d.annotations.put(note('a', 'aardvark')));
    const backup = await makeBackup(d);
    expect(backup.settings.map((r) => r.id)).not.toContain('annotations-revision');
    await write(() => d.annotations.put(note('x', 'zebra crossing')));
    expect((await searchLibrary(d, 'zebra')).annotationMatches).toBe(1); // index built and saved at this revision
    await new Promise((r) => setTimeout(r, 50));
    expect((await importText(d, JSON.stringify(backup))).ok).toBe(true);
    await write(() => d.annotations.delete('x'));
    d.close();
    const reopened = await openLensDb(name);
    expect((await searchLibrary(reopened, 'zebra')).annotationMatches).toBe(0);
    expect((await searchLibrary(reopened, 'aardvark')).annotationMatches).toBe(1);
    reopened.close();
  });
});
