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
 * Ways a court says the request before it is mandatory (or disfavored), so that it applies
 * the heightened standard to this request. A statement of the rule ("A mandatory injunction
 * orders a responsible party to take action") is not one: each cue names the relief sought
 * or the order under review.
 */
export const MANDATORY_CUES: readonly { pattern: RegExp; examples: string[] }[] = [
  { pattern: /\b(?:seek(?:ing|s)?|sought|requests?|asks\s+for)\s+(?:a|an)\s+[“"]?mandatory\s+injunction/i, examples: ['Plaintiffs seek a “mandatory injunction”', 'the movant requests a mandatory injunction'] },
  { pattern: /\bsubjects\s+\w+\s+to\s+the\s+heightened\s+standard/i, examples: ['which subjects it to the heightened standard'] },
  { pattern: /\b(?:the|this)\s+(?:requested\s+)?(?:injunction|relief)\s+(?:is|would\s+be)\s+(?:a\s+)?mandatory/i, examples: ['the requested injunction is mandatory', 'this relief would be a mandatory one'] },
  { pattern: /\bdisfavored\s+(?:preliminary\s+)?injunction/i, examples: ['a disfavored preliminary injunction'] },
  {
    pattern: /\b(?:relief|injunction|order)\s+(?:sought|requested|at\s+issue|here)\s+(?:is|was)\s+(?:\w+\s+){0,2}?mandatory\b|\bmandatory\s+in\s+nature\b/i,
    examples: ['because part of the injunctive relief sought is mandatory in nature', 'the order at issue was plainly mandatory'],
  },
  {
    pattern: /\b(?:asks|seeks|requests)\s+(?:for\s+)?(?:both\s+)?(?:prohibitive|prohibitory)\s+and\s+mandatory\s+(?:preliminary\s+)?(?:injunctive\s+)?(?:relief|injunctions?)\b/i,
    examples: ['Cornwell asks for both prohibitive and mandatory preliminary relief'],
  },
  {
    // the order under review, in the past tense: "That remedy went beyond the status quo ... and instead required Marlyn to take the affirmative step"
    pattern: /\b(?:went|goes)\s+(?:well\s+)?beyond\s+(?:simply\s+)?(?:maintaining\s+|preserving\s+)?the\s+status\s+quo\b[^.]{0,120}?\brequired\b|\brequired\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+to\s+take\s+(?:the\s+)?affirmative\s+(?:step|action)/,
    examples: ['That remedy went beyond the status quo pending litigation and instead required Marlyn to take the affirmative step of recalling its product.'],
  },
];

/** The court calls the request anything but mandatory. */
const NOT_MANDATORY = /\bnot\s+(?:a\s+)?mandatory\s+injunction|\bis\s+prohibitory\b/i;

/**
 * Does the court treat the request as a mandatory (or disfavored) injunction? True when it
 * says the movant seeks one or applies the heightened standard to this request, false when
 * it only mentions the rule or rejects the label ("this is not a mandatory injunction").
 */
export function isMandatory(text: string): boolean {
  return MANDATORY_CUES.some((c) => c.pattern.test(text)) && !NOT_MANDATORY.test(text);
}
