import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { anchor, approxSearch, describe } from '../../../lib/anchoring/index';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/texts/${name}`, import.meta.url), 'utf8');
const ROAD = fixture('inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt');
const BIG = fixture('perf_ca2_2007_khulumani_v_barclay_national_bank.txt');

/** selectors for the first occurrence of `quote` (after `after`, if given) */
function select(text: string, quote: string, after = '') {
  const from = after ? text.indexOf(after) : 0;
  const start = text.indexOf(quote, from);
  if (from < 0 || start < 0) throw new Error(`fixture lacks ${quote}`);
  return { start, end: start + quote.length, selectors: describe(text, start, start + quote.length) };
}

const fold = (s: string) => s.replace(/\s+/g, ' ');

group('describe', () => {
  it('keeps 32 characters of context each side, clamped at the text edges', () => {
    const [pos, q] = describe(ROAD, 0, 12);
    expect(pos).toEqual({ type: 'TextPositionSelector', start: 0, end: 12 });
    expect(q.exact).toBe(ROAD.slice(0, 12));
    expect(q.prefix).toBe('');
    expect(q.suffix).toBe(ROAD.slice(12, 44));
    const [, mid] = describe(ROAD, 1000, 1010);
    expect(mid.prefix).toBe(ROAD.slice(968, 1000));
  });
});

group('anchor on an unchanged text', () => {
  it('uses the position when the quote is still there', () => {
    const s = select(ROAD, 'might suffer irreparable harm in the absence');
    expect(anchor(ROAD, s.selectors)).toEqual({ start: s.start, end: s.end, exact: true });
  });
});

// The same opinion, re-read after something changed on the page.
const SHIFT = 'Editor’s note: this opinion was revised after publication.\n\n';
const edits: [string, string, (t: string) => string, boolean][] = [
  ['a note inserted at the top (positions shift)', 'might suffer irreparable harm in the absence', (t) => SHIFT + t, true],
  [
    'a repeated phrase, told apart by its context',
    'irreparable harm',
    (t) => SHIFT + t,
    true,
  ],
  [
    'a redesign that re-wraps lines and doubles spaces',
    'that those members, and others, might suffer irreparable harm in the absence',
    (t) => t.replace('that those members, and others, might suffer', 'that those\nmembers,  and others,\u00A0might\n   suffer'),
    false,
  ],
  [
    'a corrected typo inside the quote',
    'Plaintiffs have demonstrated that they have members who are subject to the expanded expedited removal policy',
    (t) => t.replace('Plaintiffs have demonstrated that they have members', 'Plaintiffs have demonstarted that they have members').replace('expanded expedited removal', 'expanded expedited-removal'),
    false,
  ],
  [
    'a sentence removed just before the quote',
    'might suffer irreparable harm in the absence',
    (t) => t.replace('because Plaintiffs have demonstrated that they have members who are subject to the expanded expedited removal policy, and that those members, and others, ', 'because '),
    true,
  ],
];

group('re-anchoring after the text changed', () => {
  it.each(edits)('%s', (_name, quote, edit, exact) => {
    // the second "irreparable harm" (line 8) is the one saved, so context must pick it
    const s = quote === 'irreparable harm' ? select(ROAD, quote, 'members, and others, might suffer') : select(ROAD, quote);
    const changed = edit(ROAD);
    expect(changed).not.toBe(ROAD);
    const a = anchor(changed, s.selectors);
    expect(a).not.toBeNull();
    expect(a!.exact).toBe(exact);
    const found = changed.slice(a!.start, a!.end);
    if (exact) expect(found).toBe(quote);
    else expect(found.length).toBeGreaterThan(quote.length * 0.9);
    if (quote === 'irreparable harm') expect(changed.slice(a!.start - 40, a!.start)).toContain('members, and others, might suffer');
    if (_name.startsWith('a redesign')) expect(fold(found)).toBe(quote);
    if (_name.startsWith('a corrected')) expect(found).toBe(quote.replace('demonstrated', 'demonstarted').replace('expedited removal', 'expedited-removal'));
  });

  it('prefers the edited original near its old place over an exact copy quoted later', () => {
    // Alabama Ass'n of Realtors v. HHS quotes the Nken stay factors twice (syllabus and opinion)
    const text = readFileSync(new URL('../../fixtures/anchoring/inj_scotus_2021_alabama_realtors_v_hhs_vacate_stay.txt', import.meta.url), 'utf8');
    const quote = 'has made a strong showing that he is likely';
    const first = text.indexOf(quote);
    expect(text.indexOf(quote, first + 1)).toBeGreaterThan(first + 2000);
    const sels = describe(text, first, first + quote.length);
    const fixed = text.slice(0, first) + text.slice(first).replace('strong showing', 'strong shewing');
    const a = anchor(fixed, sels);
    expect(a).toEqual({ start: first, end: first + quote.length, exact: false });
    expect(fixed.slice(a!.start, a!.end)).toBe('has made a strong shewing that he is likely');
  });

  it('leaves an orphan (null) when the passage is gone', () => {
    const s = select(ROAD, 'might suffer irreparable harm in the absence');
    const gone = ROAD.replace(/[^.]*might suffer irreparable harm in the absence[^.]*\./, '');
    expect(anchor(gone, s.selectors)).toBeNull();
  });

  it('places a long quote (over 256 characters) by its head and tail after an edit inside', () => {
    const from = BIG.indexOf('. ', 20000) + 2;
    const s = describe(BIG, from, from + 600);
    const quote = BIG.slice(from, from + 600);
    const changed = 'Header\n' + BIG.slice(0, from + 300) + 'XX' + BIG.slice(from + 305);
    const a = anchor(changed, s);
    expect(a).toMatchObject({ start: from + 7, exact: false });
    expect(changed.slice(a!.start, a!.end)).toBe(quote.slice(0, 300) + 'XX' + quote.slice(305));
  });

  it('anchors a fuzzy quote in a 300 KB opinion quickly', () => {
    expect(BIG.length).toBeGreaterThan(300000);
    const from = BIG.indexOf('Id. ¶ 491. This is a classic example of joint participation');
    expect(from).toBeGreaterThan(300000);
    const s = describe(BIG, from, from + 120);
    const changed = BIG.slice(0, from + 50) + 'Q' + BIG.slice(from + 51);
    const t0 = performance.now();
    const a = anchor(changed, s);
    const ms = performance.now() - t0;
    expect(a).toMatchObject({ start: from, end: from + 120, exact: false });
    expect(ms).toBeLessThan(250);
  });
});

group('approxSearch', () => {
  it.each([
    ['irreparable injury', 'irreparible injury', 1, 'irreparable injury'],
    ['the balance of hardships tips decidedly', 'balance of hardship tips', 1, 'balance of hardships tips'],
    ['likelihood of success on the merits', 'likelyhood of success', 1, 'likelihood of success'],
  ])('finds %j for pattern %j', (text, pattern, errors, found) => {
    const [m] = approxSearch(text, pattern, 2);
    expect(m.errors).toBe(errors);
    expect(text.slice(m.start, m.end)).toBe(found);
  });

  it('handles patterns longer than one 32-bit block', () => {
    const p = 'a preliminary injunction is an extraordinary remedy never awarded as of right';
    const t = `As Winter held, ${p.replace('extraordinary', 'extraordinery')}.`;
    const [m] = approxSearch(t, p, 3);
    expect(m).toMatchObject({ errors: 1, start: 16, end: 16 + p.length });
  });
});
