// @vitest-environment happy-dom
/**
 * The plan of findings first (lib/dom/paint-plan.ts) against the paragraph wash, on the
 * seed opinion, and where a margin mark may go (lib/dom/margin.ts): pure parts, in Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { KEY_MAX, paintPlan, planCounts } from '../../../lib/dom/paint-plan';
import { markSlots, MARK_SIZE } from '../../../lib/dom/margin';
import { highlightCss, inkOn } from '../../../lib/dom/palette';

const seed = readFileSync(join(__dirname, '../../fixtures/texts/002_962009f5170617b3.txt'), 'utf8');
const a = analyze({ text: seed });
const texts = (items: ReturnType<typeof paintPlan>, name: string) => items.filter((i) => i.name === name).map((i) => seed.slice(i.start, i.end));

describe('findings first', () => {
  const findings = paintPlan(a, { wash: false, marks: true });
  const wash = paintPlan(a, { wash: true, marks: true });

  it('paints each label’s key sentence, never a paragraph, and no evidence wash', () => {
    expect(texts(findings, 'lens-harm-movant')).toEqual(['Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm.']);
    expect(texts(findings, 'lens-success-nonmovant')[0]).toMatch(/^At this stage of the proceeding, Smalls has not clearly shown a likelihood of success/);
    expect(findings.some((i) => i.name.startsWith('lens-evidence-'))).toBe(false);
    for (const p of a.paragraphs) expect(findings.some((i) => !i.mark && i.name !== 'lens-citation' && i.start === p.start && i.end === p.end && p.end - p.start > 200)).toBe(false);
  });

  it('paints the disposition on the court’s ruling', () => {
    expect(texts(findings, 'lens-disposition-nonmovant')).toEqual([seed.slice(a.disposition.start, a.disposition.end)]);
  });

  it.each([
    ['the ranges', 'factorRanges'],
    ['the characters', 'factorChars'],
  ] as const)('paints well under the wash: %s', (_, key) => {
    expect(planCounts(findings)[key]).toBeLessThan(planCounts(wash)[key] / 2);
  });

  it('marks each labelled paragraph once, in words', () => {
    const marks = findings.filter((i) => i.mark);
    expect(marks).toHaveLength(a.paragraphs.filter((p) => p.factors.length).length);
    const p4 = marks.find((m) => m.start === a.paragraphs[3].start)!;
    expect(p4.mark).toEqual({ symbol: '✗', label: 'Likelihood of success: found for the non-movant; Standard: law only; Irreparable harm: found for the movant', colour: '#E69F00' });
    expect(planCounts(findings).marks).toBe(planCounts(wash).marks);
  });

  it('cuts a key span longer than a sentence at its first sentence', () => {
    const long = `${'The court so orders and directs as follows in this matter. '.repeat(20)}`;
    const b = analyze({ text: `${long}\n\nIt is so ordered.` });
    const para = { index: 0, start: 0, end: long.length, heading: null, factors: [{ factor: 'disposition' as const, stance: 'movant' as const, confidence: 0.9, evidence: [{ start: 0, end: long.length }] }] };
    const items = paintPlan({ ...b, text: long, paragraphs: [para], disposition: { outcome: null, start: 0, end: 0 }, citations: [] }, { wash: false });
    expect(long.length).toBeGreaterThan(KEY_MAX);
    expect(long.slice(items[0].start, items[0].end)).toBe('The court so orders and directs as follows in this matter.');
  });
});

describe('margin marks', () => {
  const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRectReadOnly;
  it('go in the left margin first, then the gap above, then the right margin, all inside the page', () => {
    const slots = markSlots([rect(240, 100, 700, 18), rect(240, 118, 650, 18)], 1200);
    expect(slots[0]).toEqual({ left: 240 - 4 - MARK_SIZE, top: 100 + (18 - MARK_SIZE) / 2 });
    expect(slots.findIndex((s) => s.top < 100)).toBeLessThan(slots.findIndex((s) => s.left > 940));
    expect(slots.every((s) => s.left >= 0 && s.left + MARK_SIZE <= 1200)).toBe(true);
  });
  it('never go off the page: text from the left edge to the right has only the gap above', () => {
    const slots = markSlots([rect(8, 100, 1184, 15)], 1200);
    expect(slots.length).toBeGreaterThan(0);
    expect(slots.every((s) => s.top + MARK_SIZE <= 100)).toBe(true);
  });
});

describe('the sheet', () => {
  it('gives a key sentence more colour than a paragraph wash, and both the stance underline', () => {
    const findings = highlightCss(undefined, undefined, { wash: false });
    const wash = highlightCss(undefined, undefined, { wash: true });
    expect(findings).toContain('::highlight(lens-harm-movant) { background-color: #CC79A74d; text-decoration: underline solid #CC79A7;');
    expect(wash).toContain('::highlight(lens-harm-movant) { background-color: #CC79A733; text-decoration: underline solid #CC79A7;');
    // the citation underline follows the words' colour, so it shows on a dark page
    expect(findings).toMatch(/highlight\(lens-citation\) \{[^}]*text-decoration-color: color-mix\(in srgb, currentColor/);
  });
  it('sets every rule on the scope when given one (the PDF viewer’s text layers), and on every element when not', () => {
    const scoped = highlightCss(undefined, undefined, { wash: true }, '.textLayer').split('\n');
    expect(scoped).toHaveLength(36);
    expect(scoped.every((r) => r.startsWith('.textLayer::highlight('))).toBe(true);
    expect(scoped).toContain('.textLayer::highlight(lens-harm-movant) { background-color: #CC79A733; text-decoration: underline solid #CC79A7; text-decoration-thickness: 2px; }');
    expect(highlightCss().split('\n').every((r) => r.startsWith('::highlight('))).toBe(true);
  });
  it('writes a mark’s symbol in black or white, whichever reads on its colour', () => {
    expect(inkOn('#F0E442')).toBe('#000');
    expect(inkOn('#0072B2')).toBe('#fff');
  });
});
