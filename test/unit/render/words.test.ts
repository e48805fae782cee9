/** The words a reader sees for each code: examples from the labelling guide (factors.md) and the issue that asked for them. */
import { describe, expect, it } from 'vitest';
import {
  courtWords, FACTOR_NAMES, FACTOR_TITLES, findingsWords, findingWords, OUTCOME_NAMES, outcomeWords, RELIEF_NAMES, reliefWords, STANCE_WORDS, STANCES, stanceWords, TEST_NAMES, testsWords,
} from '../../../lib/render/words';

describe('words for codes', () => {
  it.each([
    // [what, got, expected]
    ['Smalls v. Scruggs test', testsWords(['winter', 'heightened']), 'Winter; heightened (mandatory)'],
    ['no test found', testsWords([]), 'not identified'],
    ['a stay case', testsWords(['nken']), 'Nken'],
    ['Second Circuit', testsWords(['winter', 'serious_questions']), 'Winter; serious questions'],
    ['a code from a newer analyser is shown, not dropped', testsWords(['winter', 'frobnicate']), 'Winter; frobnicate'],
    ['TRO, mandatory', reliefWords('tro', true), 'Temporary restraining order (mandatory)'],
    ['administrative stay', reliefWords('administrative_stay'), 'Administrative stay'],
    ['stay pending appeal', reliefWords('stay_pending_appeal'), 'Stay pending appeal'],
    ['injunction pending appeal', reliefWords('injunction_pending_appeal'), 'Injunction pending appeal'],
    ['outcome', outcomeWords('granted_in_part'), 'Granted in part and denied in part'],
    ['no outcome', outcomeWords(null), 'not identified'],
    ['a district court by name', courtWords('ctd'), 'United States District Court for the District of Connecticut'],
    ['a circuit by name', courtWords('ca2'), 'Court of Appeals for the Second Circuit'],
    ['an unknown court id as itself', courtWords('zz9'), 'zz9'],
    ['a library filter token', findingWords('harm:nonmovant'), 'Irreparable harm: found for the non-movant'],
    ['a presumption', findingWords('harm:presumed'), 'Irreparable harm: presumed'],
    ['not reached', findingWords('success:neutral'), 'Likelihood of success: not reached'],
    ['an opinion’s findings', findingsWords(['success:nonmovant', 'harm:movant', 'harm:presumed']), 'Likelihood of success: found for the non-movant; Irreparable harm: found for the movant (presumed)'],
    ['a presumption alone', findingsWords(['harm:presumed']), 'Irreparable harm: presumed'],
    ['an unknown stance', stanceWords('maybe').words, 'maybe'],
  ])('%s', (_, got, expected) => expect(got).toBe(expected));

  it('gives every stance of factors.md a distinct mark, words and an explanation', () => {
    expect(STANCES).toEqual(['movant', 'nonmovant', 'neutral', 'law']);
    expect(STANCES.map((s) => `${STANCE_WORDS[s].symbol} ${STANCE_WORDS[s].words}`)).toEqual(['✓ found for the movant', '✗ found for the non-movant', '– not reached', '§ law only']);
    expect(new Set(STANCES.map((s) => STANCE_WORDS[s].explain)).size).toBe(4);
  });

  it.each([
    ['relief', RELIEF_NAMES, ['tro', 'preliminary_injunction', 'permanent_injunction', 'stay_pending_appeal', 'injunction_pending_appeal', 'administrative_stay', 'other', 'none']],
    ['test', TEST_NAMES, ['winter', 'serious_questions', 'sliding_scale', 'nken', 'ebay', 'state', 'heightened']],
    ['outcome', OUTCOME_NAMES, ['granted', 'denied', 'granted_in_part', 'moot', 'affirmed', 'reversed', 'vacated', 'affirmed_in_part', 'other']],
    ['factor (short)', FACTOR_TITLES, ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition']],
    ['factor (full)', FACTOR_NAMES, ['standard', 'success', 'harm', 'equities', 'public', 'bond', 'disposition']],
  ] as const)('names every %s value of factors.md in words, never as its code', (_, table, codes) => {
    expect(Object.keys(table).sort()).toEqual([...codes].sort());
    for (const c of codes) {
      const w = (table as Record<string, string>)[c];
      expect(w).not.toMatch(/_/);
      if (c.includes('_')) expect(w).not.toBe(c);
    }
  });
});
