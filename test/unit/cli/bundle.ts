/**
 * The real command line as users run it: bundled by scripts/cli/build.mjs (the `build:cli`
 * step) into a folder of the test's own, so test files running side by side never share a
 * build, and run with Node in a child process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
/** a run that hangs is killed after this and fails its test; it is no time limit on a run */
export const LIVENESS = 120_000;

/** Bundles the CLI into a fresh temporary folder; returns the path of its lens.mjs. */
export function buildBundle(): string {
  const out = mkdtempSync(join(tmpdir(), 'lens-bundle-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/cli/build.mjs'), out], { stdio: 'inherit' });
  return join(out, 'lens.mjs');
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runLens(bundle: string, args: readonly string[], cwd = ROOT): Run {
  const r = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', cwd, timeout: LIVENESS, maxBuffer: 256 << 20 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
