/**
 * Reads an opinion file as the command line and the evaluation take it: a .txt as it is, an
 * .html through the reader the extension uses on a page (scripts/read-page.ts, handed in by the
 * caller: opinion-file.ts always, the command line only when a page comes, since loading the
 * DOM library is most of a start-up that reads no HTML). Bad input
 * throws an InputError whose message is the one line to show; nothing is read past
 * MAX_INPUT_BYTES, and only a regular file is opened at all (a FIFO would block the open,
 * /dev/zero never ends).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { buildPdfText } from '../lib/pdf/build';
import type { PdfPage, PdfPageSpan } from '../lib/pdf/types';
import { extname } from 'node:path';
import { analyze, type AnalyzeInput } from '../lib/analyze';
import type { InjunctionOptions } from '../lib/analysis/index';
import type { PageReading } from './read-page';
import type { Analysis } from '../lib/types';

/**
 * The largest file read. The longest opinion in the corpus is 330 KB of text and the largest
 * saved court page 630 KB; 50 MB leaves room for any real opinion while bounding memory.
 */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {}

function fail(message: string): never {
  throw new InputError(message);
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface OpinionInput {
  text: string;
  html: boolean;
  encoding: Encoding;
  /** one line for the reader when the encoding was a guess (Windows-1252), else null */
  note: string | null;
  /** for a PDF: the text offsets each page's text occupies */
  pdfPages?: PdfPageSpan[];
}

export interface ReadOptions {
  maxBytes?: number;
}

export function readInput(file: string, { maxBytes = MAX_INPUT_BYTES }: ReadOptions = {}): OpinionInput {
  const bytes = readBytes(file, maxBytes);
  if (isPdf(bytes)) return readPdf(bytes, file);
  const { text, encoding, note } = decodeOpinion(bytes, file);
  if (text.trim() === '') fail(`${file} is empty`);
  if (text.includes('\0')) fail(`${file} looks binary (it contains NUL characters); give a .txt or .html opinion`);
  const html = /\.x?html?$/i.test(extname(file)) || /^\s*(<!doctype html|<html|<\?xml)/i.test(text.slice(0, 200));
  return { text, html, encoding, note };
}

export interface AnalyzeFileOptions extends ReadOptions {
  /** the analysis' own options (the learned stage's weights, a training hook) */
  injunction?: InjunctionOptions;
  /** told the input's note (a guessed encoding); by default it goes to stderr */
  warn?: (message: string) => void;
}

/** what an .html input needs: the page's reader (readSavedPage of scripts/read-page.ts) */
export type PageReader = (html: string) => Pick<PageReading, 'text' | 'meta' | 'site' | 'caption' | 'evidence'> & Partial<Pick<PageReading, 'hints'>>;

/** Analyses what readInput read; `readPage` is needed (only) when the input is HTML. */
export function analyzeInput(file: string, input: OpinionInput, readPage: PageReader | null, options: AnalyzeFileOptions = {}): Analysis {
  return analyze(coreInput(file, input, readPage, options), options.injunction);
}

/**
 * What the core is given for what readInput read: the text as it is, or a page's opinion as the
 * extension reads it in a tab; the input's note goes to `warn` first.
 */
export function coreInput(file: string, input: OpinionInput, readPage: PageReader | null, { warn = (m) => process.stderr.write(`${m}\n`) }: AnalyzeFileOptions = {}): AnalyzeInput {
  if (input.note) warn(input.note);
  if (!input.html) return { text: input.text };
  if (!readPage) throw new Error(`${file} is HTML: analyzeInput needs the page reader`);
  // the page's reader: site adapters over a DOM, as the extension reads the page in a tab
  const { text, meta, site, caption, evidence, hints } = readPage(input.text);
  if (!text.trim()) fail(`${file} has no readable text`);
  return { text, site, meta: { ...meta }, caption, page: evidence, ...(hints ? { hints } : {}) };
}

// ---- the bytes: regular files only, never past the cap ----

/** what each kind of file that is not a regular file is called in the message */
const NOT_REGULAR: [is: (s: Stats) => boolean, what: string][] = [
  [(s) => s.isDirectory(), 'it is a directory'],
  [(s) => s.isFIFO(), 'it is a named pipe (FIFO), not a regular file'],
  [(s) => s.isCharacterDevice(), 'it is a character device, not a regular file'],
  [(s) => s.isBlockDevice(), 'it is a block device, not a regular file'],
  [(s) => s.isSocket(), 'it is a socket, not a regular file'],
];

/** why a file could not be opened, by errno code */
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'an input/output error',
};

function cannotRead(file: string, e: unknown): never {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  fail(`cannot read ${file}: ${REASONS[code] ?? (code || 'unreadable')}`);
}

function refuseUnlessRegular(file: string, st: Stats): void {
  if (st.isFile()) return;
  fail(`cannot read ${file}: ${NOT_REGULAR.find(([is]) => is(st))?.[1] ?? 'it is not a regular file'}`);
}

/** "50 MB" for a whole number of megabytes, else the bytes: "16 bytes" */
const limit = (n: number) => (n % 2 ** 20 === 0 ? `${n / 2 ** 20} MB` : `${n.toLocaleString('en-US')} bytes`);

/** `size` is null when the file turned out longer than its stat said */
function tooLarge(file: string, size: number | null, maxBytes: number): never {
  const what = size === null ? `over ${limit(maxBytes)}` : `${size.toLocaleString('en-US')} bytes`;
  fail(`${file} is too large (${what}); lens reads files up to ${limit(maxBytes)}`);
}

function readBytes(file: string, maxBytes: number): Uint8Array {
  let st: Stats;
  try {
    st = statSync(file);
  } catch (e) {
    cannotRead(file, e);
  }
  // Decided from the path before any open: opening a FIFO for reading waits for a writer.
  refuseUnlessRegular(file, st);
  if (st.size > maxBytes) tooLarge(file, st.size, maxBytes);
  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, the open returns at once
    // (and the fstat below refuses it); on a regular file the flag changes nothing.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    cannotRead(file, e);
  }
  try {
    refuseUnlessRegular(file, fstatSync(fd));
    // A size the stat understated (/proc files say 0; a file still being written grows) is
    // caught here: at most maxBytes + 1 bytes are ever held.
    let buf = new Uint8Array(Math.min(Math.max(st.size, 64 * 1024), maxBytes) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        const bigger = new Uint8Array(Math.min(buf.length * 2, maxBytes + 1));
        bigger.set(buf);
        buf = bigger;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > maxBytes) tooLarge(file, null, maxBytes);
    }
    return buf.subarray(0, n);
  } catch (e) {
    if (e instanceof InputError) throw e;
    cannotRead(file, e);
  } finally {
    closeSync(fd);
  }
}

// ---- the text: which encoding, never a silent loss ----

/** byte-order marks, longest first: UTF-32 LE's FF FE 00 00 begins with UTF-16 LE's FF FE */
const BOMS: { bytes: number[]; encoding: Encoding | null; name: string }[] = [
  { bytes: [0xff, 0xfe, 0, 0], encoding: null, name: 'UTF-32 LE' },
  { bytes: [0, 0, 0xfe, 0xff], encoding: null, name: 'UTF-32 BE' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', name: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', name: 'UTF-16 BE' },
];

/** Windows-1252's 0x80–0x9F ('\0' where it defines no character); 0xA0–0xFF are Latin-1's. */
const CP1252_HIGH = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

/**
 * Text that is not UTF-8 is read as Windows-1252 when it is mostly ASCII: an opinion saved by
 * Word on Windows has a § or a curly quote here and there, not whole lines of high bytes.
 */
const MAX_NON_ASCII_SHARE = 0.2;

/**
 * Decodes a file's bytes: a BOM names the encoding (UTF-8, UTF-16 LE or BE; the BOM is dropped);
 * without one, valid UTF-8 is UTF-8 (U+FFFD included, a court's text can hold it), and bytes
 * that are not, but look like Windows-1252, are read as that with a note saying so. Anything
 * else is refused with the reason: nothing is ever replaced by U+FFFD on the way in.
 */
export function decodeOpinion(bytes: Uint8Array, file: string): { text: string; encoding: Encoding; note: string | null } {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) {
    if (!bom.encoding) fail(`${file} is ${bom.name} text, which lens does not read; save it as UTF-8`);
    try {
      return { text: new TextDecoder(bom.encoding, { fatal: true }).decode(bytes), encoding: bom.encoding, note: null };
    } catch {
      fail(`${file} starts with a ${bom.name} byte-order mark but is not valid ${bom.name}`);
    }
  }
  if (bytes.includes(0)) {
    const order = utf16Order(bytes);
    if (order) fail(`${file} looks like UTF-16 ${order} text without a byte-order mark; save it as UTF-8`);
    fail(`${file} looks binary (it contains NUL bytes); give a .txt or .html opinion`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', note: null };
  } catch {
    // not UTF-8: Windows-1252, or refused below
  }
  const scan = scanUtf8(bytes);
  const bad = Math.max(scan.firstInvalid, 0);
  const where = `byte 0x${bytes[bad].toString(16).toUpperCase()} on line ${lineAt(bytes, bad)}`;
  const why = notWindows1252(bytes, scan);
  if (why) fail(`${file} is not UTF-8 (${where}) and ${why}; save it as UTF-8`);
  const text = decodeWindows1252(bytes);
  const seen = [...new Set(text.replace(/[\x00-\x7f]+/g, ''))];
  const sample = seen.slice(0, 8).join(' ') + (seen.length > 8 ? ' …' : '');
  return { text, encoding: 'windows-1252', note: `${file} is not UTF-8 (${where}); read it as Windows-1252 (non-ASCII characters: ${sample})` };
}

/** Why these bytes are not Windows-1252 text, or null when they read as it. */
function notWindows1252(bytes: Uint8Array, scan: Utf8Scan): string | null {
  // "Â§" where "§" was meant: a file that is UTF-8 in places would be garbled there.
  if (scan.multiByte > 0) return 'mixes UTF-8 with another encoding';
  let high = 0;
  for (const b of bytes) {
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) return 'holds control bytes';
    if (b >= 0x80) {
      if (b < 0xa0 && CP1252_HIGH[b - 0x80] === '\0') return `holds byte 0x${b.toString(16).toUpperCase()}, which Windows-1252 leaves undefined`;
      high++;
    }
  }
  return high > bytes.length * MAX_NON_ASCII_SHARE ? 'is too little ASCII to be Windows-1252 text' : null;
}

/**
 * Node's TextDecoder('windows-1252') is Latin-1 underneath (0x92 gives U+0092, not ’), so the
 * 32 characters where the two differ come from our own table.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += units.length) {
    const end = Math.min(start + units.length, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      units[i - start] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}

interface Utf8Scan {
  /** offset of the first byte that is not part of a valid UTF-8 sequence, or -1 */
  firstInvalid: number;
  /** how many valid sequences of two or more bytes there are */
  multiByte: number;
}

/** Walks the bytes as UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let multiByte = 0;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i] >= lo && bytes[i] <= hi;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    let len = 0;
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) len = cont(i + 1, b === 0xe0 ? 0xa0 : 0x80, b === 0xed ? 0x9f : 0xbf) && cont(i + 2) ? 3 : 0;
    else if (b >= 0xf0 && b <= 0xf4) len = cont(i + 1, b === 0xf0 ? 0x90 : 0x80, b === 0xf4 ? 0x8f : 0xbf) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (len === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      i++;
      continue;
    }
    if (len > 1) multiByte++;
    i += len;
  }
  return { firstInvalid, multiByte };
}

/** "LE" or "BE" when the NULs fall on one side of each byte pair, as ASCII does in UTF-16. */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  const n = Math.min(bytes.length, 64 * 1024) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.3 * pairs && evenNul < 0.05 * pairs) return 'LE';
  if (evenNul > 0.3 * pairs && oddNul < 0.05 * pairs) return 'BE';
  return null;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

// ---- PDFs: the same text builder as the viewer, PDF.js run in a worker thread ----

/** "%PDF-" within the first 1024 bytes, where readers look for it (junk may come before) */
function isPdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function readPdf(bytes: Uint8Array, file: string): OpinionInput {
  const built = buildPdfText(loadPdfSync(bytes, file));
  if (built.problem) fail(`${file}: ${built.problem.message}`);
  if (!built.text.trim()) fail(`${file} has no readable text`);
  return { text: built.text, html: false, encoding: 'utf-8', note: null, pdfPages: built.pages };
}

/** how long a PDF may take to open before the reader is told (a liveness limit, not a speed test) */
const PDF_LIVENESS_MS = 180_000;

/**
 * PDF.js is asynchronous and the command line's reader is not: the pages are read in a worker
 * thread (lib/pdf/load.ts over PDF.js's legacy build, the one for Node) while this thread waits
 * on a shared flag, then takes the reply off the port.
 */
function loadPdfSync(bytes: Uint8Array, file: string): PdfPage[] {
  const require = createRequire(import.meta.url);
  const url = (id: string) => pathToFileURL(require.resolve(id)).href;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const workerData = {
    bytes: bytes.slice(),
    flag,
    port: port2,
    tsx: esmEntry(require, 'tsx', './esm/api'),
    pdfjs: url('pdfjs-dist/legacy/build/pdf.mjs'),
    load: new URL('../lib/pdf/load.ts', import.meta.url).href,
    from: import.meta.url,
  };
  const worker = new Worker(PDF_WORKER, { eval: true, workerData, transferList: [port2] });
  try {
    if (Atomics.wait(flag, 0, 0, PDF_LIVENESS_MS) === 'timed-out') fail(`${file}: PDF.js did not finish reading it in ${PDF_LIVENESS_MS / 60_000} minutes`);
    const reply = receiveMessageOnPort(port1)?.message as { ok: true; pages: PdfPage[] } | { ok: false; unreadable: boolean; error: string } | undefined;
    if (!reply) fail(`${file}: PDF.js stopped without an answer`);
    if (!reply.ok) fail(reply.unreadable ? `${file} is not a readable PDF: ${reply.error}` : `${file}: PDF.js failed (${reply.error})`);
    return reply.pages;
  } finally {
    void worker.terminate();
    port1.close();
  }
}

/** A package export's ESM file (require.resolve would give its CommonJS twin). */
function esmEntry(require: NodeJS.Require, name: string, subpath: string): string {
  const manifest = require.resolve(`${name}/package.json`);
  const entry = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports[subpath].import.default;
  return new URL(entry, pathToFileURL(manifest)).href;
}

const PDF_WORKER = `
const { workerData: d } = require('node:worker_threads');
(async () => {
  let reply;
  try {
    const { tsImport } = await import(d.tsx);
    const { loadPdfPages, PdfOpenError } = await tsImport(d.load, d.from);
    const pdfjs = await import(d.pdfjs);
    try {
      reply = { ok: true, pages: await loadPdfPages(pdfjs, d.bytes) };
    } catch (e) {
      reply = { ok: false, unreadable: e instanceof PdfOpenError, error: String(e && e.message || e) };
    }
  } catch (e) {
    reply = { ok: false, unreadable: false, error: String(e && e.message || e) };
  }
  d.port.postMessage(reply);
  Atomics.store(d.flag, 0, 1);
  Atomics.notify(d.flag, 0);
})();
`;
