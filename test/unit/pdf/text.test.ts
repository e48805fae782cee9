import { describe, expect, it } from 'vitest';
import { buildPdfText } from '../../../lib/pdf/build';
import { dropFurniture, dropLineNumbers, FURNITURE_RULES, headKey, matchFurniture } from '../../../lib/pdf/furniture';
import { buildLines } from '../../../lib/pdf/lines';
import { judgeText, pageList, QUALITY_RULES, textStats } from '../../../lib/pdf/quality';
import type { PdfItem, PdfPage } from '../../../lib/pdf/types';

let next = 0;
/** a text item as PDF.js gives it: baseline y from the page bottom, width ~ half an em per character */
function item(str: string, x: number, y: number, size = 12, w = str.length * size * 0.5): PdfItem {
  return { str, x, y, w, size, font: 'f1', index: next++ };
}
function page(number: number, items: PdfItem[], extra: Partial<PdfPage> = {}): PdfPage {
  return { number, width: 612, height: 792, items, ...extra };
}

describe('furniture rules', () => {
  it.each(FURNITURE_RULES.flatMap((r) => r.examples.map((e) => [r.name, e])))('%s matches its example "%s"', (name, example) => {
    expect(matchFurniture(example, true)?.name).toBe(name);
  });

  // real lines from the corpus PDFs: [line, at a page edge, rule that drops it or null]
  it.each([
    ['Case 8:16-cv-01261-DOC-KES Document 40 Filed 08/05/16 Page 2 of 4 Page ID #:366', false, 'cm-ecf district stamp'],
    ['Case 1:12-cv-05708-ER Document 11 Filed 09/27/13 Page 1 of 15', false, 'cm-ecf district stamp'],
    ['Case: 25-1689, 07/15/2025, DktEntry: 28.1, Page 1 of 2', false, 'acms stamp'],
    ['Case: 07-30815 Document: 00511021443 Page: 2 Date Filed: 02/05/2010', false, 'appellate ecf stamp'],
    ['(Slip Opinion) OCTOBER TERM, 2012 1', true, 'slip opinion head'],
    ['- 2 -', true, 'page number'],
    ['Page 2 of 9', true, 'page number'],
    ['2', true, 'page number'],
    // a bare number inside the page is not a page number; text at an edge is text
    ['2', false, null],
    ['3. The Court finds that no bond is required.', true, null],
    ['Case No. 8:16-cv-1261 DOC (KESx)', true, null],
    ['Filed 11 February 2022', true, null],
  ])('"%s" (edge: %s) → %s', (text, atEdge, rule) => {
    expect(matchFurniture(text, atEdge)?.name ?? null).toBe(rule);
  });

  it.each([
    ['2 WEINTRAUB v. QUICKEN LOANS', 'weintraub v. quicken loans'],
    ['WEINTRAUB v. QUICKEN LOANS 3', 'weintraub v. quicken loans'],
    ['No. 08-4433 Balmert v. Reliance Standard Life Ins. Co. Page 2', 'no. #-# balmert v. reliance standard life ins. co. page'],
  ])('a running head "%s" is known by "%s"', (text, key) => {
    expect(headKey(text)).toBe(key);
  });

  it('drops a running head repeated at the top of pages, keeps the same words once', () => {
    const words = ['The Compact is silent.', 'So we turn to its text.', 'We affirm.'];
    const pages = [1, 2, 3].map((n) => buildLines(n, [item(`${n} TARRANT REGIONAL WATER DIST. v. HERRMANN`, 156, 669, 9), item(words[n - 1], 72, 600)]));
    const kept = dropFurniture(pages);
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual(words.map((w) => [w]));
    expect(dropFurniture([pages[0]])[0]).toHaveLength(2);
  });

  it('drops pleading-paper line numbers 1–28, right-aligned in the left margin, even on a text baseline', () => {
    const numbers = Array.from({ length: 28 }, (_, i) => item(String(i + 1), i < 9 ? 79.9 : 73.9, 716.2 - 24 * i, 12, i < 9 ? 6 : 12));
    const text = item('On July 13, 2016, the Court issued a Temporary Restraining Order', 140.4, 716.2, 14);
    const kept = dropLineNumbers([...numbers, text], 612);
    expect(kept).toEqual([text]);
    // five numbers are not a column of line numbers
    expect(dropLineNumbers(numbers.slice(0, 5), 612)).toHaveLength(5);
  });
});

describe('lines', () => {
  it('reads items on one baseline left to right, a gap wider than a fifth of the size is a space', () => {
    const [line] = buildLines(1, [item('Minutes (Dkt. 30).', 464.8, 515.2, 14, 104.2), item('See', 441.8, 515.2, 14, 19.5), item('Preliminary Injunction.', 104.4, 515.2, 14, 333.9)]);
    expect(line.text).toBe('Preliminary Injunction. See Minutes (Dkt. 30).');
  });

  it('joins small caps split by the text layer ("L" + "OPEZ")', () => {
    const [line] = buildLines(1, [item('L', 100, 500, 12, 7.3), item('OPEZ', 107.5, 500, 9.6, 30)]);
    expect(line.text).toBe('LOPEZ');
  });

  it('keeps a raised footnote call on its line', () => {
    const [line] = buildLines(1, [item('dismissed.”', 72, 160, 13, 60), item('1', 132, 165, 8, 4)]);
    expect(line.text).toBe('dismissed.”1');
  });
});

describe('text from pages', () => {
  const body = (y: number, s: string, x = 72) => item(s, x, y, 12, Math.min(s.length * 6, 468));
  const pages = [
    page(1, [
      item('Case 1:20-cv-01234 Document 15 Filed 05/19/17 Page 1 of 2', 60, 767),
      body(700, 'The district court granted a preliminary injunction because the plain-', 108),
      body(686, 'tiff showed irreparable harm and the Court of Ap-'),
      body(672, 'peals affirmed the order in every respect, and the non-'),
      body(658, 'movant appealed again to this court, which now holds that the order'),
      item('1', 72, 120, 9, 4.5),
      item('A footnote set in a smaller size at the bottom of the page.', 80, 120, 9, 250),
      item('1', 303, 40),
    ]),
    page(2, [
      item('Case 1:20-cv-01234 Document 15 Filed 05/19/17 Page 2 of 2', 60, 767),
      body(700, 'stands, for the reasons given above and in the record below here.'),
      body(672, 'A new paragraph begins after a blank line and says more than that.', 108),
      item('2', 303, 40),
    ]),
  ];
  const built = buildPdfText(pages);

  it('drops stamps and page numbers, joins hyphenated words and a paragraph across the page break', () => {
    expect(built.problem).toBeNull();
    expect(built.text).toBe(
      'The district court granted a preliminary injunction because the plaintiff showed irreparable harm and the Court of Appeals affirmed the order in every respect, and the non-movant appealed again to this court, which now holds that the order stands, for the reasons given above and in the record below here.' +
        '\n\n1 A footnote set in a smaller size at the bottom of the page.' +
        '\n\nA new paragraph begins after a blank line and says more than that.',
    );
  });

  it('keeps the footnote apart, after the paragraph open when its page ended', () => {
    expect(built.footnotes).toHaveLength(1);
    const n = built.footnotes[0];
    expect(built.text.slice(n.start, n.end)).toBe('1 A footnote set in a smaller size at the bottom of the page.');
    expect(n.page).toBe(1);
  });

  it('maps every run of the text to its page, item and offset', () => {
    const items = new Map(pages.flatMap((p) => p.items.map((it) => [`${p.number}:${it.index}`, it] as const)));
    expect(built.runs.length).toBeGreaterThan(5);
    for (const r of built.runs) {
      const it = items.get(`${r.page}:${r.item}`)!;
      expect(built.text.slice(r.start, r.end)).toBe(it.str.slice(r.offset, r.offset + r.end - r.start));
    }
    // "Ap-" lost its hyphen: the run stops before it
    const ap = built.runs.find((r) => built.text.slice(r.start, r.end).endsWith('Court of Ap'))!;
    expect(ap.offset).toBe(0);
  });

  it('keeps a page map of where each page\'s text lies', () => {
    expect(built.pages.map((p) => built.text.slice(p.start, p.end).slice(0, 20))).toEqual(['The district court g', 'stands, for the reas']);
    expect(built.pages[1].end).toBe(built.text.length);
  });
});

describe('broken text layers are said in words', () => {
  const stamp = (n: number) => item(`Case 1:12-cv-05708-ER Document 11 Filed 09/27/13 Page ${n} of 3`, 119, 767);
  it.each([
    ['a scan: only the stamp is text', [1, 2, 3].map((n) => page(n, [stamp(n)], { image: true })), 'no-text'],
    ['a scanned first page before pages of text', [page(1, [stamp(1)], { image: true }), ...[2, 3].map((n) => page(n, [stamp(n), item('The following facts are not disputed unless otherwise noted, and the court.', 72, 700)]))], 'no-text'],
    ['a garbled font', [page(1, [item('$#"##""#!#$!#\u0001\u0014\u0019"#!', 72, 700), item('-(4030(8=0:/:/094(::,8/(<05.8,963<', 72, 680)])], 'garbled'],
    ['two stamps printed over each other', [1, 2].map((n) => page(n, [item('Case 3:04-cv-00098-SI', 104.9, 767, 12, 123.4), item('Case 3:04-cv-00098-SI', 121.7, 767, 12, 123.3)])), 'doubled'],
  ])('%s', (_, pages, kind) => {
    const built = buildPdfText(pages as PdfPage[]);
    expect(built.problem?.kind).toBe(kind);
    expect(built.text).toBe('');
  });

  it('image pages at the end of a text opinion are an appendix, not a scan', () => {
    const text = (n: number) => page(n, [item(`Page ${'abc'[n - 1]} of the opinion: the Compact does not pre-empt the Oklahoma water statutes.`, 72, 700)]);
    expect(buildPdfText([text(1), text(2), text(3), page(4, [], { image: true })]).problem).toBeNull();
  });

  it('every rule has an example and a message', () => {
    for (const r of QUALITY_RULES) {
      expect(r.examples.length).toBeGreaterThan(0);
      expect(r.message).toMatch(/\.$/);
    }
    expect(judgeText(textStats([], []))?.kind).toBe('no-text');
    expect(pageList([1])).toBe('page 1');
    expect(pageList([1, 4, 15])).toBe('pages 1, 4 and 15');
  });
});
