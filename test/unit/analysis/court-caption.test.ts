import { describe, expect, it } from 'vitest';
import { findCourt } from '../../../lib/analysis/court';
import { COURTS } from '../../../lib/analysis/courts-table';
import { COURTS as DATA_COURTS } from '../../../lib/data/courts';

// Captions as courts print them; the court is read from the caption, never from what it cites.
const CAPTIONS: [string, string][] = [
  ['IN THE SUPREME COURT OF TEXAS\n\nNo. 22-0123\n\nIn re State of Texas\n\nJUSTICE BLACKLOCK delivered the opinion of the Court.', 'tex'],
  ['IN THE COURT OF CRIMINAL APPEALS OF TEXAS\n\nNO. PD-0123-19', 'texcrimapp'],
  ['In The\nCourt of Appeals\nFifth District of Texas at Dallas\n\nNo. 05-19-00123-CV', 'texapp'],
  ['SUPREME COURT OF OHIO\n\nState ex rel. Doe v. Smith', 'ohio'],
  ['IN THE COURT OF APPEALS OF MARYLAND\n\nNo. 12, September Term, 2019', 'md'],
  ['SUPREME JUDICIAL COURT OF MAINE\n\nDecision: 2020 ME 12', 'me'],
  ['IN THE SUPREME COURT OF NORTH CAROLINA\n\nNo. 363A14-4', 'nc'],
  // courts-db gives Washington's Supreme Court a trial level (gjc) and Iowa's none: both are their states' high courts
  ['IN THE SUPREME COURT OF THE STATE OF WASHINGTON\n\nNo. 101234-5\n\nEN BANC\n\nGONZÁLEZ, C.J.—', 'wash'],
  ['IN THE SUPREME COURT OF IOWA\n\nNo. 21-0856\n\nSubmitted March 22, 2023—Filed June 16, 2023', 'iowa'],
  ['SUPREME COURT OF THE UNITED STATES\n\nON WRIT OF CERTIORARI TO THE SUPREME COURT OF TEXAS', 'scotus'],
  ['UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT\n\nNo. 92-2483\n\nBefore SELYA, Circuit Judge. We follow the Supreme Court of Texas in one respect only.', 'ca1'],
  ['UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF TEXAS\nHOUSTON DIVISION', 'txsd'],
  // a reporter's caption line (CourtListener): the comma between court and district
  ['Civil Action No. 07-1756(RCL).\n\nUnited States District Court, District of Columbia.\n\nJune 11, 2008.', 'dcd'],
  // a Texas court of appeals prints "Court of Appeal" across lines (Williams v. Williams, 2017)
  ['In The\n\n   Court of Appeal\n      For The\n\n   First District of Texas\n   NO. 01-16-00970-CV', 'texapp'],
];

describe('the deciding court from the caption', () => {
  it.each(CAPTIONS)('%s', (head, id) => {
    expect(findCourt(head, '', head)?.id).toBe(id);
  });
});

describe('the courts table', () => {
  // courts-db gives `level: "colr"` for some states only; the rest are read from the name
  it.each(['tex', 'ohio', 'nj', 'md', 'ky', 'la', 'wis', 'va', 'cal', 'ny', 'ill', 'wash', 'iowa'])('%s is a state high court', (id) => {
    expect(COURTS.find((c) => c[0] === id)?.[1]).toBe('state_high');
  });
  it.each(['texapp', 'ohioctapp', 'nyappdiv', 'calctapp', 'massappct'])('%s is an intermediate court', (id) => {
    expect(COURTS.find((c) => c[0] === id)?.[1]).toBe('state_app');
  });
  it('is the one table lib/data/courts.ts holds (the analysis reads it, no copy of its own)', () => {
    expect(COURTS).toBe(DATA_COURTS);
  });
  // every state with a federal district court has a high court of its own, named "Supreme" but
  // for Maryland's (Court of Appeals until 2022) and New York's (Court of Appeals)
  const states = [...new Set(COURTS.filter((c) => c[1] === 'district').map((c) => c[4]))].filter((s) => !/^(?:Washington D\.C\.|Guam|Puerto Rico|Virgin Islands|Northern Mariana Islands)$/.test(s));
  it('has a high court for each of the 50 states', () => expect(states).toHaveLength(50));
  it.each(states)('%s has a state high court', (state) => {
    const high = COURTS.filter((c) => c[4] === state && c[1] === 'state_high' && !/Criminal|Impeachments/.test(c[2]));
    expect(high).toHaveLength(1);
    expect(high[0][2]).toMatch(state === 'Maryland' || state === 'New York' ? /Court of Appeals/ : /Supreme/);
  });
});
