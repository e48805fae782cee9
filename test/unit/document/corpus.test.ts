import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/document/build';
import type { DocModel } from '../../../lib/document/model';
import { mapErrors } from './helpers';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/texts', name), 'utf8');

/** The paragraph whose source starts with `words` (whitespace-insensitive), or undefined. */
function startingWith(doc: DocModel, words: string) {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return doc.paragraphs.find((p) => flat(doc.source.slice(p.start, p.start + words.length * 2)).startsWith(words));
}

// Whole opinions: regressions over the corpus files, checked against the gold paragraph lists.
describe('whole opinions', () => {
  it('D. Conn. 2017 order (seed): six paragraphs, two joined across page breaks, signature left out', () => {
    const doc = buildDocument(fixture('002_962009f5170617b3.txt'));
    const starts = doc.paragraphs.map((p) => doc.source.slice(p.start, p.start + 30));
    expect(starts).toEqual([
      'and the reasons why it should ',
      'The Second Circuit applies sim',
      'When the movant seeks a “manda',
      'In this case, Smalls is allegi',
      'Smalls’ Motion for a Temporary',
      'SO ORDERED this 19th day of Ma',
    ]);
    expect(doc.source.slice(doc.paragraphs[1].start, doc.paragraphs[1].end)).toContain('a court may consider the entire record');
    expect(doc.source.slice(doc.paragraphs[3].start, doc.paragraphs[3].end)).toContain('plaintiff must show that medical condition');
    expect(doc.blocks.at(-1)?.kind).toBe('signature');
    expect(mapErrors(doc)).toEqual([]);
  });

  it('C.D. Cal. 2016 pleading paper: numbered order paragraphs run across ECF page breaks', () => {
    const doc = buildDocument(fixture('inj_cacd_2016_consumerinfo_v_leon_PI.txt'));
    const one = startingWith(doc, '1. Defendant Leon, his agents');
    expect(one).toBeDefined();
    expect(doc.reading.text.slice(one!.reading.start, one!.reading.end)).toBe(
      '1. Defendant Leon, his agents, serv ants, employees, and attorneys, and all persons who are in active concert or participation with him are enjoined from the unauthorized use, duplication, or distribution of Experian’s JavaScript code, Experian’s source code, Experian’s utilities code; and the copying and facilitating or encouraging the copying of Experian JavaScript code, Experian’s source code or Experian’s utilities code, including that Defendant Leon is specifically prohibited from:',
    );
    for (const words of ['(a) uploading or posting', '(d) disclosing, using, or atte', '3. The Court finds that', 'IT IS SO ORDERED']) expect(startingWith(doc, words), words).toBeDefined();
    expect(doc.reading.text).not.toMatch(/Page ID|8:16-cv-1261-DOC \(KESx\)|\b27 28\b|-3-/);
    // Pleading line numbers are not pages; "-2-" heads page 2.
    expect(doc.pages.map((p) => [p.page, doc.source.slice(p.start, p.start + 3)])).toEqual([['2', '-2-'], ['3', '-3-'], ['4', '-4-']]);
    expect(mapErrors(doc)).toEqual([]);
  });

  it('1st Cir. 1993 typescript: 23 footnotes apart, body joined around them', () => {
    const doc = buildDocument(fixture('inj_ca1_1993_cohen_v_brown_univ_PI.txt'));
    expect(doc.footnotes.filter((f, i, all) => all.findIndex((g) => g.label === f.label) === i).map((f) => f.label)).toEqual(
      Array.from({ length: 23 }, (_, i) => String(i + 1)),
    );
    const highway = startingWith(doc, 'The highway of opportunity runs in both directions.');
    expect(doc.reading.text.slice(highway!.reading.start, highway!.reading.end)).toMatch(/directions\. Not only student-athletes/);
    const announcement = startingWith(doc, "Following Brown's announcement of the cutbacks");
    expect(doc.source.slice(announcement!.start, announcement!.end).replace(/\s+/g, ' ')).toContain("devalue the two women's programs");
    expect(doc.headings.map((h) => h.text)).toContain('VI. THE PRELIMINARY INJUNCTION');
    // The footer "2" closes page 2: page 3 begins after it.
    expect(doc.pages[0].page).toBe('3');
    expect(doc.source.slice(doc.pages[0].start).trimStart().startsWith('Not only  student-athletes')).toBe(true);
    expect(startingWith(doc, 'It is old hat, but still very much in fashion')?.heading).toBe('A. Likelihood of Success.');
    expect(mapErrors(doc)).toEqual([]);
  });

  it('D.C. Cir. 1997: flush "So ordered." after a blank line is its own paragraph', () => {
    const doc = buildDocument(fixture('neg_cadc_1997_ideal_electronic_v_intl_fidelity.txt'));
    expect(doc.source.slice(doc.paragraphs.at(-1)!.start, doc.paragraphs.at(-1)!.end)).toBe('So ordered.');
    expect(startingWith(doc, 'Edwards, Chief Judge: This case involves')).toBeDefined();
  });

  it('builds a 330 KB opinion in linear time (bound, not a benchmark)', () => {
    const text = fixture('perf_ca2_2007_khulumani_v_barclay_national_bank.txt');
    // Fastest of three runs: the machine is shared, and a bound only has to catch quadratic blow-ups.
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      buildDocument(text);
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(500);
    const doc = buildDocument(text);
    expect(doc.paragraphs.length).toBeGreaterThan(200);
  });
});
