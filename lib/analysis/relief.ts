import type { Relief } from '../types';

/**
 * Phrases naming each kind of relief. Counted over the reading text; the disposition sentence,
 * when it names one, decides (factors.md: "relief is the one the disposition rules on first").
 */
export const RELIEF_PATTERNS: readonly { relief: Exclude<Relief, 'none' | 'other'>; pattern: RegExp; examples: string[] }[] = [
  { relief: 'tro', pattern: /\b[Tt]emporary\s+[Rr]estraining\s+[Oo]rders?|\bTEMPORARY\s+RESTRAINING\s+ORDERS?|\bTROs?\b/g, examples: ['Motion for a Temporary Restraining Order', 'the TRO was extended'] },
  // a short stay that only buys the court time to decide the stay motion: no factors weighed
  {
    relief: 'administrative_stay',
    pattern: /\b(?:temporary\s+)?administrative\s+(?:stay|injunction)s?\b/gi,
    examples: ['the Court grants a temporary administrative stay', 'an administrative stay pending consideration of the motion'],
  },
  // an injunction the appellate court itself enters while the appeal (or certiorari) is pending
  {
    relief: 'injunction_pending_appeal',
    pattern:
      /\b(?:injunctions?|injunctive\s+relief)\s+pending\s+(?:the\s+)?(?:disposition\s+of\s+(?:the|its|their)\s+)?(?:appeal|appellate\s+review|review|certiorari)|\b(?:enjoined|(?:application|motion|request)\s+for\s+(?:an?\s+)?(?:emergency\s+)?(?:injunction|injunctive\s+relief))\b(?:[^.;]|\.(?=\d)){0,200}?\bpending\s+(?:the\s+)?(?:disposition\s+of\s+(?:the|its|their)\s+)?(?:appeal|petition|certiorari)|\b(?:motion|application)\s+for\s+(?:an?\s+)?(?:emergency\s+)?(?:writ\s+of\s+)?injunction\b(?!\s+pending\s+(?:trial|the\s+outcome))/gi,
    examples: [
      'the motion for an injunction pending appeal',
      'Respondent is enjoined from enforcing Executive Order 202.68’s 10- and 25-person occupancy limits on applicant pending disposition of the appeal',
      'Application for injunctive relief pending appellate review',
      'an emergency application for writ of injunction',
      'The application for injunctive relief presented to JUSTICE KAGAN and by her referred to the Court is granted pending disposition of the appeal',
    ],
  },
  {
    relief: 'stay_pending_appeal',
    pattern:
      /\bstays?\s+pending\s+(?:the\s+)?(?:disposition\s+of\s+(?:the|its|their)\s+)?(?:appeal|appellate\s+review|review|certiorari)|\b(?:motion|application)\s+(?:for\s+(?:a\s+)?|to\s+)(?:stay\b(?!\s+(?:of\s+)?(?:arbitration|discovery|(?:all\s+|further\s+)?proceedings|the\s+(?:case|action|proceedings|litigation|arbitration)|litigation|trial))|vacate\s+(?:the\s+)?stay)|\bNken\s+v\.|\bstay\s+(?:of|the)\s+(?:the\s+)?(?:district\s+court['’]s\s+)?(?:order|judgment|injunction|mandate|removal|deportation|execution)\s+pending\b/gi,
    examples: ['moves for a stay pending the appeal', 'a stay pending appeal', 'the application to vacate the stay', 'Nken v. Holder, 556 U.S. 418'],
  },
  // a state's "temporary injunction" (Texas, Florida, Kansas ...) is its preliminary injunction
  { relief: 'preliminary_injunction', pattern: /\bpreliminar(?:y|ily)\s+(?:injunct|enjoin|relief)\w*|\bpendente\s+lite\b|\btemporary\s+injunct\w*/gi, examples: ['a preliminary injunction', 'preliminarily enjoined', 'preliminary relief', 'the trial court granted a temporary injunction'] },
  { relief: 'permanent_injunction', pattern: /\bpermanent(?:ly)?\s+(?:injunct|enjoin)\w*|\beBay\s+Inc\.?\s+v\./gi, examples: ['a permanent injunction', 'eBay Inc. v. MercExchange'] },
];

/** The relief a motion names: "the motion for an injunction pending appeal" is an injunction pending appeal. */
export function motionRelief(text: string): Relief | null {
  const m = /\b(?:motion|application)\s+for\s+(?:an?\s+|the\s+)?((?:emergency\s+)?(?:injunction|stay|injunctive\s+relief|temporary\s+restraining\s+order|preliminary\s+injunction|permanent\s+injunction)(?:\s+pending\s+(?:the\s+)?appeal)?)/i.exec(text);
  return m ? reliefIn(m[1], false) : null;
}

/** Counts each relief's mentions in `text`. */
export function countReliefs(text: string): Map<Relief, number> {
  const counts = new Map<Relief, number>();
  for (const { relief, pattern } of RELIEF_PATTERNS) {
    pattern.lastIndex = 0;
    const n = text.match(pattern)?.length ?? 0;
    if (n) counts.set(relief, n);
  }
  return counts;
}

/** The relief named in one sentence (a disposition), relief pending appeal first: a stay motion quotes the injunction it concerns. */
export function reliefIn(sentence: string, generic = true): Relief | null {
  for (const { relief, pattern } of RELIEF_PATTERNS) {
    pattern.lastIndex = 0;
    if (pattern.test(sentence)) return relief;
  }
  if (generic && /\binjunct|\benjoin/i.test(sentence)) return 'preliminary_injunction';
  return null;
}

/** Relief pending appeal: a motion for it quotes the order it concerns, so one mention weighs double. */
const PENDING_APPEAL = new Set<Relief>(['stay_pending_appeal', 'injunction_pending_appeal', 'administrative_stay']);

/**
 * Picks the document's relief. `ruled` is the relief the disposition names, if any; otherwise
 * the most-mentioned kind wins, a stay outranking what it stays (a stay motion quotes the
 * injunction it concerns).
 */
export function chooseRelief(
  counts: Map<Relief, number>,
  ruled: Relief | null,
  motion: Relief | null = null,
  ruledOn: readonly Relief[] = [],
): { relief: Relief; reliefs: Relief[] } {
  const order: Relief[] = ['tro', 'preliminary_injunction', 'permanent_injunction', 'stay_pending_appeal', 'injunction_pending_appeal', 'administrative_stay'];
  const reliefs = order.filter((r) => (counts.get(r) ?? 0) > 0 || r === ruled);
  // when the rulings name their reliefs, those are the ones decided (the seed order denies a
  // TRO after quoting the preliminary-injunction standard: its reliefs are ["tro"])
  if (ruled) return { relief: ruled, reliefs: order.filter((r) => r === ruled || ruledOn.includes(r)) };
  if (motion) return { relief: motion, reliefs: reliefs.includes(motion) ? reliefs : [...reliefs, motion] };
  let best: Relief = 'other';
  let bestN = 0;
  for (const r of reliefs) {
    const n = (counts.get(r) ?? 0) * (PENDING_APPEAL.has(r) ? 2 : 1);
    if (n > bestN) {
      best = r;
      bestN = n;
    }
  }
  return { relief: best, reliefs: reliefs.length ? reliefs : ['other'] };
}
