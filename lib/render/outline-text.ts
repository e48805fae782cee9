import type { Analysis } from '../types';
import { courtWords, FACTOR_TITLES, outcomeWords, reliefWords, STANCE_WORDS, testsWords } from './words';

/** A terminal-readable outline of an analysis, in the same words as the side panel. */
export function renderOutlineText(a: Analysis): string {
  const lines: string[] = [];
  const d = a.document;
  lines.push(d.title ?? '(untitled opinion)');
  const facts = [d.courtName ?? (d.court && courtWords(d.court)), d.date, d.docket, d.judge && `Judge ${d.judge}`].filter(Boolean);
  if (facts.length) lines.push(facts.join(' · '));
  lines.push('');
  lines.push(`Relief: ${reliefWords(a.standard.relief, a.standard.mandatory)}   Test: ${testsWords(a.standard.tests)}`);
  lines.push(`Disposition: ${outcomeWords(a.disposition.outcome)}`);
  lines.push(`Paragraphs: ${a.paragraphs.length}   Citations: ${a.citations.length}`);
  lines.push('');
  for (const p of a.paragraphs) {
    const snippet = a.text.slice(p.start, Math.min(p.end, p.start + 70)).replace(/\s+/g, ' ');
    // the mark, not the words, keeps a paragraph on one terminal line; the key is printed below
    const tags = p.factors.map((f) => `${FACTOR_TITLES[f.factor]} ${STANCE_WORDS[f.stance].symbol}`).join(', ');
    lines.push(`¶${p.index + 1} ${snippet}…${tags ? `  [${tags}]` : ''}`);
  }
  lines.push('', `Key: ${Object.values(STANCE_WORDS).map((s) => `${s.symbol} ${s.words}`).join(' · ')}`);
  return lines.join('\n') + '\n';
}
