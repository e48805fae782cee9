import { describe, expect, it } from 'vitest';
import { analyzeInjunction } from '../../../lib/analysis/index';
import type { DocModel, DocParagraph } from '../../../lib/document/model';

/**
 * A DocModel built by hand, as a segmenter would hand it over: headings moved out of the body
 * and named on each paragraph (`heading`). Tests the analysis against the interface alone.
 */
function docOf(blocks: { heading?: string; text: string }[]): DocModel {
  let source = '';
  const paragraphs: DocParagraph[] = [];
  const headings: DocModel['headings'] = [];
  let current: string | null = null;
  for (const b of blocks) {
    if (b.heading) {
      if (source) source += '\n\n';
      headings.push({ start: source.length, end: source.length + b.heading.length, text: b.heading });
      source += b.heading;
      current = b.heading;
    }
    if (source) source += '\n\n';
    const start = source.length;
    source += b.text;
    paragraphs.push({ index: paragraphs.length, start, end: source.length, heading: current, footnote: null, reading: { start, end: source.length } });
  }
  const map = Int32Array.from({ length: source.length + 1 }, (_, i) => i);
  return { source, reading: { text: source, map }, paragraphs, headings, footnotes: [], pages: [], skipped: [], blocks: [], layout: 'blank-lines' } as DocModel;
}

describe('against the DocModel interface', () => {
  const doc = docOf([
    { text: 'Plaintiffs move for a preliminary injunction. To obtain one, a movant must show that he is likely to succeed on the merits, that he is likely to suffer irreparable harm in the absence of preliminary relief, that the balance of equities tips in his favor, and that an injunction is in the public interest.' },
    { heading: 'A. Likelihood of Success', text: 'The statute plainly reaches the conduct alleged here, and the defendants offer no reading of its text that would exclude it. The plaintiffs have carried their burden on this factor.' },
    { heading: 'B. Irreparable Harm', text: 'The defendants contend that any injury can be remedied after trial. But the record shows that the plaintiffs will lose their clinics within weeks, and that loss cannot be undone.' },
    { text: 'For these reasons, Plaintiffs’ Motion for a Preliminary Injunction is GRANTED.' },
  ]);
  const a = analyzeInjunction(doc, []);
  const labels = (i: number) => Object.fromEntries(a.paragraphs[i].factors.map((f) => [f.factor, f.stance]));

  it.each<[number, Record<string, string>]>([
    [0, { standard: 'law' }],
    [1, { success: 'movant' }],
    [2, { harm: 'movant' }],
    [3, { disposition: 'movant' }],
  ])('paragraph %i', (i, expected) => {
    expect(labels(i)).toEqual(expected);
  });

  it('keeps the segmenter’s heading on each paragraph and maps spans to the source', () => {
    expect(a.paragraphs[2].heading).toBe('B. Irreparable Harm');
    expect(a.standard.relief).toBe('preliminary_injunction');
    expect(doc.source.slice(a.disposition.start, a.disposition.end)).toBe('For these reasons, Plaintiffs’ Motion for a Preliminary Injunction is GRANTED.');
  });
});
