/**
 * Highlight names as the page sees them: opaque aliases, stable within a page load,
 * different on another, and the stylesheet written under the same aliases.
 */
import { describe, expect, it } from 'vitest';
import { aliasesFor, pageAliases } from '../../../lib/dom/highlight-names';
import { highlightCss } from '../../../lib/dom/palette';

const SEMANTIC = ['lens-citation', 'lens-harm-movant', 'lens-harm-nonmovant', 'lens-evidence-harm', 'lens-public-law', 'lens-note', 'lens-flash'];

describe('aliasesFor', () => {
  it('gives each name an opaque alias, the same each time it is asked', () => {
    const table = new Map<string, string>();
    const alias = aliasesFor('k2x9', table);
    const once = SEMANTIC.map(alias);
    expect(once.every((a) => /^lens-[a-z0-9]+$/.test(a))).toBe(true);
    expect(once.join(' ')).not.toMatch(/citation|harm|movant|evidence|public|law|note|flash/);
    expect(new Set(once).size).toBe(SEMANTIC.length);
    expect(SEMANTIC.map(alias)).toEqual(once);
    expect([...table.keys()]).toEqual(SEMANTIC);
    // a second function over the same table keeps the names already given
    expect(SEMANTIC.map(aliasesFor('k2x9', table))).toEqual(once);
  });
  it('gives other names under another salt', () => {
    const a = SEMANTIC.map(aliasesFor('salt-one'));
    const b = SEMANTIC.map(aliasesFor('salt-two'));
    expect(a.filter((x, i) => x === b[i])).toEqual([]);
  });
  it('keeps two names apart when their hashes collide', () => {
    const wouldBe = aliasesFor('s')('lens-b');
    const alias = aliasesFor('s', new Map([['lens-a', wouldBe]]));
    expect(alias('lens-a')).toBe(wouldBe);
    expect(alias('lens-b')).toBe(`${wouldBe}x`);
  });
});

describe('pageAliases', () => {
  it('is one table per page (global), shared by every caller', () => {
    const one = pageAliases();
    const two = pageAliases();
    expect(two('lens-citation')).toBe(one('lens-citation'));
    expect((globalThis as { __injunctionLensNames?: { table: Map<string, string> } }).__injunctionLensNames?.table.get('lens-citation')).toBe(one('lens-citation'));
  });
});

describe('highlightCss under aliases', () => {
  it('styles the aliases and names no factor', () => {
    const alias = aliasesFor('css');
    const css = highlightCss(undefined, alias);
    expect(css).toContain(`::highlight(${alias('lens-citation')}) { text-decoration: underline dotted #555;`);
    expect(css).toContain(`::highlight(${alias('lens-harm-nonmovant')}) { background-color: `);
    expect(css).not.toMatch(/highlight\(lens-(citation|harm|success|equities|public|bond|standard|disposition|evidence|note|flash)/);
  });
});

describe('the rules’ order', () => {
  it('follows the aliases, so it differs from page to page', () => {
    const order = (salt: string) => {
      const alias = aliasesFor(salt);
      const names = new Map(SEMANTIC.map((n) => [alias(n), n]));
      return highlightCss(undefined, alias).split('\n').map((r) => names.get(/highlight\(([^)]+)\)/.exec(r)![1])).filter(Boolean);
    };
    expect(order('one')).not.toEqual(order('two'));
    // the reader's notes and the flash have no rule: the page can read the sheet (overlay.ts paints them)
    expect([...order('one')].sort()).toEqual(SEMANTIC.filter((n) => n !== 'lens-note' && n !== 'lens-flash').sort());
  });
});
