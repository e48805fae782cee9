/** Words a reader sees for the analysis' codes, shared by every human-readable export. */
import type { FactorName, Outcome, Relief, Stance, Test } from '../types';

export const FACTOR_NAMES: Record<FactorName, string> = {
  standard: 'Legal standard',
  success: 'Likelihood of success on the merits',
  harm: 'Irreparable harm',
  equities: 'Balance of equities',
  public: 'Public interest',
  bond: 'Bond / security',
  disposition: 'Disposition',
};

export const STANCE_NAMES: Record<Stance, string> = {
  movant: 'favors the movant',
  nonmovant: 'favors the non-movant',
  neutral: 'discussed without a finding',
  law: 'statement of law',
};

export const RELIEF_NAMES: Record<Relief, string> = {
  tro: 'Temporary restraining order',
  preliminary_injunction: 'Preliminary injunction',
  permanent_injunction: 'Permanent injunction',
  stay_pending_appeal: 'Stay pending appeal',
  injunction_pending_appeal: 'Injunction pending appeal',
  administrative_stay: 'Administrative stay',
  other: 'Other relief',
  none: 'No injunctive relief',
};

export const TEST_NAMES: Record<Test, string> = {
  winter: 'Winter four-factor test',
  serious_questions: 'serious questions',
  sliding_scale: 'sliding scale',
  nken: 'Nken stay factors',
  ebay: 'eBay permanent-injunction factors',
  state: 'state-law standard',
  heightened: 'heightened standard (mandatory or disfavored injunction)',
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
