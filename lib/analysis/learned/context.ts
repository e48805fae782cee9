import { toSourceSpan, type DocModel } from '../../document/model';
import type { AnalysisParagraph, Citation } from '../../types';
import { readHeading } from '../headings';
import type { ParagraphText } from '../labels';
import type { ParagraphContext } from './features';

export function flip(side: 'movant' | 'nonmovant'): 'movant' | 'nonmovant' {
  return side === 'movant' ? 'nonmovant' : 'movant';
}

/** What the learned stage reads of each paragraph (lib/analysis/learned/features.ts). */
export function paragraphContexts(doc: DocModel, paras: readonly ParagraphText[], rules: readonly AnalysisParagraph[], citations: readonly Citation[], dissent: Set<number>, direction: 'movant' | 'nonmovant'): ParagraphContext[] {
  const cites = new Map<number, number>();
  for (const c of citations) if (c.kind !== 'record' && c.paragraph != null) cites.set(c.paragraph, (cites.get(c.paragraph) ?? 0) + 1);
  const last = Math.max(1, paras.length - 1);
  const factorsOf = (j: number) => (rules[j]?.factors ?? []).map((f) => f.factor);
  return paras.map((p, j) => ({
    text: p.text,
    sentences: p.sentences.map((s) => ({ text: p.text.slice(s.start, s.end), span: toSourceSpan(doc.reading, p.offset + s.start, p.offset + s.end) })),
    heading: rules[j]?.heading ?? null,
    isHeading: readHeading(p.text) != null,
    footnote: doc.paragraphs[p.index].footnote != null,
    position: j / last,
    citations: cites.get(p.index) ?? 0,
    dissent: dissent.has(p.index),
    rule: rules[j]?.factors ?? [],
    prev: j > 0 ? factorsOf(j - 1) : [],
    next: factorsOf(j + 1),
    direction: dissent.has(p.index) ? flip(direction) : direction,
  }));
}
