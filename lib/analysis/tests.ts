import type { Test } from '../types';

/**
 * Which formulation of the test the court applies. Each entry is a phrase that names it;
 * `winter` also counts when a sentence lists all four factors (Smalls v. Scruggs quotes
 * Glossip's restatement of Winter without naming Winter in that sentence).
 */
export const TEST_PATTERNS: readonly { test: Test; pattern: RegExp; examples: string[] }[] = [
  { test: 'winter', pattern: /\bWinter\s+v\.\s+Natural\s+Res|\bWinter,\s+555\s+U\.\s?S\./, examples: ['Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7', 'Winter, 555 U.S. at 20'] },
  { test: 'serious_questions', pattern: /\bserious\s+questions\s+going\s+to\s+the\s+merits/i, examples: ['sufficiently serious questions going to the merits'] },
  { test: 'sliding_scale', pattern: /\bsliding[-\s]scale\b/i, examples: ['the sliding-scale approach'] },
  { test: 'nken', pattern: /\bNken\s+v\.\s+Holder|\bNken,\s+556\s+U\.\s?S\./, examples: ['Nken v. Holder, 556 U.S. 418'] },
  { test: 'ebay', pattern: /\beBay\s+Inc\.?\s+v\.\s+MercExchange/, examples: ['eBay Inc. v. MercExchange, L.L.C.'] },
  { test: 'heightened', pattern: /\bmandatory\s+injunction|\bheightened\s+standard|\bclear\s+or\s+substantial\s+showing|\bdisfavored\s+(?:preliminary\s+)?injunction/i, examples: ['seeking a “mandatory injunction”', 'the heightened standard'] },
];

/** A sentence listing the four factors states the Winter test. */
const FOUR_FACTORS = /likel\w+\s+(?:to|of)\s+succe[\s\S]{0,600}?irreparable[\s\S]{0,600}?(?:balance|equities|hardship)[\s\S]{0,600}?public\s+interest/i;

/**
 * The tests applied in `text`. `state` is added by the caller for a state court applying
 * injunction factors; `heightened` when the court treats the request as mandatory.
 */
export function findTests(text: string, mandatory: boolean): Test[] {
  const out = new Set<Test>();
  for (const { test, pattern } of TEST_PATTERNS) if (pattern.test(text)) out.add(test);
  if (FOUR_FACTORS.test(text)) out.add('winter');
  if (mandatory) out.add('heightened');
  else out.delete('heightened');
  return [...out];
}

/**
 * Does the court treat the request as a mandatory (or disfavored) injunction? True when it
 * says the movant seeks one or applies the heightened standard to this request, false when
 * it only mentions the rule or rejects the label ("this is not a mandatory injunction").
 */
export function isMandatory(text: string): boolean {
  const applied =
    /\b(?:seeking|seeks|sought|requests?|asks\s+for)\s+(?:a|an)\s+[“"]?mandatory\s+injunction|\bsubjects\s+\w+\s+to\s+the\s+heightened\s+standard|\b(?:the|this)\s+(?:requested\s+)?(?:injunction|relief)\s+(?:is|would\s+be)\s+(?:a\s+)?mandatory|\bdisfavored\s+(?:preliminary\s+)?injunction/i;
  const rejected = /\bnot\s+(?:a\s+)?mandatory\s+injunction|\bis\s+prohibitory\b/i;
  return applied.test(text) && !rejected.test(text);
}
