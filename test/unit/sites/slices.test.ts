// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findBody, findBodySteps, linkDensity } from '../../../lib/sites/body';
import { solidLength, solidLengthSteps, withTextCache } from '../../../lib/sites/dom-text';
import { findPartsSteps } from '../../../lib/sites/parts';
import { runSteps } from '../../../lib/sites/steps';
import { resetSliceMeter, sliceRecord, SLICE_CAPS } from '../../../lib/dom/slice-meter';

function page(paragraphs: number): void {
  const p = 'The movant has shown a likelihood of irreparable harm, see Winter v. NRDC, 555 U.S. 7, 20 (2008), and the balance of equities tips in its favour.';
  document.body.innerHTML = `<nav><a href="/">Home</a> <a href="/x">Cases</a></nav><main>${Array.from({ length: paragraphs }, (_, i) => `<p>${i}. ${p} <a href="#n${i}">${i}</a></p>`).join('\n')}</main>`;
}

/** Runs steps, counting the yields: the slices of a loop must each end at one. */
function stepsOf<T>(g: Generator<unknown, T>): { value: T; yields: number } {
  let yields = 0;
  for (;;) {
    const r = g.next();
    if (r.done) return { value: r.value, yields };
    yields++;
  }
}

beforeEach(() => resetSliceMeter());

describe('site readers work in bounded slices', () => {
  it('the body vote reads at most SLICE_CAPS.body blocks a slice, and yields between', () => {
    page(2000);
    const { value, yields } = withTextCache(() => stepsOf(findBodySteps(document)));
    expect(value.tagName).toBe('MAIN');
    const s = sliceRecord().byKind.body!;
    expect(s.units).toBeGreaterThanOrEqual(2000);
    expect(s.maxUnits).toBeLessThanOrEqual(SLICE_CAPS.body);
    expect(s.over).toBe(0);
    expect(yields).toBeGreaterThanOrEqual(s.slices - 1);
    expect(findBody(document)).toBe(value);
  });

  it('the parts scan reads at most SLICE_CAPS.parts blocks a slice', () => {
    page(2000);
    const main = document.querySelector('main')!;
    const { yields } = stepsOf(findPartsSteps([main]));
    const s = sliceRecord().byKind.parts!;
    expect(s.maxUnits).toBeLessThanOrEqual(SLICE_CAPS.parts);
    expect(s.slices).toBeGreaterThan(1);
    expect(yields).toBeGreaterThanOrEqual(s.slices - 1);
  });

  it('a long text is counted in slices of at most SLICE_CAPS.count characters, to the same count', () => {
    page(3000);
    const main = document.querySelector('main')!;
    const { value, yields } = stepsOf(solidLengthSteps(main));
    expect(value).toBe(solidLength(main));
    const s = sliceRecord().byKind.count!;
    expect(s.units).toBe(main.textContent!.length);
    expect(s.maxUnits).toBeLessThanOrEqual(SLICE_CAPS.count);
    expect(s.slices).toBeGreaterThan(1);
    expect(yields).toBe(s.slices - 1);
    expect(linkDensity(main)).toBeGreaterThan(0);
    expect(runSteps(solidLengthSteps(null))).toBe(0);
  });
});
