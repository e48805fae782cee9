import { describe, expect, it } from 'vitest';
import { globRegExp } from '../../../scripts/cli/inputs';
import { duration, progress } from '../../../scripts/cli/progress';
import { lineHead, resultLine } from '../../../scripts/cli/results-file';
import { mdCell } from '../../../scripts/cli/table-out';

// The corpus run's small parts, each on its table of cases.

describe('globRegExp', () => {
  it.each([
    ['corpus/*.txt', 'corpus/a.txt', true],
    ['corpus/*.txt', 'corpus/sub/a.txt', false],
    ['corpus/**/*.txt', 'corpus/a.txt', true],
    ['corpus/**/*.txt', 'corpus/x/y/a.txt', true],
    ['corpus/**', 'corpus/x/y/a.pdf', true],
    ['corpus/?.txt', 'corpus/ab.txt', false],
    ['corpus/[ab]*.html', 'corpus/b1.html', true],
    ['corpus/[!ab]*.html', 'corpus/b1.html', false],
    ['a+b/(1).txt', 'a+b/(1).txt', true],
    ['*.txt', 'x.txt.bak', false],
  ])('%s against %s: %s', (pattern, path, matches) => {
    expect(globRegExp(pattern).test(path)).toBe(matches);
  });
});

describe('duration', () => {
  it.each([
    [0, '0s'], [59.4, '59s'], [61, '1m01s'], [3599, '59m59s'], [3600, '1h00m'], [36_000 + 125, '10h02m'], [Infinity, '?'],
  ])('%s s is %s', (s, text) => expect(duration(s)).toBe(text));
});

describe('progress', () => {
  /** a clock the test moves by hand */
  let t = 0;
  const now = () => t;
  it('on a terminal redraws one line: bar, count, rate, time left, failures', () => {
    const written: string[] = [];
    t = 0;
    const bar = progress(4, { isTTY: true, columns: 200, write: (s) => written.push(s) }, now);
    t = 1000;
    bar.tick(false);
    t = 2000;
    bar.tick(true);
    bar.say('lens: a note');
    bar.end();
    expect(written).toEqual([
      '\r\x1b[K[██████░░░░░░░░░░░░░░░░░░] 1/4 25%  1.0 files/s  3s left',
      '\r\x1b[K[████████████░░░░░░░░░░░░] 2/4 50%  1.0 files/s  2s left  1 failed',
      '\r\x1b[Klens: a note\n',
      '\r\x1b[K[████████████░░░░░░░░░░░░] 2/4 50%  1.0 files/s  2s left  1 failed',
      '\r\x1b[K[████████████░░░░░░░░░░░░] 2/4 50%  1.0 files/s  2s left  1 failed',
      '\n',
    ]);
  });
  it('elsewhere writes a plain line at each tenth of the way, never a carriage return', () => {
    const written: string[] = [];
    t = 0;
    const bar = progress(20, { isTTY: false, write: (s) => written.push(s) }, now);
    for (let i = 0; i < 20; i++) {
      t += 500;
      bar.tick(i === 5);
    }
    bar.end();
    expect(written).toHaveLength(10);
    expect(written[0]).toBe('lens: 2/20 files (10%), 2.0 files/s, about 9s left\n');
    expect(written[9]).toBe('lens: 20/20 files (100%), 2.0 files/s, 1 failed\n');
    expect(written.join('')).not.toContain('\r');
  });
});

describe('result lines', () => {
  it.each([
    [{ file: 'a.txt', json: new TextEncoder().encode('{"version":1,"text":"§ 1 — x"}'), notes: [] }, '{"file":"a.txt","version":1,"text":"§ 1 — x"}\n', { file: 'a.txt', error: false }],
    [{ file: 'd/"q".txt', error: 'd/"q".txt is empty', notes: [] }, '{"file":"d/\\"q\\".txt","error":"d/\\"q\\".txt is empty"}\n', { file: 'd/"q".txt', error: true }],
  ])('%o is written as one JSON line and read back by its head', (done, line, head) => {
    expect(resultLine(done).toString('utf8')).toBe(line);
    expect(JSON.parse(line).file).toBe(done.file);
    expect(lineHead(line)).toEqual(head);
  });
  it.each(['{"x":1}', 'not json', '{"file":1}'])('%s has no head', (line) => expect(lineHead(line)).toBeNull());
});

describe('mdCell', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['line\nbreak', 'line break'],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (v, cell) => expect(mdCell(v)).toBe(cell));
});
