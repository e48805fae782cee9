/**
 * The reader's label wins everywhere: each correction below, made on the seed opinion
 * (Smalls v. Scruggs: harm is law in ¶2 and found for the movant in ¶4; success is law in
 * ¶3 and found for the non-movant in ¶4), with the finding the scoreboard, the outline and
 * every export must then show.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import type { Annotation } from '../../../lib/anchoring/annotation';
import { applyOverrides, exportOpinion, factorFindings } from '../../../lib/export/index';
import { findNode } from '../../../lib/export/findings';
import { STANCE_WORDS } from '../../../lib/render/words';
import type { FactorName, OutlineNode, Stance } from '../../../lib/types';
import { override, parseCsv } from './fixtures';

const text = readFileSync(new URL('../../fixtures/texts/002_962009f5170617b3.txt', import.meta.url), 'utf8');
const seed = analyze({ text, url: 'https://example.test/smalls' });

/** ¶n (1-based, as the panel shows it) gets the reader's label; later rows in a case are later in time. */
function ov(n: number, factor: FactorName, stance: Stance, minute = 0, remove = false): Annotation {
  const a = override(seed, n - 1, factor, stance, `urn:uuid:ov-${n}-${factor}-${minute}`);
  const at = `2026-11-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
  return { ...a, override: { factor, stance, remove }, created: at, modified: at };
}

const factorNodes = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [...(n.kind === 'factor' ? [n] : []), ...factorNodes(n.children)]);

describe('the seed’s own findings (no correction)', () => {
  it('are the outline’s: harm for the movant, success for the non-movant', () => {
    const f = factorFindings(seed);
    expect(f.map((x) => [x.factor, x.stance, x.user])).toEqual([['success', 'nonmovant', false], ['harm', 'movant', false]]);
    expect(f[1].paragraphs).toEqual([1, 3]);
  });
});

describe('a correction decides the finding', () => {
  const cases: [string, Annotation[], FactorName, Stance, boolean][] = [
    // what the reader did, the factor, the finding, decided by the reader?
    ['¶4 harm: for the movant', [ov(4, 'harm', 'movant')], 'harm', 'movant', true],
    ['¶4 harm: for the non-movant', [ov(4, 'harm', 'nonmovant')], 'harm', 'nonmovant', true],
    ['¶4 harm: not reached (the only finding goes)', [ov(4, 'harm', 'neutral')], 'harm', 'neutral', true],
    ['¶4 harm: law only (the only finding goes)', [ov(4, 'harm', 'law')], 'harm', 'law', true],
    ['¶2 harm: not reached (a side paragraph; ¶4’s finding stands)', [ov(2, 'harm', 'neutral')], 'harm', 'movant', false],
    ['¶4 harm removed (¶2’s statement of the law is left)', [ov(4, 'harm', 'movant', 0, true)], 'harm', 'law', false],
    ['¶4 harm ✗, then not reached: the later one', [ov(4, 'harm', 'nonmovant', 1), ov(4, 'harm', 'neutral', 2)], 'harm', 'neutral', true],
    ['¶3 success ✓ and ¶4 success ✗: the last paragraph’s', [ov(3, 'success', 'movant'), ov(4, 'success', 'nonmovant')], 'success', 'nonmovant', true],
    ['¶5 bond ✗: a factor the machine had not found', [ov(5, 'bond', 'nonmovant')], 'bond', 'nonmovant', true],
  ];

  it.each(cases)('%s', (_, overrides, factor, stance, user) => {
    const out = applyOverrides(seed, overrides);
    expect(factorFindings(out).find((f) => f.factor === factor)).toMatchObject({ stance, user });
    // the outline under the scoreboard says the same
    const node = findNode(out.outline, factor)!;
    expect([node.stance, node.label]).toEqual([stance, expect.stringContaining(STANCE_WORDS[stance].words)]);
    // applying again (the background's labelled analysis, exported) changes nothing
    expect(factorFindings(applyOverrides(out, overrides))).toEqual(factorFindings(out));
  });

  it('keeps the outline in the memo’s order, the new factor before the disposition, and drops a factor left with no paragraph', () => {
    const out = applyOverrides(seed, [ov(5, 'bond', 'nonmovant'), ov(2, 'harm', 'law', 0, true), ov(4, 'harm', 'law', 0, true)]);
    expect(out.outline[0].children.map((n) => n.factor ?? n.kind)).toEqual(['posture', 'standard', 'success', 'bond', 'disposition']);
    expect(factorNodes(out.outline).map((n) => n.factor)).toEqual(['success', 'bond']);
  });
});

describe('every export shows the reader’s label, each stance', () => {
  const STANCES: Stance[] = ['movant', 'nonmovant', 'neutral', 'law'];
  it.each(STANCES)('¶4 harm: %s', (stance) => {
    // an earlier, different correction of the same label is superseded, not exported beside it
    const earlier = ov(4, 'harm', stance === 'movant' ? 'nonmovant' : 'movant', 1);
    const item = { analysis: seed, annotations: [earlier, ov(4, 'harm', stance, 2)] };
    // Smalls presumes irreparable harm: said only with a finding for the movant
    // a factor with the law only is not reached either, and the memo says both
    const words = stance === 'law' ? 'law only (not reached)' : STANCE_WORDS[stance].words + (stance === 'movant' ? '; presumed' : '');
    expect(exportOpinion('md', item)).toContain(`### Irreparable harm: ${words} (reader’s label)\n`);
    expect(exportOpinion('html', item)).toContain(`<h3>Irreparable harm: ${words} <span class="user">(reader’s label)</span></h3>`);
    const rows = parseCsv(exportOpinion('csv', item).slice(1));
    const col = (n: string) => rows[0].indexOf(n);
    expect(rows.filter((r) => r[col('factor')] === 'harm' && r[col('paragraph')] === '4').map((r) => [r[col('stance')], r[col('by')]])).toEqual([[stance, 'reader']]);
    const ld = JSON.parse(exportOpinion('jsonld', item)).first.items as { motivation: string; creator: { type: string }; body: { value: string; factor: string; stance: string }[] }[];
    const harm = ld.filter((i) => i.motivation === 'classifying' && i.body[0].factor === 'harm');
    expect(harm.map((i) => [i.creator.type, i.body[0].stance, i.body[0].value])).toEqual([
      ['Person', stance, `Irreparable harm: ${STANCE_WORDS[stance].words}`],
      ['Software', 'law', 'Irreparable harm: law only'], // ¶2, untouched
    ]);
  });
});
