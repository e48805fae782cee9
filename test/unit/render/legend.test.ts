// @vitest-environment happy-dom
/** The on-page legend explains every mark the page can show (lib/dom/legend.ts; its words come from lib/render/words.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { showLegend } from '../../../lib/dom/legend';

/** The legend's closed shadow root, caught as it is attached (the page never gets it). */
function legendText(present: Parameters<typeof showLegend>[1]): string {
  const attach = HTMLElement.prototype.attachShadow;
  let root: ShadowRoot | null = null;
  HTMLElement.prototype.attachShadow = function (init: ShadowRootInit) {
    root = attach.call(this, init);
    return root;
  };
  try {
    showLegend(document, present, () => {});
  } finally {
    HTMLElement.prototype.attachShadow = attach;
  }
  return root!.textContent ?? '';
}

afterEach(() => document.querySelector('injunction-lens-legend')?.remove());

describe('legend', () => {
  const text = legendText(new Set(['harm', 'success']));
  it.each([
    // the mark, and what the legend must say about it
    ['✓', 'solid underline: found for the movant'],
    ['✗', 'wavy underline: found for the non-movant'],
    ['–', 'dotted underline: not reached'],
    ['§', 'no underline: law only (the paragraph states the rule; no finding about these parties)'],
    ['abc', 'dotted grey underline: a citation'],
    ['abc', 'darker wash: the words that decided the label'],
  ])('explains %s: %s', (mark, words) => expect(text).toContain(`${mark} ${words}`));

  it('names the factors on the page, and only those', () => {
    expect(text).toContain('Irreparable harm');
    expect(text).toContain('Likelihood of success');
    expect(text).not.toContain('Public interest');
  });
});
