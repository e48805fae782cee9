import { describe, expect, it } from 'vitest';
import { findCourt } from '../../../lib/analysis/court';
import { COURTS } from '../../../lib/analysis/courts-table';

// Captions as courts print them; the court is read from the caption, never from what it cites.
const CAPTIONS: [string, string][] = [
  ['IN THE SUPREME COURT OF TEXAS\n\nNo. 22-0123\n\nIn re State of Texas\n\nJUSTICE BLACKLOCK delivered the opinion of the Court.', 'tex'],
  ['IN THE COURT OF CRIMINAL APPEALS OF TEXAS\n\nNO. PD-0123-19', 'texcrimapp'],
  ['In The\nCourt of Appeals\nFifth District of Texas at Dallas\n\nNo. 05-19-00123-CV', 'texapp'],
  ['SUPREME COURT OF OHIO\n\nState ex rel. Doe v. Smith', 'ohio'],
  ['IN THE COURT OF APPEALS OF MARYLAND\n\nNo. 12, September Term, 2019', 'md'],
  ['SUPREME JUDICIAL COURT OF MAINE\n\nDecision: 2020 ME 12', 'me'],
  ['IN THE SUPREME COURT OF NORTH CAROLINA\n\nNo. 363A14-4', 'nc'],
  ['SUPREME COURT OF THE UNITED STATES\n\nON WRIT OF CERTIORARI TO THE SUPREME COURT OF TEXAS', 'scotus'],
  ['UNITED STATES COURT OF APPEALS FOR THE FIRST CIRCUIT\n\nNo. 92-2483\n\nBefore SELYA, Circuit Judge. We follow the Supreme Court of Texas in one respect only.', 'ca1'],
  ['UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF TEXAS\nHOUSTON DIVISION', 'txsd'],
];

describe('the deciding court from the caption', () => {
  it.each(CAPTIONS)('%s', (head, id) => {
    expect(findCourt(head, '', head)?.id).toBe(id);
  });
});

describe('the courts table', () => {
  // courts-db gives `level: "colr"` for some states only; the rest are read from the name
  it.each(['tex', 'ohio', 'nj', 'md', 'ky', 'la', 'wis', 'va', 'cal', 'ny', 'ill'])('%s is a state high court', (id) => {
    expect(COURTS.find((c) => c[0] === id)?.[1]).toBe('state_high');
  });
  it.each(['texapp', 'ohioctapp', 'nyappdiv', 'calctapp', 'massappct'])('%s is an intermediate court', (id) => {
    expect(COURTS.find((c) => c[0] === id)?.[1]).toBe('state_app');
  });
});
