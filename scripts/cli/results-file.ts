/**
 * The results file of a corpus run (JSON Lines): each line is one file's analysis JSON with
 * `"file"` first, or `{"file", "error"}` for a file that could not be analysed. Read a line at
 * a time, so a results file of any size takes no more memory than its longest line.
 */
import { createReadStream, createWriteStream, existsSync, readSync, openSync, closeSync, fstatSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import type { Done } from './pool';

const NEWLINE = Buffer.from('\n');

/** The line a run writes for one file, in UTF-8. */
export function resultLine(d: Done): Buffer {
  const file = JSON.stringify(d.file);
  // the analysis JSON is passed through as the worker's bytes: `"file"` goes in front of its first key
  if (d.json !== undefined) return Buffer.concat([Buffer.from(`{"file":${file},`), d.json.subarray(1), NEWLINE]);
  return Buffer.from(`{"file":${file},"error":${JSON.stringify(d.error ?? 'unknown error')}}\n`);
}

export async function* readLines(path: string): AsyncGenerator<{ line: string; number: number }> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() !== '') yield { line, number };
  }
}

const HEAD = /^\{"file":("(?:[^"\\]|\\.)*")(,"error":)?/;

/** The file a line is about and whether it is an error line, read from the line's head only. */
export function lineHead(line: string): { file: string; error: boolean } | null {
  const m = HEAD.exec(line);
  if (!m) return null;
  try {
    return { file: JSON.parse(m[1]) as string, error: !!m[2] };
  } catch {
    return null;
  }
}

function endsWithNewline(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return true;
    const b = Buffer.alloc(1);
    readSync(fd, b, 0, 1, size - 1);
    return b[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}

/** true when a line is a whole JSON value (the last line of a run stopped mid-write is not) */
function whole(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

export class NotResults extends Error {}

/**
 * Gets an earlier run's output ready to be continued: keeps every analysis in it, drops its
 * error lines (those files are tried again) and a last line cut short by an interrupted run.
 * Returns the files already analysed (absolute paths). The file is rewritten only when
 * something was dropped, through a temporary file renamed over it, so an interruption here
 * loses nothing. A file that is not a lens results file is refused, untouched.
 */
export async function prepareResume(out: string): Promise<{ done: Set<string>; retried: number }> {
  const done = new Set<string>();
  if (!existsSync(out)) return { done, retried: 0 };
  // only the last line can be cut short, and only when the file does not end with a newline
  const cut = !endsWithNewline(out);
  let retried = 0;
  let last: { line: string; number: number } | null = null;
  const kept = (l: { line: string; number: number }, isLast: boolean): boolean => {
    const head = lineHead(l.line);
    if (isLast && cut && !whole(l.line)) return false;
    if (!head) throw new NotResults(`${out} is not a lens results file (line ${l.number} is not a result line); give another --out or leave out --resume`);
    if (head.error) {
      retried++;
      return false;
    }
    done.add(resolve(head.file));
    return true;
  };
  let drop = false;
  for await (const l of readLines(out)) {
    if (last && !kept(last, false)) drop = true;
    last = l;
  }
  if (last && !kept(last, true)) drop = true;
  if (!drop && !cut) return { done, retried };
  // second pass: copy what is kept
  const tmp = `${out}.resume-${process.pid}`;
  const w = createWriteStream(tmp);
  last = null;
  const copy = async (l: { line: string }, isLast: boolean) => {
    const head = lineHead(l.line);
    if (!head || head.error || (isLast && cut && !whole(l.line))) return;
    if (!w.write(l.line + '\n')) await once(w, 'drain');
  };
  for await (const l of readLines(out)) {
    if (last) await copy(last, false);
    last = l;
  }
  if (last) await copy(last, true);
  w.end();
  await once(w, 'close');
  renameSync(tmp, out);
  return { done, retried };
}
