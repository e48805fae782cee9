#!/usr/bin/env tsx
/**
 * Scores the analysis on three sets and prints them side by side:
 *   shared  the shared gold (../shared/corpus/gold), tuned on
 *   tune    our own tuning split (test/gold, test/corpus/gold marked tune in split.tsv)
 *   test    our locked test split (test/corpus/gold marked test): no rule is tuned on it
 *
 * Each text is analysed once, in this process, by the same code as `lens analyze --json`
 * (scripts/opinion-file.ts); the shared scorer (../shared/tools/score.mjs) then scores the
 * saved analyses against each set's gold.
 *
 *   npm run eval                 # the three sets
 *   npm run eval -- --verbose    # and the scorer's notes per document, tuning sets only
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { analyzeFile } from './opinion-file';
import { CORPUS, readSplit } from './corpus-split';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '..', 'shared');
const SCORER = join(SHARED, 'tools', 'score.mjs');
const verbose = process.argv.includes('--verbose');

interface GoldRef {
  gold: string; // path of the gold file
  text: string; // path of the text it labels
}

function goldIn(dir: string, textDirs: string[]): GoldRef[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = join(dir, f);
      const name = JSON.parse(readFileSync(gold, 'utf8')).text as string;
      const text = textDirs.map((d) => join(d, name)).find(existsSync);
      return { gold, text: text ?? join(textDirs[0], name) };
    });
}

const sharedTexts = join(SHARED, 'corpus', 'texts');
const ownTexts = join(CORPUS, 'texts');
const split = readSplit();
const own = goldIn(join(CORPUS, 'gold'), [ownTexts]);
const sets: Record<string, GoldRef[]> = {
  shared: goldIn(join(SHARED, 'corpus', 'gold'), [sharedTexts]),
  tune: [...goldIn(join(ROOT, 'test', 'gold'), [sharedTexts, ownTexts]), ...own.filter((g) => split.get(basename(g.text)) !== 'test')],
  test: own.filter((g) => split.get(basename(g.text)) === 'test'),
};

const work = mkdtempSync(join(tmpdir(), 'lens-eval-'));
try {
  const analyses = join(work, 'analyses');
  const texts = join(work, 'texts');
  mkdirSync(analyses);
  mkdirSync(texts);
  const done = new Set<string>();
  for (const ref of Object.values(sets).flat()) {
    const name = basename(ref.text);
    if (done.has(name) || !existsSync(ref.text)) continue;
    done.add(name);
    symlinkSync(ref.text, join(texts, name));
    try {
      writeFileSync(join(analyses, name.replace(/\.[^.]+$/, '') + '.json'), JSON.stringify(analyzeFile(ref.text)));
    } catch (e) {
      console.error(`eval: ${name}: ${(e as Error).message}`);
    }
  }
  const rows: string[][] = [];
  for (const [set, refs] of Object.entries(sets)) {
    if (!refs.length) {
      rows.push([set, '0']);
      continue;
    }
    const gold = join(work, `gold-${set}`);
    mkdirSync(gold);
    for (const r of refs) symlinkSync(r.gold, join(gold, basename(r.gold)));
    const args = [SCORER, '--gold', gold, '--texts', texts, '--analysis', analyses];
    if (verbose && set !== 'test') {
      console.log(`\n===== ${set} =====`);
      console.log(execFileSync('node', [...args, '--verbose'], { encoding: 'utf8' }).split('\nsummary')[0]);
    }
    const s = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' })).summary;
    const d = s.document ?? {};
    rows.push([
      set,
      String(refs.length),
      fmt(s.labels.microF1),
      fmt(s.labels.macroF1),
      fmt(s.labels.stanceAccuracy),
      ...['relief', 'disposition', 'court', 'date', 'judge'].map((k) => fmt(d[k])),
      fmt(s.segmentation.startPrecision),
      fmt(s.segmentation.pageBreakJoins),
      s.citations.f1 && s.citations.recall ? fmt(s.citations.f1) : '–',
      fmt(s.citations.resolution),
    ]);
  }
  const head = ['set', 'docs', 'labels µF1', 'macroF1', 'stance', 'relief', 'disp.', 'court', 'date', 'judge', 'para P', 'joins', 'cite F1', 'resol.'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(head));
  for (const r of rows) console.log(line(r));
} finally {
  rmSync(work, { recursive: true, force: true });
}

function fmt(x: number | null | undefined): string {
  return x == null ? '–' : x.toFixed(3);
}
