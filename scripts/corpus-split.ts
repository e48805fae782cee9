#!/usr/bin/env tsx
/**
 * Draws the locked test split of our own corpus (test/corpus): at least a third of the
 * opinions of each stratum (posture group × court level), in an order fixed by a seeded
 * hash of the file name, so anyone can draw it again and get the same list.
 *
 * Locked: a text already in split.tsv keeps its side forever; a text added later is placed
 * by the same rule among the texts of its stratum (test while the stratum has fewer than a
 * third on the test side). Rules are changed on the tuning side's errors only. A text whose
 * manifest notes say "tune-only" (a ../shared text the rules were built beside) goes to tune.
 *
 *   npx tsx scripts/corpus-split.ts          # adds new texts, prints the split
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', 'test', 'corpus');
const SEED = 'injunction-lens-split-2026-12-02';

export interface ManifestRow {
  file: string;
  kind: string;
  posture: string;
  court: string;
  court_level: string;
  format: string;
  [k: string]: string;
}

const COLUMNS = ['file', 'source_repo', 'source_path', 'commit', 'kind', 'posture', 'court', 'court_level', 'year', 'case_name', 'format', 'notes'];

/** Every manifest row (one file per text in manifest/). */
export function readManifest(dir = CORPUS): ManifestRow[] {
  const rows: ManifestRow[] = [];
  for (const f of readdirSync(join(dir, 'manifest')).filter((f) => f.endsWith('.tsv')).sort()) {
    for (const line of readFileSync(join(dir, 'manifest', f), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('file\t')) continue;
      const cells = line.split('\t');
      rows.push(Object.fromEntries(COLUMNS.map((c, i) => [c, (cells[i] ?? '').trim()])) as ManifestRow);
    }
  }
  return rows;
}

/** The stratum: what kind of decision (trial-level relief, relief pending appeal, appellate review, none) at what level. */
export function stratum(r: ManifestRow): string {
  const posture =
    r.kind === 'neg' || r.posture === 'negative'
      ? 'negative'
      : /stay|pending_appeal/.test(r.posture)
        ? 'pending_appeal'
        : r.posture === 'appeal_review'
          ? 'appeal_review'
          : 'relief';
  const level = /scotus|high/.test(r.court_level) ? 'high' : /circuit|appellate/.test(r.court_level) ? 'appellate' : 'trial';
  return `${posture}/${level}`;
}

const order = (file: string) => createHash('sha256').update(SEED + file).digest('hex');

export type Split = Map<string, 'tune' | 'test'>;

export function readSplit(dir = CORPUS): Split {
  const path = join(dir, 'split.tsv');
  const out: Split = new Map();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [file, side] = line.split('\t');
    if (file && (side === 'tune' || side === 'test')) out.set(file, side);
  }
  return out;
}

/** Places the rows not yet in `locked`, stratum by stratum, and returns the whole split. */
export function drawSplit(rows: readonly ManifestRow[], locked: Split): Split {
  const split: Split = new Map(locked);
  const byStratum = new Map<string, ManifestRow[]>();
  for (const r of rows) byStratum.set(stratum(r), [...(byStratum.get(stratum(r)) ?? []), r]);
  for (const members of byStratum.values()) {
    const sorted = [...members].sort((a, b) => order(a.file).localeCompare(order(b.file)));
    for (const r of sorted) {
      if (split.has(r.file)) continue;
      // a text earlier sessions read while building the rules (one of ../shared's) is not unseen,
      // so it can only ever be tuned on
      if (/\btune-only\b/.test(r.notes ?? '')) {
        split.set(r.file, 'tune');
        continue;
      }
      const placed = sorted.filter((m) => split.has(m.file));
      const tests = placed.filter((m) => split.get(m.file) === 'test').length;
      split.set(r.file, tests < Math.ceil((placed.length + 1) / 3) ? 'test' : 'tune');
    }
  }
  return split;
}

if (process.argv[1]?.endsWith('corpus-split.ts')) {
  const rows = readManifest();
  const split = drawSplit(rows, readSplit());
  const lines = rows
    .map((r) => [r.file, split.get(r.file)!, stratum(r)])
    .sort((a, b) => a[2].localeCompare(b[2]) || a[0].localeCompare(b[0]))
    .map((c) => c.join('\t'));
  writeFileSync(join(CORPUS, 'split.tsv'), ['file\tsplit\tstratum', ...lines].join('\n') + '\n');
  const count = (side: string) => lines.filter((l) => l.split('\t')[1] === side).length;
  console.log(`${rows.length} texts: ${count('tune')} tune, ${count('test')} test (split.tsv)`);
}
