/**
 * The factor grid: one row per opinion with its facts and, for each factor a court decides
 * (lib/export/findings.ts), the finding in words, its key sentence and where it is. Pure: an
 * analysis in, strings out.
 */
import { factorFindings, FINDING_FACTORS, type FactorFinding } from '../../lib/export/findings';
import { pinCite } from '../../lib/export/pin-cite';
import type { Analysis, FactorName, Stance } from '../../lib/types';

/** a finding in the grid's words: found for the movant, against, discussed but not decided, the law only */
export const FINDING_WORDS: Record<Stance, string> = {
  movant: 'for',
  nonmovant: 'against',
  neutral: 'not reached',
  law: 'law only',
};

/** a key sentence longer than this is cut (a spreadsheet cell holds 32,767 characters; a reader wants far fewer) */
export const MAX_SENTENCE = 600;

export const GRID_COLUMNS: readonly string[] = [
  'file', 'title', 'court', 'court_name', 'date', 'judge', 'relief', 'tests', 'mandatory', 'disposition',
  ...FINDING_FACTORS.flatMap((f) => [f, `${f}_sentence`, `${f}_pin`]),
  'harm_presumed',
];

/** what a row and the --where filters are made from */
export interface GridOpinion {
  file: string;
  analysis: Analysis;
  findings: Map<FactorName, FactorFinding>;
}

export function gridOpinion(file: string, analysis: Analysis): GridOpinion {
  return { file, analysis, findings: new Map(factorFindings(analysis).map((f) => [f.factor, f])) };
}

function sentence(a: Analysis, f: FactorFinding | undefined): string {
  if (!f?.keySentence) return '';
  const s = a.text.slice(f.keySentence.start, f.keySentence.end).replace(/\s+/g, ' ').trim();
  return s.length > MAX_SENTENCE ? `${s.slice(0, MAX_SENTENCE - 1)}…` : s;
}

export function gridRow({ file, analysis: a, findings }: GridOpinion): string[] {
  const d = a.document;
  const row: string[] = [
    file, d.title ?? '', d.court ?? '', d.courtName ?? '', d.date ?? '', d.judge ?? '', a.standard.relief,
    a.standard.tests.join('; '), a.standard.mandatory ? 'yes' : 'no', a.disposition.outcome ?? '',
  ];
  for (const factor of FINDING_FACTORS) {
    const f = findings.get(factor);
    row.push(f ? FINDING_WORDS[f.stance] : '', sentence(a, f), f?.keySentence ? pinCite(a, f.keySentence.start) : '');
  }
  row.push(findings.get('harm')?.presumed ? 'yes' : '');
  return row;
}
