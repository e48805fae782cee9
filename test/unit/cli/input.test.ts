import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile, decodeOpinion, decodeWindows1252, InputError, MAX_INPUT_BYTES, readInput } from '../../../scripts/opinion-file';

// Hostile and foreign files given to the command line (issue #13, point 8): real files in a temp
// dir, a real FIFO, socket and /dev/zero, real opinions re-encoded. Whatever is refused is refused
// in one line; whatever is read loses nothing.

const ROOT = resolve(__dirname, '../../..');
const tsx = join(ROOT, 'node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'lens-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A CLI that blocks (a FIFO opened for reading) is killed after this and the test fails, not hangs. */
const LIVENESS = 30_000;
const SLOW = 90_000;
const lens = (...args: string[]) =>
  spawnSync(tsx, [join(ROOT, 'scripts/lens.ts'), ...args], { encoding: 'utf8', cwd: ROOT, timeout: LIVENESS, maxBuffer: 64 << 20 });
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/texts', name), 'utf8');
const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const oneLine = (stderr: string) => stderr.trim().split('\n').length === 1 && stderr.endsWith('\n');
/**
 * `lens analyze --json` in a fresh process, for comparing two files' analyses: two analyses of
 * one text in the same process can differ (parenthetical.ts keeps a cache across calls).
 */
const analysisOf = (path: string) => {
  const r = lens('analyze', '--json', path);
  expect(r.status, r.stderr).toBe(0);
  return { analysis: JSON.parse(r.stdout), stderr: r.stderr };
};

/** A real opinion with many § citations and curly quotes, all of which Windows-1252 has: its opening, to the first blank line after the 12th §. */
const MAKE_THE_ROAD = (() => {
  const text = fixture('inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt');
  let at = -1;
  for (let k = 0; k < 12; k++) at = text.indexOf('§', at + 1);
  return text.slice(0, text.indexOf('\n\n', at));
})();
/** a whole short opinion */
const CONSUMERINFO = fixture('inj_cacd_2016_consumerinfo_v_leon_PI.txt');

/** Windows-1252 bytes of a text all of whose characters it has (the inverse of decodeWindows1252). */
function encodeWindows1252(text: string): Uint8Array {
  const back = new Map<string, number>();
  for (let b = 0; b < 256; b++) back.set(decodeWindows1252(Uint8Array.of(b)), b);
  return Uint8Array.from([...text], (c) => {
    const b = back.get(c);
    if (b === undefined) throw new Error(`no Windows-1252 byte for ${c}`);
    return b;
  });
}
const utf16 = (text: string, order: 'LE' | 'BE', bom = true) => {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return order === 'LE' ? le : Buffer.from(le).swap16();
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('decodeOpinion: which encoding, never a silent loss', () => {
  it.each([
    { name: 'plain UTF-8', bytes: utf8('§ 1983 and “quotes”'), encoding: 'utf-8', text: '§ 1983 and “quotes”' },
    { name: 'valid UTF-8 holding U+FFFD (a court’s own text)', bytes: utf8('the \uFFFD mark'), encoding: 'utf-8', text: 'the \uFFFD mark' },
    { name: 'UTF-8 with a BOM (dropped)', bytes: bytes([0xef, 0xbb, 0xbf], 'Opinion'), encoding: 'utf-8', text: 'Opinion' },
    { name: 'UTF-16 LE with a BOM', bytes: utf16('§ 1983 “x”', 'LE'), encoding: 'utf-16le', text: '§ 1983 “x”' },
    { name: 'UTF-16 BE with a BOM', bytes: utf16('§ 1983 “x”', 'BE'), encoding: 'utf-16be', text: '§ 1983 “x”' },
    { name: 'UTF-16 outside the BMP', bytes: utf16('⚖ 𝔖', 'LE'), encoding: 'utf-16le', text: '⚖ 𝔖' },
    // § ’ “ ” – as Word on Windows writes them
    { name: 'Windows-1252', bytes: bytes('42 U.S.C. ', [0xa7], ' 1983; the court', [0x92], 's ', [0x93], 'test', [0x94], ' ', [0x96], ' no'), encoding: 'windows-1252', text: '42 U.S.C. § 1983; the court’s “test” – no' },
  ])('reads $name', ({ bytes, encoding, text }) => {
    const got = decodeOpinion(bytes, 'f.txt');
    expect(got).toEqual({ text, encoding, note: encoding === 'windows-1252' ? expect.any(String) : null });
  });

  it.each([
    { name: 'UTF-32 (BOM)', bytes: bytes([0xff, 0xfe, 0, 0], [0x41, 0, 0, 0]), message: 'f.txt is UTF-32 LE text, which lens does not read; save it as UTF-8' },
    { name: 'UTF-16 with an odd byte', bytes: Buffer.concat([utf16('ab', 'LE'), Buffer.of(0x41)]), message: 'f.txt starts with a UTF-16 LE byte-order mark but is not valid UTF-16 LE' },
    { name: 'UTF-16 with a lone surrogate', bytes: Buffer.concat([utf16('ab', 'BE'), Buffer.of(0xd8, 0)]), message: 'f.txt starts with a UTF-16 BE byte-order mark but is not valid UTF-16 BE' },
    { name: 'UTF-8 BOM then other bytes', bytes: bytes([0xef, 0xbb, 0xbf], 'a', [0xa7]), message: 'f.txt starts with a UTF-8 byte-order mark but is not valid UTF-8' },
    { name: 'UTF-16 LE without a BOM', bytes: utf16('Opinion of the Court', 'LE', false), message: 'f.txt looks like UTF-16 LE text without a byte-order mark; save it as UTF-8' },
    { name: 'UTF-16 BE without a BOM', bytes: utf16('Opinion of the Court', 'BE', false), message: 'f.txt looks like UTF-16 BE text without a byte-order mark; save it as UTF-8' },
    { name: 'NUL bytes', bytes: bytes('%PDF', [0, 1, 2, 3]), message: 'f.txt looks binary (it contains NUL bytes); give a .txt or .html opinion' },
    // "Â§" where "§" was meant: reading the whole as Windows-1252 would garble the UTF-8 parts
    { name: 'UTF-8 mixed with Windows-1252', bytes: bytes('a ', [0xc2, 0xa7], ' 1 and the court', [0x92], 's'), message: 'f.txt is not UTF-8 (byte 0x92 on line 1) and mixes UTF-8 with another encoding; save it as UTF-8' },
    { name: 'a byte Windows-1252 leaves undefined', bytes: bytes('line\nx', [0x81], 'y'), message: 'f.txt is not UTF-8 (byte 0x81 on line 2) and holds byte 0x81, which Windows-1252 leaves undefined; save it as UTF-8' },
    { name: 'control bytes', bytes: bytes('a', [0xa7], 'b', [0x1b], '[0m'), message: 'f.txt is not UTF-8 (byte 0xA7 on line 1) and holds control bytes; save it as UTF-8' },
    { name: 'mostly high bytes', bytes: bytes('ab', [0xe9, 0xe8, 0xe0, 0xa7, 0xf1]), message: 'f.txt is not UTF-8 (byte 0xE9 on line 1) and is too little ASCII to be Windows-1252 text; save it as UTF-8' },
  ])('refuses $name in words', ({ bytes, message }) => {
    expect(() => decodeOpinion(bytes, 'f.txt')).toThrow(new InputError(message));
  });

  it('says in its note which bytes it took as Windows-1252', () => {
    const { note } = decodeOpinion(bytes('ok\nthe court', [0x92], 's ', [0xa7], ' 1 ', [0xa7], ' 2'), 'f.txt');
    expect(note).toBe('f.txt is not UTF-8 (byte 0x92 on line 2); read it as Windows-1252 (non-ASCII characters: ’ §)');
  });

  it.each(
    ([
      [0x80, '€'], [0x85, '…'], [0x91, '‘'], [0x92, '’'], [0x93, '“'], [0x94, '”'], [0x96, '–'], [0x97, '—'], [0x9f, 'Ÿ'],
      [0xa0, '\u00a0'], [0xa7, '§'], [0xb6, '¶'], [0xe9, 'é'], [0xff, 'ÿ'], [0x41, 'A'],
    ] as const).map(([byte, char]) => ({ byte, char, hex: byte.toString(16).toUpperCase() })),
  )('Windows-1252 byte 0x$hex is $char', ({ byte, char }) => {
    expect(decodeWindows1252(Uint8Array.of(byte))).toBe(char);
  });
});

describe('readInput: regular files only, never past the cap', () => {
  it('reads a file at the cap and refuses one a byte over it, by its size, before reading', () => {
    const path = file('hundred.txt', 'x'.repeat(100));
    expect(readInput(path, { maxBytes: 100 }).text).toHaveLength(100);
    expect(() => readInput(path, { maxBytes: 99 })).toThrow(`${path} is too large (100 bytes); lens reads files up to 99 bytes`);
  });

  it(`refuses a ${MAX_INPUT_BYTES / 2 ** 20} MB + 1 byte file in one line`, () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_INPUT_BYTES + 1); // sparse: 50 MB on paper, nothing on disk
    expect(() => readInput(path)).toThrow(`${path} is too large (52,428,801 bytes); lens reads files up to 50 MB`);
  });

  it('stops at the cap when the file is longer than its size says (/proc reports 0 bytes)', () => {
    expect(readInput('/proc/version').text).toMatch(/^Linux version/);
    expect(() => readInput('/proc/version', { maxBytes: 16 })).toThrow('/proc/version is too large (over 16 bytes); lens reads files up to 16 bytes');
  });

  it('reads a whole opinion in UTF-16 LE and BE with a BOM as the same text as in UTF-8', () => {
    for (const order of ['LE', 'BE'] as const) {
      const path = file(`consumerinfo-${order}.txt`, utf16(CONSUMERINFO, order));
      expect(readInput(path)).toEqual({ text: CONSUMERINFO, html: false, encoding: order === 'LE' ? 'utf-16le' : 'utf-16be', note: null });
    }
  });

  it('drops a UTF-8 BOM and reads an .html page saved as UTF-16', () => {
    expect(readInput(file('bom.txt', bytes([0xef, 0xbb, 0xbf], 'Opinion'))).text).toBe('Opinion');
    const page = file('page.html', utf16('<html><body><p>The court’s order § 1.</p></body></html>', 'LE'));
    expect(readInput(page).html).toBe(true);
    expect(analyzeFile(page).text).toBe('The court’s order § 1.');
  });

  it.each([
    { name: 'a BOM and nothing else', bytes: utf16('', 'LE'), message: /is empty/ },
    { name: 'UTF-16 whitespace', bytes: utf16(' \n\t ', 'BE'), message: /is empty/ },
    { name: 'UTF-16 holding NUL characters', bytes: utf16('a\0b', 'LE'), message: /looks binary \(it contains NUL characters\)/ },
  ])('refuses $name', ({ bytes, message }) => {
    expect(() => readInput(file('x.txt', bytes))).toThrow(message);
  });
});

describe('lens on files that are not regular files', () => {
  let socketServer: Server;
  const socket = join(dir, 'lens.sock');
  const fifo = join(dir, 'opinion.txt');
  beforeAll(async () => {
    execFileSync('mkfifo', [fifo]);
    socketServer = createServer();
    await new Promise<void>((done) => socketServer.listen(socket, done));
  });
  afterAll(() => socketServer?.close());

  // Nobody ever writes to the FIFO: a CLI that opened it for reading would wait forever and be
  // killed at LIVENESS (status null), failing the test.
  it.each([
    { name: 'a FIFO', path: () => fifo, message: `lens: cannot read ${fifo}: it is a named pipe (FIFO), not a regular file\n` },
    { name: '/dev/zero', path: () => '/dev/zero', message: 'lens: cannot read /dev/zero: it is a character device, not a regular file\n' },
    { name: 'a socket', path: () => socket, message: `lens: cannot read ${socket}: it is a socket, not a regular file\n` },
  ])('refuses $name in one line, without blocking', ({ path, message }) => {
    const r = lens('analyze', '--json', path());
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(message);
  }, SLOW);
});

describe('lens on foreign encodings and deep pages', () => {
  it('reads a real opinion saved as Windows-1252, says so in one line, and finds its § citations', () => {
    const path = file('make-the-road-1252.txt', encodeWindows1252(MAKE_THE_ROAD));
    const { analysis, stderr } = analysisOf(path);
    expect(oneLine(stderr)).toBe(true);
    expect(stderr).toMatch(new RegExp(`^lens: ${path} is not UTF-8 \\(byte 0x[0-9A-F]{2} on line \\d+\\); read it as Windows-1252 \\(non-ASCII characters: .*§`));
    expect(analysis.text).toBe(MAKE_THE_ROAD);
    const statutes = analysis.citations.filter((c: { kind: string }) => c.kind === 'statute').map((c: { text: string }) => c.text);
    expect(statutes.filter((t: string) => t.includes('§')).length).toBeGreaterThanOrEqual(5);
    // the whole analysis is the one of the same opinion saved as UTF-8
    expect(analysis).toEqual(analysisOf(file('make-the-road-utf8.txt', MAKE_THE_ROAD)).analysis);
  }, SLOW);

  it('analyzes an opinion saved as UTF-16 LE with a BOM as it does the UTF-8 original, with nothing on stderr', () => {
    const utf16File = analysisOf(file('consumerinfo-cli.txt', utf16(CONSUMERINFO, 'LE')));
    expect(utf16File.stderr).toBe('');
    expect(utf16File.analysis.paragraphs.length).toBeGreaterThan(5);
    expect(utf16File.analysis).toEqual(analysisOf(join(ROOT, 'test/fixtures/texts/inj_cacd_2016_consumerinfo_v_leon_PI.txt')).analysis);
  }, SLOW);

  it('analyzes an opinion inside 100,000 nested elements as it does the same page unnested', () => {
    const body = `<p>${MAKE_THE_ROAD.split('\n').join('</p><p>')}</p>`; // a paragraph a line
    const html = `<html><body>${'<div>'.repeat(100_000)}${body}${'</div>'.repeat(100_000)}</body></html>`;
    const deep = analysisOf(file('deep.html', html));
    expect(deep.stderr).toBe('');
    expect(deep.analysis.paragraphs.length).toBeGreaterThan(5);
    expect(deep.analysis.citations.length).toBeGreaterThan(0);
    expect(deep.analysis).toEqual(analysisOf(file('shallow.html', `<html><body>${body}</body></html>`)).analysis);
  }, SLOW);

  it('refuses a file that is not UTF-8 and not Windows-1252, naming the byte, with nothing on stdout', () => {
    const r = lens('analyze', file('mixed.txt', bytes('Section ', [0xc2, 0xa7], ' 1.\nThe court', [0x92], 's order.')));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^lens: .*mixed\.txt is not UTF-8 \(byte 0x92 on line 2\) and mixes UTF-8 with another encoding; save it as UTF-8\n$/);
  }, SLOW);
});

describe('lens into a pipe closed early', () => {
  // The output (hundreds of KB) is far more than a pipe holds, so the CLI is still writing when
  // head exits: the next write fails with EPIPE, which must end the CLI quietly with status 0.
  const opinion = join(ROOT, 'test/fixtures/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt');
  it.each([['analyze', '--json'], ['citations', '--json'], ['export', '--format', 'jsonld']])('lens %s %s … | head -c 10', (...args) => {
    const r = spawnSync('bash', ['-c', 'set -o pipefail; "$0" scripts/lens.ts "$@" | head -c 10', tsx, ...args, opinion], {
      encoding: 'utf8',
      cwd: ROOT,
      timeout: LIVENESS,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toHaveLength(10);
  }, SLOW);
});
