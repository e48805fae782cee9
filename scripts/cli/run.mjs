#!/usr/bin/env node
/**
 * `lens` (the package's bin, and `npm run lens`): runs the bundled command line in
 * .output-cli/, bundling it first when it is missing or older than a source file it is built
 * from (a stat of each, a few milliseconds). Plain JavaScript, so nothing is compiled here.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = join(root, '.output-cli/lens.mjs');

/** the newest modification time under `path` (sources: .ts, .mjs, .json) */
function newest(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return /\.(ts|mjs|json)$/.test(path) ? st.mtimeMs : 0;
  let max = 0;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

/** when the bundle was built; -1 when it or a file it loads later (compromise.cjs) is missing */
function builtAt() {
  try {
    statSync(join(root, '.output-cli/compromise.cjs'));
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

// all of scripts/: the CLI imports more of it than its own folder (opinion-file.ts, read-page.ts)
const sources = ['lib', 'scripts', 'package.json'].map((p) => join(root, p));
const built = builtAt();
if (built < 0 || sources.some((s) => newest(s) > built)) {
  const { buildCli } = await import('./build.mjs');
  await buildCli();
}
await import(pathToFileURL(bundle).href);
