/**
 * The bench memo and the table of authorities on real opinions, analysed by the core:
 * Smalls v. Scruggs (D. Conn. 2017, the seed), Make the Road N.Y. v. McAleenan (D.D.C. 2019),
 * Roman Catholic Diocese v. Cuomo (2020) and Alabama Ass'n of Realtors v. HHS (2021).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze';
import { findCitations } from '../../../lib/citations/index';
import { authorities, comparePins, exportOpinion, memoModel } from '../../../lib/export/index';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const seed = analyze({ text: read('../../../../shared/corpus/texts/002_962009f5170617b3.txt') });
const road = analyze({ text: read('../../fixtures/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt') });
const diocese = analyze({ text: read('../../../../shared/corpus/texts/inj_scotus_2020_roman_catholic_diocese_v_cuomo_inj_pending_appeal.txt') });
const realtors = analyze({ text: read('../../../../shared/corpus/texts/inj_scotus_2021_alabama_realtors_v_hhs_vacate_stay.txt') });

/** The memo's sections: heading → the lines under it. */
function sections(md: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let at = '';
  for (const line of md.split('\n')) {
    if (/^#{1,6} /.test(line)) out.set((at = line.replace(/^#+ /, '')), []);
    else if (line.trim()) out.get(at)?.push(line);
  }
  return out;
}

describe('the seed’s bench memo, parsed', () => {
  const md = exportOpinion('md', { analysis: seed, annotations: [] });
  const parts = sections(md);
  const cites = [...parts.values()].flat().filter((l) => l.startsWith('- ')).map((l) => l.slice(2).replace(/\\/g, ''));

  it('writes every full case citation with its court parenthetical, the Supreme Court’s reporters with none', () => {
    const full = cites.filter((c) => / v\. /.test(c));
    expect(full.length).toBe(13);
    for (const c of full) {
      const paren = /^[^(]+?, (?:No\. [^,]+, )?\d+ [A-Z][^,(]*? \d+(?:, (?:at )?\*?[\d–n. ]+)? \(([^)]*)\)/.exec(c)?.[1];
      expect(paren, c).toMatch(/\d{4}$/);
      // Amaker v. Fischer's own parenthetical names no court ("(Sep. 28, 2012)"): none is made up
      if (!/^(?:Winter|Glossip|Amaker)/.test(c)) expect(paren, c).toMatch(/^(?:\dd Cir\.|D\. Conn\.|S\.D\.N\.Y\.|W\.D\.N\.Y\.) /);
    }
    expect(cites).toContain('Johnson v. Connolly, 378 F. App\'x 107, 108 (2d Cir. 2010) (holding that plaintiff failed to show that prison official acted with sufficient culpable intent to obtain injunctive relief)');
    expect(cites).toContain('Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 24 (2008)');
    expect(cites).toContain('Glossip v. Gross, 135 S. Ct. 2726, 2736 (2015) (internal quotation marks omitted)');
    expect(cites).toContain('Jones v. Tompkins, No. 12 Civ. 57, 2014 WL 860334, at *8 (W.D.N.Y. Mar. 5, 2014) (stating that, to obtain preliminary injunction in form of medical treatment plaintiff must show that medical condition is “objectively serious” and that defendants acted with deliberate indifference to medical needs)');
  });

  it('lists each authority under the factor whose sentences cite it, in full once and short after', () => {
    expect(parts.get('Irreparable harm: found for the movant; presumed')).toContain('- American Civil Liberties Union v. Clapper, 804 F.3d 617, 622 (2d Cir. 2015)');
    const merits = parts.get('Likelihood of success on the merits: found for the non-movant')!.filter((l) => l.startsWith('- '));
    expect(merits.map((l) => l.slice(2).split(',')[0])).toEqual(['D.D.', 'Johnson v. Connolly', 'Jones v. Tompkins', 'Amaker v. Fischer', 'Chance v. Armstrong', 'United States ex rel. Hyde v. McGinnis']);
    // D.D. was named in full under the standard (the heightened test), so the merits cite it short
    expect(merits[0]).toBe('- D.D., 465 F.3d at 510');
    expect(parts.get('Relief and standard')).toContain('- D.D. ex rel. V.D. v. N.Y. City Bd. of Educ., 465 F.3d 503, 510 (2d Cir. 2006)');
    expect(merits.some((l) => l.includes('Clapper'))).toBe(false);
  });

  it('lists the factors the court did not reach as "not reached"', () => {
    expect(parts.has('Balance of equities: not reached')).toBe(true);
    expect(parts.has('Public interest: not reached')).toBe(true);
  });

  it('quotes without star markers or Markdown emphasis left in', () => {
    const quotes = [...parts.values()].flat().filter((l) => l.startsWith('> '));
    expect(quotes).toEqual([
      '> At this stage of the proceeding, Smalls has not clearly shown a likelihood of success on the merits to warrant preliminary injunctive relief. (¶ 4)',
      '> Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm. (¶ 4)',
      '> Smalls’ Motion for a Temporary Restraining Order (Doc. No. 11) is DENIED. (¶ 5)',
    ]);
    for (const q of quotes) expect(q).not.toMatch(/\\?\*\d|\[\d+ [A-Z]/);
  });
});

describe('quotes and page references on opinions with star paging', () => {
  it('drops star markers of every series and cites the primary one without its star', () => {
    const success = memoModel(diocese).factors.find((f) => f.factor === 'success')!;
    expect(success.quote?.pin).toMatch(/^at 6\d, ¶ \d+$/);
    const md = exportOpinion('md', { analysis: diocese, annotations: [] });
    for (const q of md.split('\n').filter((l) => l.startsWith('> '))) expect(q).not.toMatch(/\*\d|\[\\?\*/);
  });

  it('joins words hyphenated across lines', () => {
    const text = memoModel(realtors).factors.map((f) => f.quote?.text ?? '').join(' ') + ' ' + (memoModel(realtors).disposition?.text ?? '');
    expect(text).not.toMatch(/\p{Ll}- \p{Ll}/u);
  });

  it('cites a Westlaw-paged opinion’s pages without stars (its star pages are the only paging)', () => {
    const pins = memoModel(road).factors.map((f) => f.quote?.pin).filter(Boolean);
    expect(pins.length).toBeGreaterThan(0);
    for (const p of pins) expect(p).not.toMatch(/\*/);
  });
});

describe('authorities', () => {
  const rows = authorities(road);

  it('keeps parallel cites as one authority with court, year and history', () => {
    const abbott = rows.filter((r) => r.name === 'Abbott Labs. v. Gardner');
    expect(abbott).toHaveLength(1);
    expect(abbott[0]).toMatchObject({
      citation: '387 U.S. 136, 87 S. Ct. 1507, 18 L. Ed. 2d 681',
      court: 'scotus', courtName: 'Supreme Court of the United States', year: 1967,
      history: 'abrogated on other grounds by', negativeHistory: true,
      historyBy: 'Califano v. Sanders, 430 U.S. 99, 97 S. Ct. 980, 51 L. Ed. 2d 192 (1977)',
      pins: ['140', '149', '151'],
    });
    expect(abbott[0].full).toBe('Abbott Labs. v. Gardner, 387 U.S. 136, 87 S. Ct. 1507, 18 L. Ed. 2d 681 (1967), abrogated on other grounds by Califano v. Sanders, 430 U.S. 99, 97 S. Ct. 980, 51 L. Ed. 2d 192 (1977)');
    const clarian = rows.find((r) => r.name === 'Clarian Health West, LLC v. Burwell')!;
    expect([clarian.courtAbbreviation, clarian.year, clarian.history, clarian.historyBy]).toEqual(['D.D.C.', 2016, 'rev\'d on other grounds sub nom.', 'Clarian Health West, LLC v. Hargan, 878 F.3d 346 (D.C. Cir. 2017)']);
    const food = rows.find((r) => r.name === 'Food & Water Watch, Inc. v. Vilsack')!;
    expect([food.history, food.negativeHistory]).toEqual(['aff\'d', false]);
  });

  it('sorts by kind, then by name with unnamed citations after, and pins in page order', () => {
    const cases = rows.filter((r) => r.kind === 'case');
    const firstUnnamed = cases.findIndex((r) => !r.name);
    if (firstUnnamed >= 0) expect(cases.slice(firstUnnamed).every((r) => !r.name)).toBe(true);
    const names = cases.filter((r) => r.name).map((r) => r.name!);
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare));
    const kinds = rows.map((r) => r.kind);
    expect(kinds.indexOf('statute')).toBeGreaterThan(kinds.lastIndexOf('case'));
    expect(['867–68', '108 n.2', '*12', '108', '24', '7'].sort(comparePins)).toEqual(['7', '*12', '24', '108', '108 n.2', '867–68']);
  });

  it('counts a short form for its case: the seed’s D.D. in ¶ 3 and ¶ 4', () => {
    const dd = authorities(seed).find((r) => r.name?.startsWith('D.D.'))!;
    expect([dd.paragraphs, dd.pins, dd.citations.length, dd.courtAbbreviation]).toEqual([[2, 3], ['510'], 3, '2d Cir.']);
  });

  it('shows a rule as a rule, no "§" before its number, in the HTML report and CSL-JSON', () => {
    const html = exportOpinion('html', { analysis: seed, annotations: [] });
    expect(html).toContain('<tr><td>Fed. R. Civ. P. 65(b)</td><td>Fed. R. Civ. P. 65(b)</td>');
    expect(html).not.toMatch(/P\. § 65/);
    const csl = JSON.parse(exportOpinion('csl', { analysis: seed, annotations: [] }));
    expect(csl.find((i: { title: string }) => i.title === 'Fed. R. Civ. P. 65(b)')).toMatchObject({ type: 'legislation', section: '65(b)' });
  });
});

describe('state court rules are rules, not cases', () => {
  it.each([
    ['See Mass. R. Crim. P. 30 (b), as appearing in 435 Mass. 1501 (2001).', 'Mass. R. Crim. P. 30 (b)'],
    ['Rule 15 (a) (2) of the Massachusetts Rules of Criminal Procedure, 378 Mass. 882 (1979)', null],
    ['moved to dismiss under Ark. R. Civ. P. 8(a)(1) and 12(b)(6)', 'Ark. R. Civ. P. 8(a)(1)'],
    ['Tex. R. App. P. 52.7 governs the record.', 'Tex. R. App. P. 52.7'],
  ])('%s', (text, rule) => {
    const found = findCitations(text);
    expect(found.filter((c) => c.kind === 'case')).toEqual([]);
    expect(found.filter((c) => c.kind === 'rule').map((c) => c.text)).toEqual(rule ? [rule] : []);
  });
});
