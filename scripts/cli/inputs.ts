/**
 * What `lens analyze DIR|FILE|GLOB...` runs on, in a stable order: the arguments in the order
 * given; a folder's opinions (OPINION_FILE) depth-first, each folder's entries sorted by name
 * (code units, so the order is the same in every locale); a quoted glob's matches the same way.
 * A generator: a folder is read when the walk reaches it, so a corpus of millions of files is
 * never held as a list. Symbolic links to folders are not followed (a link loop would never end).
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/** the files a folder run picks up; a file named on the command line is read whatever its name */
export const OPINION_FILE = /\.(txt|html?|xhtml|pdf)$/i;

export interface Input {
  file: string;
  /** why the argument gave nothing to read (a glob matching nothing), else absent */
  error?: string;
}

const MAGIC = /[*?[]/;

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function* walk(dir: string, keep: (path: string) => boolean): Generator<string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  } catch {
    return; // a folder that vanished or cannot be listed has nothing to give
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path, keep);
    else if ((e.isFile() || (e.isSymbolicLink() && isFile(path))) && keep(path)) yield path;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** a glob's pattern as a regular expression over paths: `**` any folders, `*` and `?` within a name, `[...]` a class */
export function globRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        re += `[${pattern.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function* expandGlob(pattern: string): Generator<string> {
  const parts = pattern.split('/');
  const fixed = parts.findIndex((p) => MAGIC.test(p));
  const base = parts.slice(0, fixed).join('/') || (pattern.startsWith('/') ? '/' : '.');
  const re = globRegExp(pattern.startsWith('./') ? pattern.slice(2) : pattern);
  yield* walk(base, (path) => re.test(path));
}

/** The files the arguments name, in order. */
export function* inputs(paths: readonly string[]): Generator<Input> {
  for (const arg of paths) {
    let isDir = false;
    let exists = true;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      exists = false;
    }
    if (isDir) yield* mapFiles(walk(arg, (p) => OPINION_FILE.test(p)));
    else if (!exists && MAGIC.test(arg)) {
      let any = false;
      for (const file of expandGlob(arg)) {
        any = true;
        yield { file };
      }
      if (!any) yield { file: arg, error: `no file matches ${arg}` };
    } else yield { file: arg }; // a missing file is reported by the reader, in its words
  }
}

function* mapFiles(files: Iterable<string>): Generator<Input> {
  for (const file of files) yield { file };
}

/** How many inputs there are (a second walk: counting keeps no list either). */
export function countInputs(paths: readonly string[]): number {
  let n = 0;
  for (const _ of inputs(paths)) n++;
  return n;
}
