/**
 * The page's reading text goes to the background in chunks: one message carrying a whole
 * megabyte is a long task on the page's main thread (the browser serialises it there), a
 * chunk of at most UPLOAD_CHUNK_CHARS characters is a few milliseconds. The content script
 * sends the chunks in order, handing the thread back to the page between them
 * (lib/ext/upload-sliced.ts), then asks for the analysis of the upload; the background
 * reassembles them here.
 *
 * The rules, all checked here rather than trusted:
 * - an upload belongs to the tab the browser says sent its chunks (`sender.tab.id`, which a
 *   page cannot forge) and to one run of that tab: another tab's chunk or `analyze` never
 *   reads, extends or completes it;
 * - chunks come in order (0, 1, 2, …) with the count and length declared by the first; a
 *   chunk out of order, a missing chunk, or text that does not add up to the declared
 *   length is an error, and the upload is dropped (never a wrong text analysed);
 * - at most MAX_UPLOAD_CHARS characters in all, at most UPLOAD_CHUNK_CHARS in a chunk;
 * - one upload per tab: a newer run's upload, the tab's closing or navigation (`dropTab`)
 *   and UPLOAD_IDLE_MS without a chunk drop it, and its memory with it.
 */
import { SLICE_CAPS } from '../dom/slice-meter';

/**
 * Characters in one chunk at most (see lib/dom/slice-meter.ts: the `upload` slice cap).
 * Measured in Chromium 156 (the synchronous part of `runtime.sendMessage` in the content
 * script's world, median / worst of 9, on the 2-core dev machine with a load of ~4):
 * 64 K characters 1.6–3.7 / 5–14 ms, 128 K 9–19 / 16–38 ms, 1 M 42–53 / 62–80 ms.
 */
export const UPLOAD_CHUNK_CHARS = SLICE_CAPS.upload;
/** Characters the background accepts in one upload at most (20 M: ~20 times the longest opinion seen). */
export const MAX_UPLOAD_CHARS = 20_000_000;
/** An upload with no chunk for this long is abandoned. */
export const UPLOAD_IDLE_MS = 60_000;

/** One chunk of a tab's upload (the `uploadChunk` message's arguments). */
export interface UploadChunk {
  /** the page's run (page token and run number) the text belongs to */
  run: string;
  /** this chunk's place, from 0 */
  seq: number;
  /** how many chunks the upload has */
  count: number;
  /** the whole text's length in characters */
  length: number;
  text: string;
}

/** What `analyze` names: the upload of the sender's tab for its run, as declared. */
export interface UploadRef {
  count: number;
  length: number;
}

interface Pending {
  run: string;
  count: number;
  length: number;
  chunks: string[];
  chars: number;
  touched: number;
}

export class UploadError extends Error {}

/**
 * Where a text's chunks of at most `size` characters end (a surrogate pair is never split,
 * so each chunk stays valid UTF-16 on its own); an empty text is one empty chunk.
 */
export function chunkEnds(text: string, size = UPLOAD_CHUNK_CHARS): number[] {
  if (size < 2) throw new RangeError('chunk size must be at least 2');
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(text.length, i + size);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    ends.push((i = end));
  }
  if (!ends.length) ends.push(0);
  return ends;
}

/** A text's chunks of at most `size` characters (see chunkEnds). */
export function chunkText(text: string, size = UPLOAD_CHUNK_CHARS): string[] {
  return chunkEnds(text, size).map((end, k, ends) => text.slice(k ? ends[k - 1] : 0, end));
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

export interface UploadAssembler {
  /** Takes one chunk from `tabId`; returns the chunks received so far. Throws UploadError. */
  put(tabId: number, chunk: UploadChunk): number;
  /** The whole text of `tabId`'s upload for `run`, once; the upload is gone after. Throws UploadError. */
  take(tabId: number, run: string, ref: UploadRef): string;
  /** Drops `tabId`'s upload (tab closed, navigated); with `keep`, unless it is that run's (a newer run began). */
  dropTab(tabId: number, keep?: string): void;
  /** Drops uploads idle for UPLOAD_IDLE_MS (also done on every put and take). */
  sweep(): void;
  /** Uploads held, and the characters they hold (tests, memory). */
  pending(): { uploads: number; chars: number };
}

export function uploadAssembler(opts: { maxChars?: number; chunkChars?: number; idleMs?: number; now?: () => number } = {}): UploadAssembler {
  const maxChars = opts.maxChars ?? MAX_UPLOAD_CHARS;
  const chunkChars = opts.chunkChars ?? UPLOAD_CHUNK_CHARS;
  const idleMs = opts.idleMs ?? UPLOAD_IDLE_MS;
  const now = opts.now ?? Date.now;
  const byTab = new Map<number, Pending>();

  const fail = (tabId: number, message: string): never => {
    byTab.delete(tabId);
    throw new UploadError(message);
  };

  function sweep() {
    const t = now();
    for (const [tabId, p] of byTab) if (t - p.touched > idleMs) byTab.delete(tabId);
  }

  return {
    put(tabId, c) {
      sweep();
      if (!Number.isInteger(tabId) || tabId < 0) throw new UploadError('text upload: only a page in a tab can upload its text');
      const { run, seq, count, length, text } = c;
      if (typeof run !== 'string' || !run || typeof text !== 'string' || ![seq, count, length].every((n) => Number.isInteger(n) && n >= 0)) {
        throw new UploadError('text upload: malformed chunk');
      }
      if (text.length > chunkChars) return fail(tabId, `text upload: a chunk of ${text.length} characters (at most ${chunkChars})`);
      let p = byTab.get(tabId);
      if (seq === 0) {
        // a new upload: whatever the tab had before (an older run, an abandoned try) goes
        if (length > maxChars) return fail(tabId, `text upload: the text is ${length.toLocaleString('en-US')} characters, more than the ${maxChars.toLocaleString('en-US')} the lens accepts`);
        if (count < 1 || count > Math.max(1, Math.ceil(length / chunkChars) * 2)) return fail(tabId, `text upload: ${count} chunks declared for ${length} characters`);
        p = { run, count, length, chunks: [], chars: 0, touched: now() };
        byTab.set(tabId, p);
      } else if (!p || p.run !== run) {
        // no upload of this run in this tab: never attached to another tab's or run's
        throw new UploadError(`text upload: chunk ${seq} of a run with no upload begun in this tab`);
      }
      if (count !== p.count || length !== p.length) return fail(tabId, `text upload: chunk ${seq} declares ${count} chunks / ${length} characters, the upload ${p.count} / ${p.length}`);
      if (seq !== p.chunks.length) return fail(tabId, `text upload: chunk ${seq} out of order (expected chunk ${p.chunks.length} of ${p.count})`);
      if (seq >= p.count) return fail(tabId, `text upload: chunk ${seq} beyond the ${p.count} declared`);
      if (p.chars + text.length > p.length) return fail(tabId, `text upload: more than the ${p.length} characters declared`);
      p.chunks.push(text);
      p.chars += text.length;
      p.touched = now();
      return p.chunks.length;
    },
    take(tabId, run, ref) {
      sweep();
      const p = byTab.get(tabId);
      if (!p || p.run !== run) throw new UploadError('text upload: nothing uploaded for this run of this tab (dropped: a newer run, the page left, or idle too long)');
      if (ref.count !== p.count || ref.length !== p.length) return fail(tabId, `text upload: asked for ${ref.count} chunks / ${ref.length} characters, the upload has ${p.count} / ${p.length}`);
      if (p.chunks.length !== p.count) return fail(tabId, `text upload: incomplete, ${p.chunks.length} of ${p.count} chunks received (chunk ${p.chunks.length} missing)`);
      if (p.chars !== p.length) return fail(tabId, `text upload: ${p.chars} characters received, ${p.length} declared`);
      byTab.delete(tabId);
      return p.chunks.length === 1 ? p.chunks[0] : p.chunks.join('');
    },
    dropTab(tabId, keep) {
      const p = byTab.get(tabId);
      if (p && p.run !== keep) byTab.delete(tabId);
    },
    sweep,
    pending() {
      let chars = 0;
      for (const p of byTab.values()) chars += p.chars;
      return { uploads: byTab.size, chars };
    },
  };
}
