import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const tsx = join(ROOT, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, [join(ROOT, 'scripts/lens.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
const dir = mkdtempSync(join(tmpdir(), 'lens-cli-'));

describe('lens CLI', () => {
  it('prints analysis JSON v1 for the seed opinion', () => {
    const out = execFileSync(tsx, [join(ROOT, 'scripts/lens.ts'), 'analyze', '--json', join(ROOT, 'test/fixtures/texts/002_962009f5170617b3.txt')], { encoding: 'utf8' });
    const a = JSON.parse(out);
    expect(a.version).toBe(1);
    expect(a.text.startsWith('\n\nand the reasons why')).toBe(true);
    expect(a.paragraphs[0].start).toBe(2);
    expect(Array.isArray(a.citations)).toBe(true);
  });

  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '  \n');
  const binary = join(dir, 'x.pdf');
  writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
  const locked = join(dir, 'locked.txt');
  writeFileSync(locked, 'text');
  chmodSync(locked, 0);
  it.each([
    ['a missing file', join(dir, 'nope.txt'), /no such file/],
    ['an empty file', empty, /is empty/],
    ['a binary file', binary, /looks binary/],
    ['a directory', dir, /is a directory/],
  ])('rejects %s with one line on stderr and exit 2', (_, file, message) => {
    const r = run('analyze', '--json', file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  // root reads a mode-000 file anyway, so this case only exists for ordinary users
  it.skipIf(process.getuid?.() === 0)('rejects an unreadable file', () => {
    const r = run('analyze', locked);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read/);
  });

  it('prints a readable outline without --json', () => {
    const r = run('analyze', join(ROOT, 'test/fixtures/texts/002_962009f5170617b3.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Relief: /m);
    expect(r.stdout).toMatch(/^¶1 and the reasons why/m);
  });
});
