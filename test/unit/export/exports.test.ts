import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { applyOverrides, cslItems, EXPORT_FORMATS, exportFileName, exportLibrary, exportOpinion, factorFindings, toJsonLdCollection } from '../../../lib/export/index';
import { exportCsv } from '../../../lib/export/csv';
import { makeAnalysis, note, override, parseCsv } from './fixtures';

const a = makeAnalysis();
const notes = [
  note(a, 'unquestionably constitutes irreparable injury', 'Elrod presumption, "per se" harm, see also Tandon', ['harm', 'Elrod']),
  note(a, 'single out houses of worship', '<script>alert(1)</script> & targeting', ['free exercise']),
];
const ovr = override(a, 4, 'public', 'nonmovant');
const item = { analysis: a, annotations: [...notes, ovr] };

describe('applyOverrides', () => {
  it('replaces the machine label with the reader’s, flagged user', () => {
    const out = applyOverrides(a, [ovr]);
    expect(out.paragraphs[4].factors).toEqual([{ factor: 'public', stance: 'nonmovant', confidence: 1, evidence: a.paragraphs[4].factors[0].evidence, user: true }]);
    expect(a.paragraphs[4].factors[0].stance).toBe('movant'); // the input is not changed
    expect(factorFindings(out).find((f) => f.factor === 'public')).toMatchObject({ stance: 'nonmovant', user: true });
  });

  it('follows the paragraph when the text shifted, and ignores a deleted override', () => {
    const shifted = { ...a, text: 'Syllabus.\n\n' + a.text, paragraphs: a.paragraphs.map((p) => ({ ...p, start: p.start + 11, end: p.end + 11 })) };
    expect(applyOverrides(shifted, [ovr]).paragraphs[4].factors[0]).toMatchObject({ stance: 'nonmovant', user: true });
    expect(applyOverrides(a, [{ ...ovr, deletedAt: 1 }]).paragraphs[4].factors[0].stance).toBe('movant');
  });

  it('removes a label the reader says does not belong', () => {
    const rm = { ...override(a, 2, 'success', 'neutral'), override: { factor: 'success' as const, stance: 'neutral' as const, remove: true } };
    expect(applyOverrides(a, [rm]).paragraphs[2].factors).toEqual([]);
  });
});

describe('factorFindings', () => {
  it('notes a presumed harm finding (the Lanham Act presumption)', () => {
    const extra = 'A plaintiff who shows a likelihood of confusion is entitled to a rebuttable presumption of irreparable harm. 15 U.S.C. § 1116(a).';
    const start = a.text.length + 2;
    const p = { index: 5, start, end: start + extra.length, heading: null, factors: [{ factor: 'harm' as const, stance: 'movant' as const, confidence: 0.7, evidence: [{ start, end: start + extra.length }] }] };
    const b = { ...a, text: a.text + '\n\n' + extra, paragraphs: [...a.paragraphs, p] };
    expect(factorFindings(b).find((f) => f.factor === 'harm')).toMatchObject({ stance: 'movant', presumed: true, paragraphs: [3, 5] });
    expect(factorFindings(a).find((f) => f.factor === 'harm')).toMatchObject({ presumed: false });
  });
});

describe('JSON-LD', () => {
  const doc = JSON.parse(exportOpinion('jsonld', item));
  const items = doc.first.items as Record<string, any>[];

  it('is a W3C AnnotationCollection of Annotations with targets and selectors', () => {
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(items.length);
    for (const it of items) {
      expect(it.type).toBe('Annotation');
      expect(typeof it.id).toBe('string');
      expect(['commenting', 'highlighting', 'classifying']).toContain(it.motivation);
      expect(it.target.source).toBe('https://www.courtlistener.com/opinion/4800000/roman-catholic-diocese/');
      const pos = it.target.selector.find((s: any) => s.type === 'TextPositionSelector');
      const quote = it.target.selector.find((s: any) => s.type === 'TextQuoteSelector');
      expect(a.text.slice(pos.start, pos.end)).toBe(quote.exact);
    }
  });

  it('carries the note, tags and the reader’s override, and drops the machine label it replaced', () => {
    const elrod = items.find((i) => i.id === notes[0].id)!;
    expect(elrod.motivation).toBe('commenting');
    expect(elrod.body).toEqual([
      { type: 'TextualBody', value: notes[0].note, purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'harm', purpose: 'tagging' },
      { type: 'TextualBody', value: 'Elrod', purpose: 'tagging' },
    ]);
    const o = items.find((i) => i.id === ovr.id)!;
    expect(o.motivation).toBe('classifying');
    // the label as fields, and in words for a person reading the file
    expect(o.body).toEqual([{ type: 'TextualBody', value: 'Public interest: found for the non-movant', purpose: 'classifying', factor: 'public', stance: 'nonmovant' }]);
    const machine = items.filter((i) => i.creator?.type === 'Software');
    expect(machine.map((m) => [m.body[0].factor, m.body[0].stance])).toEqual([['standard', 'law'], ['success', 'movant'], ['harm', 'movant']]);
    expect(machine.every((m) => typeof m.body[0].confidence === 'number' && !m.body[0].value.includes('='))).toBe(true);
    // the page names the fields as JSON-LD terms; the collection keeps the W3C context
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.first['@context']).toMatchObject({ lens: 'urn:injunction-lens:', factor: 'lens:factor', stance: 'lens:stance' });
  });
});

describe('CSV', () => {
  const csv = exportCsv(item);
  const rows = parseCsv(csv.slice(1));

  it('starts with a BOM, ends lines with CRLF, has one row per paragraph-factor and per note', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows[0][0]).toBe('opinion');
    const labels = a.paragraphs.reduce((n, p) => n + p.factors.length, 0);
    expect(rows.length - 1).toBe(labels + notes.length);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
  });

  it('quotes commas and quotes so they survive, and marks the reader’s label', () => {
    const col = (name: string) => rows[0].indexOf(name);
    const elrod = rows.find((r) => r[col('row')] === 'note' && r[col('tags')] === 'harm; elrod'.replace('elrod', 'Elrod'))!;
    expect(elrod[col('note')]).toBe('Elrod presumption, "per se" harm, see also Tandon');
    expect(elrod[col('text')]).toBe('unquestionably constitutes irreparable injury');
    expect(elrod[col('paragraph')]).toBe('4');
    expect(elrod[col('page')]).toBe('16');
    const pub = rows.find((r) => r[col('factor')] === 'public')!;
    expect([pub[col('stance')], pub[col('by')]]).toEqual(['nonmovant', 'reader']);
  });

  it('defuses a note that a spreadsheet would run as a formula', () => {
    const evil = note(a, 'houses of worship', '=HYPERLINK("http://x")');
    const r = parseCsv(exportCsv({ analysis: a, annotations: [evil] }).slice(1));
    expect(r[r.length - 1][r[0].indexOf('note')]).toBe('\'=HYPERLINK("http://x")');
  });
});

describe('CSL-JSON', () => {
  it('lists each case once as legal_case and statutes as legislation', () => {
    const items = JSON.parse(exportOpinion('csl', { analysis: { ...a, citations: [...a.citations, { ...a.citations[1], id: 'c9' }] }, annotations: [] }));
    expect(items).toEqual([
      { id: 'case-1', type: 'legal_case', title: 'Elrod v. Burns', volume: '427', page: '347', 'container-title': 'U.S.', issued: { 'date-parts': [[1976]] }, authority: 'Supreme Court of the United States' },
      { id: 'case-2', type: 'legal_case', title: 'Winter v. Natural Resources Defense Council, Inc.', volume: '555', page: '7', 'container-title': 'U.S.', issued: { 'date-parts': [[2008]] }, authority: 'Supreme Court of the United States' },
      { id: 'leg-3', type: 'legislation', title: '42 U.S.C. § 1983', 'container-title': 'U.S.C.', volume: '42', section: '1983' },
    ]);
  });
});

describe('Markdown memo', () => {
  const md = exportOpinion('md', item);
  it('states relief, test, each finding with its quoted key sentence and pin, disposition and notes', () => {
    expect(md).toContain('# Roman Catholic Diocese of Brooklyn v. Cuomo');
    expect(md).toContain('**Relief sought:** Stay pending appeal');
    expect(md).toContain('**Test applied:** Winter');
    expect(md).toContain('### Irreparable harm: found for the movant\n');
    expect(md).toContain('> There can be no question that the challenged restrictions, if enforced, will cause irreparable harm. (slip op. at 16, ¶ 4)');
    expect(md).toContain('### Public interest: found for the non-movant (reader’s label)');
    expect(md).toContain('Authorities:\n\n- Elrod v. Burns, 427 U.S. 347, 373 (1976)\n- 42 U.S.C. § 1983\n');
    expect(md).toContain('### Balance of equities: not reached\n');
    expect(md).toContain('**Granted**');
    expect(md).toContain('- “unquestionably constitutes irreparable injury” (slip op. at 16, ¶ 4)');
    expect(md).toContain('  Tags: \\#harm \\#Elrod');
  });
});

describe('HTML report', () => {
  it('escapes every piece of text', () => {
    const html = exportOpinion('html', { analysis: { ...a, document: { ...a.document, title: 'A <b>v.</b> B & "C"' } }, annotations: notes });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; targeting');
    expect(html).toContain('<title>A &lt;b&gt;v.&lt;/b&gt; B &amp; &quot;C&quot;</title>');
    expect(html).toContain('<tr><td>Elrod v. Burns</td><td>427 U.S. 347</td><td>Supreme Court of the United States</td><td>1976</td><td>373</td><td></td></tr>');
  });
});

describe('library exports and a real opinion', () => {
  const text = readFileSync(new URL('../../fixtures/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt', import.meta.url), 'utf8');
  const real = analyze({ text, url: 'https://example.test/make-the-road' });

  it.each(EXPORT_FORMATS)('%s works for several opinions', (format) => {
    const out = exportLibrary(format, [item, { analysis: real, annotations: [] }]);
    expect(out.length).toBeGreaterThan(100);
    if (format === 'jsonld') {
      const sources = new Set(JSON.parse(out).first.items.map((i: any) => i.target.source));
      expect(sources.has('https://example.test/make-the-road')).toBe(true);
      expect(sources.has(a.document.source!.url)).toBe(true);
    }
    if (format === 'csv') expect(parseCsv(out.slice(1)).length - 1).toBe([a, applyOverrides(real, [])].reduce((n, x) => n + x.paragraphs.reduce((m, p) => m + p.factors.length, 0), 0) + notes.length);
    if (format === 'csl') for (const i of JSON.parse(out)) expect(i.title && i.type).toBeTruthy();
    if (format === 'md') expect(out).toContain('| Roman Catholic Diocese of Brooklyn v. Cuomo | Supreme Court of the United States | 2020-11-25 |');
  });

  it('CSL from a real opinion has volume/page on every case', () => {
    for (const c of cslItems({ analysis: real, annotations: [] }).filter((i) => i.type === 'legal_case')) expect([c.volume, c.page].every(Boolean)).toBe(true);
  });

  it('JSON-LD ids of an opinion without a URL are stable between exports and differ between texts', () => {
    const noUrl = { ...real, document: { ...real.document, source: null } };
    const ids = toJsonLdCollection({ analysis: noUrl, annotations: [] }).first.items.map((i) => i.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(toJsonLdCollection({ analysis: structuredClone(noUrl), annotations: [] }).first.items.map((i) => i.id)).toEqual(ids);
    const edited = { ...noUrl, text: noUrl.text + ' ' };
    expect(toJsonLdCollection({ analysis: edited, annotations: [] }).first.items[0].id).not.toBe(ids[0]);
  });
});

describe('exportFileName', () => {
  const doc = (title: string | null, date: string | null, movant: string | null = null, nonmovant: string | null = null) => ({ title, date, parties: { movant, nonmovant } });
  it.each([
    [doc('Smalls v. Scruggs', '2017-05-19'), 'md', 'smalls-v-scruggs-2017-bench-memo.md'],
    [doc(null, '2017-05-19', 'Smalls', 'Scruggs'), 'csl', 'smalls-v-scruggs-2017-authorities.json'],
    [doc('Roman Catholic Diocese of Brooklyn v. Cuomo', '2020-11-25'), 'jsonld', 'roman-catholic-diocese-of-brooklyn-v-cuomo-2020-annotations.jsonld'],
    [doc('Société Générale v. Müller / “Bank” et al.', null), 'html', 'societe-generale-v-muller-bank-report.html'],
    [doc(null, null), 'csv', 'opinion-labels.csv'],
    [null, 'md', 'injunction-lens-library-bench-memo.md'],
  ] as const)('%o %s → %s', (d, format, name) => {
    expect(exportFileName(d, format)).toBe(name);
  });
});
