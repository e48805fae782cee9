import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, LIVENESS, removeBundle, ROOT, runLens, type Run } from './bundle';

// The bundled CLI on a folder of real opinions (issue #15): `lens analyze DIR` on two workers,
// its JSONL, its error line and --resume; `lens grid` read back as Excel reads CSV; `lens
// authorities`. Real files in a temp dir, the real bundle in a child process.

const texts = (name: string) => join(ROOT, 'test/fixtures/texts', name);
const SEED = '002_962009f5170617b3.txt';
const work = mkdtempSync(join(tmpdir(), 'lens-corpus-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** the corpus, as `lens` names its files (relative to `work`, where it runs), in the order it must list them */
const CORPUS: [path: string, from: string | Uint8Array][] = [
  [`corpus/${SEED}`, texts(SEED)],
  ['corpus/cohen.txt', texts('inj_ca1_1993_cohen_v_brown_univ_PI.txt')],
  ['corpus/consumerinfo.txt', texts('inj_cacd_2016_consumerinfo_v_leon_PI.txt')],
  ['corpus/ecf40.pdf', join(ROOT, 'test/fixtures/pdfs/inj_cacd_2016_consumerinfo_v_leon_ecf40_order_granting_PI.pdf')],
  ['corpus/seymore.html', join(ROOT, 'test/fixtures/pages/html_nycourts_2026_people_v_seymore_appdiv1d_permanent.html')],
  // bytes that are no opinion (NULs after a PDF's first four bytes, without its "%PDF-")
  ['corpus/z/broken.pdf', Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])],
  ['corpus/z/seed-again.txt', texts(SEED)],
];
const FILES = CORPUS.map(([p]) => p);
const BROKEN = 'corpus/z/broken.pdf';
const ANALYSED = FILES.filter((f) => f !== BROKEN);

let bundle = '';
const lens = (...args: string[]): Run => runLens(bundle, args, work);
const lines = (path: string) => readFileSync(join(work, path), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
let first: Run;

afterAll(() => removeBundle(bundle));
beforeAll(() => {
  bundle = buildBundle();
  for (const [path, from] of CORPUS) {
    mkdirSync(join(work, path, '..'), { recursive: true });
    if (typeof from === 'string') copyFileSync(from, join(work, path));
    else writeFileSync(join(work, path), from);
  }
  writeFileSync(join(work, 'corpus/notes.md'), 'not an opinion: a folder run leaves it out\n');
  first = lens('analyze', 'corpus', '--out', 'results.jsonl', '--jobs', '2');
}, LIVENESS);

describe('lens analyze DIR --out results.jsonl --jobs 2', () => {
  it('writes one line per opinion file, in input order (folders depth-first, names sorted), .md left out', () => {
    expect(lines('results.jsonl').map((l) => l.file)).toEqual(FILES);
  });

  it('writes each analysis as `lens analyze --json FILE` does, with "file" first', () => {
    const seed = lines('results.jsonl')[0];
    expect(Object.keys(seed).slice(0, 3)).toEqual(['file', 'version', 'analyzer']);
    const { file, ...analysis } = seed;
    expect(file).toBe(`corpus/${SEED}`);
    const single = lens('analyze', '--json', `corpus/${SEED}`);
    expect(analysis).toEqual(JSON.parse(single.stdout));
    expect(analysis.document).toMatchObject({ court: 'ctd', date: '2017-05-19', judge: 'Janet C. Hall' });
  }, LIVENESS);

  it('records the broken file as an error line of its own and goes on', () => {
    const broken = lines('results.jsonl').find((l) => l.file === BROKEN);
    expect(broken).toEqual({ file: BROKEN, error: `${BROKEN} looks binary (it contains NUL bytes); give a .txt or .html opinion` });
    expect(lines('results.jsonl').filter((l) => l.version === 1).map((l) => l.file)).toEqual(ANALYSED);
  });

  it('exits 1 with a summary naming the failure, and plain progress lines when stderr is not a terminal', () => {
    expect(first.status).toBe(1);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain(`lens: 6 analysed, 1 failed; results in results.jsonl\n  ${BROKEN} looks binary`);
    expect(first.stderr).toMatch(/^lens: 7\/7 files \(100%\), [\d.]+ files\/s, 1 failed$/m);
    expect(first.stderr).not.toContain('\r');
  });

  it('writes the same bytes with one worker as with two (a stable order), and the same JSONL to stdout without --out', () => {
    const one = lens('analyze', 'corpus', '--out', 'one.jsonl', '--jobs', '1');
    expect(one.status).toBe(1);
    expect(readFileSync(join(work, 'one.jsonl'), 'utf8')).toBe(readFileSync(join(work, 'results.jsonl'), 'utf8'));
    const piped = lens('analyze', 'corpus', '-j', '2');
    expect(piped.stdout).toBe(readFileSync(join(work, 'results.jsonl'), 'utf8'));
  }, LIVENESS);

  it.each([
    ['a quoted glob over folders', ['corpus/**/*.txt'], [`corpus/${SEED}`, 'corpus/cohen.txt', 'corpus/consumerinfo.txt', 'corpus/z/seed-again.txt']],
    ['a glob in one folder, then a file', ['corpus/c*.txt', `corpus/${SEED}`], ['corpus/cohen.txt', 'corpus/consumerinfo.txt', `corpus/${SEED}`]],
    ['a glob matching nothing (an error line)', ['corpus/*.docx'], ['corpus/*.docx']],
  ])('takes %s', (_, args, files) => {
    const r = lens('analyze', ...args, '--jobs', '2');
    const got = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(got.map((l) => l.file)).toEqual(files);
    if (files[0] === 'corpus/*.docx') expect(got[0].error).toBe('no file matches corpus/*.docx');
  }, LIVENESS);
});

describe('lens analyze --resume', () => {
  it('keeps the analyses already written, tries the failed file again, drops a line cut short, and analyses only the rest', () => {
    const all = readFileSync(join(work, 'results.jsonl'), 'utf8').split('\n').filter(Boolean);
    // a run that wrote the broken file's error line, then stopped while writing the PDF's line;
    // the first line marked, to see that it is kept as it was
    const marked = all[0].replace('"version":1', '"version":1,"kept":true');
    writeFileSync(join(work, 'part.jsonl'), [marked, all[1], all[2], all[5]].join('\n') + '\n' + all[3].slice(0, 500));
    const r = lens('analyze', 'corpus', '--out', 'part.jsonl', '--resume', '--jobs', '2');
    expect(r.status).toBe(1); // the broken file fails again
    expect(r.stderr).toMatch(/^lens: resuming: 3 files already analysed, 1 that failed tried again, 4 to go$/m);
    expect(r.stderr).toMatch(/^lens: 4\/4 files \(100%\)/m);
    expect(r.stderr).toContain('lens: 3 analysed (3 before), 1 failed; results in part.jsonl');
    const got = lines('part.jsonl');
    expect(got.map((l) => l.file)).toEqual(FILES);
    expect(got[0].kept).toBe(true);
    expect(got.filter((l) => l.error).length).toBe(1);
    expect(got.slice(3).map((l) => JSON.stringify(l))).toEqual(all.slice(3).map((l) => JSON.stringify(JSON.parse(l))));
  }, LIVENESS);

  it('does nothing to a file that is not lens results, and says so', () => {
    writeFileSync(join(work, 'other.jsonl'), '{"x":1}\n');
    const r = lens('analyze', 'corpus', '--out', 'other.jsonl', '--resume');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('lens: other.jsonl is not a lens results file (line 1 is not a result line); give another --out or leave out --resume\n');
    expect(readFileSync(join(work, 'other.jsonl'), 'utf8')).toBe('{"x":1}\n');
  }, LIVENESS);
});

/** RFC 4180, as a spreadsheet reads it: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

function grid(...args: string[]): { status: number | null; header: string[]; rows: Record<string, string>[]; stderr: string; raw: string } {
  const r = lens('grid', 'results.jsonl', ...args);
  const [header, ...rows] = parseCsv(r.stdout.replace(/^\uFEFF/, ''));
  return { status: r.status, header, rows: rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]]))), stderr: r.stderr, raw: r.stdout };
}

describe('lens grid results.jsonl --format csv', () => {
  it('writes CSV for Excel: a BOM, CRLF, one row per opinion, the broken file named on stderr', () => {
    const g = grid('--format', 'csv');
    expect(g.raw.startsWith('\uFEFFfile,title,court,court_name,date,judge,relief,tests,mandatory,disposition,success,success_sentence,success_pin,harm,')).toBe(true);
    expect(g.raw.endsWith('\r\n')).toBe(true);
    expect(g.rows.map((r) => r.file)).toEqual(ANALYSED);
    expect(g.stderr).toContain(`lens: no row for ${BROKEN}: ${BROKEN} looks binary`);
    expect(g.stderr).toContain('lens: 6 rows, 1 opinions without a row (errors above)');
    expect(g.status).toBe(1);
  }, LIVENESS);

  it('gives the seed its findings: a TRO denied, success against, harm for (presumed), with key sentences and pins', () => {
    const seed = grid().rows[0];
    expect(seed).toMatchObject({
      file: `corpus/${SEED}`, court: 'ctd', court_name: 'United States District Court for the District of Connecticut', date: '2017-05-19',
      judge: 'Janet C. Hall', relief: 'tro', tests: 'winter; heightened', mandatory: 'yes', disposition: 'denied',
      success: 'against', success_pin: '¶ 4', harm: 'for', harm_pin: '¶ 4', harm_presumed: 'yes', equities: '', public: '', bond: '',
    });
    // the sentences hold commas: they come back whole through the quoting
    expect(seed.success_sentence).toBe('At this stage of the proceeding, Smalls has not clearly shown a likelihood of success on the merits to warrant preliminary injunctive relief.');
    expect(seed.harm_sentence).toBe('Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm.');
  }, LIVENESS);

  it.each([
    ['harm=movant', [`corpus/${SEED}`, 'corpus/cohen.txt', 'corpus/consumerinfo.txt', 'corpus/ecf40.pdf', 'corpus/z/seed-again.txt']],
    ['harm=presumed,success=nonmovant,court=ctd', [`corpus/${SEED}`, 'corpus/z/seed-again.txt']],
    ['success=against,relief=tro,disposition=denied', [`corpus/${SEED}`, 'corpus/z/seed-again.txt']],
    ['court=ca1', ['corpus/cohen.txt']],
    ['disposition=affirmed|granted', ['corpus/cohen.txt', 'corpus/consumerinfo.txt', 'corpus/ecf40.pdf']],
    // the same order as a .txt and as the court's PDF
    ['bond=for,test=winter,judge=carter', ['corpus/consumerinfo.txt', 'corpus/ecf40.pdf']],
    ['mandatory=no,year=1993', ['corpus/cohen.txt']],
    ['harm=none', ['corpus/seymore.html']],
    ['harm=law-only', []],
  ])('--where %s', (where, files) => {
    expect(grid('--where', where).rows.map((r) => r.file)).toEqual(files);
  }, LIVENESS);

  it.each([
    ['harm=maybe', 'lens: --where harm: unknown value "maybe"; values: movant, for, nonmovant, against, neutral, not-reached, law, law-only, presumed, none\n'],
    ['circuit=ca1', /^lens: --where: unknown key "circuit"; keys: success, harm, equities, public, bond, court, /],
    ['harm', 'lens: --where needs KEY=VALUE (got "harm"), e.g. harm=movant\n'],
  ])('refuses --where %s before reading anything', (where, message) => {
    const r = lens('grid', 'results.jsonl', '--where', where);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  }, LIVENESS);

  it('writes a Markdown table with --format md', () => {
    const r = lens('grid', 'results.jsonl', '--format', 'md', '--where', 'court=ctd');
    const md = r.stdout.split('\n').filter(Boolean);
    expect(md).toHaveLength(4);
    expect(md[0].startsWith('| file | title | court | court_name |')).toBe(true);
    expect(md[1]).toMatch(/^\|( --- \|)+$/);
    expect(md[2]).toContain(`| corpus/${SEED} |  | ctd | United States District Court for the District of Connecticut | 2017-05-19 |`);
  }, LIVENESS);

  it('builds the same grid straight from the folder', () => {
    const r = lens('grid', 'corpus', '--jobs', '2');
    expect(r.stdout).toBe(grid().raw);
  }, LIVENESS);
});

describe('lens grid --backup', () => {
  const seedText = readFileSync(texts(SEED), 'utf8');
  const hash = createHash('sha256').update(seedText).digest('hex');
  const sentence = 'At this stage of the proceeding, Smalls has not clearly shown a likelihood of success on the merits to warrant preliminary injunctive relief.';
  const backup = {
    format: 'injunction-lens-backup', formatVersion: 1, exportedAt: '2026-01-02T03:04:05.000Z',
    opinions: [{ id: `sha256:${hash}`, url: null, site: null, title: null, court: 'ctd', date: '2017-05-19', docket: null, textHash: hash, lastOpened: 1767322000000, relief: 'tro', outcome: 'denied', findings: [] }],
    annotations: [{
      id: 'urn:uuid:1', opinionId: `sha256:${hash}`, kind: 'override', note: '', tags: [], paragraph: 3,
      selectors: [{ type: 'TextQuoteSelector', exact: sentence, prefix: '', suffix: '' }],
      override: { factor: 'success', stance: 'movant' }, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
    }],
    settings: [],
  };

  it("applies the reader's correction to that opinion (both copies of its text) and to no other", () => {
    writeFileSync(join(work, 'backup.json'), JSON.stringify(backup));
    const g = grid('--backup', 'backup.json');
    expect(g.rows.map((r) => [r.file, r.success])).toEqual([
      [`corpus/${SEED}`, 'for'], ['corpus/cohen.txt', 'for'], ['corpus/consumerinfo.txt', 'for'], ['corpus/ecf40.pdf', 'for'], ['corpus/seymore.html', ''], ['corpus/z/seed-again.txt', 'for'],
    ]);
    expect(g.rows[0].success_sentence).toBe(sentence);
    expect(g.stderr).toContain('your corrections applied to 2 opinions');
    expect(grid('--backup', 'backup.json', '--where', 'success=against').rows).toEqual([]);
  }, LIVENESS);

  it.each([
    ['not JSON', '{"format": "injunction-lens-backup", "formatVersion": 1, "opin', /^lens: --backup bad\.json: The backup is not valid JSON \(.*\); it may be cut short\.\n$/],
    ['from a newer Lens', JSON.stringify({ ...backup, formatVersion: 9 }), /^lens: --backup bad\.json: This backup was made by a newer Injunction Lens \(backup format 9/],
  ])('refuses a backup that is %s, in words, with nothing on stdout', (_, text, message) => {
    writeFileSync(join(work, 'bad.json'), text);
    const r = lens('grid', 'results.jsonl', '--backup', 'bad.json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  }, LIVENESS);
});

describe('lens authorities', () => {
  const table = (...args: string[]) => {
    const r = lens('authorities', ...args);
    const [header, ...rows] = parseCsv(r.stdout.replace(/^\uFEFF/, ''));
    return { r, header, rows: new Map(rows.map((cells) => [cells[0], Object.fromEntries(header.map((h, i) => [h, cells[i]]))])) };
  };

  it('counts the opinions citing each authority and where, short forms counting for their authority', () => {
    const { r, header, rows } = table('results.jsonl', '--format', 'csv');
    expect(header).toEqual(['authority', 'kind', 'citation', 'court', 'year', 'opinions', 'cites', 'where']);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stderr).toMatch(/^lens: left out corpus\/z\/broken\.pdf: /m);
    expect(rows.get('Fed. R. Civ. P. 65(b)')).toEqual({
      authority: 'Fed. R. Civ. P. 65(b)', kind: 'rule', citation: 'Fed. R. Civ. P. 65(b)', court: '', year: '', opinions: '2', cites: '2',
      where: `corpus/${SEED} (¶1); corpus/z/seed-again.txt (¶1)`,
    });
    expect(rows.get('D.D. ex rel. V.D. v. N.Y. City Bd. of Educ.')).toMatchObject({ citation: '465 F.3d 503', court: 'ca2', year: '2006', opinions: '2', cites: '6' });
    expect(rows.get('Narragansett Indian Tribe v. Guilbert')).toMatchObject({ citation: '934 F.2d 4', opinions: '1', cites: '5' });
    expect(rows.get('Narragansett Indian Tribe v. Guilbert')!.where).toMatch(/^corpus\/cohen\.txt \(¶\d+ at 5, /);
    // the most widely cited first
    const counts = [...rows.values()].map((x) => Number(x.opinions));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  }, LIVENESS);

  it('gives the same table straight from the folder', () => {
    expect(lens('authorities', 'corpus', '--jobs', '2').stdout).toBe(lens('authorities', 'results.jsonl').stdout);
  }, LIVENESS);
});
