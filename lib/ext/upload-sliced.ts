/**
 * Sends the page's reading text to the background in chunks of at most SLICE_CAPS.upload
 * characters (lib/ext/upload.ts), one message each, handing the thread back to the page
 * before each: the browser serialises a message on the page's main thread, and a whole
 * megabyte in one message was a long task. Each chunk is one `upload` slice in the slice
 * meter. Every text, short or long, goes this way (a short one is one chunk).
 */
import { chunkEnds, type UploadChunk, type UploadRef } from './upload';
import { SLICE_CAPS, SlicePass } from '../dom/slice-meter';
import { yieldToPage } from '../dom/yield';

/** Sends one chunk; resolves with the background's reply or throws its error. */
export type SendChunk = (chunk: UploadChunk) => Promise<unknown>;

export async function uploadSliced(text: string, run: string, send: SendChunk, signal?: AbortSignal): Promise<UploadRef> {
  // only the boundaries up front: each chunk's string is made when it is sent, and let go
  const ends = chunkEnds(text, SLICE_CAPS.upload);
  const ref: UploadRef = { count: ends.length, length: text.length };
  const pass = new SlicePass('upload');
  for (let seq = 0; seq < ends.length; seq++) {
    // the message is serialised in this task: a task of its own, after the page's turn
    await yieldToPage();
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const chunk = text.slice(seq ? ends[seq - 1] : 0, ends[seq]);
    const sent = send({ run, seq, count: ref.count, length: ref.length, text: chunk });
    pass.slice(chunk.length, chunk.length);
    await sent;
  }
  pass.end(text.length);
  return ref;
}
