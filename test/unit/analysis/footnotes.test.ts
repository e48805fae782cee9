import { describe, expect, it } from 'vitest';
import { analyzeInjunction } from '../../../lib/analysis/index';
import type { DocModel, DocParagraph } from '../../../lib/document/model';

/** A DocModel by hand: body paragraphs and footnote texts (`note` set) in reading order, as the segmenter places them. */
function docOf(blocks: { note?: string; text: string }[]): DocModel {
  let source = '';
  const paragraphs: DocParagraph[] = [];
  for (const b of blocks) {
    if (source) source += '\n\n';
    const start = source.length;
    source += b.text;
    paragraphs.push({ index: paragraphs.length, start, end: source.length, heading: null, footnote: b.note ?? null, reading: { start, end: source.length } });
  }
  const map = Int32Array.from({ length: source.length + 1 }, (_, i) => i);
  return { source, reading: { text: source, map }, paragraphs, headings: [], footnotes: [], pages: [], skipped: [], blocks: [], layout: 'blank-lines' } as DocModel;
}

// Adapted from Cohen v. Brown Univ., 991 F.2d 888 (1st Cir. 1993), Part VI and its notes 21-22
describe('a footnote that reports facts of record carries the finding of the paragraph that calls it', () => {
  const doc = docOf([
    { text: 'A district court, faced with a motion for preliminary injunction, must assess the request in four particular ways, evaluating the likelihood of success on the merits, the potential for irreparable harm, the balance of hardships, and the public interest.' },
    { text: 'The next area of inquiry is irreparable harm. The court concluded that, absent judicial intervention, the plaintiffs would suffer irremediable injury in at least three respects: competitive posture, recruitment, and loss of coaching.22 We find no abuse of discretion.23 The findings stand.24' },
    { note: '22', text: '22Brown does not retain coaches for its club teams. Here, the district court specifically found that if the gymnastics team was downgraded to club status, it would likely lose its paid coach when her contract expired in June of 1993.' },
    { note: '23', text: '23The regulations provide: No person shall, on the basis of sex, be excluded from participation in any interscholastic, intercollegiate, club or intramural athletics offered by a recipient.' },
    { note: '24', text: '24On this point, Brown cannot win even if its basic theories have merit. If the district court did not engage in the proper factfinding, then its order constitutes an abuse of its discretion.' },
    { text: 'The preliminary injunction is affirmed.' },
  ]);
  const a = analyzeInjunction(doc, []);
  const labels = (i: number) => Object.fromEntries(a.paragraphs[i].factors.map((f) => [f.factor, f.stance]));

  it.each<[string, number, Record<string, string>]>([
    ['the calling paragraph', 1, { harm: 'movant' }],
    ['note 22 speaks of the district court’s finding', 2, { harm: 'movant' }],
    ['note 23, called from the same paragraph, quotes a regulation and names no party: it takes nothing', 3, {}],
    ['note 24 argues law about the court below and reports no finding: it takes nothing', 4, {}],
  ])('%s', (_name, i, expected) => {
    expect(labels(i)).toEqual(expected);
  });
});
