/**
 * `--where harm=movant,success=nonmovant,court=ctd`: which opinions the grid keeps. Each
 * condition is KEY=VALUE, several values joined by `|` (any of them); all conditions must
 * hold. The keys are a table, each with the values it takes and an example, and a key or a
 * finding that is not in it is refused by name.
 */
import { FINDING_FACTORS } from '../../lib/export/findings';
import type { FactorName } from '../../lib/types';
import { UsageError } from './args';
import type { GridOpinion } from './grid';

/** a factor's finding as --where names it: the analysis' own stance names, or the grid's words */
const FINDING_VALUES: Record<string, (o: GridOpinion, factor: FactorName) => boolean> = {
  movant: (o, f) => o.findings.get(f)?.stance === 'movant',
  for: (o, f) => o.findings.get(f)?.stance === 'movant',
  nonmovant: (o, f) => o.findings.get(f)?.stance === 'nonmovant',
  against: (o, f) => o.findings.get(f)?.stance === 'nonmovant',
  neutral: (o, f) => o.findings.get(f)?.stance === 'neutral',
  'not-reached': (o, f) => o.findings.get(f)?.stance === 'neutral',
  law: (o, f) => o.findings.get(f)?.stance === 'law',
  'law-only': (o, f) => o.findings.get(f)?.stance === 'law',
  presumed: (o, f) => !!o.findings.get(f)?.presumed,
  none: (o, f) => !o.findings.has(f),
};

const lower = (s: string | null | undefined) => (s ?? '').toLowerCase();

interface Key {
  test: (o: GridOpinion, value: string) => boolean;
  /** the values it takes, when they are a closed list */
  values?: readonly string[];
  example: string;
}

export const WHERE_KEYS: Record<string, Key> = {
  ...Object.fromEntries(
    FINDING_FACTORS.map((f) => [f, { test: (o: GridOpinion, v: string) => FINDING_VALUES[v](o, f), values: Object.keys(FINDING_VALUES), example: `${f}=movant` }]),
  ),
  court: { test: (o, v) => lower(o.analysis.document.court) === v, example: 'court=ctd' },
  relief: { test: (o, v) => o.analysis.standard.relief === v || o.analysis.standard.reliefs.includes(v as never), example: 'relief=tro' },
  disposition: { test: (o, v) => lower(o.analysis.disposition.outcome) === v, example: 'disposition=denied' },
  outcome: { test: (o, v) => lower(o.analysis.disposition.outcome) === v, example: 'outcome=granted' },
  test: { test: (o, v) => o.analysis.standard.tests.includes(v as never), example: 'test=winter' },
  mandatory: { test: (o, v) => o.analysis.standard.mandatory === (v === 'yes' || v === 'true'), values: ['yes', 'no', 'true', 'false'], example: 'mandatory=yes' },
  judge: { test: (o, v) => lower(o.analysis.document.judge).includes(v), example: 'judge=hall' },
  year: { test: (o, v) => (o.analysis.document.date ?? '').startsWith(v), example: 'year=2019' },
};

export type Filter = (o: GridOpinion) => boolean;

/** The opinions' filter for the --where options given (each may hold several conditions). */
export function whereFilter(options: readonly string[]): Filter {
  const conditions: Filter[] = [];
  for (const part of options.flatMap((o) => o.split(',')).map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`--where needs KEY=VALUE (got "${part}"), e.g. ${WHERE_KEYS.harm.example}`);
    const key = part.slice(0, eq).trim().toLowerCase();
    const spec = WHERE_KEYS[key];
    if (!spec) throw new UsageError(`--where: unknown key "${key}"; keys: ${Object.keys(WHERE_KEYS).join(', ')}`);
    const values = part.slice(eq + 1).split('|').map((v) => v.trim().toLowerCase());
    for (const v of values) {
      if (!v) throw new UsageError(`--where ${key}= needs a value, e.g. ${spec.example}`);
      if (spec.values && !spec.values.includes(v)) throw new UsageError(`--where ${key}: unknown value "${v}"; values: ${spec.values.join(', ')}`);
    }
    conditions.push((o) => values.some((v) => spec.test(o, v)));
  }
  return (o) => conditions.every((c) => c(o));
}
