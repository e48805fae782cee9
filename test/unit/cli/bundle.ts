/**
 * The real command line as users run it: bundled by scripts/cli/build.mjs (the `build:cli`
 * step) into a folder of the test's own, so test files running side by side never share a
 * build, and run with Node in a child process. The folder is a git-ignored .output-cli-test-*
 * beside the real .output-cli/, at the same depth: what the bundle leaves out (pdfjs-dist) is
 * found in node_modules, and the PDF reader finds ../lib/pdf/load.ts, as for the real one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
/** a run that hangs is killed after this and fails its test; it is no time limit on a run */
export const LIVENESS = 120_000;

/** Bundles the CLI into a fresh folder; returns the path of its lens.mjs (removeBundle it after). */
export function buildBundle(): string {
  const out = mkdtempSync(join(ROOT, '.output-cli-test-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/cli/build.mjs'), out], { stdio: 'inherit' });
  return join(out, 'lens.mjs');
}

export function removeBundle(bundle: string): void {
  if (bundle) rmSync(join(bundle, '..'), { recursive: true, force: true });
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
