/**
 * The words a reader sees for the analysis' codes. One table per code, shared by the side
 * panel, the library, the options page, the on-page legend and every human-readable export,
 * so no view shows `preliminary_injunction` or `ctd` and no two views call one thing by two
 * names. The values are those of the labelling guide (shared spec `factors.md`); each
 * table's type is a `Record` over its union, so a new code without words does not compile.
 */
import { COURTS } from '../data/courts';
import type { FactorName, Outcome, Relief, Stance, Test } from '../types';

/** Short factor names: the panel's scoreboard, tags, the legend and the options page. */
export const FACTOR_TITLES: Record<FactorName, string> = {
  standard: 'Standard',
  success: 'Likelihood of success',
  harm: 'Irreparable harm',
  equities: 'Balance of equities',
  public: 'Public interest',
  bond: 'Bond',
  disposition: 'Disposition',
};

/** Full factor names: the memo's and the report's headings. */
export const FACTOR_NAMES: Record<FactorName, string> = {
  standard: 'Legal standard',
  success: 'Likelihood of success on the merits',
  harm: 'Irreparable harm',
  equities: 'Balance of equities',
  public: 'Public interest',
  bond: 'Bond / security',
  disposition: 'Disposition',
};

export interface StanceWords {
  /** the mark in the margin, the scoreboard and the outline */
  symbol: string;
  /** what the mark says, in a few words (menus, scoreboard, exports) */
  words: string;
  /** what it means, for the legend and tooltips (after factors.md's stance table) */
  explain: string;
}

/**
 * The court's finding on a factor. "for the non-movant" rather than "against the movant":
 * on appeal the movant is still the party who asked for the injunction below (factors.md),
 * and a finding can tip toward the opposing party without the movant having lost it.
 */
export const STANCE_WORDS: Record<Stance, StanceWords> = {
  movant: { symbol: '✓', words: 'found for the movant', explain: 'the court finds the factor shown, or tipping toward the party seeking relief' },
  nonmovant: { symbol: '✗', words: 'found for the non-movant', explain: 'the court finds the factor not shown, or tipping toward the opposing party' },
  neutral: { symbol: '–', words: 'not reached', explain: 'the court describes the arguments, declines to reach the factor, or finds it evenly balanced' },
  law: { symbol: '§', words: 'law only', explain: 'the paragraph states the rule; no finding about these parties' },
};

/** The order menus list stances in: the findings first, then the two without one. */
export const STANCES: readonly Stance[] = ['movant', 'nonmovant', 'neutral', 'law'];

export const RELIEF_NAMES: Record<Relief, string> = {
  tro: 'Temporary restraining order',
  preliminary_injunction: 'Preliminary injunction',
  permanent_injunction: 'Permanent injunction',
  stay_pending_appeal: 'Stay pending appeal',
  injunction_pending_appeal: 'Injunction pending appeal',
  administrative_stay: 'Administrative stay',
  other: 'Other injunctive relief',
  none: 'No injunction standard applied',
};

/** The test's usual name, as a brief would write it ("the Winter factors", "the Nken factors"). */
export const TEST_NAMES: Record<Test, string> = {
  winter: 'Winter',
  serious_questions: 'serious questions',
  sliding_scale: 'sliding scale',
  nken: 'Nken',
  ebay: 'eBay',
  state: 'state-law test',
  heightened: 'heightened (mandatory)',
};

export const OUTCOME_NAMES: Record<Outcome, string> = {
  granted: 'Granted',
  denied: 'Denied',
  granted_in_part: 'Granted in part and denied in part',
  moot: 'Denied as moot',
  affirmed: 'Affirmed',
  reversed: 'Reversed',
  vacated: 'Vacated',
  affirmed_in_part: 'Affirmed in part',
  other: 'Other',
};

/** "Winter; heightened (mandatory)"; an unknown code is shown as itself rather than dropped. */
export function testsWords(tests: readonly string[]): string {
  return tests.length ? tests.map((t) => TEST_NAMES[t as Test] ?? t).join('; ') : 'not identified';
}

/** "Temporary restraining order (mandatory)". */
export function reliefWords(relief: string, mandatory = false): string {
  return (RELIEF_NAMES[relief as Relief] ?? relief) + (mandatory ? ' (mandatory)' : '');
}

export function outcomeWords(outcome: string | null | undefined): string {
  return outcome ? (OUTCOME_NAMES[outcome as Outcome] ?? outcome) : 'not identified';
}

export function stanceWords(stance: string): StanceWords {
  return STANCE_WORDS[stance as Stance] ?? { symbol: '?', words: stance, explain: stance };
}

let courts: Map<string, string> | null = null;
/** A courts-db id's name ("ctd" → "United States District Court for the District of Connecticut"); an unknown id as itself. */
export function courtWords(id: string): string {
  courts ??= new Map(COURTS.map((r) => [r[0], r[2]]));
  return courts.get(id) ?? id;
}

/** A library filter token's words: "harm:movant" → "Irreparable harm: found for the movant", "harm:presumed" → "Irreparable harm: presumed". */
export function findingWords(token: string): string {
  const [factor, what] = token.split(':');
  const title = FACTOR_TITLES[factor as FactorName] ?? factor;
  return `${title}: ${what === 'presumed' ? 'presumed' : stanceWords(what).words}`;
}

/** An opinion's filter tokens in words, a presumption joined to its finding: "Irreparable harm: found for the movant (presumed)". */
export function findingsWords(tokens: readonly string[]): string {
  const presumed = new Set(tokens.filter((t) => t.endsWith(':presumed')).map((t) => t.split(':')[0]));
  return tokens
    .filter((t) => !t.endsWith(':presumed') || !tokens.some((u) => u !== t && u.startsWith(t.split(':')[0] + ':')))
    .map((t) => findingWords(t) + (presumed.has(t.split(':')[0]) && !t.endsWith(':presumed') ? ' (presumed)' : ''))
    .join('; ');
}
