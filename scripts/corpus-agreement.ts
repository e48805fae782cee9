#!/usr/bin/env tsx
/**
 * How far our two labellers agree (test/corpus/labels/a and labels/b, made independently on
 * the same paragraph lists), as Cohen's kappa:
 *   labels  one item per paragraph × label (present or not)
 *   stance  one item per paragraph × factor both labellers gave (law / movant / nonmovant / neutral)
 * and plain agreement on the document fields. `--diff` lists every disagreement, which is
 * what the settling pass (gold/) works through against the guide.
 *
 *   npx tsx scripts/corpus-agreement.ts [--diff] [NAME...]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './corpus-split';

const LABELS = ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition'];
const STANCED = new Set(['success', 'harm', 'equities', 'public', 'bond']);

interface Gold {
  document?: Record<string, unknown>;
  standard?: { relief?: string; mandatory?: boolean; tests?: string[] };
  disposition?: string | null;
  paragraphs: { startsWith: string; continuation?: boolean; labels: Record<string, string> }[];
}

/** Cohen's kappa over pairs of categorical answers. */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  if (!pairs.length) return null;
  const agree = pairs.filter(([a, b]) => a === b).length / pairs.length;
  const cats = new Set(pairs.flat());
  let chance = 0;
  for (const c of cats) chance += (pairs.filter(([a]) => a === c).length / pairs.length) * (pairs.filter(([, b]) => b === c).length / pairs.length);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

export interface Agreement {
  labelPairs: [string, string][];
  stancePairs: [string, string][];
  fields: { name: string; a: unknown; b: unknown }[];
  diffs: string[];
}

export function compare(a: Gold, b: Gold): Agreement {
  const out: Agreement = { labelPairs: [], stancePairs: [], fields: [], diffs: [] };
  const bBy = new Map(b.paragraphs.map((p) => [p.startsWith, p]));
  for (const pa of a.paragraphs) {
    if (pa.continuation) continue;
    const pb = bBy.get(pa.startsWith);
    if (!pb) {
      out.diffs.push(`paragraph only in a: "${pa.startsWith.slice(0, 50)}"`);
      continue;
    }
    for (const l of LABELS) {
      const ha = l in pa.labels, hb = l in pb.labels;
      out.labelPairs.push([String(ha), String(hb)]);
      if (ha && hb && STANCED.has(l)) out.stancePairs.push([pa.labels[l], pb.labels[l]]);
      if (ha !== hb || (ha && pa.labels[l] !== pb.labels[l]))
        out.diffs.push(`"${pa.startsWith.slice(0, 50)}": ${l} a=${pa.labels[l] ?? '–'} b=${pb.labels[l] ?? '–'}`);
    }
  }
  const field = (name: string, x: unknown, y: unknown) => {
    out.fields.push({ name, a: x, b: y });
    if (JSON.stringify(x) !== JSON.stringify(y)) out.diffs.push(`${name}: a=${JSON.stringify(x)} b=${JSON.stringify(y)}`);
  };
  field('relief', a.standard?.relief, b.standard?.relief);
  field('mandatory', a.standard?.mandatory, b.standard?.mandatory);
  field('tests', [...(a.standard?.tests ?? [])].sort(), [...(b.standard?.tests ?? [])].sort());
  field('disposition', a.disposition ?? null, b.disposition ?? null);
  for (const k of ['court', 'date', 'judge']) field(k, a.document?.[k] ?? null, b.document?.[k] ?? null);
  return out;
}

if (process.argv[1]?.endsWith('corpus-agreement.ts')) {
  const showDiff = process.argv.includes('--diff');
  const only = process.argv.slice(2).filter((x) => !x.startsWith('--'));
  const dirA = join(CORPUS, 'labels', 'a'), dirB = join(CORPUS, 'labels', 'b');
  const names = readdirSync(dirB)
    .filter((f) => f.endsWith('.json') && existsSync(join(dirA, f)))
    .map((f) => f.replace(/\.json$/, ''))
    .filter((n) => !only.length || only.includes(n))
    .sort();
  const all: Agreement = { labelPairs: [], stancePairs: [], fields: [], diffs: [] };
  for (const n of names) {
    const r = compare(JSON.parse(readFileSync(join(dirA, n + '.json'), 'utf8')), JSON.parse(readFileSync(join(dirB, n + '.json'), 'utf8')));
    all.labelPairs.push(...r.labelPairs);
    all.stancePairs.push(...r.stancePairs);
    all.fields.push(...r.fields);
    const k = cohenKappa(r.labelPairs);
    console.log(`${n}: labels κ ${k == null ? '–' : k.toFixed(2)}, ${r.diffs.length} disagreement(s)`);
    if (showDiff) for (const d of r.diffs) console.log(`  - ${d}`);
  }
  const fmt = (x: number | null) => (x == null ? '–' : x.toFixed(3));
  const fieldAgree = (name: string) => {
    const f = all.fields.filter((x) => x.name === name);
    return f.length ? (f.filter((x) => JSON.stringify(x.a) === JSON.stringify(x.b)).length / f.length).toFixed(2) : '–';
  };
  console.log(
    `\n${names.length} opinions labelled twice: labels κ ${fmt(cohenKappa(all.labelPairs))} (${all.labelPairs.length} paragraph×label items), ` +
      `stance κ ${fmt(cohenKappa(all.stancePairs))} (${all.stancePairs.length} pairs), ` +
      `agreement relief ${fieldAgree('relief')}, disposition ${fieldAgree('disposition')}, tests ${fieldAgree('tests')}, court ${fieldAgree('court')}, date ${fieldAgree('date')}, judge ${fieldAgree('judge')}`,
  );
}
