/**
 * Reads an opinion file as the command line and the evaluation take it: a .txt as it is, an
 * .html through the same reader the core uses. Bad input (missing, empty, binary, a
 * directory, not UTF-8) throws an InputError whose message is the one line to show.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { analyze } from '../lib/analyze';
import { htmlToText } from '../lib/document/html';
import type { Analysis } from '../lib/types';

export class InputError extends Error {}

function fail(message: string): never {
  throw new InputError(message);
}

export function readInput(file: string): { text: string; html: boolean } {
  let st;
  try {
    st = statSync(file);
  } catch {
    fail(`cannot read ${file}: no such file`);
  }
  if (st.isDirectory()) fail(`cannot read ${file}: it is a directory`);
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  if (buf.length === 0 || buf.toString('utf8').trim() === '') fail(`${file} is empty`);
  if (buf.includes(0)) fail(`${file} looks binary (it contains NUL bytes); give a .txt or .html opinion`);
  const text = buf.toString('utf8');
  if (text.includes('\uFFFD') && !looksUtf8(buf)) fail(`${file} is not UTF-8 text`);
  const html = /\.x?html?$/i.test(extname(file)) || /^\s*(<!doctype html|<html|<\?xml)/i.test(text.slice(0, 200));
  return { text, html };
}

/** Valid UTF-8, or nearly (a few broken bytes); a literal U+FFFD the source itself holds (a court's API text) is valid. */
function looksUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return new TextDecoder('utf-8', { fatal: false }).decode(buf).split('\uFFFD').length < 5;
  }
}

export function analyzeFile(file: string): Analysis {
  const input = readInput(file);
  if (input.html) {
    const { text, title, meta } = htmlToText(input.text) as ReturnType<typeof htmlToText> & { meta?: Record<string, string | null> };
    if (!text.trim()) fail(`${file} has no readable text`);
    return analyze({ text, meta: { title, ...(meta ?? {}) } });
  }
  return analyze({ text: input.text });
}

