/**
 * One worker thread of a corpus run: reads and analyses the files the pool sends, one at a
 * time, and answers with the analysis as JSON in UTF-8 bytes (serialised and encoded here, and
 * handed over without a copy, so the main thread that writes the results only writes) or the
 * reason the file could not be read, in the reader's words.
 */
import './v8-flags';
import { parentPort } from 'node:worker_threads';
import { InputError } from '../opinion-input';
import { analyzeOpinionFile } from './analyze-file';

export interface Job {
  file: string;
}

export type Answer = { json: Uint8Array; notes: string[] } | { error: string; notes: string[] };

const utf8 = new TextEncoder();

const port = parentPort;
if (port) {
  port.on('message', async ({ file }: Job) => {
    const notes: string[] = [];
    let answer: Answer;
    try {
      // awaited: the PDF reader may answer later
      const analysis = await analyzeOpinionFile(file, { warn: (note) => notes.push(note) });
      answer = { json: utf8.encode(JSON.stringify(analysis)), notes };
    } catch (e) {
      answer = { error: e instanceof InputError ? e.message : `${file}: the analysis failed: ${(e as Error)?.message ?? String(e)}`, notes };
    }
    port.postMessage(answer, 'json' in answer ? [answer.json.buffer as ArrayBuffer] : []);
  });
}
