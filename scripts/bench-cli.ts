#!/usr/bin/env tsx
/**
 * The command line at corpus scale (issue #15), on the bundle users run:
 *  - start-up: `lens --help` and `lens analyze --json` on the seed opinion, each a fresh
 *    process (median and fastest of 7, wall clock);
 *  - folder throughput: `lens analyze DIR --out` on 1,000 opinions (the corpus texts of
 *    ../shared/corpus/texts and test/corpus/texts, repeated) with 1 worker and with one per
 *    core, in MB/s and opinions/s, with the process's peak memory (all workers are threads of
 *    it), and peak memory again on 250 opinions to show it does not grow with the corpus;
 *  - what that makes of a CourtListener-size corpus (~10 million opinions) on one machine.
 * Run with `npm run bench` (or `tsx scripts/bench-cli.ts`). LENS_BENCH_OPINIONS changes the 1,000.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildCli } from './cli/build.mjs';

const ROOT = join(import.meta.dirname, '..');
const SOURCES = [join(ROOT, '..', 'shared', 'corpus', 'texts'), join(ROOT, 'test', 'corpus', 'texts')];
const SEED = join(ROOT, 'test', 'fixtures', 'texts', '002_962009f5170617b3.txt');
const OPINIONS = Number(process.env.LENS_BENCH_OPINIONS ?? 1000);
const COURTLISTENER = 10_000_000;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const work = mkdtempSync(join(tmpdir(), 'lens-bench-cli-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
// beside the real .output-cli/, at its depth, so what it leaves out (pdfjs-dist, and the PDF
// reader's ../lib/pdf/load.ts) is found as for the real one
const bundleDir = mkdtempSync(join(ROOT, '.output-cli-bench-'));
process.on('exit', () => rmSync(bundleDir, { recursive: true, force: true }));
const bundle = await buildCli(bundleDir);

const texts = SOURCES.flatMap((d) => (existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)) : []));
if (!texts.length) {
  console.error(`bench-cli: no opinion texts in ${SOURCES.join(' or ')}`);
  process.exit(2);
}

interface Timed {
  seconds: number;
  /** user + system CPU seconds of the process and its threads (null without /usr/bin/time) */
  cpu: number | null;
  /** peak resident memory of the process, in MB (null without /usr/bin/time) */
  peakMb: number | null;
  status: number | null;
}

/** Runs the bundle once; wall clock around the whole process. */
function timed(args: string[]): Timed {
  return timedCommand([process.execPath, bundle, ...args]);
}

/** Runs any command once, as above; its stdout is kept (the eyecite script prints its count). */
function timedCommand([exe, ...args]: string[]): Timed & { stdout: string } {
  const [cmd, argv] = TIME ? [TIME, ['-f', 'LENS-PEAK-KB %M CPU %U %S', exe, ...args]] : [exe, args];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /LENS-PEAK-KB (\d+) CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return { seconds, cpu: m ? Number(m[2]) + Number(m[3]) : null, peakMb: m ? Number(m[1]) / 1024 : null, status: r.status, stdout: r.stdout ?? '' };
}

/** the machine's 1-minute load average, printed beside each figure: other work takes cores from the runs */
const load = () => loadavg()[0].toFixed(1);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function startup(label: string, args: string[]) {
  timed(args); // warm the file cache
  const runs = Array.from({ length: 7 }, () => timed(args));
  const cpu = runs.map((r) => r.cpu).filter((c): c is number => c != null);
  const seconds = runs.map((r) => r.seconds);
  return [label, `${median(seconds).toFixed(3)} s`, `${Math.min(...seconds).toFixed(3)} s`, cpu.length ? `${median(cpu).toFixed(3)} s` : '-', load()];
}

/** A folder of `n` opinions: the corpus texts repeated, as links (the reading is the same). */
function folder(n: number): { dir: string; bytes: number } {
  const dir = join(work, `corpus-${n}`);
  mkdirSync(dir);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const src = texts[i % texts.length];
    symlinkSync(src, join(dir, `${String(i).padStart(5, '0')}.txt`));
    bytes += statSync(src).size;
  }
  return { dir, bytes };
}

function throughput(n: number, jobs: number) {
  const { dir, bytes } = folder(n);
  const r = timed(['analyze', dir, '--out', join(work, `out-${n}-${jobs}.jsonl`), '--jobs', String(jobs)]);
  rmSync(dir, { recursive: true });
  if (r.status !== 0) throw new Error(`lens analyze exited ${r.status} on the bench folder`);
  return { n, jobs, bytes, ...r, mbs: bytes / 1e6 / r.seconds, ops: n / r.seconds, load: load() };
}

function table(rows: string[][]) {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  rows.forEach((r, i) => {
    console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

const cores = availableParallelism();
const corpusBytes = texts.reduce((s, f) => s + statSync(f).size, 0);
// other work on the machine takes cores from the workers: the load is printed with the figures
console.log(`\nlens CLI (bundle ${bundle}); ${cores} cores, load average ${loadavg()[0].toFixed(1)} at the start; ${texts.length} corpus texts (.txt), ${(corpusBytes / 1e6).toFixed(2)} MB\n`);
table([['start-up (fresh process)', 'median', 'fastest', 'median CPU', 'load'], startup('lens --help', ['--help']), startup('lens analyze --json seed (5 KB)', ['analyze', '--json', SEED])]);
console.log('');

const one = throughput(OPINIONS, 1);
const all = throughput(OPINIONS, cores);
const small = throughput(Math.max(1, Math.round(OPINIONS / 4)), cores);
const mb = (x: number | null) => (x == null ? '-' : `${x.toFixed(0)} MB`);
table([
  ['lens analyze DIR --out', 'opinions', 'MB', 'seconds', 'MB/s', 'opinions/s', 'CPU s', 'MB per CPU s', 'peak memory', 'load'],
  ...[one, all, small].map((r) => [`--jobs ${r.jobs}`, String(r.n), (r.bytes / 1e6).toFixed(1), r.seconds.toFixed(1), r.mbs.toFixed(2), r.ops.toFixed(1), r.cpu == null ? '-' : r.cpu.toFixed(1), r.cpu == null ? '-' : (r.bytes / 1e6 / r.cpu).toFixed(2), mb(r.peakMb), r.load]),
]);
const speedup = all.ops / one.ops;
const avgKb = corpusBytes / texts.length / 1e3;
const hours = (ops: number) => COURTLISTENER / ops / 3600;
console.log(`\nspeed-up with ${cores} workers: ${speedup.toFixed(2)}x; per core: ${one.mbs.toFixed(2)} MB/s, ${one.ops.toFixed(1)} opinions/s (average opinion here ${avgKb.toFixed(0)} KB)`);
// On a machine other work keeps busy the wall-clock speed-up says more about that work than
// about lens; the CPU both runs spent on the same opinions does not: equal CPU means the workers
// add no work of their own, and on idle cores the speed-up would approach the worker count.
if (one.cpu != null && all.cpu != null) console.log(`CPU for the same ${one.n} opinions: ${one.cpu.toFixed(1)} s with 1 worker, ${all.cpu.toFixed(1)} s with ${cores} (${(all.cpu / one.cpu).toFixed(2)}x)`);
console.log(`CourtListener-size corpus (${(COURTLISTENER / 1e6).toFixed(0)} million opinions of this size): ${hours(all.ops).toFixed(0)} h on this machine (${cores} cores); ${(hours(one.ops) / 64).toFixed(1)} h on one 64-core machine at this per-core rate`);
console.log(`load average ${loadavg()[0].toFixed(1)} at the end`);
// results are streamed and at most a few analyses wait at a time, so memory is bounded by the
// workers, not the corpus; V8 lets each thread's heap grow to a ceiling before collecting, so
// the peak still rises a little from a short run to a long one
console.log(`peak memory with --jobs ${cores}: ${mb(small.peakMb)} for ${small.n} opinions, ${mb(all.peakMb)} for ${all.n}`);

// Citations against eyecite's JavaScript port (@beshkenadze/eyecite, a dev dependency of the
// bench only), whole process each, on the same few MB of corpus text: our `lens citations`
// (start-up, reading, finding, printing JSON) against a Node process that loads eyecite and
// runs getCitations. Python eyecite runs at about the JavaScript port's speed here.
const EYECITE_MB = Number(process.env.LENS_BENCH_EYECITE_MB ?? 3);
const eyeciteEntry = join(ROOT, 'node_modules', '@beshkenadze', 'eyecite', 'dist', 'index.js');
if (existsSync(eyeciteEntry) && EYECITE_MB > 0) {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < EYECITE_MB * 1e6; i++) {
    const t = readFileSync(texts[i % texts.length], 'utf8');
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  const big = join(work, 'citations.txt');
  writeFileSync(big, parts.join('\n\n'));
  const runs = [0, 1, 2].map(() => timed(['citations', '--json', big]));
  const ours = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const script = `import { readFileSync } from 'node:fs'; const { getCitations } = await import(${JSON.stringify(pathToFileURL(eyeciteEntry).href)}); const c = getCitations(readFileSync(${JSON.stringify(big)}, 'utf8')); process.stdout.write(String(c.length));`;
  const before = load();
  const r = timedCommand([process.execPath, '--input-type=module', '-e', script]);
  const theirs = r.seconds;
  const cpuRatio = ours.cpu != null && r.cpu != null ? `; CPU ${ours.cpu.toFixed(2)} s against ${r.cpu.toFixed(1)} s, ${(r.cpu / ours.cpu).toFixed(0)} times` : '';
  console.log(`\ncitations on ${(size / 1e6).toFixed(1)} MB, whole process: lens ${ours.seconds.toFixed(2)} s, eyecite (JS port) ${theirs.toFixed(1)} s (${r.stdout} citations${r.status ? `, exit ${r.status}` : ''}): ${(theirs / ours.seconds).toFixed(0)} times eyecite${cpuRatio} (load ${before} to ${load()})`);
}
