/**
 * What an appellate opinion reviews, read from how it opens. A bare "Affirmed." (Benisek v.
 * Lamone) or "Reversed." does not say which side the judgment favours: an affirmance of a
 * denial goes against the movant, a reversal of one for it. The opening says what was appealed.
 */
export const APPEAL_OF_DENIAL: readonly { pattern: RegExp; examples: string[] }[] = [
  {
    // "This appeal arises from the denial of a motion for a preliminary injunction" (Benisek v. Lamone)
    pattern: /\bappeal(?:s|ed)?\s+(?:arises\s+|is\s+taken\s+|comes\s+)?from\s+(?:the\s+|an?\s+)?(?:[\w.’']+\s+){0,3}?(?:denial|refusal|dissolution)\s+of\s+(?:(?:a|an|the|their|his|her|its|plaintiffs?['’]?)\s+)?(?:motion\s+(?:for|seeking)\s+(?:a|an|the)?\s*)?(?:(?:preliminary|temporary|permanent|interlocutory)\s+)?(?:injunct|restraining|stay)/i,
    examples: ['This appeal arises from the denial of a motion for a preliminary injunction in the District Court.', 'appeals from the district court’s denial of their motion for a preliminary injunction'],
  },
  {
    // "appeals from the district court's order denying a temporary injunction under S 10(j)" (Hirsch v. Dorsey Trailers)
    pattern: /\bappeal(?:s|ed)?\s+(?:arises\s+|is\s+taken\s+)?from\s+(?:the\s+|an?\s+)?(?:[\w.’']+\s+){0,3}?(?:order|judgment|decree)\s+(?:of\s+[^.;]{0,80}?\s+)?(?:denying|refusing|dissolving|vacating)\s+(?:(?:a|an|the|their|his|her|its|plaintiffs?['’]?)\s+)?(?:motion\s+(?:for|seeking)\s+(?:a|an|the)?\s*)?(?:(?:preliminary|temporary|permanent|interlocutory)\s+)?(?:injunct|restraining|stay)/i,
    examples: ['appeals from the district court’s order denying a temporary injunction', 'an appeal from an order dissolving a temporary injunction'],
  },
];

/** Does the opinion say, near its start, that the appeal is from a denial (or dissolution) of interim relief? */
export function reviewsDenial(text: string): boolean {
  const head = text.slice(0, 6000);
  return APPEAL_OF_DENIAL.some((c) => c.pattern.test(head));
}
