import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { DECREE_PATTERNS } from '../../../lib/analysis/disposition';
import { FACTOR_CUES, HEADING_FACTORS } from '../../../lib/analysis/factors';
import { RELIEF_PATTERNS } from '../../../lib/analysis/relief';
import { TEST_PATTERNS } from '../../../lib/analysis/tests';

/** Data with examples: every pattern matches each of its examples (reporters-db's check_regexes). */
describe('lexicons match their examples', () => {
  const tables: [string, { pattern: RegExp; examples: string[] }[]][] = [
    ['factor cues', [...FACTOR_CUES]],
    ['heading factors', [...HEADING_FACTORS]],
    ['relief', [...RELIEF_PATTERNS]],
    ['tests', [...TEST_PATTERNS]],
    ['decrees', [...DECREE_PATTERNS]],
  ];
  for (const [name, rows] of tables) {
    it.each(rows.flatMap((r) => r.examples.map((e) => [r.pattern, e] as const)))(`${name}: %s matches %j`, (pattern, example) => {
      pattern.lastIndex = 0;
      expect(pattern.test(example)).toBe(true);
    });
  }
});

describe('Smalls v. Scruggs (D. Conn. 2017), the worked example', () => {
  const text = readFileSync('test/fixtures/analysis/smalls-v-scruggs-tro.txt', 'utf8');
  const a = analyze({ text });
  const labelsAt = (startsWith: string) => {
    const at = text.indexOf(startsWith);
    const p = a.paragraphs.find((q) => q.start <= at && at < q.end);
    return Object.fromEntries((p?.factors ?? []).map((f) => [f.factor, f.stance]));
  };

  it('reads the document and the standard', () => {
    expect(a.document).toMatchObject({ court: 'ctd', date: '2017-05-19', judge: 'Janet C. Hall' });
    expect(a.standard).toMatchObject({ relief: 'tro', mandatory: true });
    expect(a.standard.tests).toEqual(expect.arrayContaining(['winter', 'heightened']));
    expect(a.disposition.outcome).toBe('denied');
    expect(text.slice(a.disposition.start, a.disposition.end)).toBe('Smalls’ Motion for a Temporary Restraining Order (Doc. No. 11) is **DENIED**.');
  });

  it.each<[string, Record<string, string>]>([
    ['and the reasons why it should not be required', { standard: 'law' }],
    ['The Second Circuit applies similar standards', { standard: 'law', harm: 'law' }],
    ['When the movant seeks a', { standard: 'law', success: 'law' }],
    ['In this case, Smalls is alleging', { standard: 'law', harm: 'movant', success: 'nonmovant' }],
    ['SO ORDERED this 19th day', {}],
  ])('labels the paragraph starting %j', (startsWith, labels) => {
    expect(labelsAt(startsWith)).toEqual(labels);
  });

  it('labels the ruling paragraph disposition', () => {
    expect(Object.keys(labelsAt('Smalls’ Motion for a Temporary'))).toEqual(['disposition']);
  });

  it('gives evidence spans in the source that quote the cue sentence', () => {
    const at = text.indexOf('In this case, Smalls');
    const p = a.paragraphs.find((q) => q.start <= at && at < q.end)!;
    const harm = p.factors.find((f) => f.factor === 'harm')!;
    expect(text.slice(harm.evidence[0].start, harm.evidence[0].end)).toBe('Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm.');
  });

  it('builds the outline caption → posture → standard → factors → disposition', () => {
    const kinds = a.outline[0].children.map((c) => c.kind);
    expect(a.outline[0].kind).toBe('caption');
    expect(kinds[0]).toBe('posture');
    expect(kinds.at(-1)).toBe('disposition');
    const success = a.outline[0].children.find((c) => c.factor === 'success')!;
    expect(success.stance).toBe('nonmovant');
    expect(text.slice(success.keySentence!.start, success.keySentence!.end)).toBe(
      'At this stage of the proceeding, Smalls has not clearly shown a likelihood of success on the merits to warrant preliminary injunctive relief.',
    );
    expect(a.isOpinion).toBe(true);
  });
});

describe('negative controls', () => {
  it.each([
    ['Fisher: “public interest” once', 'The Court of Appeals held that the University’s program serves the public interest in diversity. We vacate the judgment of the Court of Appeals and remand. It is so ordered.'],
    ['a state opinion recounting a preliminary injunction’s history', 'The trial court entered a preliminary injunction in 2018, finding a likelihood of success. The Court of Appeals reversed. We conclude the game is a game of chance. MODIFIED AND AFFIRMED.'],
    ['Anti-Injunction Act', 'The Anti-Injunction Act provides that no suit for the purpose of restraining the assessment or collection of any tax shall be maintained in any court. We hold that the Act does not bar this suit.'],
    ['“irreparable corruption”', 'Miller requires a sentencer to consider whether the juvenile’s crimes reflect irreparable corruption. The judgment is affirmed.'],
  ])('%s: relief none, no labels, no disposition', (_name, text) => {
    const a = analyze({ text });
    expect(a.standard.relief).toBe('none');
    expect(a.disposition.outcome).toBeNull();
    expect(a.paragraphs.flatMap((p) => p.factors)).toEqual([]);
  });

  it('a list of search results is not an opinion', () => {
    const text = 'Showing 10 results for "preliminary injunction"\n\nSmith v. Jones — 2d Cir. 2019 — Read more\n\nDoe v. Roe — D. Conn. 2017 — Read more\n\nSort by relevance · Next page';
    expect(analyze({ text }).isOpinion).toBe(false);
  });

  it('an opinion is one', () => {
    expect(analyze({ text: readFileSync('test/fixtures/analysis/smalls-v-scruggs-tro.txt', 'utf8') }).isOpinion).toBe(true);
  });

  it('a news article is not an opinion', () => {
    const text = 'Posted on May 3 by Staff Writer\n\nA judge on Tuesday blocked the state law, the attorney general said in an interview. Subscribe to our newsletter.\n\nRead more: related articles';
    expect(analyze({ text }).isOpinion).toBe(false);
  });
});
