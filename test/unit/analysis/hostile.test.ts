/**
 * Hostile text costs linear time in the whole core (issue #13): `analyze()` runs every generator
 * below at n and at 4n characters, and its CPU time (process.cpuUsage, not the wall clock; the
 * fastest of three runs) must grow less than 8× — linear is 4×, quadratic 16×. n is doubled until a
 * run takes 30 ms, so the ratio is not noise; a generator whose hostile part sits inside a bounded
 * window (the caption is read from the first 6,000 characters) is capped below the window and run
 * several times a measurement instead. No absolute limit: the machine is shared.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { fastestMs, growth } from '../growth';
import { captionSides, findTitle } from '../../../lib/analysis/document-info';

const FIXTURES = join(__dirname, '../../fixtures/texts');
/** A real order (D. Conn. 2017): the normal body the hostile runs are put into. */
const SEED = readFileSync(join(FIXTURES, '002_962009f5170617b3.txt'), 'utf8');
const MID = SEED.indexOf('\n\n', SEED.length >> 1);
const CAPTION = 'AMY COHEN, ET AL.,\n        Plaintiffs, Appellees,\n\n              v.\n\n BROWN UNIVERSITY, ET AL.,\n        Defendants, Appellants.\n\n';

interface Generator {
  name: string;
  /** a text of about n characters */
  make: (n: number) => string;
  /** the largest n worth trying: above it the hostile part leaves the window that is read */
  cap?: number;
  /** what a correct analysis of it still says */
  sane?: (a: ReturnType<typeof analyze>) => void;
}

const seedAnalysis = analyze({ text: SEED });
/** Whitespace around the order changes nothing the analysis says about it. */
const sameAsSeed = (a: ReturnType<typeof analyze>) => {
  expect({ ...a.document, source: null }).toEqual({ ...seedAnalysis.document, source: null });
  expect(a.standard).toEqual(seedAnalysis.standard);
  expect(a.disposition.outcome).toBe(seedAnalysis.disposition.outcome);
  expect(a.citations.length).toBe(seedAnalysis.citations.length);
};

const RUNS: [string, string][] = [
  ['spaces', ' '],
  ['em spaces', '\u2003'],
  ['no-break spaces', '\u00a0'],
  ['newlines', '\n'],
  ['tabs', '\t'],
  ['form feeds', '\f'],
  ['CRLF', '\r\n'],
  ['space-newline pairs', ' \n'],
];
const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.round(n / unit.length)));

const GENERATORS: Generator[] = [
  // a run at the head, in the middle and at the end of a real order (the security review's 6,000
  // spaces cost 5-9.5 s in the caption regex)
  ...RUNS.flatMap(([label, unit]): Generator[] => [
    { name: `${label} at the head`, make: (n) => repeat(unit, n) + SEED, sane: sameAsSeed },
    { name: `${label} at the head, inside the caption window`, make: (n) => repeat(unit, n) + SEED, cap: 1500, sane: sameAsSeed },
    { name: `${label} in the middle`, make: (n) => SEED.slice(0, MID) + repeat(unit, n) + SEED.slice(MID), sane: sameAsSeed },
    { name: `${label} at the end`, make: (n) => SEED + repeat(unit, n), sane: sameAsSeed },
  ]),
  {
    name: 'spaces before a caption',
    make: (n) => ' '.repeat(n) + CAPTION + SEED,
    cap: 1500,
    sane: (a) => expect(a.document.title).toBe('Amy Cohen v. Brown University'),
  },
  { name: 'a caption line followed by spaces', make: (n) => 'AMY COHEN' + ' '.repeat(n) + '\nPlaintiffs,\nv.\nBROWN,\n' + SEED, cap: 1500 },
  { name: 'lines of punctuation only', make: (n) => SEED + '\n' + repeat('.,;:-*_=!?\n', n) + SEED },
  {
    name: 'Id. after Id.',
    make: (n) => repeat('Id. ', n),
    sane: (a) => expect(a.citations.length).toBe(Math.round(a.text.length / 4)),
  },
  { name: 'one paragraph with no newline', make: (n) => repeat(SEED.replace(/\s+/g, ' ') + ' ', n) },
  { name: 'short lines', make: (n) => repeat('ab cd\n', n) },
  { name: 'heading-like lines', make: (n) => repeat('I.\nA.\n', n) },
  { name: 'heading-like lines set off by blank lines', make: (n) => SEED + repeat('I.\n\nA.\n\n', n) },
  { name: 'many "v."', make: (n) => SEED + repeat('v. ', n) },
  { name: '"v." on lines of its own', make: (n) => repeat('v.\n', n) + SEED },
  { name: 'many "Dated:"', make: (n) => SEED + repeat('Dated: ', n) },
  { name: '"Dated:" on lines of its own', make: (n) => repeat('Dated:\n', n) + SEED },
  { name: '"Plaintiffs, v." over and over', make: (n) => repeat('Plaintiffs,\nv.\n', n) + SEED },
  { name: '"Plaintiffs, v." over and over, inside the caption window', make: (n) => repeat('Plaintiffs,\nv.\n', n) + SEED, cap: 1500 },
  // found by the same search: each was quadratic
  { name: 'page numbers alone on their lines', make: (n) => SEED + repeat('1\n', n) + SEED },
  { name: 'star-note marks alone on their lines', make: (n) => SEED + repeat('*\n', n) + SEED },
  { name: 'star notes with text', make: (n) => SEED + repeat('Text.*\n\n*\nXyz abc\n', n) + SEED },
  { name: 'initials without spaces ("A.A.A.")', make: (n) => SEED + '\n\n' + repeat('A.', n) + '\n\n' + SEED },
  { name: 'hyphens between capitals ("A-A-A-")', make: (n) => SEED + '\n\n' + repeat('A-', n) + '\n\n' + SEED },
  { name: 'an ECF header line of "Document" words', make: (n) => SEED + '\nCase 1:23-cv-1 ' + repeat('Document ', n) + '\n' + SEED },
];

/** `reps` analyses of `text`, as work to time. */
const analyses = (text: string, reps: number) => () => {
  for (let r = 0; r < reps; r++) analyze({ text });
};

describe('hostile text costs linear time in analyze()', () => {
  it.each(GENERATORS.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    const cap = g.cap ?? 1 << 21;
    let n = Math.min(1000, cap);
    let reps = 1;
    while (fastestMs(analyses(g.make(n), reps)) < 30) {
      if (n * 2 <= cap) n *= 2;
      else reps *= 2;
    }
    const { ratio, smallMs, largeMs } = growth(analyses(g.make(n), reps), analyses(g.make(4 * n), reps), 8);
    expect(ratio, `n=${n} ×${reps}: ${smallMs.toFixed(0)} ms, 4n: ${largeMs.toFixed(0)} ms`).toBeLessThan(8);
    const a = analyze({ text: g.make(4 * n) });
    for (const c of a.citations) expect(c.start >= 0 && c.start < c.end && c.end <= a.text.length).toBe(true);
    for (const p of a.paragraphs) expect(p.start >= 0 && p.start <= p.end && p.end <= a.text.length).toBe(true);
    g.sane?.(a);
  }, 120_000);
});

/**
 * The caption regex that the scan replaced, kept to check that the scan makes the same decisions
 * (its gaps were open-ended; the scan bounds them at 200, wider than any caption's).
 */
const OLD_CAPTION = /([^\n]{3,200}?)(?:,\s*(?:et\s+al\.?,?)?)?\s*(?:\n\s*)?(?:Plaintiffs?|Petitioners?|Appellants?|Appellees?|Applicants?)[^\n]{0,60}\n\s*(?:v\.|vs\.?|against)\s*\n\s*([^\n]{3,200}?)(?:,|\n)/i;
const oldSides = (head: string) => {
  const m = OLD_CAPTION.exec(head);
  return m ? [m[1], m[2]] : null;
};

describe('the caption scan reads what the caption regex read', () => {
  const CASES: [string, string, string | null][] = [
    ['a court of appeals caption', CAPTION, 'Amy Cohen v. Brown University'],
    ['the party on the name line', 'Patricia D. CORNWELL, Plaintiff,\nv.\nLeslie Raymond SACHS, Defendants.\n', 'Patricia D. CORNWELL v. Leslie Raymond SACHS'],
    ['"et al." split over a line', 'JOHN DOE, et\nal.,\n  Petitioners,\n v.\n STATE,\n', 'John Doe v. State'],
    ['"vs." and blank lines', 'ACME CORP.\n\n\n   Plaintiff\n\n   vs.\n\n\n   WIDGET LLC\n', 'Acme Corp. v. Widget LLC'],
    ['"against"', 'THE PEOPLE,\n Appellants,\n against\n ROE,\n', 'The People v. Roe'],
    ['a name line too short', 'AB\nPlaintiffs,\nv.\nCD,\n', null],
    ['no "v." line', 'AMY COHEN,\nPlaintiffs,\nBROWN,\n', null],
    ['a first side longer than 200 characters', 'x'.repeat(230) + ', Plaintiffs,\nv.\nBROWN,\n', null],
  ];
  it.each(CASES)('%s', (_name, head, title) => {
    expect(captionSides(head)).toEqual(oldSides(head));
    expect(findTitle(head)).toBe(title);
  });

  it('on the head of every fixture opinion', () => {
    for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'))) {
      const head = readFileSync(join(FIXTURES, f), 'utf8').slice(0, 6000);
      expect(captionSides(head), f).toEqual(oldSides(head));
    }
  });

  it('on 20,000 captions built from pieces (fixed seed)', () => {
    let seed = 7;
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % k);
    const pick = (a: string[]) => a[rnd(a.length)];
    const GAPS = ['', ' ', '  ', '\n', ' \n ', '\n\n   ', '\t', '\r\n', ' '.repeat(20)];
    let hits = 0;
    for (let i = 0; i < 20_000; i++) {
      const head =
        pick(['', 'X\n', 'AB', 'ab\n  \n', 'Plaintiffs\nv.\nX,\n', '  ']) +
        pick(['AMY COHEN', 'AB', 'A', 'AMY, et al', 'x'.repeat(199), 'y'.repeat(203), '   ', 'ab cd ']) +
        pick(['', ',', ', et al.,', ', ET AL.', ',et\nal,', ', et  al.', ' et al.,']) + pick(GAPS) + pick(GAPS) +
        pick(['Plaintiffs', 'Appellee', 'petitioner', 'Applicants']) + pick(['', ',', ', Appellees,', ' ' + 'z'.repeat(70)]) +
        pick(['\n', '', '\n\n']) + pick(GAPS) + pick(['v.', 'vs', 'vs.', 'against', 'V.']) + pick(GAPS) + pick(['\n', '']) + pick(GAPS) +
        pick(['BROWN', 'B', 'BR,', 'BROWN UNIVERSITY, ET AL.', 'q'.repeat(210)]) + pick(['', ',', '\n', '\nDefendants,\n']) +
        pick(['', 'AMY, Plaintiffs,\nv.\nBOB,\n']);
      const want = oldSides(head);
      if (want) hits++;
      expect(captionSides(head), JSON.stringify(head)).toEqual(want);
    }
    expect(hits).toBeGreaterThan(5000);
    // 20,000 differential checks: seconds on an idle machine, far more on a loaded one; no time is asserted
  }, 180_000);
});
