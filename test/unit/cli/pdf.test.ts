import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const tsx = join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = join(ROOT, 'test/fixtures/pdfs');
const CORPUS = resolve(ROOT, '../shared/corpus/pdfs');
const analyze = (file: string) => spawnSync(tsx, [join(ROOT, 'scripts/lens.ts'), 'analyze', '--json', file], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });

/** page furniture that must never reach the text */
const FURNITURE = [/Document \d+\s+Filed/, /DktEntry/, /Page\s?ID/, /\(Slip Opinion\)/, /Date Filed:/, /\bPage \d+ of \d+\b/];

/** liveness only: a PDF read by a busy machine may take seconds, never minutes */
const LIVE = 120_000;

describe('lens analyze FILE.pdf', () => {
  it('reads the ConsumerInfo order: line numbers, stamps and footers gone, the Winter factors found', { timeout: LIVE }, () => {
    const r = analyze(join(FIXTURES, 'inj_cacd_2016_consumerinfo_v_leon_ecf40_order_granting_PI.pdf'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.text).toContain('A preliminary injunction is warranted because Experian has established a likelihood of success on the merits');
    expect(a.text).toContain('\n\n3. The Court finds that no bond is required.\n\n');
    expect(a.text).not.toContain('Document 40 Filed');
    expect(a.text).not.toContain('8:16-cv-1261-DOC (KESx)');
    expect(a.text).not.toMatch(/^\d{1,2}$/m);
    expect(a.standard.relief).toBe('preliminary_injunction');
    expect(a.disposition.outcome).toBe('granted');
    expect(a.document.date).toBe('2016-08-05');
    const factors = new Set(a.paragraphs.flatMap((p: { factors: { factor: string }[] }) => p.factors.map((f) => f.factor)));
    expect([...factors]).toEqual(expect.arrayContaining(['success', 'harm', 'equities', 'public', 'bond']));
  });

  it('reads the ACMS order without its headers', { timeout: LIVE }, () => {
    const r = analyze(join(FIXTURES, 'inj_ca2_2025_bainbridge_v_argentina_temporary_administrative_stay.pdf'));
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.text).not.toContain('DktEntry');
    expect(a.text).toContain('In each of the above-captioned appeals, Appellant moves for a stay pending the appeal');
  });

  it.each([
    ['non_sdny_2013_hostess_bankruptcy_appeal_SCANNED_no_text.pdf', 'Some of its pages are scanned images with no text layer (pages 1 and 15), so its text is incomplete; it needs OCR.'],
    ['non_sdny_2020_daniel_v_tm_protection_GARBLED_textlayer.pdf', 'Its text layer is garbled (its fonts map letters to the wrong characters), so there is no text to read; it needs OCR.'],
    ['non_ndcal_2006_alvarado_v_fedex_DUPLICATED_textlayer.pdf', 'Its text layer is doubled: two copies of the text are printed over each other, so the words cannot be read apart.'],
  ])('refuses %s with its reason, exit 2, nothing on stdout', { timeout: LIVE }, (name, message) => {
    const file = join(FIXTURES, name);
    const r = analyze(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`lens: ${file}: ${message}\n`);
  });
});

// Every PDF of the shared corpus (read from ../shared, not copied): the broken ones exit 2, the rest 0 with sane text.
const corpus = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')).sort() : [];
describe.skipIf(corpus.length === 0)('every corpus PDF through the CLI', () => {
  it('has the 24 PDFs of the issue', () => expect(corpus).toHaveLength(24));
  it.each(corpus)('%s', { timeout: LIVE }, (name) => {
    const r = analyze(join(CORPUS, name));
    if (/_(SCANNED|GARBLED|DUPLICATED)_/.test(name)) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/scanned|garbled|doubled/);
      return;
    }
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.text.length).toBeGreaterThan(500);
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(2);
    // every one is a court's opinion or order: a show-cause order signed by the clerk
    // (Liebowitz), a motions panel's letter-spaced "O R D E R" (FedEx Ground) and a
    // workers' compensation appeals board (Diaz) once read as not-opinions
    expect(a.isOpinion).toBe(true);
    for (const f of FURNITURE) expect(a.text).not.toMatch(f);
    // no control characters, no words broken by a line-end hyphen left with a space ("Ap- peals")
    expect(a.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
