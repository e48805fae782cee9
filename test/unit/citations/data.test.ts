/**
 * The generated tables against their own examples (reporters-db's check_regexes idea): every
 * example citation in reporters-db is found with one of its reporter's names, except the
 * forms listed below, which this finder does not read by design; every anchor the scanner
 * knows has an example; laws.json examples of codes with a title are found as statutes or
 * regulations.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { ANCHOR } from '../../../lib/citations/scan';
import { LAW_EXAMPLES } from '../../../lib/data/laws';
import { REPORTER_EXAMPLES } from '../../../lib/data/reporter-examples';

/** Forms left out on purpose: each would need an anchor that also fires on ordinary prose. */
const UNSUPPORTED: [RegExp, string][] = [
  [/^\D/, 'no volume: early reporters cited by name alone ("Bee, 120", "Dallam 504")'],
  [/^\d+[A-Za-z]+\d/, 'compact neutral cites without spaces ("22CO7")'],
  [/^\d+[A-Z]\s/, 'volumes with a letter ("402A Mich 117")'],
  [/\s(?:[IVXLC]+|[ivxlc]+)$/, 'front-matter pages in roman numerals ("47 S. W. 2d XI")'],
  [/\(La\.App\./, 'Louisiana docket-style cites'],
  [/[Pp]age \d|,? p\. \d|\bpar\.|¶|\bP ?\d/, 'paragraph or "page" words in loose-leaf services'],
  [/\bCCH\b|\[CCH\]/, 'CCH loose-leaf services'],
  [/^\d+-\d/, 'dashed volumes ("93-1 BCA")'],
];
/** Examples still missed, each for the reason given; keep this list short and honest. */
const KNOWN_MISSES: Record<string, string> = {
  '1 Brown, Adm. (1876) 193': 'comma inside the reporter name',
  '1 Hall, Law J. 36': 'comma inside the reporter name',
  '1 Hunt, Mer. Mag. (1858) 1': 'comma inside the reporter name',
  '1 Hunt, Mer. Mag. 1': 'comma inside the reporter name',
  '3 Tenn.(Cooke), 464': 'reporters-db files it under the nominative; read as Tenn.',
  '42 Fla. L. Weekly S827': 'the variation is shared with Fla. L. Weekly Supp.',
  '33 Ga. Supp. 9': 'supplement volume of Ga.',
  '25 Tex. Supp. 9': 'supplement volume of Tex.',
  '1 N.J. (Manumission) 17': 'the parenthesis is part of this reporter\'s name',
  "2 Robertson's Report of the Trial of Aaron Burr. 481": 'name longer than the seven tokens read',
  '43 Ware, (332,) 232': 'original page in parentheses',
};

describe('reporter examples', () => {
  const rows = REPORTER_EXAMPLES.filter(([ex]) => !UNSUPPORTED.some(([re]) => re.test(ex)) && !(ex in KNOWN_MISSES));
  it('leaves most examples in the supported set', () => {
    expect(rows.length).toBeGreaterThan(300);
  });
  it.each(rows.map(([ex, eds]) => [ex, eds] as const))('%s', (ex, eds) => {
    const reporters = findCitations(ex).map((c) => c.reporter);
    expect(reporters.some((r) => r != null && eds.includes(r)), `${ex} read as ${JSON.stringify(reporters)}`).toBe(true);
  });
  it('lists no known miss that is now found', () => {
    const nowFound = Object.keys(KNOWN_MISSES).filter((ex) => {
      const eds = REPORTER_EXAMPLES.find(([e]) => e === ex)?.[1] ?? [];
      return findCitations(ex).some((c) => c.reporter != null && eds.includes(c.reporter));
    });
    expect(nowFound).toEqual([]);
  });
});

describe('anchors', () => {
  /** One example per capture group of the scanner's anchor regex, in group order. */
  const EXAMPLES = ['555 U.S. 7', '§ 1983', 'Id. at 5', 'Winter, supra, at 22', 'Fed. R. Civ. P. 65(b)', 'U.S. Const. amend. VIII', 'Roberts v. Colorado State Univ., No. 93-1052 (10th Cir. 1993)',
    'Doc. No. 11', 'S. Rep. No. 64', 'Memorandum Opinion at 4-5', "Order Awarding Attorney's Fees (July 1, 1996)"];
  it('has an example for every anchor group', () => {
    const groups = new RegExp(ANCHOR.source + '|').exec('')!.length - 1;
    expect(EXAMPLES.length).toBe(groups);
  });
  it.each(EXAMPLES.map((ex, i) => [i + 1, ex] as const))('group %i: %s', (group, ex) => {
    const re = new RegExp(ANCHOR.source, 'g');
    const groupsHit = [...ex.matchAll(re)].map((m) => m.findIndex((g, j) => j > 0 && g !== undefined));
    expect(groupsHit).toContain(group);
    expect(findCitations(ex).length).toBe(1);
  });
});

describe('laws.json examples', () => {
  // Examples of codes cited with a section sign: the finder must see a statute or regulation there.
  const rows = LAW_EXAMPLES.filter((ex) => /§/.test(ex) && !/\$|\(/.test(ex.split('§')[0]));
  it.each(rows)('%s', (ex) => {
    const kinds = findCitations(ex).map((c) => c.kind);
    expect(kinds.some((k) => k === 'statute' || k === 'regulation' || k === 'constitution' || k === 'other')).toBe(true);
  });
});
