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
 *   npm run eval -- --labels     # and each label's F1 per set
 *   npm run eval -- --learned    # and the splits with the learned stage (npm run train), rows marked +learned
 *   npm run eval -- --sets tune,shared   # only those sets (analysed and scored): keeps the locked test split unseen while tuning
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyzeFile } from './opinion-file';
import { corpusSets, SHARED } from './corpus-sets';
import type { LinearModel } from '../lib/analysis/learned/model';
import { LABEL_MODEL } from '../lib/analysis/learned/weights';

const SCORER = join(SHARED, 'tools', 'score.mjs');
const verbose = process.argv.includes('--verbose');
// --labels: each label's F1 per set, beneath the table
const perLabel = process.argv.includes('--labels');
// --learned: the tuning and test splits again with the learned stage (lib/analysis/learned), beside the rules
const learned = process.argv.includes('--learned');

// --sets a,b: only those sets, so a tuning session never prints (or computes) the locked test split
const setsArg = process.argv.find((a, i) => process.argv[i - 1] === '--sets' || a.startsWith('--sets='));
const wanted = setsArg ? new Set(setsArg.replace(/^--sets=/, '').split(',').map((s) => s.trim())) : null;
const sets = Object.fromEntries(Object.entries(corpusSets()).filter(([name]) => !wanted || wanted.has(name)));
if (wanted && !Object.keys(sets).length) throw new Error(`eval: --sets names none of ${Object.keys(corpusSets()).join(', ')}`);

const work = mkdtempSync(join(tmpdir(), 'lens-eval-'));
try {
  const texts = join(work, 'texts');
  mkdirSync(texts);
  // each variant's analyses in a folder of its own: the rules, and with --learned the learned stage too
  const variants: [suffix: string, model: LinearModel | null][] = [['', null], ...(learned && LABEL_MODEL ? [['+learned', LABEL_MODEL] as [string, LinearModel]] : [])];
  const analysesOf = new Map<string, string>();
  for (const [suffix, model] of variants) {
    const analyses = join(work, `analyses${suffix}`);
    mkdirSync(analyses);
    analysesOf.set(suffix, analyses);
    const done = new Set<string>();
    for (const ref of Object.values(sets).flat()) {
      const name = basename(ref.text);
      if (done.has(name) || !existsSync(ref.text)) continue;
      done.add(name);
      if (!suffix) symlinkSync(ref.text, join(texts, name));
      try {
        writeFileSync(join(analyses, name.replace(/\.[^.]+$/, '') + '.json'), JSON.stringify(analyzeFile(ref.text, { injunction: { model } })));
      } catch (e) {
        console.error(`eval: ${name}: ${(e as Error).message}`);
      }
    }
  }
  const rows: string[][] = [];
  const labelRows: string[] = [];
  for (const [suffix] of variants)
  for (const [name, refs] of Object.entries(sets)) {
    const set = name + suffix;
    if (!refs.length) {
      rows.push([set, '0']);
      continue;
    }
    const analyses = analysesOf.get(suffix)!;
    const gold = join(work, `gold-${set}`);
    mkdirSync(gold);
    for (const r of refs) symlinkSync(r.gold, join(gold, basename(r.gold)));
    const args = [SCORER, '--gold', gold, '--texts', texts, '--analysis', analyses];
    if (verbose && !set.startsWith('test')) {
      console.log(`\n===== ${set} =====`);
      console.log(execFileSync('node', [...args, '--verbose'], { encoding: 'utf8' }).split('\nsummary')[0]);
    }
    const s = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8' })).summary;
    const d = s.document ?? {};
    labelRows.push(`${set.padEnd(14)} ${Object.entries(s.labels.perLabel as Record<string, number>).map(([l, f]) => `${l} ${fmt(f)}`).join('  ')}`);
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
  if (perLabel) console.log(`\nlabel F1\n${labelRows.join('\n')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function fmt(x: number | null | undefined): string {
  return x == null ? '–' : x.toFixed(3);
}
