import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addAnnotation, importText, listAnnotations, makeBackup, openLensDb, putSetting, saveOpinion } from '../../../lib/db/index';
import { exportJsonLd } from '../../../lib/export/jsonld';
import { makeAnalysis, note, override } from '../export/fixtures';

let n = 0;
const fresh = () => openLensDb(`import-test-${++n}-${Date.now()}`);
const a = makeAnalysis();
const OPINION = 'https://www.courtlistener.com/opinion/4800000/roman-catholic-diocese/';
const mine = [note(a, 'unquestionably constitutes irreparable injury', 'Elrod, "per se"', ['harm']), override(a, 4, 'public', 'nonmovant')];
const jsonld = exportJsonLd({ analysis: a, annotations: mine });
const strip = (x: object) => JSON.parse(JSON.stringify(x));

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
    expect(got).toMatchObject({ id: 'http://example.org/anno23', kind: 'highlight', note: 'Harm presumed under Elrod', created: '2025-01-28T12:00:00Z', modified: '2025-01-28T12:00:00Z' });
    expect(got.selectors).toEqual([{ type: 'TextQuoteSelector', exact: 'irreparable injury', prefix: 'unquestionably constitutes ', suffix: '.' }]);
    db.close();
  });
});

describe('backup and restore', () => {
  it('restores opinions, annotations and settings into an empty library', async () => {
    const src = await fresh();
    await saveOpinion(src, a, 'hash-1', 1000);
    for (const m of mine) await addAnnotation(src, m);
    await putSetting(src, 'palette', 2, { harm: '#c33' });
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
