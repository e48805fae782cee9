import type { FactorName } from '../types';

/**
 * The factor lexicon: each cue is a pattern with real examples it must match (a unit test
 * checks both directions, as reporters-db's check_regexes does). `adverse` marks cues that
 * speak of harm to the non-movant or the public, so that a negated finding on them favours
 * the movant ("granting relief would not harm the public interest", Roman Catholic Diocese).
 */
export interface FactorCue {
  factor: Exclude<FactorName, 'disposition'>;
  pattern: RegExp;
  examples: string[];
  adverse?: boolean;
  /** a rule statement rather than a finding by its nature ("extraordinary remedy") */
  lawOnly?: boolean;
  /**
   * speaks of the factor through the facts it weighs ("public health would be imperiled"), not in
   * the factor's own name: it labels the paragraph but does not make a sentence an enumeration of
   * the test, nor count as the opinion naming the factor
   */
  applied?: boolean;
}

const ALL_FACTORS = /\b(?:all|each|every)\s+(?:of\s+the\s+)?(?:four\s+|relevant\s+|(?:preliminary\s+)?injunction\s+)?factors\s+(?:\w+ly\s+)?(?:warrants?|weighs?|favou?rs?|supports?|tips?|counsels?|militates?)\b/i;

export const FACTOR_CUES: readonly FactorCue[] = [
  // the court's verdict on every factor at once: "All factors warrant an injunction" (Cornwell v. Sachs),
  // "each of the four factors weighs in favor of"; it speaks for each factor, not as the test's statement
  { factor: 'success', pattern: ALL_FACTORS, examples: ['All factors warrant an injunction.'], applied: true },
  { factor: 'harm', pattern: ALL_FACTORS, examples: ['All factors warrant an injunction.'], applied: true },
  { factor: 'equities', pattern: ALL_FACTORS, examples: ['All factors warrant an injunction.'], applied: true },
  { factor: 'public', pattern: ALL_FACTORS, examples: ['All factors warrant an injunction.'], applied: true },
  // likelihood of success
  {
    factor: 'success',
    pattern: /\blikel(?:y|ihood)\s+(?:of\s+|to\s+)(?:ultimate\s+|eventual\s+)?succe(?:ss|ed)\b/i,
    examples: ['he is likely to succeed on the merits', 'a likelihood of success on the merits', 'likelihood of ultimate success'],
  },
  { factor: 'success', pattern: /\bsuccess\s+on\s+the\s+merits\b/i, examples: ['substantial showing of success on the merits'] },
  { factor: 'success', pattern: /\blikel(?:y|ihood)\s+that\b[^.;]{0,80}?\b(?:will|would)\s+(?:succeed|prevail)\b/i, examples: ['the likelihood that the party requesting the injunction will succeed on the merits'] },
  { factor: 'success', pattern: /\b(?:probability|likelihood|chance)\s+of\s+(?:victory|prevailing)\b/i, examples: ["the movant's probability of victory on the merits", 'likelihood of prevailing'] },
  { factor: 'success', pattern: /\b(?:probability|chance|prospect)s?\s+of\s+(?:\w+['’]?\s+){0,2}success\b/i, examples: ['beginning with the probability of success', "the probability of plaintiffs' success"] },
  { factor: 'success', pattern: /\bserious\s+questions\s+going\s+to\s+the\s+merits\b/i, examples: ['sufficiently serious questions going to the merits'] },
  { factor: 'success', pattern: /\b(?:likely|certain)\s+to\s+(?:prevail|succeed)\b/i, examples: ['their First Amendment claims are likely to prevail', 'virtually certain to succeed on the merits'] },
  { factor: 'success', pattern: /\bstrong\s+showing\s+that\s+(?:it|he|she|they|the\s+\w+)\s+(?:is|are)\s+likely\b/i, examples: ['a strong showing that he is likely to succeed'] },
  { factor: 'success', pattern: /\bLikelihood\s+of\s+Success\b/, examples: ['A. Likelihood of Success.'] },
  // state standards: Texas ("a probable right to the relief sought"), Illinois ("a clearly
  // ascertainable right in need of protection") put the merits in their own words
  { factor: 'success', pattern: /\bprobable\s+right\s+(?:of|to)\s+(?:recovery|(?:the\s+)?relief)\b|\bclearly\s+ascertainable\s+right\b/i, examples: ['a probable right to the relief sought', 'a probable right of recovery', 'a clearly ascertainable right in need of protection'] },
  // irreparable harm
  {
    factor: 'harm',
    pattern: /\birreparabl[ey]\s+(?:(?:and|or|\w+ly)\s+)?(?:\w+\s+)?(?:harm|injur|damag|loss|harmed|injured)\w*/i,
    examples: ['likely to suffer irreparable harm', 'irreparable injury', 'irreparably harmed', 'irreparable and imminent harm'],
  },
  { factor: 'harm', pattern: /\b(?:in)?adequate\s+remed(?:y|ies)\s+at\s+law\b/i, examples: ['no adequate remedy at law', 'inadequate remedies at law'] },
  { factor: 'harm', pattern: /\bcompensa(?:ble|ted)\s+(?:by|with|through)\s+(?:money\s+)?damages\b/i, examples: ['cannot be compensated by money damages'] },
  { factor: 'harm', pattern: /\birreparability\s+of\s+(?:the\s+)?(?:injury|harm)|\birremediable\b/i, examples: ['irreparability of injury', 'the harm to the plaintiff class was irremediable'] },
  { factor: 'harm', pattern: /\bIrreparable\s+(?:Harm|Injury)\b/, examples: ['B. Irreparable Injury.'] },
  // what undercuts irreparable harm: delay in seeking relief, a loss money can repair
  { factor: 'harm', pattern: /\b(?:unexplained|unreasonable|inexcusable|protracted)\s+delay\b|\bdelay(?:ed)?\s+in\s+(?:seeking|filing|bringing|moving\s+for)\b|\b(?:purely\s+)?economic\s+(?:loss|injury|harm)\b|\bremediable\s+by\s+(?:money\s+)?damages\b/i, examples: ['an unexplained delay in seeking relief', 'purely economic loss', 'the protracted delay in bringing this petition'] },
  // harm that persists, or a threat that the challenged conduct will resume (a case not moot after
  // the government relents still leaves the movant harmed): John Doe Co. v. CFPB, Tandon v. Newsom
  {
    factor: 'harm',
    pattern: /\b(?:ongoing|continuing|constant)\s+(?:harm|injury|injuries|threat)\b/i,
    examples: ['A preliminary injunction would alleviate that ongoing harm.', 'the applicants “remain under a constant threat” that government officials will use their power'],
    applied: true,
  },
  // balance of equities / harm to others
  // Nken: "These factors merge when the Government is the opposing party" is a rule; it comes
  // before the factors' own cues so that it decides these sentences
  { factor: 'equities', pattern: /\b(?:last|final|third\s+and\s+fourth|latter|two)\s+(?:two\s+)?factors\s+merge\b|\bfactors\s+merge\s+when\b/i, examples: ['The last two factors merge when the Government is the opposing party.', 'These factors merge when the Government is the opposing party'], lawOnly: true },
  { factor: 'public', pattern: /\b(?:last|final|third\s+and\s+fourth|latter|two)\s+(?:two\s+)?factors\s+merge\b|\bfactors\s+merge\s+when\b/i, examples: ['The last two factors merge when the Government is the opposing party.'], lawOnly: true },
  // the third stay factor: injury to the party opposing the stay (Nken's "substantial injury to the other parties")
  {
    factor: 'equities',
    pattern: /\b(?:injur\w*|harm\w*|prejudice\w*)\s+(?:\w+\s+){0,6}?(?:to|on|of)\s+(?:the\s+)?(?:part(?:y|ies)\s+opposing|opposing\s+part(?:y|ies)|non-?moving\s+part(?:y|ies)|non-?movants?|appellees?|respondents?)\b/i,
    examples: ['the harm that further delay would do to the party opposing the stay', 'substantial injury to the appellees', 'prejudice to the non-moving party'],
    adverse: true,
  },
  {
    factor: 'equities',
    pattern: /\bbalanc(?:e|ing)\s+(?:of\s+)?(?:the\s+)?(?:relative\s+|respective\s+)?(?:equities|hardships?|harms|conveniences|competing\s+(?:equities|harms|interests))\b/i,
    examples: ['the balance of equities tips in his favor', 'The Balance of Harms', 'balancing the hardships', 'the balance of the relative hardships'],
  },
  { factor: 'equities', pattern: /\bcompeting\s+(?:equities|claims\s+of\s+injury|harms|hardships)\b/i, examples: ['the competing equities'] },
  {
    factor: 'equities',
    pattern: /\b(?:substantially\s+)?(?:injure|harm|prejudice)\s+(?:to\s+)?(?:the\s+)?(?:other\s+part(?:y|ies)|opposing\s+part(?:y|ies)|third\s+parties|non-?movant)\b/i,
    examples: ['will substantially injure the other parties interested in the proceeding', 'prejudice the opposing party'],
    adverse: true,
  },
  // public interest
  { factor: 'public', pattern: /\bharm\s+the\s+public(?:\s+interest)?\b/i, examples: ['granting relief would not harm the public interest', 'will harm the public'], adverse: true },
  { factor: 'public', pattern: /\bpublic(?:['’]s)?\s+interest\b/i, examples: ['an injunction is in the public interest', 'Public interest. Finally', 'the public’s interest'] },
  // bond
  {
    factor: 'bond',
    pattern: /\b(?:no|nominal|injunction|security|a|the)\s+bond\b|\bRule\s+65\(c\)|\bbond\s+(?:is|be|shall|requirement)\b/i,
    examples: ['The Court finds that no bond is required.', 'security under Rule 65(c)', 'the bond requirement'],
  },
  // the governing standard (rule statements)
  // who must show what, and what interim relief is for: "the party seeking a preliminary
  // injunction bears the burden", "the purpose of a temporary injunction is to preserve"
  { factor: 'standard', pattern: /\bthe\s+(?:party|plaintiff|movant)\s+seeking\s+(?:an?\s+|the\s+)?(?:(?:preliminary|temporary|permanent|mandatory)\s+){0,2}(?:injunct\w*|relief|stay|restraining\s+order)\s+(?:must|bears|has\s+the\s+burden)\b|\b(?:purpose|function|office|object)\s+of\s+(?:a|an|the)\s+(?:temporary|preliminary|interlocutory)\s+(?:injunction|restraining\s+order)\b/i, examples: ['Therefore, the party seeking a mandatory preliminary injunction must show', 'The purpose of a temporary injunction is to preserve the status quo'], lawOnly: true },
  { factor: 'standard', pattern: /\bmandatory\s+(?:preliminary\s+)?(?:relief|injunctive\s+relief)\b|\bbalanc(?:e|ing)[- ]of[- ](?:the\s+)?hardships?\s+test\b|\bhardship\s+balancing\s+test\b/i, examples: ['Where, as here, mandatory relief is sought', 'Under the balancing of hardships test'] },
  // the rule calls relief "an extraordinary remedy"; a finding that the movant has not earned "the
  // extraordinary remedy of injunctive relief" (Safari Club v. Salazar) applies it and states no rule
  { factor: 'standard', pattern: /\b(?:an|is|as)\s+[“"]?(?:an\s+)?(?:\w+\s+)?extraordinary\s+(?:and\s+drastic\s+)?remed/i, examples: ['Preliminary injunctive relief is an extraordinary remedy', 'a preliminary injunction is “an extraordinary remedy never awarded as of right.”', 'an extraordinary and drastic remedy'], lawOnly: true },
  { factor: 'standard', pattern: /\b(?:preserv|maintain|restor)\w*\s+(?:the\s+|an\s+existing\s+situation\s+in\s+)?statu[s]?\s+quo\b/i, examples: ['to preserve an existing situation in statu quo', 'maintain the status quo', 'provisional steps restoring the status quo'], lawOnly: true },
  { factor: 'standard', pattern: /\bnever\s+awarded\s+as\s+(?:a\s+matter\s+)?of\s+right\b/i, examples: ['is never awarded as a matter of right'], lawOnly: true },
  { factor: 'standard', pattern: /\bmandatory\s+injunction|\b(?:heightened|higher|more\s+(?:exacting|demanding|rigorous))\s+standard\b|\bclear\s+or\s+substantial\s+showing\b/i, examples: ['When the movant seeks a “mandatory injunction,”', 'an even “higher standard” of proof', 'the heightened standard of proving'] },
  // what interim relief is for: it holds things "until a trial on the merits can be held" (Camenisch, quoted
  // in Safari Club v. Salazar); Texas asks for "a trial on the merits without undue delay" (Ramsden v. Norris)
  { factor: 'standard', pattern: /\b(?:pending|until|before|awaiting)\s+(?:a\s+|the\s+)?(?:final\s+)?trial\s+on\s+the\s+merits\b|\btrial\s+on\s+the\s+merits\s+(?:can\s+be\s+held|without\s+undue\s+delay)\b/i, examples: ['to preserve the relative positions of the parties until a trial on the merits can be held', 'set for a "trial on the merits without undue delay."', 'pending a final trial on the merits'], lawOnly: true },
  // the findings a court must make to grant or dissolve an injunction: "Rule 52(a) findings were required"
  // (Knapp Shoes v. Sylvania), "Section 7 requires five findings", "the substantive findings required by
  // section 7" (Tejidos de Coamo v. ILGWU): how relief is decided, not whether this movant earned it
  {
    factor: 'standard',
    pattern: /\bRule\s+52\(a\)|\b(?:require[sd]?|requirements?\s+of)\s+(?:\w+\s+){0,2}findings\b|\bfindings\s+(?:(?:are|were|be)\s+)?required\b/i,
    examples: ['Given our conclusion that Rule 52(a) findings were required', 'Section 7 requires five findings.', 'the substantive findings required by section 7 are backed by', 'The required findings include findings that absent an injunction'],
    lawOnly: true,
  },
  { factor: 'standard', pattern: /\bsliding[-\s]scale\b/i, examples: ['under the sliding-scale approach'], lawOnly: true },
  { factor: 'standard', pattern: /\bentire\s+record\b|\bhearsay\s+evidence\b/i, examples: ['a court may consider the entire record including affidavits and other hearsay evidence'], lawOnly: true },
  // the standards for the relief named as such: "The Second Circuit applies similar standards for temporary restraining
  // orders and preliminary injunctions" (Smalls v. Scruggs, the seed: its memo cites Foley and Allied Office there),
  // "the standard for issuing a preliminary injunction"; not summary judgment's "the same standards as is required"
  // (McGuinness v. DuBois), which is why the row names the relief
  { factor: 'standard', pattern: /\b(?:similar|same)\s+standards?\s+(?:for|as|to|govern\w*|appl\w*)\s+(?:\w+\s+){0,3}?(?:temporary\s+restraining|preliminary\s+injunct|injunct|stay)|\bstandards?\s+(?:for|governing)\s+(?:issuing|granting|the\s+issuance|a\s+(?:preliminary|temporary)|temporary|preliminary|injunctive|a\s+stay|stays)\b/i, examples: ['applies similar standards for temporary restraining orders and preliminary injunctions', 'The standard for issuing a preliminary injunction'], lawOnly: true },
  { factor: 'standard', pattern: /\b(?:four|traditional|familiar)\s+(?:stay\s+|injunction\s+)?factors\b|\bfour-(?:part|factor|prong)\b/i, examples: ['the traditional stay factors', 'the familiar four-part test'], lawOnly: true },
  { factor: 'standard', pattern: /\b(?:preliminary\s+injunction|injunction|stay)\s+(?:calculus|standard|test|inquiry)\b/i, examples: ['particularly influential in the preliminary injunction calculus', 'deft application of the preliminary injunction standard'], lawOnly: true },
  // the test named as such, or the court setting out how it decides
  {
    factor: 'standard',
    pattern: /\bstandards?\s+(?:to\s+be\s+applied|(?:that\s+)?(?:we|courts?)\s+appl(?:y|ies)|applicable\s+to|governing)\b|\bin\s+(?:evaluating|deciding|determining|considering|assessing)\s+whether\s+to\s+(?:issue|grant|enter|deny|dissolve|modify|stay)\b|\breview\s+(?:the\s+|a\s+)?(?:district\s+court['’]s\s+)?(?:grant|denial|issuance|entry|dissolution|refusal)\s+of\s+(?:a\s+|an\s+|the\s+)?(?:preliminary\s+|temporary\s+|permanent\s+)?(?:injunct|restraining|stay)/i,
    examples: ['The standard to be applied by the district court in deciding whether to grant', 'In evaluating whether to issue an injunction, the court considers', 'We review the grant of a preliminary injunction for abuse of discretion'],
    lawOnly: true,
  },
  { factor: 'standard', pattern: /\babuse\s+of\s+discretion\b.{0,120}\binjunct|\binjunct\w*.{0,200}\babuse\s+of\s+discretion\b/i, examples: ['we review the grant of a preliminary injunction for abuse of discretion'], lawOnly: true },
];

/** Factors a sentence must name to count as an enumeration of the test (rule 1 of factors.md). */
export const TEST_FACTORS: readonly FactorCue['factor'][] = ['success', 'harm', 'equities', 'public'];

/** A heading or run-in heading that names one factor: "B. Irreparable Harm", "Public interest." */
export const HEADING_FACTORS: readonly { factor: FactorName; pattern: RegExp; examples: string[] }[] = [
  { factor: 'success', pattern: /\b(?:likelihood|probability)\s+of\s+succe(?:ss|eding)|\bsuccess\s+on\s+the\s+merits|\bserious\s+questions|\blikely\s+to\s+(?:succeed|prevail)/i, examples: ['A. Likelihood of Success.', 'Likelihood of success on the merits', 'A. Plaintiffs Have A Likelihood Of Succeeding With Respect To Their APA Claims'] },
  { factor: 'harm', pattern: /\birreparable\s+(?:harm|injury)/i, examples: ['B. Irreparable Injury.', 'Irreparable harm'] },
  { factor: 'equities', pattern: /\bbalance\s+of\s+(?:the\s+)?(?:equities|hardships|harms)|\bharm\s+to\s+(?:others|defendants?|other\s+parties)/i, examples: ['C. The Balance of Harms.', 'Balance of the Equities'] },
  { factor: 'public', pattern: /\bpublic(?:['’]s)?\s+interest/i, examples: ['Public interest', 'D. The Public Interest', 'The Public’s Interest'] },
  { factor: 'bond', pattern: /\b(?:bond|security)\b/i, examples: ['E. Bond'] },
  { factor: 'standard', pattern: /\b(?:legal\s+standard|standard\s+of\s+review|applicable\s+(?:law|standard)|governing\s+standard)\b/i, examples: ['II. LEGAL STANDARD'] },
];
