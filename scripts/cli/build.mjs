/**
 * Bundles the command line ahead of time into plain JavaScript (esbuild), so `lens` starts
 * without compiling TypeScript: `.output-cli/lens.mjs`, `worker.mjs` (one per worker thread)
 * and the chunks they share. The analysis core is a chunk that `lens --help` never loads; the
 * page reader (happy-dom, parse5) a chunk only a saved page loads; compromise.cjs a file of its
 * own that the analysis loads at its first question to it.
 * `node scripts/cli/build.mjs [OUTDIR]` (or LENS_CLI_OUT) builds elsewhere: the tests and
 * the bench build their own copy.
 *
 * A lens already running from the folder keeps working while it is rebuilt: chunk names carry
 * their content's hash and are written before the entry files, which replace the old ones by
 * rename; chunks no build has named for an hour are removed. pdfjs-dist stays outside the
 * bundle: a dependency, loaded from node_modules when a PDF is read.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_OUT = join(ROOT, '.output-cli');
const NLP = join(ROOT, 'lib/nlp.ts');
const LAZY_COMPROMISE = join(ROOT, 'scripts/cli/lazy-compromise.ts');

/** compromise's ES module entry, the source every other build of lib/nlp.ts uses */
const COMPROMISE_SOURCE = join(ROOT, 'node_modules/compromise/src/three.js');
const COMPROMISE_FILE = 'compromise.cjs';

/**
 * lib/nlp.ts's `import nlp from 'compromise'` gets scripts/cli/lazy-compromise.ts, which
 * requires ./compromise.cjs (that same source, bundled on its own beside the chunks) at its
 * first call: start-up neither compiles nor evaluates a library most runs call rarely or never.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, (args) => (args.importer === NLP ? { path: LAZY_COMPROMISE } : undefined));
    b.onResolve({ filter: /^\.\/compromise\.cjs$/ }, (args) => (args.importer === LAZY_COMPROMISE ? { path: args.path, external: true } : undefined));
  },
};
const STALE_CHUNK_MS = 60 * 60 * 1000;

export async function buildCli(outdir = DEFAULT_OUT) {
  const result = await build({
    entryPoints: { lens: join(ROOT, 'scripts/lens.ts'), worker: join(ROOT, 'scripts/cli/worker.ts') },
    outdir,
    write: false,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
    plugins: [lazyCompromise],
    // a CommonJS dependency bundled into ESM (happy-dom) calls require('events'): give it Node's
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __lensCreateRequire } from 'node:module'; const require = __lensCreateRequire(import.meta.url);" },
    // not minified: it starts no faster here (measured), and an error's stack and source line stay readable
    legalComments: 'none',
    logLevel: 'warning',
  });
  const nlp = await build({
    entryPoints: [COMPROMISE_SOURCE],
    outfile: join(outdir, COMPROMISE_FILE),
    write: false,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
  });
  mkdirSync(outdir, { recursive: true });
  const chunks = result.outputFiles.filter((f) => basename(f.path).startsWith('chunk-'));
  const entries = [...nlp.outputFiles, ...result.outputFiles.filter((f) => !basename(f.path).startsWith('chunk-'))];
  const now = new Date();
  for (const f of [...chunks, ...entries]) {
    if (chunks.includes(f) && existsSync(f.path)) {
      utimesSync(f.path, now, now); // named again: not stale
      continue;
    }
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents, { mode: basename(f.path) === 'lens.mjs' ? 0o755 : 0o644 });
    renameSync(tmp, f.path);
  }
  const named = new Set(chunks.map((f) => basename(f.path)));
  for (const name of readdirSync(outdir)) {
    if (!name.startsWith('chunk-') || named.has(name)) continue;
    const path = join(outdir, name);
    if (Date.now() - statSync(path).mtimeMs > STALE_CHUNK_MS) unlinkSync(path);
  }
  return join(outdir, 'lens.mjs');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await buildCli(resolve(process.argv[2] ?? process.env.LENS_CLI_OUT ?? DEFAULT_OUT));
}
