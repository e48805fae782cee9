// The core taking a site's star pages and footnotes (lib/document/site-hints.ts) instead of
// guessing them from the words. The text is FTC v. Actavis as Westlaw's page reads (the U.S.
// Reports' "*140" and the Supreme Court Reporter's "**2228" inline), with two of MedMutual v.
// Braintree's notes as Westlaw prints them: the number on a line of its own, which the words
// alone read as page numbers "2" and "3" and not as notes.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { buildDocument } from '../../../lib/document/build';
import { checkHints, withSiteHints } from '../../../lib/document/site-hints';
import { pinCite } from '../../../lib/export/pin-cite';
import { pageRef } from '../../../lib/export/page-ref';
import type { ReadingHints } from '../../../lib/types';

const TEXT = [
  'Justice BREYER delivered the opinion of the Court.',
  "*140 Company A sues Company B for patent infringement. The two companies settle under terms that require (1) Company B, the claimed infringer, not to produce the patented product until the patent's term expires, and (2) Company A, the patentee, to pay B many millions of dollars. Cf. Palmer v. BRG of Ga., Inc., 498 U.S. 46, 111 S.Ct. 401, 112 L.Ed.2d 349 (1990) (per curiam ).1",
  'We consequently describe four key features of the relevant drug-regulatory framework established **2228 by the Drug Price Competition and Patent Term Restoration Act of 1984, 98 Stat. 1585, as amended. See Eli Lilly & Co. v. Medtronic, Inc., 496 U.S. 661, 676, 110 S.Ct. 2683, 110 L.Ed.2d 605 (1990).2',
  '1',
  'See 21 U.S.C. § 355(j)(2)(A)(vii)(IV).',
  '2',
  'The FDA publishes patent information on approved drugs in its "Approved Drug Products With Therapeutic Equivalence Evaluations," commonly referred to as the "Orange Book." See Caraco, 132 S.Ct. at 1676.',
].join('\n\n');

const at = (words: string) => {
  const i = TEXT.indexOf(words);
  if (i < 0) throw new Error(`not in the text: ${words}`);
  return i;
};
const NOTE_1 = { label: '1', start: at('1\n\nSee 21'), end: at('IV).\n\n2') + 4, ref: at('.1\n\n') + 1 };
const NOTE_2 = { label: '2', start: at('2\n\nThe FDA'), end: TEXT.length, ref: at('.2\n\n') + 1 };
// as lib/sites/hints.ts sends them: the marker element's first character, its digits alone
const PAGES = [{ offset: at('*140'), page: '140' }, { offset: at('**2228'), page: '2228' }];
const HINTS: ReadingHints = { pages: PAGES, footnotes: [NOTE_1, NOTE_2] };

describe('analyze({ hints }): the site’s star pages and notes', () => {
  const plain = analyze({ text: TEXT });
  const hinted = analyze({ text: TEXT, hints: HINTS });

  it('guesses from the words without hints: the notes’ numbers read as pages, no note found', () => {
    expect(plain.pages).toEqual([
      { start: at('Company A sues'), page: '140' },
      { start: at('by the Drug'), page: '**2228' },
      // (a page-number line's page starts after the number)
      { start: at('1\n\nSee 21') + 1, page: '2' },
      { start: at('2\n\nThe FDA') + 1, page: '3' },
    ]);
    expect(plain.footnotes).toEqual([]);
  });

  it('takes the hinted pages, each at the first word after its marker, the second series with its stars', () => {
    expect(hinted.pages).toEqual([
      { start: at('Company A sues'), page: '140' },
      { start: at('by the Drug'), page: '**2228' },
    ]);
  });

  it('takes the hinted notes, and their paragraphs are the notes’ texts', () => {
    expect(hinted.footnotes).toEqual([
      { start: NOTE_1.start, end: NOTE_1.end, label: '1' },
      { start: NOTE_2.start, end: NOTE_2.end, label: '2' },
    ]);
    const doc = withSiteHints(buildDocument(TEXT), checkHints(HINTS, TEXT.length));
    expect(doc.paragraphs.map((p) => [TEXT.slice(p.start, p.start + 10), p.footnote])).toEqual([
      ['Justice BR', null],
      ['Company A ', null],
      ['We consequ', null],
      ['See 21 U.S', '1'],
      ['The FDA pu', '2'],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'footnote').map((b) => b.start)).toEqual([at('See 21'), at('The FDA')]);
  });

  it('changes nothing else the words decide', () => {
    expect(hinted.paragraphs).toEqual(plain.paragraphs);
    expect(hinted.citations).toEqual(plain.citations);
    expect(JSON.stringify({ ...hinted, pages: plain.pages, footnotes: plain.footnotes })).toBe(JSON.stringify(plain));
  });

  // a pin cite for a citation's start, with the site's pages and with the guessed ones
  const PINS: [string, string, string | null, string][] = [
    ['Palmer v. BRG', '*140, ¶ 2', 'at 140', '*140, ¶ 2'],
    ['Eli Lilly', '**2228, ¶ 3', 'at 140', '**2228, ¶ 3'],
    // a note printed after the opinion is on its last page, not on "page 3"
    ['Caraco, 132', '**2228, ¶ 5', 'at 140', '*3, ¶ 5'],
  ];
  it.each(PINS)('pins %s at %s', (words, pin, ref, guessed) => {
    expect(pinCite(hinted, at(words))).toBe(pin);
    expect(pageRef(hinted, at(words))).toBe(ref);
    expect(pinCite(plain, at(words))).toBe(guessed);
  });
});

describe('checkHints: a page’s message is checked, not trusted', () => {
  const N = TEXT.length;
  const BAD: [string, ReadingHints][] = [
    ['a page offset past the end', { pages: [{ offset: N + 1, page: '140' }] }],
    ['a page offset that is not an integer', { pages: [{ offset: 57.5, page: '140' }] }],
    ['a page with no label', { pages: [{ offset: 57, page: '' }] }],
    ['a label over 16 characters', { pages: [{ offset: 57, page: '1'.repeat(17) }] }],
    ['pages out of order', { pages: [PAGES[1], PAGES[0]] }],
    ['an empty note', { footnotes: [{ ...NOTE_1, end: NOTE_1.start }] }],
    ['a note past the end', { footnotes: [{ ...NOTE_2, end: N + 1 }] }],
    ['overlapping notes', { footnotes: [{ ...NOTE_1, end: NOTE_2.start + 3 }, NOTE_2] }],
    ['notes out of order', { footnotes: [NOTE_2, NOTE_1] }],
    ['not lists at all', { pages: 'x', footnotes: {} } as unknown as ReadingHints],
  ];
  it.each(BAD)('ignores %s: the words decide', (_why, hints) => {
    expect(checkHints(hints, N)).toEqual({});
    expect(JSON.stringify(analyze({ text: TEXT, hints }))).toBe(JSON.stringify(analyze({ text: TEXT })));
  });

  it('drops a malformed entry and keeps the rest', () => {
    const hints = { pages: [PAGES[0], null, { offset: -1, page: '9' }, PAGES[1]] } as unknown as ReadingHints;
    expect(checkHints(hints, N)).toEqual({ pages: PAGES });
  });
});

describe('withSiteHints: where a hinted page starts', () => {
  // [text, the hint's offset, its page, the page's start, its label]
  const CASES: [string, string, number, string, number, string][] = [
    ['Westlaw, first series', 'framework *142 H. Hovenkamp', 10, '142', 15, '142'],
    ['Westlaw, second series', 'established **2228 by the Drug', 12, '2228', 19, '**2228'],
    ['New York slip opinion', 'and retired [*2]members of the', 12, '2', 16, '2'],
    ['a marker on a line of its own', '[*1]\n\nDECISION & ORDER', 0, '1', 6, '1'],
    // CAP's Commonwealth v. Brown: page 269 glued to the heading "4."
    ['a heading glued to the marker', '§ 133A.10\n\n*2694. Remaining issues.', 11, '269', 15, '269'],
    // the element's words are not the marker (a CAP data-label anchor): it starts where it stands
    ['no marker in the words', 'the remaining provisions', 4, '264', 4, '264'],
  ];
  it.each(CASES)('%s', (_name, text, offset, page, start, label) => {
    const doc = withSiteHints(buildDocument(text), checkHints({ pages: [{ offset, page }] }, text.length));
    expect(doc.pages).toEqual([{ start, page: label }]);
  });
});

describe('withSiteHints: paragraphs and the hinted notes', () => {
  // Tobin v. State's first two notes, as one paragraph of the words (a note's number read as a page number)
  const TWO = 'See Tex.R.App. P. 47.4. Tobin relies on Davis v. State, 947 S.W.2d 240 (Tex.Crim.App.1997).';
  const cut = TWO.indexOf(' Tobin');
  const CASES: [string, string, ReadingHints['footnotes'], [string, string | null][]][] = [
    ['one note holds the paragraph', TWO, [{ label: '1', start: 0, end: TWO.length, ref: null }], [[TWO, '1']]],
    ['two notes: cut at their edges', TWO, [{ label: '1', start: 0, end: cut, ref: null }, { label: '2', start: cut + 1, end: TWO.length, ref: null }], [['See Tex.R.App. P. 47.4.', '1'], ['Tobin relies on Davis v. State, 947 S.W.2d 240 (Tex.Crim.App.1997).', '2']]],
    ['words of its own outside the note: body', TWO, [{ label: '1', start: 0, end: cut, ref: null }], [[TWO, null]]],
    ['no note near it: body', TWO + '\n\n1\n\nSee id.', [{ label: '1', start: TWO.length + 2, end: TWO.length + 12, ref: null }], [[TWO, null], ['See id.', '1']]],
  ];
  it.each(CASES)('%s', (_name, text, footnotes, paragraphs) => {
    const doc = withSiteHints(buildDocument(text), checkHints({ footnotes }, text.length));
    expect(doc.paragraphs.map((p) => [text.slice(p.start, p.end), p.footnote])).toEqual(paragraphs);
    expect(doc.paragraphs.map((p) => doc.reading.text.slice(p.reading.start, p.reading.end))).toEqual(paragraphs.map(([words]) => words));
    expect(doc.paragraphs.map((p) => p.index)).toEqual(paragraphs.map((_, i) => i));
  });
});
