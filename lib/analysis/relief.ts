import type { Relief } from '../types';

/**
 * Phrases naming each kind of relief. Counted over the reading text; the disposition sentence,
 * when it names one, decides (factors.md: "relief is the one the disposition rules on first").
 */
export const RELIEF_PATTERNS: readonly { relief: Exclude<Relief, 'none' | 'other'>; pattern: RegExp; examples: string[] }[] = [
  { relief: 'tro', pattern: /\b[Tt]emporary\s+[Rr]estraining\s+[Oo]rders?|\bTEMPORARY\s+RESTRAINING\s+ORDERS?|\bTROs?\b/g, examples: ['Motion for a Temporary Restraining Order', 'the TRO was extended'] },
  {
    relief: 'stay_pending_appeal',
    pattern:
      /\b(?:stay|injunction|injunctive\s+relief|relief)\s+pending\s+(?:the\s+)?(?:disposition\s+of\s+the\s+)?(?:appeal|appellate\s+review|review|certiorari)|\bpending\s+disposition\s+of\s+the\s+appeal|\badministrative\s+stay|\b(?:motion|application)\s+(?:for\s+a\s+|to\s+)(?:stay|vacate\s+(?:the\s+)?stay)|\bNken\s+v\.|\bvacate\s+(?:that|the)\s+stay/gi,
    examples: ['moves for a stay pending the appeal', 'Application for injunctive relief ... pending disposition of the appeal', 'a temporary administrative stay', 'the motion for an injunction pending appeal'],
  },
  { relief: 'preliminary_injunction', pattern: /\bpreliminar(?:y|ily)\s+(?:injunct|enjoin|relief)\w*|\bpendente\s+lite\b/gi, examples: ['a preliminary injunction', 'preliminarily enjoined', 'preliminary relief'] },
  { relief: 'permanent_injunction', pattern: /\bpermanent(?:ly)?\s+(?:injunct|enjoin)\w*|\beBay\s+Inc\.?\s+v\./gi, examples: ['a permanent injunction', 'eBay Inc. v. MercExchange'] },
];

/** The relief a motion names: "the motion for an injunction pending appeal" (John Doe Co. v. CFPB). */
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

/** The relief named in one sentence (a disposition), stays first: "injunctive relief pending appeal" is a stay. */
export function reliefIn(sentence: string, generic = true): Relief | null {
  for (const { relief, pattern } of RELIEF_PATTERNS) {
    pattern.lastIndex = 0;
    if (pattern.test(sentence)) return relief;
  }
  if (generic && /\binjunct|\benjoin/i.test(sentence)) return 'preliminary_injunction';
  return null;
}

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
  const order: Relief[] = ['tro', 'preliminary_injunction', 'permanent_injunction', 'stay_pending_appeal'];
  const reliefs = order.filter((r) => (counts.get(r) ?? 0) > 0 || r === ruled);
  // when the rulings name their reliefs, those are the ones decided (the seed order denies a
  // TRO after quoting the preliminary-injunction standard: its reliefs are ["tro"])
  if (ruled) return { relief: ruled, reliefs: order.filter((r) => r === ruled || ruledOn.includes(r)) };
  if (motion) return { relief: motion, reliefs: reliefs.includes(motion) ? reliefs : [...reliefs, motion] };
  let best: Relief = 'other';
  let bestN = 0;
  for (const r of reliefs) {
    const n = (counts.get(r) ?? 0) * (r === 'stay_pending_appeal' ? 2 : 1);
    if (n > bestN) {
      best = r;
      bestN = n;
    }
  }
  return { relief: best, reliefs: reliefs.length ? reliefs : ['other'] };
}
