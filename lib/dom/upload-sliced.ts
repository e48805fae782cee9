/**
 * Sends the page's reading text to the background in chunks of at most SLICE_CAPS.upload
 * characters (lib/ext/upload.ts), one message each, handing the thread back to the page
 * before each: the browser serialises a message on the page's main thread, and a whole
 * megabyte in one message was a long task. Each chunk is one `upload` slice in the slice
 * meter. Every text, short or long, goes this way (a short one is one chunk).
 */
import { chunkText, type UploadChunk, type UploadRef } from '../ext/upload';
import { SLICE_CAPS, SlicePass } from './slice-meter';
import { yieldToPage } from './yield';

/** Sends one chunk; resolves with the background's reply or throws its error. */
export type SendChunk = (chunk: UploadChunk) => Promise<unknown>;

export async function uploadSliced(text: string, run: string, send: SendChunk, signal?: AbortSignal): Promise<UploadRef> {
  const chunks = chunkText(text, SLICE_CAPS.upload);
  const ref: UploadRef = { count: chunks.length, length: text.length };
  const pass = new SlicePass('upload');
  for (let seq = 0; seq < chunks.length; seq++) {
    // the message is serialised in this task: a task of its own, after the page's turn
    await yieldToPage();
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const sent = send({ run, seq, count: ref.count, length: ref.length, text: chunks[seq] });
    pass.slice(chunks[seq].length, chunks[seq].length);
    await sent;
  }
  pass.end(text.length);
  return ref;
}
