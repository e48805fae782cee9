import type { Analysis } from '../types';

const RELIEF_SHORT: Record<string, string> = {
  tro: 'TRO',
  preliminary_injunction: 'PI',
  permanent_injunction: 'PERM',
  stay_pending_appeal: 'STAY',
  injunction_pending_appeal: 'IPA',
  administrative_stay: 'ADM',
  other: 'INJ',
};

const OUTCOME_MARK: Record<string, string> = {
  granted: '✓',
  affirmed: '✓',
  denied: '✗',
  reversed: '✗',
  vacated: '✗',
  granted_in_part: '½',
  affirmed_in_part: '½',
  moot: '∅',
};

/** Toolbar badge: relief and outcome, e.g. "TRO✗". Empty when there is no injunction. */
export function badgeText(a: Analysis): string {
  const relief = RELIEF_SHORT[a.standard.relief];
  if (!relief) return '';
  return relief + (OUTCOME_MARK[a.disposition.outcome ?? ''] ?? '');
}
