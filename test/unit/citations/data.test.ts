/**
 * The generated tables against their own examples (reporters-db's check_regexes idea): every
 * example citation in reporters-db is found with one of its reporter's names; every anchor the
 * scanner knows has an example; laws.json examples of codes with a title are found as statutes
 * or regulations.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations/index';
import { ANCHOR } from '../../../lib/citations/scan';
import { LAW_EXAMPLES } from '../../../lib/data/laws';
import { REPORTER_EXAMPLES } from '../../../lib/data/reporter-examples';

describe('reporter examples', () => {
  it('has the whole reporters-db example list', () => {
    expect(REPORTER_EXAMPLES.length).toBeGreaterThan(490);
  });
  // "3 Tenn.(Cooke), 464": reporters-db files the example under the nominative reporter (Cooke), and also lists
  // Cooke as a nominative of Tenn. The finder reads the official reporter, as it does "67 U.S. (2 Black) 635";
  // its `nominative`, "Cooke", is accepted as the match.
  const nominative = (nom: string | null | undefined, eds: readonly string[]) => nom != null && eds.includes(nom.replace(/^\d+(?:\s?&\s?\d+)?\s/, ''));
  it.each(REPORTER_EXAMPLES.map(([ex, eds]) => [ex, eds] as const))('%s', (ex, eds) => {
    const found = findCitations(ex).filter((c) => c.kind === 'case');
    const ok = found.some((c) => (c.reporter != null && eds.includes(c.reporter)) || nominative(c.nominative, eds));
    expect(ok, `${ex} read as ${JSON.stringify(found.map((c) => c.reporter))}`).toBe(true);
  });
});

describe('anchors', () => {
  /** One example per capture group of the scanner's anchor regex, in group order. */
  const EXAMPLES = ['555 U.S. 7', '§ 1983', 'Id. at 5', 'Winter, supra, at 22', 'Fed. R. Civ. P. 65(b)', 'U.S. Const. amend. VIII', 'Roberts v. Colorado State Univ., No. 93-1052 (10th Cir. 1993)',
    'Doc. No. 11', 'S. Rep. No. 64', 'Memorandum Opinion at 4-5', "Order Awarding Attorney's Fees (July 1, 1996)", 'Fed. Sec. L. Rep. (CCH) ¶ 77,526', 'G.L. c. 93A, § 11'];
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
