// @vitest-environment happy-dom
// happy-dom has no CSS.highlights: this is the fallback path (boxes in a closed shadow root).
import { describe, expect, it } from 'vitest';
import { paint } from '../../../lib/dom/paint';
import { OVERLAY_TAG } from '../../../lib/dom/overlay';
import { paintPlan, stateCounts, leadingFactor } from '../../../lib/dom/paint-plan';
import { indexText } from '../../../lib/dom/text-index';
import { analyze } from '../../../lib/analyze';

const SNIPPET =
  'In this case, Smalls is alleging a violation of his constitutional protection against cruel and unusual punishment. Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm. See American Civil Liberties Union, 804 F.3d at 622.';

describe('paint without the CSS Highlight API', () => {
  it('falls back to an overlay host, and clear() removes it', async () => {
    document.body.innerHTML = `<p>${SNIPPET}</p>`;
    const idx = indexText(document.body);
    const p = paint(idx, [{ name: 'lens-harm-movant', start: 0, end: 40 }]);
    await p.done;
    expect(p.native).toBe(false);
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(1);
    p.clear();
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(0);
  });
});

describe('paintPlan', () => {
  it('washes each labelled paragraph in its leading factor and underlines every citation', () => {
    const a = analyze({ text: SNIPPET });
    const items = paintPlan(a);
    const cites = items.filter((i) => i.name === 'lens-citation').map((i) => SNIPPET.slice(i.start, i.end));
    expect(cites).toEqual(['804 F.3d at 622']);
    const counts = stateCounts(a);
    expect(counts.citations).toBe(1);
    expect(counts.paragraphs).toBe(1);
  });

  it.each([
    [[{ factor: 'standard', stance: 'law', confidence: 0.9 }, { factor: 'harm', stance: 'movant', confidence: 0.6 }], 'harm'],
    [[{ factor: 'success', stance: 'nonmovant', confidence: 0.7 }, { factor: 'harm', stance: 'movant', confidence: 0.8 }], 'harm'],
    [[{ factor: 'standard', stance: 'law', confidence: 0.5 }], 'standard'],
  ] as const)('prefers a finding over the bare standard (%#)', (labels, lead) => {
    expect(leadingFactor(labels.map((l) => ({ ...l, evidence: [] })))?.factor).toBe(lead);
  });
});
