import { clauseFacts } from '../nlp';
import type { Stance } from '../types';

/**
 * How one sentence speaks to a factor, as a lawyer reads it:
 *  - `law`: a rule with no finding about these parties ("courts will presume ... when the
 *    movant's claim involves ... a constitutional right", 2d Cir. via Smalls v. Scruggs);
 *  - `movant` / `nonmovant`: the court's finding ("the court will presume that a denial ...
 *    will result in irreparable harm"; "Smalls has not clearly shown a likelihood of success");
 *  - `neutral`: a party's argument alone, or the court declining to reach the factor.
 */
export interface SentenceStance {
  stance: Stance;
  /** how sure the reading is, 0..1 */
  weight: number;
  /** neither a rule's nor a finding's markers: the paragraph decides */
  ambiguous?: boolean;
  /** a party's argument reported (`neutral`): the court's answer elsewhere in the paragraph makes it a finding */
  argued?: boolean;
  /** the sentence weighs the factor ("the balance of equities strongly favors leaving the stay in place"): a finding */
  weighing?: boolean;
  /**
   * the court below's ruling reported ("the district court found that the competing equities weighed in
   * favor of granting the injunction", Cohen v. Brown): the side it found for. The paragraph decides
   * whether this court adopts it; `stance` is `neutral` meanwhile.
   */
  reported?: 'movant' | 'nonmovant';
}

/**
 * Generic subjects and conditionals that mark a rule statement. A thing named generically ("a
 * court", "an injunction", "a stay") marks a rule only as a subject, at the head of a sentence or a
 * clause ("A preliminary injunction is an extraordinary remedy"); as an object it is this case's
 * ("Cornwell is likely to succeed on the merits of her suit for a preliminary injunction", Cornwell
 * v. Sachs; "the lack of an injunction threatened the Company", Tejidos de Coamo v. ILGWU).
 */
const LAW_MARKERS =
  /(?:\ban?\s+(?:movant|plaintiff|party|applicant|litigant)\b|(?:^\W*|[.;:(“"]\s*|\b(?:that|when|where|if|unless|because|since|whether|before)\s+)(?:an?\s+(?:court|injunction|preliminary\s+injunction|stay|showing))\b)|\b(?:the\s+(?:movant|moving\s+party|party\s+seeking|applicant\s+seeking|plaintiff\s+seeking)|courts\s+(?:will|may|must|should|have|generally|routinely|consider)|(?:where|when|if|unless)\s+(?:the|a)\s+(?:movant|plaintiff|party|applicant)|must\s+(?:establish|show|demonstrate|make|satisfy|prove)|is\s+(?:required|entitled)\s+to|requires?\s+(?:a|the)\s+(?:movant|plaintiff|showing)|(?:we|courts)\s+(?:have\s+)?(?:held|explained|recognized)|the\s+(?:supreme\s+)?court\s+(?:has\s+)?(?:held|explained|recognized)|the\s+(?:[A-Z][\w.]*\s+){0,3}Circuit\s+(?:has\s+)?(?:made\s+(?:it\s+)?clear|held|explained|recognized|emphasized|instructed)|standard|burden|factors?\b|it\s+is\s+(?:well\s+)?(?:settled|established))/i;

/** The court speaking about this case: these anchors outrank a generic subject in the same sentence. */
const STRONG_FINDING =
  /\bnor\s+(?:has|have|did|does|do)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?(?:shown|established|demonstrated|made|met|carried|proved)\b|\b(?:here|in\s+this\s+(?:case|instance|action)|(?:on|from|in)\s+this\s+record|at\s+this\s+stage|we\s+(?:find|conclude|hold|agree|think|are\s+(?:not\s+)?(?:persuaded|satisfied|convinced)|see\s+no|discern|(?:do|did)\s+not\s+(?:think|believe|find|see))|the\s+court\s+(?:finds|concludes|will|is\s+(?:not\s+)?(?:persuaded|satisfied))|the\s+(?:district|trial|lower)\s+court\s+(?:found|concluded|determined|correctly|properly|reasonably|did|erred|was)|there\s+(?:can\s+be|is)\s+no\s+(?:question|doubt))\b/i;

/**
 * A party by its role proving or failing ("the plaintiffs have not carried", "Plaintiffs will suffer"): a finding
 * unless the sentence speaks of a generic party, whose role words then name anyone ("once the moving party has
 * carried its burden", Marlyn Nutraceuticals v. Mucos; "available to a plaintiff demonstrating ... and that the
 * plaintiff will suffer irreparable harm", Cornwell v. Sachs).
 */
const ROLE_FINDING =
  /\bthe\s+(?:movants?|moving\s+part(?:y|ies)|plaintiffs?|applicants?|petitioners?)\s+(?:has|have)\s+(?:not\s+)?(?:\w+ly\s+)?(?:shown|established|demonstrated|made\s+(?:out|a)|met|carried|failed)\b|\b(?:plaintiffs?|applicants?|appellees?|appellants?|petitioners?|respondents?|defendants?|the\s+government)['’]?s?\s+(?:not\s+only\s+)?(?:have|has|will|would|are|is|were|cannot|can|did|do|does)\b/i;

/** A generic party, or a conditional on one: the sentence states what any movant must or may do. */
const GENERIC_PARTY = /\ban?\s+(?:movant|plaintiff|party|applicant|litigant)\b|\bthe\s+(?:party\s+seeking|applicant\s+seeking|plaintiff\s+seeking)\b|\b(?:once|if|where|when|unless|until)\s+(?:[\w’'-]+\s+){0,6}?(?:the|a|an)\s+(?:movant|moving\s+party|plaintiff|applicant|party)\b(?!s)|\bit\s+is\s+not\s+required\s+that\b/i;


/** Verbs of proof that read as a finding unless the subject is generic ("a movant has established"). */
const WEAK_FINDING =
  /\b(?:(?:has|have|had)\s+(?:not\s+)?(?:clearly\s+|adequately\s+|sufficiently\s+|also\s+|thus\s+far\s+)?(?:shown|established|demonstrated|made(?!\s+(?:it\s+)?clear)|met|carried|failed)|(?:failed|fails)\s+to|cannot\s+(?:establish|show|demonstrate|succeed)|found\s+that|(?:he|she|they|it)\s+(?:will|would)\s+(?:suffer|be\s+harmed|lose))\b/i;

/**
 * A named party, or a defined one ("the Company", "the Board"), found likely or unlikely to win: "Accordingly,
 * Cornwell is likely to succeed on the merits" (Cornwell v. Sachs); "Mucos has shown that it is likely to
 * establish each element" reads through the party's "has shown". A generic subject ("A plaintiff", "The
 * movant") is not one.
 */
const NAMED_LIKELY = String.raw`\b(?:(?!(?:A|An|The|It|He|She|They|This|That|Courts?|Plaintiffs?|Movants?|Applicants?|Parties|Party)\b)[A-Z][A-Za-z]+|[Tt]he\s+(?!Court\b|Supreme\b|Circuit\b)[A-Z][a-z]+)(?:['’]s?)?\s+(?:is|are|was|were)\s+(?:not\s+)?(?:\w+ly\s+)?(?:likely|unlikely)\s+to\s+(?:succeed|prevail|establish|show|prove)\b`;

/** A named party proving or failing: "Smalls has not clearly shown", "Experian has established" (a generic subject is lower case). */
const PARTY_FINDING_SRC = String.raw`\b(?!(?:A|An|The|Courts?|Plaintiffs?|Movants?|Congress|Circuit)\b)[A-Z][A-Za-z]+(?:['’]s?)?\s+(?:has|have|had)\s+(?:not\s+)?(?:clearly\s+|also\s+|thus\s+far\s+)?(?:shown|established|demonstrated|made(?!\s+(?:it\s+)?clear)|failed|met|carried)\b|\b(?:is|are)\s+warranted\s+because\b|${NAMED_LIKELY}`;
const PARTY_FINDING = new RegExp(PARTY_FINDING_SRC);

const FINDING_MARKERS = new RegExp(`${STRONG_FINDING.source}|${ROLE_FINDING.source}|${WEAK_FINDING.source}`, 'i');

/**
 * Who speaks, when not the court: a party (its argument reported), the court below or another
 * judge of this case (its ruling reported), or a court in another case (precedent, which states
 * law). Each row carries sentences of real opinions it must match (tested both ways).
 */
export const SPEAKER_CUES: readonly { speaker: 'party' | 'below' | 'precedent'; pattern: RegExp; examples: string[] }[] = [
  {
    speaker: 'party',
    pattern: /\baccording\s+to\s+(?!(?:the|this)\s+court\b)(?:the\s+)?[A-Z][\w’'-]*|\b(?!Court\b)(?:[A-Z][A-Za-z]+|plaintiffs|defendants)\s+(?:likewise\s+|also\s+)?(?:points?\s+out|emphasi[sz]es|tells?\s+of|counters)\b|\b(?!Court)[A-Z][\w’'-]*(?:\s+[\w’'-]+)?['’]s?\s+(?:primary\s+|principal\s+|main\s+)?arguments?\s+(?:for|that|is|are)\b/,
    examples: [
      'These events, according to SCI, “demonstrate the irreparable harm that the enforcement of endangered status is bringing to the conservation of these animals”',
      'SCI points out that the Federal Defendants and SCI “actually agree that the balance of interests, including public interest, must tilt in favor of protected species.”',
      'The EWA plaintiffs tell of the economic loss to individual ranchers.',
      'The plaintiffs’ primary arguments for irreparable harm are economic harm arguments.',
    ],
  },
  {
    speaker: 'below',
    pattern: /\b(?:[Tt]he\s+(?:[Dd]istrict\s+|[Tt]rial\s+|[Ll]ower\s+|[Bb]ankruptcy\s+)?[Cc]ourt|[Tt]he\s+court\s+below|[Tt]he\s+[Mm]agistrate(?:\s+[Jj]udge)?)\s+(?:also\s+|further\s+)?(?:found|concluded|determined|reasoned|relied|ruled)\b|(?:^\W*|[,;]\s*)(?:it|he|she)\s+(?:also\s+|further\s+)?(?:found|concluded|reasoned)\s+that\b/,
    examples: [
      'Although the court found that there was reasonable cause to believe that Dorsey had committed the unfair labor charges, it also found that S 10(j) relief would not be "just and proper" because: (1) the request was untimely made, noting the fourteen-month delay in seeking S 10(j) relief',
      'But because the CDC planned to end the moratorium in only a few weeks, he concluded that the balance of equities justified leaving the stay in place.',
      'In dissolving the preliminary injunction in this case, the magistrate judge relied upon his certification findings that the parties had agreed to limit their remedies',
      // capitalised, as the Supreme Court writes it (Benisek v. Lamone)
      'The District Court found that plaintiffs had failed to show a likelihood of success on the merits sufficient to warrant a preliminary injunction.',
    ],
  },
  {
    speaker: 'precedent',
    pattern: /\b[Tt]he\s+court\s+in\s+[A-Z]|\b[Tt]he\s+(?:[A-Z][\w.]*\s+){1,3}Circuit\s+(?:found|held|concluded|rejected|reasoned|denied|reversed)\b|\bhave\s+been\s+(?:denied|granted)\s+(?:the\s+)?(?:relief|injunct)/,
    examples: [
      'The Seventh Circuit found the plaintiff “would incur no detriment by the act of applying” for the license, and rejected the plaintiff’s contention that it would suffer irreparable harm without the injunction.',
      'More recently in this jurisdiction, the court in National Mining Association v. Jackson, 768 F. Supp. 2d 34 (D.D.C. 2011), denied the plaintiff mining association’s request for injunctive relief',
      'In analogous circumstances, plaintiffs who decline the opportunity to avail themselves of a regulatory scheme to avoid the very harm for which they seek injunctive relief have been denied the relief.',
    ],
  },
];

/** This court weighing what the court below did: "did not abuse its discretion", "reasonably presumed", "we agree". */
const REVIEWS = /\b(?:erred|err|correctly|properly|reasonably|rightly|wrongly|mistakenly|abused?\s+its\s+discretion|clear(?:ly)?\s+erroneous|clear\s+error|we\s+(?:agree|disagree)|no\s+reason\s+to\s+disturb)\b/i;

/** The court in its own voice: what another speaker said, it answers. */
const OWN_VOICE = /\b(?:we\s+(?:find|conclude|hold|agree)|(?:the|this)\s+court\s+(?:finds|concludes|agrees|holds))\b/i;

/** Who speaks in `sentence` (null: the court itself). Another case's holding told of this case ("here") is applied, not cited. */
export function speakerOf(sentence: string): 'party' | 'below' | 'precedent' | null {
  if (OWN_VOICE.test(sentence)) return null;
  for (const c of SPEAKER_CUES) {
    if (c.speaker === 'below' && REVIEWS.test(sentence)) continue;
    if (c.speaker === 'precedent' && /\b(?:here|in\s+this\s+case)\b/i.test(sentence)) continue;
    if (c.pattern.test(sentence)) return c.speaker;
  }
  return null;
}

/** Words that turn a finding against the factor regardless of grammatical negation. */
const AGAINST = /\b(?:weighs?\s+against|tips?\s+against|counsels?\s+against|speculative|too\s+remote|undercut|belie[sd]?|outweigh(?:s|ed)?\s+(?:the|any|plaintiff|its|his|her|their)|in\s+(?:the\s+)?(?:defendants?|government|state|respondents?)['’]?s?\s+favor)\b/i;
/** A word against the factor, negated: "neither remote nor speculative" (Cornwell v. Sachs), "not speculative". */
const NEGATED_AGAINST = /\b(?:neither\s+remote\s+nor\s+speculative|not\s+(?:merely\s+|simply\s+|purely\s+)?(?:speculative|too\s+remote))\b/gi;
const FOR = /\b(?:weighs?\s+(?:heavily\s+)?in\s+favor|tips?\s+(?:decidedly\s+|sharply\s+)?in\s+(?:his|her|their|its|plaintiffs?['’]?|the\s+(?:movant|plaintiff|applicant)s?['’]?)|favou?rs?\s+(?:the\s+)?(?:plaintiff|movant|applicant|granting|an\s+injunction|injunctive|a\s+stay|issuance)|presume[sd]?|presumption)\b/i;
/** Verbs of weighing: a sentence that weighs a factor, with no generic subject, is a finding. */
const WEIGHING = /\b(?:favou?rs?|weighs?|tips?|outweighs?|supports?|counsels?|justif(?:y|ies))\b/i;

/** The court declines to decide the factor. */
const DECLINES = /\bneed\s+not\s+(?:reach|address|decide|consider)|\bdecline\s+to\s+(?:reach|address|decide)|\bexpress\s+no\s+(?:view|opinion)|\bdo\s+not\s+(?:reach|decide)\b/i;

/**
 * Reads the stance of `sentence` toward a factor whose cue spans `cue` (offsets within the
 * sentence). `adverse` cues speak of harm to the other side, so negation favours the movant.
 */
export function sentenceStance(sentence: string, cue: { start: number; end: number }, adverse = false, lawOnly = false): SentenceStance {
  return readStance(sentence, cue, adverse, lawOnly, true);
}

function readStance(sentence: string, cue: { start: number; end: number }, adverse: boolean, lawOnly: boolean, speakers: boolean): SentenceStance {
  if (lawOnly) return { stance: 'law', weight: 0.6 };
  // a quotation's bracketed capital opens its word again, offsets kept: "[O]nce the moving party" reads "  Once the moving party"
  sentence = sentence.replace(/\[([A-Za-z])\]/g, '  $1');
  // only the factor the court declines to reach is neutral: "Because plaintiffs have not shown a
  // likelihood of success, we need not reach the remaining factors" still finds against success
  const declines = DECLINES.exec(sentence);
  if (declines && declines.index < cue.start) return { stance: 'neutral', weight: 0.7 };
  const facts = clauseFacts(sentence, cue);
  const law = LAW_MARKERS.test(sentence);
  const back = pointsBack(sentence, cue);
  const question = asksWhether(sentence, cue);
  // "Where, as here, mandatory relief is sought" (Cornwell v. Sachs) says the rule applies, not how it comes out
  sentence = sentence.replace(/\b(?:as\s+)?relevant\s+here\b|,\s*as\s+here,/gi, ' ');
  const finding = STRONG_FINDING.test(sentence) || (ROLE_FINDING.test(sentence) && !GENERIC_PARTY.test(sentence)) || PARTY_FINDING.test(sentence) || (!law && WEAK_FINDING.test(sentence)) || back;
  if (facts.attributed && !/\b(?:we|the\s+court)\s+(?:agree|find|conclude|hold)\b/i.test(sentence)) return { stance: 'neutral', weight: 0.6, argued: true };
  // a party's argument, the court below's ruling reported: neither is this court's finding; another case's holding states law
  const speaker = speakers ? speakerOf(sentence) : null;
  if (speaker === 'party') return { stance: 'neutral', weight: 0.5, argued: true };
  if (speaker === 'precedent') return { stance: 'law', weight: 0.6 };
  if (speaker === 'below') {
    const told = readStance(sentence, cue, adverse, lawOnly, false).stance;
    return { stance: 'neutral', weight: 0.5, ...(told === 'movant' || told === 'nonmovant' ? { reported: told } : {}) };
  }
  // the question, not its answer: a test's "(1) whether the stay applicant has made a strong showing"
  // is law; "the motion turned on the question whether the organization could show that it was
  // likely to succeed" (Planned Parenthood Ass'n of Utah v. Herbert) states what is in dispute; any
  // other "whether" ("it is up to Congress to decide whether the public interest merits ...") is read as usual
  if (question && (law || GENERIC_QUESTION.test(sentence))) return { stance: 'law', weight: 0.7 };
  if (question && DISPUTED.test(sentence)) return { stance: 'neutral', weight: 0.5 };
  if (!finding && law) return { stance: 'law', weight: 0.7 };
  if (!finding) return { stance: 'law', weight: 0.3, ambiguous: true, weighing: WEIGHING.test(sentence) };
  let sign = facts.negated ? -1 : 1;
  if (adverse) sign = -sign;
  // "neither remote nor speculative" affirms the harm: a negated word against the factor is no word against it
  if (AGAINST.test(sentence.replace(NEGATED_AGAINST, ' '))) sign = -1;
  else if (!facts.negated && FOR.test(sentence)) sign = 1;
  return { stance: sign > 0 ? 'movant' : 'nonmovant', weight: law ? 0.6 : 0.9 };
}

/**
 * "A preliminary injunction would alleviate that ongoing harm." (John Doe Co. v. CFPB): a
 * demonstrative before the cue, with the clause ending after it, points back to the harm this
 * case has shown, so the generic subject states no rule. "must show that irreparable harm is
 * likely" is a conjunction, not a demonstrative: the clause goes on past the cue.
 */
function pointsBack(sentence: string, cue: { start: number; end: number }): boolean {
  return /\b(?:this|that|these|those)\s+$/i.test(sentence.slice(Math.max(0, cue.start - 8), cue.start)) && /^\s*[.;,:!?”"’)]/.test(sentence.slice(cue.end));
}

/**
 * Is the cue inside a "whether" clause? The clause runs from "whether" to the cue with no comma,
 * colon, semicolon or bracket between: "Regardless of whether the State appeals, plaintiffs are
 * likely to succeed" answers in its main clause.
 */
/** A question any case poses: "In determining whether the plaintiff has ...", "whether the stay applicant has made ..." */
const GENERIC_QUESTION = /\b(?:in\s+(?:determining|deciding|assessing|evaluating|considering)\s+whether|whether\s+(?:the|an?)\s+(?:stay\s+)?(?:plaintiff|movant|applicant|party|moving\s+party)\b(?!s))/i;

/** The court framing the dispute: "turned on the question whether", "the issue is whether". */
const DISPUTED = /\b(?:question|issue|dispute|debate|disagreement)\s+(?:here\s+|presented\s+)?(?:is\s+)?whether\b|\bturn(?:s|ed)?\s+(?:\w+\s+){0,4}on\s+whether\b/i;

function asksWhether(sentence: string, cue: { start: number; end: number }): boolean {
  // Nken's fourth factor asks it without "whether": "(4) where the public interest lies"
  if (/\bwhere\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, cue.start - 12), cue.start)) && /^\s*lies\b/i.test(sentence.slice(cue.end))) return true;
  return /\bwhether\b[^,;:()]*$/i.test(sentence.slice(Math.max(0, cue.start - 150), cue.start));
}

/** Anything in the paragraph that reads as the court's finding rather than a rule. */
export function looksLikeFinding(text: string): boolean {
  return FINDING_MARKERS.test(text) || PARTY_FINDING.test(text);
}

/** A paragraph that only states rules: generic subjects and no finding anywhere. */
export function looksLikeLaw(text: string): boolean {
  return LAW_MARKERS.test(text) && !looksLikeFinding(text);
}

/** Merges sentence stances for one factor in one paragraph: findings outrank rules, rules outrank arguments. */
export function mergeStances(list: SentenceStance[]): SentenceStance {
  const score = { movant: 0, nonmovant: 0, law: 0, neutral: 0 };
  let last: Stance = 'law';
  for (const s of list) {
    score[s.stance] += s.weight;
    if (s.stance === 'movant' || s.stance === 'nonmovant') last = s.stance;
  }
  if (score.movant || score.nonmovant) {
    const stance: Stance = score.movant === score.nonmovant ? last : score.movant > score.nonmovant ? 'movant' : 'nonmovant';
    return { stance, weight: Math.min(0.95, 0.55 + 0.2 * Math.max(score.movant, score.nonmovant)) };
  }
  if (score.law) return { stance: 'law', weight: Math.min(0.9, 0.5 + 0.2 * score.law) };
  return { stance: 'neutral', weight: Math.min(0.8, 0.4 + 0.2 * score.neutral) };
}
