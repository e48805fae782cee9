import type { DocModel } from '../document/model';
import type { ParagraphText } from './labels';
import type { ReadingHints } from '../types';

/** A dissent's author line: "JUSTICE KAGAN, with whom ... join, dissenting.", "KAGAN, J., dissenting". */
const DISSENT_HEAD = /^\s*(?:\[[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\]\s*)?(?:JUSTICE\s+[A-Z]+(?:,\s+with\s+whom\b[^.]{0,120}?)?,?\s+dissenting|[A-Z][A-Za-z’'-]+,\s+(?:(?:Chief|Circuit|Senior)\s+)?(?:J\.|Judge|Circuit\s+Judge),?\s+dissenting)\b/;

/** A concurrence's author line, which ends a dissent before it. */
const CONCUR_HEAD = /^\s*(?:JUSTICE\s+[A-Z]+|[A-Z][A-Za-z’'-]+,\s+(?:J\.|Circuit\s+Judge)),?[^.]{0,120}\bconcurring\b/;

/**
 * Paragraphs written in dissent: from a dissent's author line to the end (or to a
 * concurrence's), or the whole text when it is a dissent printed alone (John Doe Co. v.
 * CFPB opens "I would grant the motion").
 */
export function dissentParagraphs(doc: DocModel, paras: ParagraphText[], parts?: ReadingHints['parts']): Set<number> {
  if (parts?.length) return dissentFromParts(doc, paras, parts);
  const out = new Set<number>();
  // a dissent printed alone opens "I would grant ..." or closes "I respectfully dissent." with no majority author line
  const alone =
    paras.length > 0 &&
    (/^\s*I\s+(?:would|respectfully)\b/.test(paras[0].text) ||
      (/\bI\s+respectfully\s+dissent\.?\s*$/.test(paras[paras.length - 1].text) && !/\bdelivered\s+the\s+opinion|\bPER\s+CURIAM\b|\bCircuit\s+Judge[.:]/.test(doc.source.slice(0, 5000))));
  let inDissent = alone;
  let lastHeading: string | null = null;
  for (const p of paras) {
    const heading = doc.paragraphs[p.index].heading;
    if (heading !== lastHeading) {
      lastHeading = heading;
      // a separate opinion's byline may stand as its heading (segmenter: the head of a slip opinion's separate opinion)
      if (heading && DISSENT_HEAD.test(heading)) inDissent = true;
      else if (heading && !alone && CONCUR_HEAD.test(heading.replace(/^\s*\[[^\]]{1,30}\]\s*/, ''))) inDissent = false;
    }
    if (DISSENT_HEAD.test(p.text)) inDissent = true;
    else if (!alone && CONCUR_HEAD.test(p.text)) inDissent = false;
    if (inDissent) out.add(p.index);
  }
  return out;
}

/**
 * Paragraphs written in dissent when the page marks its separate opinions: a paragraph
 * belongs to the last part that starts before its end, so a dissent runs from its start
 * to the next part's. The page's markup is what the site printed; no author line is read.
 */
function dissentFromParts(doc: DocModel, paras: ParagraphText[], parts: NonNullable<ReadingHints['parts']>): Set<number> {
  const sorted = [...parts].sort((a, b) => a.start - b.start);
  const out = new Set<number>();
  let k = -1;
  for (const p of paras) {
    // a part that starts anywhere inside the paragraph owns it (its byline may share the block with its first words)
    const end = doc.paragraphs[p.index].end;
    while (k + 1 < sorted.length && sorted[k + 1].start < end) k++;
    if (k >= 0 && sorted[k].kind === 'dissent') out.add(p.index);
  }
  return out;
}
