// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { indexText, indexTextSliced } from '../../../lib/dom/text-index';
import { paint } from '../../../lib/dom/paint';
import { LIVE_RANGES, resetSliceMeter, sliceRecord, SlicePass, SLICE_CAPS, WALK_CHARS } from '../../../lib/dom/slice-meter';

function opinion(paragraphs: number): HTMLElement {
  const p = 'The movant has shown a likelihood of irreparable harm, see Winter v. NRDC, 555 U.S. 7, 20 (2008), and the balance of equities tips in its favour.';
  document.body.innerHTML = `<main>${Array.from({ length: paragraphs }, (_, i) => `<p>${i}. ${p} <i>Id.</i> at ${i}.</p>`).join('\n')}</main>`;
  return document.querySelector('main')!;
}

beforeEach(() => resetSliceMeter());

describe('the slice meter', () => {
  it('the text walker: every slice within its caps, the slices adding up to the whole text, a yield between each two', async () => {
    const root = opinion(3000);
    const index = await indexTextSliced(root);
    expect(index.text).toBe(indexText(root).text);
    const r = sliceRecord();
    const walk = r.byKind.walk!;
    expect(walk.slices).toBeGreaterThan(1);
    expect(walk.maxUnits).toBeLessThanOrEqual(SLICE_CAPS.walk);
    expect(walk.over).toBe(0);
    expect(walk.chars).toBe(index.text.length);
    const pass = r.passes.find((p) => p.kind === 'walk')!;
    expect(pass).toMatchObject({ done: true, textLength: index.text.length, chars: index.text.length, slices: walk.slices });
    const entries = r.recent.filter((e) => e.kind === 'walk');
    for (let i = 1; i < entries.length; i++) expect(entries[i].yields).toBeGreaterThan(entries[i - 1].yields);
    // a slice stops at WALK_CHARS characters; only its last text node may carry it past
    for (const e of entries) expect(e.chars).toBeLessThan(WALK_CHARS + 400);
  });

  it('the painter: at most SLICE_CAPS.paint ranges a slice', async () => {
    const root = opinion(400);
    const index = indexText(root);
    const items = Array.from({ length: 300 }, (_, i) => ({ name: 'lens-citation', start: i * 100, end: i * 100 + 20 }));
    const p = paint(index, items, { windowChars: 1e9 });
    await p.done;
    const s = sliceRecord().byKind.paint!;
    expect(s.units).toBe(300);
    expect(s.maxUnits).toBeLessThanOrEqual(SLICE_CAPS.paint);
    expect(s.slices).toBeGreaterThanOrEqual(Math.ceil(300 / SLICE_CAPS.paint));
    p.clear();
  });

  it('keeps a bounded record: counters, and a ring of the latest slices', () => {
    for (let k = 0; k < 40; k++) {
      const pass = new SlicePass('body');
      for (let i = 0; i < 30; i++) pass.slice(10, 100);
      pass.end();
    }
    const r = sliceRecord();
    expect(r.byKind.body).toMatchObject({ slices: 1200, units: 12_000, maxUnits: 10, over: 0 });
    expect(r.recent.length).toBe(256);
    expect(r.passes.length).toBe(32);
  });
});

describe('ranges alive', () => {
  it.each([
    // [items, maxLive option, most alive expected]
    [300, undefined, 300],
    [5000, undefined, LIVE_RANGES],
    [5000, 40, 40],
    [5000, 1e9, LIVE_RANGES], // the option never raises the cap
  ])('%i dense items (maxLive %s): at most %i ranges alive, in slices within the paint cap', async (count, maxLive, most) => {
    const index = indexText(opinion(400));
    // `Id.` every few characters: far more items than one window should hold
    const items = Array.from({ length: count }, (_, i) => ({ name: 'lens-citation', start: i * 4, end: i * 4 + 3 }));
    const p = paint(index, items, { windowChars: 1e9, maxLive });
    await p.done;
    await p.moveTo(count * 2); // the reader scrolled to the middle: what goes and what comes, both in slices
    const r = sliceRecord();
    expect(r.live.max).toBe(most);
    expect(r.byKind.paint!.maxUnits).toBeLessThanOrEqual(SLICE_CAPS.paint);
    p.clear();
  });
});
