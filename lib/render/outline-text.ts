import type { Analysis } from '../types';

/** A terminal-readable outline of an analysis. */
export function renderOutlineText(a: Analysis): string {
  const lines: string[] = [];
  const d = a.document;
  lines.push(d.title ?? '(untitled opinion)');
  const facts = [d.courtName ?? d.court, d.date, d.docket, d.judge && `Judge ${d.judge}`].filter(Boolean);
  if (facts.length) lines.push(facts.join(' · '));
  lines.push('');
  lines.push(`Relief: ${a.standard.relief}${a.standard.mandatory ? ' (mandatory)' : ''}   Tests: ${a.standard.tests.join(', ') || '-'}`);
  lines.push(`Disposition: ${a.disposition.outcome ?? '-'}`);
  lines.push(`Paragraphs: ${a.paragraphs.length}   Citations: ${a.citations.length}`);
  lines.push('');
  for (const p of a.paragraphs) {
    const snippet = a.text.slice(p.start, Math.min(p.end, p.start + 70)).replace(/\s+/g, ' ');
    const tags = p.factors.map((f) => `${f.factor}/${f.stance}`).join(' ');
    lines.push(`¶${p.index + 1} ${snippet}…${tags ? `  [${tags}]` : ''}`);
  }
  return lines.join('\n') + '\n';
}
