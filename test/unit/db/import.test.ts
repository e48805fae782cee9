import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addAnnotation, importText, listAnnotations, makeBackup, openLensDb, saveOpinion, updateAnnotation } from '../../../lib/db/index';
import { parseImport } from '../../../lib/import/index';
import { exportJsonLd } from '../../../lib/export/jsonld';
import { makeAnalysis, note, override } from '../export/fixtures';

let n = 0;
const fresh = () => openLensDb(`import-test-${++n}-${Date.now()}`);
const a = makeAnalysis();
const OPINION = 'https://www.courtlistener.com/opinion/4800000/roman-catholic-diocese/';
const mine = [note(a, 'unquestionably constitutes irreparable injury', 'Elrod, "per se"', ['harm']), override(a, 4, 'public', 'nonmovant')];
const jsonld = exportJsonLd({ analysis: a, annotations: mine });
const strip = (x: object) => JSON.parse(JSON.stringify(x));
const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);

describe('JSON-LD import', () => {
  it('brings back the reader’s notes and overrides (not the machine labels), and twice adds nothing', async () => {
    const db = await fresh();
    expect(await importText(db, jsonld)).toEqual({ ok: true, value: { added: 2, updated: 0, unchanged: 0 } });
    const got = await listAnnotations(db, OPINION);
    // the paragraph index is not part of the W3C model: overrides are placed by their selectors
    expect(strip(got)).toEqual(strip(mine.map((m) => ({ ...m, paragraph: null, deletedAt: null }))));
    expect(await importText(db, jsonld)).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 2 } });
    expect(await db.annotations.count()).toBe(2);
    db.close();
  });

  it('keeps a note edited here after the file was made', async () => {
    const db = await fresh();
    await importText(db, jsonld);
    const later = JSON.parse(jsonld);
    later.first.items[0].modified = '2026-10-01T00:00:00.000Z';
    later.first.items[0].body[0].value = 'older text';
    expect((await importText(db, JSON.stringify(later))).ok).toBe(true);
    expect((await listAnnotations(db, OPINION)).find((x) => x.id === mine[0].id)!.note).toBe('Elrod, "per se"');
    db.close();
  });

  it('writes a correction’s label as fields and reads it back from them', async () => {
    const ov = JSON.parse(jsonld).first.items.find((i: { id: string }) => i.id === mine[1].id);
    expect(ov.body).toEqual([{ type: 'TextualBody', value: 'Public interest: found for the non-movant', purpose: 'classifying', factor: 'public', stance: 'nonmovant' }]);
    const r = parseImport(jsonld, NOW);
    expect(r.ok && r.value.kind === 'annotations' && r.value.annotations.find((x) => x.id === mine[1].id)?.override).toEqual({ factor: 'public', stance: 'nonmovant' });
  });

  // Exported by Lens before the label had fields: "factor=public; stance=nonmovant" as the
  // body's text, one correction moved from another factor, one removing a label, and the
  // analyser's labels with "; confidence=0.80" (skipped on import).
  const OLD = readFileSync(new URL('../export/jsonld-labels-as-text.jsonld', import.meta.url), 'utf8');
  const moved = { ...override(a, 2, 'success', 'nonmovant', 'urn:uuid:ov-moved') };
  moved.override = { factor: 'success', stance: 'nonmovant', replaces: 'harm' };
  const removed = { ...override(a, 3, 'public', 'movant', 'urn:uuid:ov-removed') };
  removed.override = { factor: 'public', stance: 'movant', remove: true };
  const earlier = [...mine, moved, removed];

  it('imports a file exported before the label had fields, without loss', async () => {
    expect(OLD).toContain('"value": "factor=success; stance=nonmovant; replaces=harm"');
    const db = await fresh();
    expect(await importText(db, OLD)).toEqual({ ok: true, value: { added: 4, updated: 0, unchanged: 0 } });
    const got = await listAnnotations(db, OPINION);
    expect(strip(got).sort(byId)).toEqual(strip(earlier.map((m) => ({ ...m, paragraph: null, deletedAt: null }))).sort(byId));
    // exported again in today's form, the same four annotations: importing that adds nothing
    const again = exportJsonLd({ analysis: a, annotations: got });
    expect(again).not.toContain('factor=');
    expect(await importText(db, again)).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 4 } });
    const fields = JSON.parse(again).first.items.filter((i: { creator: { type: string }; motivation: string }) => i.creator.type === 'Person' && i.motivation === 'classifying').map((i: { body: object[] }) => i.body[0]);
    expect(fields).toEqual(expect.arrayContaining([
      expect.objectContaining({ factor: 'success', stance: 'nonmovant', replaces: 'harm', value: 'Likelihood of success: found for the non-movant (moved from Irreparable harm)' }),
      expect.objectContaining({ factor: 'public', stance: 'movant', remove: true, value: 'Public interest: label removed' }),
    ]));
    db.close();
  });

  it('reads a single W3C Annotation written by another tool (body and selector as objects)', async () => {
    const db = await fresh();
    const w3c = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'http://example.org/anno23',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2025-01-28T12:00:00Z',
      body: { type: 'TextualBody', value: 'Harm presumed under Elrod', format: 'text/plain' },
      target: { source: 'https://example.org/opinion#p12', selector: { type: 'TextQuoteSelector', exact: 'irreparable injury', prefix: 'unquestionably constitutes ', suffix: '.' } },
    };
    expect(await importText(db, JSON.stringify(w3c))).toEqual({ ok: true, value: { added: 1, updated: 0, unchanged: 0 } });
    const [got] = await listAnnotations(db, 'https://example.org/opinion');
    // dates are stored as ISO 8601 UTC, one spelling per instant
    expect(got).toMatchObject({ id: 'http://example.org/anno23', kind: 'highlight', note: 'Harm presumed under Elrod', created: '2025-01-28T12:00:00.000Z', modified: '2025-01-28T12:00:00.000Z' });
    expect(got.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'irreparable injury', prefix: 'unquestionably constitutes ', suffix: '.' }]);
    db.close();
  });
});

describe('backup and restore', () => {
  it('restores opinions, annotations and settings into an empty library', async () => {
    const src = await fresh();
    await saveOpinion(src, a, 'hash-1', 1000);
    for (const m of mine) await addAnnotation(src, m);
    // a row a later Lens might keep in the settings table travels with the backup
    await src.settings.put({ id: 'palette', schema: 2, value: { harm: '#c33' } });
    const text = JSON.stringify(await makeBackup(src, new Date('2026-11-20T00:00:00Z')));
    const dst = await fresh();
    expect(await importText(dst, text)).toEqual({ ok: true, value: { added: 3, updated: 0, unchanged: 0 } });
    expect(await dst.opinions.get(OPINION)).toEqual(await src.opinions.get(OPINION));
    expect((await listAnnotations(dst, OPINION)).map((x) => x.id)).toEqual((await listAnnotations(src, OPINION)).map((x) => x.id));
    expect((await dst.settings.get('palette'))?.value).toEqual({ harm: '#c33' });
    expect((await importText(dst, text)).ok && (await dst.annotations.count())).toBe(2);
    src.close();
    dst.close();
  });
});

const backup = (over: object) => JSON.stringify({ format: 'injunction-lens-backup', formatVersion: 1, exportedAt: '2026-11-20T00:00:00Z', opinions: [], annotations: [], settings: [], ...over });
const goodAnn = { id: 'urn:uuid:x', opinionId: OPINION, kind: 'highlight', selectors: [{ type: 'TextQuoteSelector', exact: 'harm', prefix: '', suffix: '' }], note: 'n', tags: [], paragraph: null, override: null, created: '2026-11-01T00:00:00Z', modified: '2026-11-01T00:00:00Z' };
const doc = JSON.parse(jsonld);
const withItem = (f: (item: any) => void) => {
  const d = structuredClone(doc);
  f(d.first.items[0]);
  return JSON.stringify(d);
};

describe('refused imports change nothing', () => {
  it.each([
    ['cut-short JSON', jsonld.slice(0, jsonld.length / 2), 'malformed', /not valid JSON/],
    ['not Web Annotation', JSON.stringify({ '@context': 'https://schema.org', type: 'Thing' }), 'unsupported', /@context/],
    ['collection missing items', JSON.stringify({ ...doc, first: { ...doc.first, items: doc.first.items.slice(1) } }), 'partial', /cut short/],
    ['annotation without a target', withItem((i) => delete i.target), 'malformed', /annotation 1: has no target/],
    ['position ending before it starts', withItem((i) => (i.target.selector[0] = { type: 'TextPositionSelector', start: 9, end: 3 })), 'malformed', /ends \(3\) before it starts \(9\)/],
    ['override with an unknown factor', withItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'classifying', value: 'factor=merits; stance=movant' }])), 'malformed', /unknown factor "merits"/],
    ['override with an unknown factor in its fields', withItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'classifying', value: 'Merits', factor: 'merits', stance: 'movant' }])), 'malformed', /unknown factor "merits"/],
    ['override with a factor but no stance', withItem((i) => (i.body = [{ type: 'TextualBody', purpose: 'classifying', value: 'Irreparable harm', factor: 'harm' }])), 'malformed', /unknown stance "undefined"/],
    ['backup from a newer Lens', backup({ formatVersion: 2 }), 'future-version', /newer Injunction Lens.*Nothing was changed/],
    ['backup without its annotations list', backup({ annotations: undefined }), 'partial', /"annotations" list is missing/],
    ['backup with an annotation of unknown kind', backup({ annotations: [{ ...goodAnn, kind: 'bookmark' }] }), 'malformed', /annotation 1: "kind"/],
    ['backup with a repeated id', backup({ annotations: [goodAnn, goodAnn] }), 'malformed', /appears twice/],
    ['backup with a bad relief', backup({ opinions: [{ id: OPINION, textHash: 'h', relief: 'habeas', findings: [] }], annotations: [goodAnn] }), 'malformed', /unknown relief "habeas"/],
  ])('%s', async (_name, text, error, message) => {
    const db = await fresh();
    const r = await addAnnotation(db, { ...mine[0], note: 'existing' });
    expect(r.ok).toBe(true);
    const before = strip(await db.annotations.toArray());
    const out = await importText(db, text);
    expect(out).toMatchObject({ ok: false, error });
    expect(!out.ok && out.message).toMatch(message);
    expect(strip(await db.annotations.toArray())).toEqual(before);
    expect(await db.opinions.count()).toBe(0);
    db.close();
  });

  it('rolls back a valid backup whose write fails half way (disk full)', async () => {
    const db = await fresh();
    db.settings.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const out = await importText(db, backup({ annotations: [goodAnn], opinions: [{ id: OPINION, textHash: 'h', findings: [] }], settings: [{ id: 's', schema: 1, value: 1 }] }));
    expect(out).toMatchObject({ ok: false, error: 'quota' });
    expect([await db.annotations.count(), await db.opinions.count()]).toEqual([0, 0]);
    db.close();
  });
});

// A fixed clock: these tests do not depend on the day they run.
const NOW = Date.parse('2026-12-02T09:00:00Z');
const LOCAL_EDIT = new Date('2026-12-01T12:00:00Z');

describe('dates on re-import are instants, not strings', () => {
  // The file made before the local edit carries a later-looking `modified`: as text "9999"
  // and "Tue, …" sort after "2026-…", so a string comparison let the file win every time.
  it.each([
    ['a bare year 9999', '9999'],
    ['an ISO date far in the future', '9999-12-31T23:59:59Z'],
    ['a date just past now + 1 day', '2026-12-03T09:00:01Z'],
    ['an RFC 2822 date before the edit', 'Tue, 01 Dec 2026 10:00:00 GMT'],
    ['an ISO date with an offset, before the edit', '2026-12-01T13:00:00+05:00'],
  ])('%s does not beat a later local edit', async (_name, modified) => {
    const db = await fresh();
    expect((await importText(db, backup({ annotations: [goodAnn] }), NOW)).ok).toBe(true);
    expect((await updateAnnotation(db, goodAnn.id, { note: 'my later edit' }, LOCAL_EDIT)).ok).toBe(true);
    const out = await importText(db, backup({ annotations: [{ ...goodAnn, note: 'from the file', modified }] }), NOW);
    expect(out).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 1 } });
    const row = await db.annotations.get(goodAnn.id);
    expect([row?.note, row?.modified]).toEqual(['my later edit', LOCAL_EDIT.toISOString()]);
    db.close();
  });

  it.each([
    ['an RFC 2822 date after the edit', 'Tue, 01 Dec 2026 14:00:00 GMT', '2026-12-01T14:00:00.000Z'],
    ['an ISO date with an offset, after the edit', '2026-12-01T13:00:00-05:00', '2026-12-01T18:00:00.000Z'],
    ['a date within the day of slack', '2026-12-03T08:00:00Z', '2026-12-03T08:00:00.000Z'],
  ])('%s does win, and is stored as ISO UTC', async (_name, modified, stored) => {
    const db = await fresh();
    await importText(db, backup({ annotations: [goodAnn] }), NOW);
    await updateAnnotation(db, goodAnn.id, { note: 'my edit' }, LOCAL_EDIT);
    const out = await importText(db, backup({ annotations: [{ ...goodAnn, note: 'newer in the file', modified }] }), NOW);
    expect(out).toEqual({ ok: true, value: { added: 0, updated: 1, unchanged: 0 } });
    const row = await db.annotations.get(goodAnn.id);
    expect([row?.note, row?.modified]).toEqual(['newer in the file', stored]);
    db.close();
  });

  it('a row stored with a future date by an older Lens neither wins nor blocks by it', async () => {
    const db = await fresh();
    // written as an older Lens stored it: the file's text, unchecked
    await db.annotations.put({ ...goodAnn, kind: 'highlight', override: null, note: 'stale', modified: '9999', deletedAt: null, words: [] } as never);
    const out = await importText(db, backup({ annotations: [{ ...goodAnn, note: 'real', modified: '2026-11-20T00:00:00Z' }] }), NOW);
    expect(out).toEqual({ ok: true, value: { added: 0, updated: 1, unchanged: 0 } });
    expect((await db.annotations.get(goodAnn.id))?.note).toBe('real');
    db.close();
  });

  it.each([
    // [what the file says, created stored, modified stored, future dates dropped]
    ['RFC 2822 dates', { created: 'Sun, 01 Nov 2026 10:00:00 +0100', modified: 'Mon, 02 Nov 2026 10:00:00 GMT' }, '2026-11-01T09:00:00.000Z', '2026-11-02T10:00:00.000Z', 0],
    ['no dates', { created: undefined, modified: undefined }, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', 0],
    ['modified in 9999: dropped to created', { created: '2026-11-01T00:00:00Z', modified: '9999' }, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z', 1],
    ['both in the future: the start of time', { created: '3000-01-01', modified: '3000-01-02' }, '1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z', 2],
  ])('a backup with %s is stored as ISO UTC', (_name, dates, created, modified, dropped) => {
    const plan = parseImport(backup({ annotations: [{ ...goodAnn, ...dates }] }), NOW);
    expect(plan.ok && plan.value.kind === 'backup' && [plan.value.backup.annotations[0].created, plan.value.backup.annotations[0].modified, plan.value.futureDates]).toEqual([created, modified, dropped]);
  });

  it.each([
    ['a word', 'yesterday', /annotation 1: "yesterday" is not a date/],
    ['a number', 20261101, /annotation 1: "20261101" is not a date/],
  ])('a date that is %s refuses the file', (_name, modified, message) => {
    const plan = parseImport(backup({ annotations: [{ ...goodAnn, modified }] }), NOW);
    expect(plan).toMatchObject({ ok: false, error: 'malformed' });
    expect(!plan.ok && plan.message).toMatch(message);
  });

  it.each([
    // [lastOpened in the file, stored, beats a local lastOpened of 2026-12-01T12:00Z]
    ['a time in ms before', Date.parse('2026-11-01T00:00:00Z'), Date.parse('2026-11-01T00:00:00Z'), false],
    ['a date as text, after', '2026-12-02T00:00:00Z', Date.parse('2026-12-02T00:00:00Z'), true],
    ['a time far in the future (dropped)', 1e15, 0, false],
    ['"9999" (dropped)', '9999', 0, false],
  ])('an opinion opened at %s', async (_name, lastOpened, stored, wins) => {
    const plan = parseImport(backup({ opinions: [{ id: OPINION, url: OPINION, textHash: 'h', lastOpened, findings: [] }] }), NOW);
    expect(plan.ok && plan.value.kind === 'backup' && plan.value.backup.opinions[0].lastOpened).toBe(stored);
    const db = await fresh();
    await db.opinions.put({ id: OPINION, url: OPINION, site: null, title: 'mine', court: null, date: null, docket: null, textHash: 'h', lastOpened: LOCAL_EDIT.getTime(), relief: null, outcome: null, findings: [] });
    const out = await importText(db, backup({ opinions: [{ id: OPINION, url: OPINION, textHash: 'h', title: 'file', lastOpened, findings: [] }] }), NOW);
    expect(out.ok && out.value.updated).toBe(wins ? 1 : 0);
    expect((await db.opinions.get(OPINION))?.title).toBe(wins ? 'file' : 'mine');
    db.close();
  });
});

describe('opinion links from a file are http(s) only', () => {
  // a link that is not http(s) is dropped to null; the opinion and its notes are kept
  it.each([
    ['https://www.courtlistener.com/opinion/1/x/', 'https://www.courtlistener.com/opinion/1/x/'],
    ['HTTP://example.org/a?b=c#d', 'HTTP://example.org/a?b=c#d'],
    ['javascript:alert(document.domain)', null],
    ['JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['\u0000https://x.org/', null],
    [' https://x.org/', null],
    ['https://x.org/\nnext', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['chrome-extension://abc/library.html', null],
    ['//evil.example/', null],
    ['/opinion/1', null],
    [null, null],
  ])('%j → %j', async (url, stored) => {
    const db = await fresh();
    const out = await importText(db, backup({ opinions: [{ id: 'urn:x:1', url, title: 'Kept', textHash: 'h', lastOpened: 1, findings: [] }] }), NOW);
    expect(out).toEqual({ ok: true, value: { added: 1, updated: 0, unchanged: 0 } });
    expect(await db.opinions.get('urn:x:1')).toMatchObject({ url: stored, title: 'Kept' });
    db.close();
  });
});
