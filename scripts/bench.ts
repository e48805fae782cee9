#!/usr/bin/env tsx
/**
 * Citation throughput: findCitations() in MB/s (median of several runs) on ~100 KB, 1 MB and
 * 5 MB of real opinion text (the corpus texts concatenated), next to one plain regex pass as
 * a floor; then the full analyze() on the 331 KB perf opinion and compromise's own
 * whole-text parse `nlp(text)` for reference. Run with `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseWholeText } from '../lib/nlp';
import { analyze } from '../lib/analyze';
import { findCitations } from '../lib/citations/index';

const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'texts');
const fixtures = join(import.meta.dirname, '..', 'test', 'fixtures', 'texts');
const dir = safeList(corpus).length ? corpus : fixtures;
const files = safeList(dir).filter((f) => f.endsWith('.txt'));
if (!files.length) {
  console.error(`bench: no opinion texts in ${corpus} or ${fixtures}`);
  process.exit(2);
}
const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n\n');
const perfFile = files.find((f) => f.startsWith('perf_')) ?? files[0];
const perf = readFileSync(join(dir, perfFile), 'utf8');

function safeList(d: string): string[] {
  try {
    return readdirSync(d);
  } catch {
    return [];
  }
}

/** `size` characters of corpus text, repeating the corpus when it is shorter. */
function sample(size: number): string {
  let t = all;
  while (t.length < size) t += '\n\n' + all;
  return t.slice(0, size);
}

/** Median wall time and median CPU time (ms) of `runs` calls after one warm-up call; CPU time is steadier on a shared machine. */
function median(runs: number, fn: () => unknown): { wall: number; cpu: number } {
  fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: mid(wall), cpu: mid(cpu) };
}

const FLOOR = /\b\d{1,5}\s+[A-Z][A-Za-z.]*\s+\d+/g;
const mbps = (chars: number, ms: number) => (chars / 1e6 / (ms / 1000)).toFixed(1);
// Warm the JIT on a megabyte first so every size is measured in steady state.
for (let i = 0; i < 3; i++) findCitations(sample(1_000_000));
const rows: string[][] = [['input', 'size', 'citations', 'findCitations', 'MB/s', 'MB/s cpu', 'regex floor', 'MB/s']];
for (const [label, size] of [['100 KB', 100_000], ['1 MB', 1_000_000], ['5 MB', 5_000_000]] as const) {
  const text = sample(size);
  const runs = size > 2e6 ? 5 : 9;
  const count = findCitations(text).length;
  const t = median(runs, () => findCitations(text));
  const floor = median(runs, () => text.match(FLOOR)?.length ?? 0);
  rows.push([`corpus ${label}`, `${(text.length / 1e6).toFixed(2)} MB`, String(count), `${t.wall.toFixed(1)} ms`, mbps(text.length, t.wall), mbps(text.length, t.cpu), `${floor.wall.toFixed(1)} ms`, mbps(text.length, floor.wall)]);
}
const a = median(5, () => analyze({ text: perf }));
const n = median(3, () => parseWholeText(perf));
rows.push([`analyze() ${perfFile.slice(0, 24)}`, `${(perf.length / 1e6).toFixed(2)} MB`, String(analyze({ text: perf }).citations.length), `${a.wall.toFixed(1)} ms`, mbps(perf.length, a.wall), mbps(perf.length, a.cpu), '', '']);
rows.push(['compromise nlp(text), same text', `${(perf.length / 1e6).toFixed(2)} MB`, '', `${n.wall.toFixed(1)} ms`, mbps(perf.length, n.wall), mbps(perf.length, n.cpu), '', '']);

const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(`\nmedian of 5–9 runs after a warm-up (wall clock, and process CPU time); texts from ${dir}`);
