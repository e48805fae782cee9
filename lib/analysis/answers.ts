/**
 * The court answering an argument it has just reported. factors.md rule 4 makes a party's argument
 * `neutral` only while the court leaves it unresolved; a paragraph that reports "SCI argues ..." and
 * then says "This argument is unavailing" is the court's finding. Each row is the court's own
 * verdict on an argument, in its own voice, with sentences of real opinions it must match (tested
 * both ways); none is a party's word ("Plaintiffs argue that the injunction is unavailing" is not).
 * Words are at most 40 characters, so that a run with no space ("A-A-A-...") costs linear time.
 */
export const ANSWER_CUES: readonly { pattern: RegExp; examples: string[] }[] = [
  {
    // the argument judged: "This argument is unavailing." (Safari Club v. Salazar); "Sachs' appeal to the
    // First Amendment is illusory" (Cornwell v. Sachs)
    pattern: /\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w’'-]{0,40}?['’]?s?)\s+(?:[\w’'-]{1,40}\s+){0,4}?(?:argument|contention|claim|position|reading|appeal|objection|theory|assertion)s?\s+(?:[\w’'-]{1,40}\s+){0,6}?(?:is|are|was|were)\s+(?:(?:also|simply|equally|thus|therefore|likewise)\s+)?(?:unavailing|unpersuasive|not\s+persuasive|without\s+merit|meritless|illusory|misplaced|untenable|foreclosed)\b/,
    examples: ['This argument is unavailing.', 'Of course, Sachs’ appeal to the First Amendment is illusory because he seeks to protect speech activity which is not protected by the First Amendment.'],
  },
  {
    // agreeing or not, as a sentence of its own or with a party: "The Court agrees." (Safari Club v. Salazar);
    // agreeing with other courts adopts precedent and answers no party (Cohen v. Brown: "we agree with the district courts")
    pattern: /\b(?:[Tt]he\s+[Cc]ourt|[Ww]e)\s+(?:also\s+|therefore\s+)?(?:agrees?|disagrees?)(?:\s*[.;]|\s+with\s+(?!(?:the\s+)?(?:\w+\s+)?(?:courts?|circuits?)\b)(?:the\s+)?(?:[A-Z]\w*|plaintiffs?|defendants?|appellants?|appellees?|respondents?|petitioners?|applicants?))/,
    examples: ['The Court agrees.', 'The Court agrees with the Federal Defendants that the decision to issue a Final Decision ... was not arbitrary and capricious.'],
  },
  {
    // "Nevertheless, the Court is still not convinced that examples of this type demonstrate" (Safari Club v. Salazar)
    pattern: /\b(?:[Tt]he\s+[Cc]ourt|[Ww]e)\s+(?:is|are|remains?)\s+(?:still\s+)?(?:not|un)\s*(?:convinced|persuaded)\b/,
    examples: ['Nevertheless, the Court is still not convinced that examples of this type demonstrate that the FWS has in this case acted arbitrarily'],
  },
  {
    // the record set against the argument: "Yet the record suggests that the delay largely arose from a
    // circumstance within plaintiffs' control" (Benisek v. Lamone)
    pattern: /(?:^|[.!?]\s+)(?:Yet|But|However),?\s+the\s+record\s+(?:\w+\s+)?(?:suggests|shows|reveals|demonstrates|indicates|belies)\b/,
    examples: ['Yet the record suggests that the delay largely arose from a circumstance within plaintiffs’ control'],
  },
  {
    // the ruling below the argument attacks, upheld: "we see no clear error in the district court's factual
    // determination that Mucos never ceased production" (Marlyn Nutraceuticals v. Mucos Pharma)
    pattern: /\b[Ww]e\s+(?:see|find|discern)\s+no\s+(?:clear\s+)?error\b/,
    examples: ['because we see no clear error in the district court’s factual determination that Mucos never ceased production of Wobenzym'],
  },
];

/** Does `text` hold the court's answer to an argument? */
export function answersArgument(text: string): boolean {
  return ANSWER_CUES.some((c) => c.pattern.test(text));
}
