import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './fixtures';

const ROOT = resolve(__dirname, '../../..');
const tsx = join(ROOT, 'node_modules/.bin/tsx');
const FILE = join(ROOT, 'test/fixtures/texts/002_962009f5170617b3.txt');
const run = (...args: string[]) => spawnSync(tsx, [join(ROOT, 'scripts/lens.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('lens export', () => {
  it('writes the CSV export of an analysed file to stdout', () => {
    const r = run('export', '--format', 'csv', FILE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(r.stdout.slice(1));
    expect(rows[0].slice(0, 3)).toEqual(['opinion', 'court', 'date']);
    expect(rows.every((row) => row.length === rows[0].length)).toBe(true);
  });

  it.each([
    ['an unknown format', ['--format', 'pdf', FILE], /export needs --format jsonld\|csv\|md\|csl\|html \(got "pdf"\)/],
    ['no format', [FILE], /export needs --format/],
  ])('refuses %s: one line on stderr, exit 2, nothing on stdout', (_name, args, message) => {
    const r = run('export', ...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
