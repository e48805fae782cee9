import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const read = (f: string) => readFileSync(new URL(`../fixtures/texts/${f}`, import.meta.url), 'utf8');

describe('analyze', () => {
  it('ends a paragraph at the footnote that interrupts it and keeps the rest as its continuation', () => {
    // Cohen v. Brown (1st Cir. 1993): footnote 4 is printed between the halves of a page
    const text = read('inj_ca1_1993_cohen_v_brown_univ_PI.txt');
    const a = analyze({ text });
    const note = a.paragraphs.find((p) => text.slice(p.start, p.end).startsWith('4Although there has been a'))!;
    const body = a.paragraphs[note.index - 1];
    expect(text.slice(body.start, body.start + 30)).toBe('Title  IX  prohibits  gender-b');
    expect(body.end).toBeLessThan(note.start);
    expect(text.slice(body.end - 20, body.end)).toBe('carefully  recount  the'.slice(-20));
    expect(body.continuation).toHaveLength(1);
    expect(body.continuation![0].start).toBeGreaterThan(note.end);
    expect(note.factors).toEqual([]);
  });

  it('gives the seed order its paragraphs, relief, test and disposition', () => {
    const a = analyze({ text: read('002_962009f5170617b3.txt') });
    expect(a.paragraphs).toHaveLength(6);
    expect(a.standard).toEqual({ relief: 'tro', reliefs: ['tro'], mandatory: true, tests: ['winter', 'heightened'] });
    expect(a.disposition.outcome).toBe('denied');
    expect(a.document).toMatchObject({ court: 'ctd', date: '2017-05-19', judge: 'Janet C. Hall' });
  });
});
