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
 * it cites at least two cases; `cited` holds the paragraphs with case citations.
 */
export function meritsParagraphs(doc: DocModel, cited: Set<number>): Set<number> {
  const groups = new Map<string, number[]>();
  let top: string | null = null;
  let lastHeading: string | null = null;
  let sectioned = false;
  for (const p of doc.paragraphs) {
    if (p.heading && p.heading !== lastHeading) {
      lastHeading = p.heading;
      const h = readHeading(p.heading, true);
      if (h && h.level === 1) {
        top = p.heading;
        // a numbered part or a named division sections the opinion; a caption line ("ON APPLICATION FOR INJUNCTIVE RELIEF") does not
        if (/^\s*[IVXL]+\.|^\s*(?:BACKGROUND|DISCUSSION|ANALYSIS|CONCLUSION|FACTS)\b/i.test(p.heading)) sectioned = true;
      }
    }
    if (!top) continue;
    const list = groups.get(top) ?? [];
    list.push(p.index);
    groups.set(top, list);
  }
  const out = new Set<number>();
  for (const [heading, paras] of groups) {
    if (NOT_MERITS.test(heading)) continue;
    if (paras.filter((i) => cited.has(i)).length < 2) continue;
    for (const i of paras) out.add(i);
  }
  return out.size || sectioned ? out : leadUp(doc, cited);
}

const SUCCESS_FINDING = /\b(?:are|is|were|was)\s+(?:not\s+)?likely\s+to\s+(?:succeed|prevail)|\b(?:has|have)\s+(?:not\s+)?(?:clearly\s+)?(?:shown|established|demonstrated|made)\s+(?:a\s+)?(?:strong\s+showing\s+of\s+)?(?:a\s+|their\s+|its\s+)?(?:likelihood|probability)\s+of\s+success/i;

/**
 * Without section headings, the merits analysis is what leads up to the court's conclusion on
 * likelihood of success: Tandon v. Newsom states four Free Exercise principles and applies
 * them before "Applicants are likely to succeed on the merits".
 */
function leadUp(doc: DocModel, cited: Set<number>): Set<number> {
  const text = doc.reading.text;
  const at = doc.paragraphs.findIndex((p) => SUCCESS_FINDING.test(text.slice(p.reading.start, p.reading.end)));
  const out = new Set<number>();
  if (at <= 0) return out;
  const range = doc.paragraphs.slice(0, at).map((p) => p.index);
  if (range.filter((i) => cited.has(i)).length < 1) return out;
  for (const i of range) out.add(i);
  return out;
}
