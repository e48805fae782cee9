#!/usr/bin/env tsx
/**
 * Scores the PDF path on the shared gold (issue #14): for each corpus text made from a corpus
 * PDF (MANIFEST.tsv: same source repository and path) that has gold, `lens analyze --json`
 * runs on the text and on the PDF; the text is scored on its gold as it is, the PDF on the
 * gold re-anchored to the PDF's own text (scripts/gold-reanchor.ts: anchors moved, labels
 * untouched), both by the shared scorer. Prints both lines side by side.
 *
 *   npx tsx scripts/score-pdf.ts                  # every such pair
 *   npx tsx scripts/score-pdf.ts --only consumerinfo
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { reanchorGold, type Gold } from './gold-reanchor';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
const SCORER = resolve(CORPUS, '..', 'tools', 'score.mjs');

export interface PdfPair {
  /** the gold file, on the text */
  gold: string;
  /** the text the gold labels (pypdf's text of the PDF) */
  text: string;
  pdf: string;
}

/** Texts with gold whose source is also in the corpus as a PDF, paired by MANIFEST.tsv's source repository and path. */
export function pdfPairs(corpus = CORPUS): PdfPair[] {
  const rows = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')).filter((r) => r.length > 2);
  const pdfBySource = new Map(rows.filter((r) => r[0].startsWith('pdfs/')).map((r) => [`${r[1]}:${r[2]}`, join(corpus, r[0])]));
  const textBySource = new Map(rows.filter((r) => !r[0].includes('/')).map((r) => [r[0], `${r[1]}:${r[2]}`]));
  const goldDir = join(corpus, 'gold');
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const gold = join(goldDir, f);
      const name = (JSON.parse(readFileSync(gold, 'utf8')) as Gold).text;
      const pdf = pdfBySource.get(textBySource.get(name) ?? '');
      return pdf ? [{ gold, text: join(corpus, 'texts', name), pdf }] : [];
    });
}

export interface ScoreSummary {
  labels: { microF1: number | null; stanceAccuracy: number | null; perLabel: Record<string, number> };
  segmentation: { startRecall: number | null; startPrecision: number | null; pageBreakJoins: number | null };
  citations: { f1: number | null };
  document: Record<string, number | null>;
  [key: string]: unknown;
}

export interface PairScore {
  pair: PdfPair;
  text: ScoreSummary;
  pdf: ScoreSummary;
  /** anchors of the gold not found in the PDF's text */
  missing: string[];
  /** the scorer's notes on the PDF (paragraphs it could not find, labels missed or extra) */
  notes: string[];
}

/**
 * Analyses both files with `lens` (the command and its leading arguments, run from the project
 * root) and scores them. `lens` defaults to the package's own `node scripts/cli/run.mjs`.
 */
export function scorePdfPair(pair: PdfPair, lens: string[] = [process.execPath, join(ROOT, 'scripts/cli/run.mjs')]): PairScore {
  const work = mkdtempSync(join(tmpdir(), 'lens-score-pdf-'));
  try {
    const analyse = (file: string) => execFileSync(lens[0], [...lens.slice(1), 'analyze', '--json', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 << 20 });
    const score = (gold: Gold, file: string, analysis: string): { summary: ScoreSummary; notes: string[] } => {
      const dir = join(work, basename(file));
      for (const sub of ['gold', 'texts', 'analyses']) mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, 'gold', 'gold.json'), JSON.stringify(gold));
      writeFileSync(join(dir, 'analyses', basename(file).replace(/\.[^.]+$/, '') + '.json'), analysis);
      writeFileSync(join(dir, 'texts', basename(file)), ''); // the scorer checks the file is there; it reads the analysis
      const out = execFileSync(process.execPath, [SCORER, '--gold', join(dir, 'gold'), '--texts', join(dir, 'texts'), '--analysis', join(dir, 'analyses'), '--json', '--verbose'], { cwd: ROOT, encoding: 'utf8' });
      const r = JSON.parse(out) as { summary: ScoreSummary; documents: { notes?: string[]; error?: string }[] };
      if (r.documents[0]?.error) throw new Error(`score-pdf: ${basename(file)}: ${r.documents[0].error}`);
      return { summary: r.summary, notes: r.documents[0]?.notes ?? [] };
    };
    const gold = JSON.parse(readFileSync(pair.gold, 'utf8')) as Gold;
    const text = score(gold, pair.text, analyse(pair.text));
    const pdfAnalysis = analyse(pair.pdf);
    const { gold: moved, missing } = reanchorGold(gold, JSON.parse(pdfAnalysis).text, basename(pair.pdf));
    const pdf = score(moved, pair.pdf, pdfAnalysis);
    return { pair, text: text.summary, pdf: pdf.summary, missing, notes: pdf.notes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function line(s: ScoreSummary): string {
  const f = (x: number | null) => (x == null ? '–' : x.toFixed(3));
  return `labels µF1 ${f(s.labels.microF1)} · stance ${f(s.labels.stanceAccuracy)} · paragraph starts R ${f(s.segmentation.startRecall)} P ${f(s.segmentation.startPrecision)} · joins ${f(s.segmentation.pageBreakJoins)} · citations F1 ${f(s.citations.f1)} · docs ${JSON.stringify(s.document)}`;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('score-pdf.ts')) {
  const only = process.argv.find((a, i) => process.argv[i - 1] === '--only');
  for (const pair of pdfPairs().filter((p) => !only || p.pdf.includes(only))) {
    if (!existsSync(pair.text)) continue;
    const r = scorePdfPair(pair);
    console.log(`\n${basename(pair.pdf)}`);
    console.log(`  text ${line(r.text)}`);
    console.log(`  pdf  ${line(r.pdf)}`);
    for (const m of r.missing) console.log(`  not re-anchored: ${m}`);
    for (const n of r.notes) console.log(`  - ${n}`);
  }
}
