import type { Outcome, Relief, Span } from '../types';
import { reliefIn } from './relief';

/** A sentence in which the deciding court rules: "Smalls’ Motion ... is **DENIED**.", "We affirm." */
export interface Decree {
  /** reading-text span of the sentence */
  span: Span;
  paragraph: number;
  outcome: Outcome | null;
  /** the motion's words when named ("Motion for a Temporary Restraining Order") */
  motion: string | null;
  relief: Relief | null;
  /** a ruling on another motion (to dismiss, for summary judgment ...), not on injunctive relief */
  otherMotion?: boolean;
}

/**
 * Decretal phrases, in the present tense and in the court's own voice only: history ("the
 * Court of Appeals affirmed", "declined to grant such relief") and dissents ("I would grant")
 * are not the court's ruling. Order matters: the first pattern that matches decides.
 */
export const DECREE_PATTERNS: readonly { outcome: Outcome | null; pattern: RegExp; examples: string[] }[] = [
  // an appeal dismissed (moot, no jurisdiction, untimely) decides nothing on the relief: `other` (factors.md)
  {
    outcome: 'other',
    pattern: /\bappeals?\s+(?:is|are|must\s+be|should\s+be)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?dismissed\b|\b(?:we|court)\s+(?:therefore\s+|accordingly\s+|hereby\s+|must\s+)?dismiss\s+(?:the|this|these)\s+appeals?\b|^\s*(?:APPEALS?\s+)?DISMISSED\b/i,
    examples: ['The appeal is dismissed as moot.', 'we dismiss the appeal for want of appellate jurisdiction', 'DISMISSED.'],
  },
  { outcome: 'granted_in_part', pattern: /\bgrant(?:ed|s)?\s+in\s+part\b|\bdenie[sd]\s+in\s+part\b/i, examples: ['is GRANTED IN PART and DENIED IN PART'] },
  { outcome: 'affirmed_in_part', pattern: /\baffirm(?:ed|s)?\s+in\s+part\b/i, examples: ['AFFIRMED IN PART, REVERSED IN PART'] },
  { outcome: 'moot', pattern: /\b(?:is|are)\s+(?:hereby\s+)?(?:DENIED\s+as\s+)?moot\b/i, examples: ['The motion is DENIED as moot.'] },
  {
    outcome: 'granted',
    pattern: /\b(?:is|are|(?:shall|must|will)\s+be)\s+(?:hereby\s+)?(?:\*\*)?GRANTED\b|\b(?:is|are|(?:shall|must|will)\s+be)\s+(?:hereby\s+)?granted(?=\s*(?:[.;,]|$|\*|in\s+part|pending|to\s+the\s+extent|as\s+(?:follows|set)))|\b(?:the\s+court|we)\s+(?:\w+\s+){0,4}?(?:enter|issue)s?\s+(?:a|the)\s+(?:preliminary\s+injunction|temporary\s+restraining\s+order|stay|injunction)|\b(?:the\s+court|this\s+court|we)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?grants?\b|\b(?:must|shall|is|are)\s+(?:hereby\s+)?(?:be\s+)?(?:preliminarily\s+|temporarily\s+)?(?:enjoined|restrained)\b|^\s*(?:The\s+)?(?:application|motion|petition|request)\b[^.;]{0,240}?\s(?:GRANTED|granted)\.?\s*$/i,
    examples: ['Application for injunctive relief presented to Justice Breyer and by him referred to the Court granted.', 'the Court finds good cause to enter a preliminary injunction', 'Plaintiffs’ motion for a preliminary injunction (ECF No.13) must be GRANTED', 'the Court grants a temporary administrative stay', 'must be enjoined', 'are hereby enjoined'],
  },
  {
    outcome: 'denied',
    pattern: /\b(?:is|are|(?:shall|must|will)\s+be)\s+(?:hereby\s+)?(?:\*\*)?DENIED\b|\b(?:is|are|(?:shall|must|will)\s+be)\s+(?:hereby\s+)?denied(?=\s*(?:[.;,]|$|\*|in\s+part|as\s+moot|without|with\s+prejudice))|\b(?:the\s+court|this\s+court|we)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?(?:denies|deny)\b/i,
    examples: ['Smalls’ Motion for a Temporary Restraining Order (Doc. No. 11) is **DENIED**.', 'the motion is denied without prejudice', 'the motion must be DENIED'],
  },
  {
    outcome: 'vacated',
    pattern: /\b(?:we|court)\s+(?:also\s+|therefore\s+|accordingly\s+|hereby\s+)?(?:(?:will|must|shall|should)\s+)?vacate\b|\b(?:is|are|be)\s+(?:hereby\s+)?vacated\b|^\s*VACATED\b/i,
    examples: ['We also vacate the district court’s preliminary injunction', 'VACATED AND REMANDED.'],
  },
  {
    outcome: 'reversed',
    pattern: /\b(?:we|court)\s+(?:therefore\s+|accordingly\s+|hereby\s+)?(?:(?:will|must|shall|should)\s+)?reverse\b|\b(?:is|are|be)\s+(?:hereby\s+)?reversed\b|^\s*REVERSED\b|\b(?:we|court)\s+(?:will\s+|must\s+)?remand\b[^.;]{0,80}?\b(?:direct|instruct)\w*\s+the\s+(?:district|trial|lower)\s+court\s+to\s+(?:grant|enter|issue|order|reinstate)\b/i,
    // a remand that directs the court below to grant what it refused sets its ruling aside (Hirsch v. Dorsey Trailers, 3d Cir. 1998)
    examples: ['We reverse the order of the district court.', 'REVERSED.', 'For the reasons set forth, we will reverse the order of the district court', 'For the reasons set forth, we will remand this case and direct the district court to order interim relief under S10(j).'],
  },
  {
    outcome: 'affirmed',
    pattern: /\b(?:we|court)\s+(?:therefore\s+|accordingly\s+|hereby\s+)?(?:(?:will|must|shall|should)\s+)?affirm\b|\b(?:is|are|be)\s+(?:hereby\s+)?affirmed\b|^\s*(?:MODIFIED\s+AND\s+)?AFFIRMED\b|\b(?:also|necessarily|thus|therefore)\s+(?:affirms?\s+the|is\s+an\s+affirmance\s+of\s+the)\s+(?:denial|grant|dissolution|entry|order)\b/i,
    examples: ['The preliminary injunction is affirmed, the temporary stay is dissolved', 'we affirm', 'AFFIRMED.', 'Our affirmance of the grant of summary judgment necessarily affirms the denial of the preliminary injunction.', 'Our affirmance of the grant of summary judgment necessarily is an affirmance of the denial of the preliminary injunction request.'],
  },
];

/** Paragraph openers that introduce the decretal part of an order without ruling themselves. */
export const ORDERING_CLAUSE = /\b(?:IT\s+IS\s+(?:HEREBY\s+|FURTHER\s+)?ORDERED(?:,\s+ADJUDGED,?\s+(?:AND|&)\s+DECREED)?\s+(?:that|THAT)\b|ORDERED\s+that\b)/;

const VOICE_BLOCKERS = /\b(?:if|whether|unless|in\s+the\s+event|would|should\s+have|could|might|dissent|concur|declined|the\s+(?:district|trial|lower)\s+court\s+(?:granted|denied)|court\s+of\s+appeals)\b/i;
const MOTION_NAME = /\b(?:(?:Emergency\s+|Ex\s+Parte\s+|Renewed\s+)?(?:Motion|Application|Request|Petition)\s+for\s+(?:an?\s+)?[A-Za-z\s]{3,60}?(?=\s*(?:\(|is\b|are\b|will\b|must\b|shall\b|,|$))|Application\s+for\s+injunctive\s+relief)/i;

/**
 * A ruling on a motion that is not for injunctive relief ("Defendants' motions to dismiss are
 * GRANTED"): an injunction suit's motion to dismiss, for summary judgment, fees or remand is
 * decided without any injunction standard.
 */
const OTHER_MOTION = /\bmotions?\s+(?:to\s+(?:dismiss|remand|transfer|compel|strike|amend|intervene|seal)|for\s+(?:partial\s+)?(?:summary\s+judgment|judgment\s+on\s+the\s+pleadings|attorney['’]?s?['’]?\s+fees|fees|costs|sanctions|leave|reconsideration|remand|default\s+judgment|class\s+certification|a\s+new\s+trial))\b/i;

/** Is the decree a ruling on some other motion, and on no injunctive relief? */
export function onOtherMotion(d: Pick<Decree, 'relief'> & { sentence?: string }): boolean {
  return d.relief == null && d.sentence != null && OTHER_MOTION.test(d.sentence);
}

/** Reads one sentence; null unless it is a ruling. */
export function readDecree(sentence: string): { outcome: Outcome | null; motion: string | null; relief: Relief | null; otherMotion?: boolean } | null {
  const ordering = ORDERING_CLAUSE.test(sentence);
  // a dissent printed alone still tells the court's ruling: "I respectfully dissent from the Court's denial of the motion"
  const dissent = /\bdissent\s+from\s+the\s+(?:Court|court|majority)['’]s\s+(denial|grant)\b/.exec(sentence);
  if (dissent) return { outcome: dissent[1] === 'denial' ? 'denied' : 'granted', motion: MOTION_NAME.exec(sentence)?.[0].trim() ?? null, relief: reliefIn(sentence) };
  for (const { outcome, pattern } of DECREE_PATTERNS) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    // a blocker before the ruling verb turns it into history or a separate writing
    const before = sentence.slice(0, m.index + m[0].length);
    if (VOICE_BLOCKERS.test(before) && !ordering) continue;
    // inside a quotation it is another court's words ("the ordinary result is that the rules are vacated")
    if (openQuotes(sentence.slice(0, m.index)) > 0) continue;
    const motion = MOTION_NAME.exec(sentence)?.[0].trim() ?? null;
    const relief = reliefIn(sentence);
    return { outcome, motion, relief, ...(onOtherMotion({ relief, sentence }) ? { otherMotion: true } : {}) };
  }
  if (ordering) return { outcome: null, motion: null, relief: reliefIn(sentence) };
  return null;
}

/** How many quotations are open at the end of `s` (curly quotes; straight ones alternate). */
function openQuotes(s: string): number {
  const curly = (s.match(/“/g)?.length ?? 0) - (s.match(/”/g)?.length ?? 0);
  const straight = (s.match(/"/g)?.length ?? 0) % 2;
  return Math.max(0, curly) + straight;
}

/** Is the decree about an injunction, a TRO or a stay (rather than habeas, fees, costs)? */
export function aboutRelief(d: Decree): boolean {
  return d.relief != null || d.motion != null;
}

/**
 * Chooses the decree that decides the document's outcome: the last one naming the relief
 * (an opinion closes with its judgment; earlier hits are often a quoted test, as in Cohen v.
 * Brown's "harm ... if the injunction is granted"), else the last with an outcome.
 */
export function chooseDecree(decrees: Decree[]): Decree | null {
  const ruled = decrees.filter((d) => d.outcome && !d.otherMotion);
  const last = ruled[ruled.length - 1];
  // a closing judgment in part ("AFFIRMED IN PART; REVERSED IN PART; REMANDED.") sums up the
  // rulings before it, which name the relief one part at a time
  if (last && (last.outcome === 'affirmed_in_part' || last.outcome === 'granted_in_part')) return last;
  for (let i = ruled.length - 1; i >= 0; i--) if (aboutRelief(ruled[i])) return ruled[i];
  return last ?? null;
}
