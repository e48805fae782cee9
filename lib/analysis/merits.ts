import type { DocModel } from '../document/model';
import { readHeading } from './headings';

/**
 * Headings of sections that are not the merits: facts, procedure, the injunction analysis
 * itself, remedy and conclusion. "DISCUSSION" is an umbrella whose sub-sections decide.
 */
const NOT_MERITS = /\b(?:background|facts?|factual|overview|history|procedur\w*|posture|parties|class|jurisdiction\w*|standards?|review|injunct\w*|restraining|relief|remed\w*|conclusion|introduction|summ\w*|stay|irreparable|balance|equities|public|bond|costs?|fees|discussion|analysis|opinion|order)\b/i;

/**
 * Paragraphs in sections that analyse the merits of the claim in an opinion deciding an
 * injunction. factors.md counts "merits analysis the court frames as likelihood of success"
 * as `success`: Cohen v. Brown (1st Cir. 1993) reviews a preliminary injunction through
 * Parts III-V on Title IX and equal protection before Part VI's factor-by-factor review.
 * A section qualifies when its top-level heading names no procedural or remedial topic and
 * it cites at least twice; `cited` holds the paragraphs with citations (records aside).
 */
export function meritsParagraphs(doc: DocModel, cited: Set<number>): Set<number> {
  const groups = new Map<string, number[]>();
  // top-level parts from the headings themselves: "II." directly followed by "A." heads no paragraph of its own
  const tops = doc.headings
    .map((h) => ({ h, read: readHeading(h.text, true) }))
    .filter((x) => x.read?.level === 1)
    .map((x) => ({ start: x.h.start, key: `${x.h.start}:${x.h.text}`, text: x.h.text }));
  let k = -1;
  for (const p of doc.paragraphs) {
    while (k + 1 < tops.length && tops[k + 1].start <= p.start) k++;
    if (k < 0) continue;
    const list = groups.get(tops[k].key) ?? [];
    list.push(p.index);
    groups.set(tops[k].key, list);
  }
  const out = new Set<number>();
  let n = 0;
  for (const [key, paras] of groups) {
    // Part I of an opinion in three or more parts sets out the background, titled or not
    if (n++ === 0 && groups.size >= 3) continue;
    if (NOT_MERITS.test(key.slice(key.indexOf(':') + 1))) continue;
    if (paras.filter((i) => cited.has(i)).length < 2) continue;
    for (const i of paras) out.add(i);
  }
  return out;
}

const PRESENT = /\b(?:is|are|does|do|must|may|requires?|means|applies|prohibits|provides|permits|need|cannot|can|will|would|should)\b/g;
const PAST = /\b(?:was|were|had|did|[a-z]{3,}ed)\b/g;

/**
 * Is a merits paragraph analysis rather than narrative or a signpost? Cohen v. Brown's
 * history of Title IX ("In 1984, the Supreme Court radically altered ...", mostly past
 * tense) and one-line transitions ("We turn now to a series of case-specific issues")
 * state no law and apply none.
 */
export function isAnalysis(text: string): boolean {
  if (text.length < 150) return false;
  const present = text.match(PRESENT)?.length ?? 0;
  const past = text.match(PAST)?.length ?? 0;
  return !(past >= 4 && present / (past + 1) < 0.3);
}

// appealability is one too: "whether we have jurisdiction to review the stay ... as an appealable interlocutory
// injunction", "28 U.S.C. 1292(a)(1) provides for immediate appeals" (Tejidos de Coamo; LABELLING.md 10)
const THRESHOLD = /\b(?:standing|ripe(?:ness)?|jurisdiction(?:al)?|moot(?:ness)?|justiciab\w+|(?:un)?appealab\w+|(?:immediately\s+)?reviewable|1292\(a\))/gi;

/** Threshold questions (standing, ripeness, mootness, jurisdiction, appealability) are not the merits (John Doe Co. v. CFPB opens with standing and ripeness). */
export function isThreshold(text: string): boolean {
  return (text.match(THRESHOLD)?.length ?? 0) >= 2;
}
