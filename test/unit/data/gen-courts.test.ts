import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { courtRows, courtsModule, isLastResort, type RawCourt } from '../../../scripts/gen-courts';

const SHARED = '../shared/data/courts-db';
const court = (name: string, level?: string): RawCourt => ({ id: 'x', name, level, system: 'state', type: 'appellate', location: 'Somewhere' });

describe('a state court of last resort, as scripts/gen-courts.ts reads courts-db', () => {
  it.each([
    // no `level` (Texas, Iowa, Ohio ...): the name decides, and a Supreme Court is the high court
    [court('Texas Supreme Court'), true],
    [court('Supreme Court of Iowa'), true],
    [court('Court of Criminal Appeals of Texas'), true],
    [court('Court of Appeals of Maryland'), true],
    [court('Court of Appeals of Iowa'), false],
    [court('Court of Civil Appeals of Texas'), false],
    [court('Appellate Terms of the Supreme Court of New York'), false],
    // a trial level on an appellate court (Washington's Supreme Court is `gjc` in courts-db): the name decides
    [court('Washington Supreme Court', 'gjc'), true],
    // an appellate level is trusted
    [court('New York Court of Appeals', 'colr'), true],
    [court('Supreme Court of Somewhere, Appellate Division', 'iac'), false],
    [court('District of Columbia Court of Appeals', 'iac'), false],
  ])('%o → %s', (c, high) => expect(isLastResort(c)).toBe(high));

  it('types a row from its level or name', () => {
    expect(courtRows([{ ...court('Supreme Court of Iowa'), id: 'iowa' }, { ...court('Court of Appeals of Iowa'), id: 'iowactapp' }])).toEqual([
      ['iowa', 'state_high', 'Supreme Court of Iowa', '', 'Somewhere'],
      ['iowactapp', 'state_app', 'Court of Appeals of Iowa', '', 'Somewhere'],
    ]);
  });
});

describe.skipIf(!existsSync(`${SHARED}/courts.json`))('lib/data/courts.ts', () => {
  it('is what scripts/gen-courts.ts makes of courts-db today (one table, one generator)', () => {
    const db = JSON.parse(readFileSync(`${SHARED}/courts.json`, 'utf8')) as RawCourt[];
    expect(readFileSync('lib/data/courts.ts', 'utf8')).toBe(courtsModule(db, readFileSync(`${SHARED}/LICENSE`, 'utf8')));
  });
});
