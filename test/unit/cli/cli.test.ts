import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../scripts/opinion-file';
import { buildBundle, LIVENESS, removeBundle, ROOT, runLens } from './bundle';

// The bundled CLI on one opinion: what `lens analyze FILE` always did, and its words for bad input.
const SEED = join(ROOT, 'test/fixtures/texts/002_962009f5170617b3.txt');
const dir = mkdtempSync(join(tmpdir(), 'lens-cli-'));
let bundle = '';
const run = (...args: string[]) => runLens(bundle, args);
afterAll(() => removeBundle(bundle));
beforeAll(() => {
  bundle = buildBundle();
}, LIVENESS);

describe('lens CLI (bundled)', () => {
  it('prints analysis JSON v1 for the seed opinion', () => {
    const r = run('analyze', '--json', SEED);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.version).toBe(1);
    expect(a.text.startsWith('\n\nand the reasons why')).toBe(true);
    expect(a.paragraphs[0].start).toBe(2);
    expect(a.document.court).toBe('ctd');
    expect(a.standard.relief).toBe('tro');
    expect(Array.isArray(a.citations)).toBe(true);
  }, LIVENESS);

  it('prints its usage for --help, for help and for no command', () => {
    for (const args of [['--help'], ['help'], []]) {
      const r = run(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage:\n {2}lens analyze \[--json\] FILE/);
      expect(r.stdout).toMatch(/lens grid results\.jsonl\|DIR/);
      expect(r.stderr).toBe('');
    }
  }, LIVENESS);

  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '  \n');
  const binary = join(dir, 'x.pdf');
  writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
  const locked = join(dir, 'locked.txt');
  writeFileSync(locked, 'text');
  chmodSync(locked, 0);
  it.each([
    ['a missing file', ['analyze', '--json', join(dir, 'nope.txt')], /^lens: cannot read .*nope\.txt: no such file\n$/],
    ['an empty file', ['analyze', '--json', empty], /is empty\n$/],
    ['a binary file', ['analyze', '--json', binary], /looks binary/],
    ['an unknown option', ['analyze', '--jsn', SEED], /^lens: Unknown option '--jsn'\n$/],
    ['an unknown command', ['analyse', SEED], /^lens: unknown command "analyse" \(see lens --help\)\n$/],
    ['--jobs 0', ['analyze', '--jobs', '0', dir], /^lens: --jobs needs a whole number from 1 to 256 \(got "0"\)\n$/],
    ['--resume without --out', ['analyze', '--resume', dir], /^lens: --resume needs --out FILE/],
    ['an export without a format', ['export', SEED], /^lens: export needs --format jsonld\|csv\|md\|csl\|html\n$/],
    ['grid with an unknown --format', ['grid', '--format', 'xlsx', SEED], /^lens: --format needs csv or md \(got "xlsx"\)\n$/],
  ])('rejects %s with one line on stderr, exit 2 and nothing on stdout', (_, args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  }, LIVENESS);

  // root reads a mode-000 file anyway, so this case only exists for ordinary users
  it.skipIf(process.getuid?.() === 0)('rejects an unreadable file', () => {
    const r = run('analyze', locked);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read/);
  }, LIVENESS);

  it('prints a readable outline without --json', () => {
    const r = run('analyze', SEED);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Relief: /m);
    expect(r.stdout).toMatch(/^¶1 and the reasons why/m);
  }, LIVENESS);

  // Start-up loads only what a run needs: the page reader (happy-dom, parse5) is a chunk of its
  // own imported for a saved page, and compromise a file loaded at its first call (scripts/cli/build.mjs).
  it('keeps the page reader and compromise out of what every run loads', () => {
    const dirOf = join(bundle, '..');
    const closure = new Set<string>();
    const visit = (name: string) => {
      if (closure.has(name)) return;
      closure.add(name);
      for (const [, dep] of readFileSync(join(dirOf, name), 'utf8').matchAll(/^(?:import|\} from) ?(?:[^'"]*from )?"\.\/(chunk-[\w-]+\.mjs)";$/gm)) visit(dep);
    };
    visit('lens.mjs');
    visit('worker.mjs');
    const loaded = [...closure].map((name) => readFileSync(join(dirOf, name), 'utf8')).join('\n');
    expect(closure.size).toBeGreaterThan(3);
    expect(loaded).toContain('require("./compromise.cjs")');
    expect(loaded).not.toMatch(/node_modules\/(?:happy-dom|parse5|compromise)\//);
    expect(readFileSync(join(dirOf, 'compromise.cjs'), 'utf8')).toMatch(/^\/\/ .*node_modules\/compromise\/src\/three\.js$/m);
  });

  // the lazily loaded parts give the core's own answer: a text whose sentences ask compromise
  // about attribution ("Plaintiffs argue ..."), and a saved page read through happy-dom
  it.each([
    ['a text that calls compromise', join(ROOT, 'test/fixtures/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt')],
    ['a saved page', join(ROOT, 'test/fixtures/pages/html_scholar_2018_berkheimer_v_hp_cafc.html')],
  ])('analyses %s as the core does in process, and lists the same citations without the rest', (_, file) => {
    const r = run('analyze', '--json', file);
    expect(r.status).toBe(0);
    const a = analyzeFile(file, { warn: () => {} });
    expect(r.stdout).toBe(JSON.stringify(a) + '\n');
    expect(a.citations.length).toBeGreaterThan(20);
    expect(run('citations', '--json', file).stdout).toBe(JSON.stringify(a.citations) + '\n');
  }, LIVENESS);
});
