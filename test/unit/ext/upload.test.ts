/**
 * The background's reassembly of a page's chunked text upload: the whole text back in
 * order, or a clear error (out of order, a missing chunk, over the cap), never a wrong
 * text; a chunk is kept for the tab that sent it and its run only; an abandoned upload is
 * dropped with its memory.
 */
import { describe, expect, it } from 'vitest';
import { chunkText, uploadAssembler, UploadError, type UploadChunk, UPLOAD_CHUNK_CHARS, MAX_UPLOAD_CHARS } from '../../../lib/ext/upload';

const TEXT = Array.from({ length: 400 }, (_, i) => `¶${i}. The movant has shown irreparable harm, see Winter v. NRDC, 555 U.S. 7, 20 (2008). `).join('');

function chunksOf(text: string, run: string, size = 1000): UploadChunk[] {
  const parts = chunkText(text, size);
  return parts.map((t, seq) => ({ run, seq, count: parts.length, length: text.length, text: t }));
}
const ref = (c: UploadChunk[]) => ({ count: c[0].count, length: c[0].length });

describe('chunkText', () => {
  it('cuts at the size, keeps surrogate pairs whole, and joins back to the text', () => {
    const parts = chunkText(TEXT, 1000);
    expect(parts.length).toBe(Math.ceil(TEXT.length / 1000));
    expect(parts.every((p) => p.length <= 1000)).toBe(true);
    expect(parts.join('')).toBe(TEXT);
    const emoji = 'a' + '😀'.repeat(10); // 'a' then pairs: a cut at 4 would split one
    const e = chunkText(emoji, 4);
    expect(e.join('')).toBe(emoji);
    for (const p of e) expect(p.isWellFormed?.() ?? !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(p)).toBe(true);
    expect(chunkText('')).toEqual(['']);
    expect(chunkText('short')).toEqual(['short']);
    expect(UPLOAD_CHUNK_CHARS).toBeLessThanOrEqual(131_072);
    expect(chunkText('x'.repeat(1_050_000)).length).toBeGreaterThan(1);
  });
});

describe('uploadAssembler', () => {
  it('in order: the whole text back, once, and nothing kept after', () => {
    const up = uploadAssembler({ chunkChars: 1000 });
    const c = chunksOf(TEXT, 'p:1');
    expect(c.length).toBeGreaterThan(5);
    c.forEach((chunk, i) => expect(up.put(7, chunk)).toBe(i + 1));
    expect(up.pending()).toEqual({ uploads: 1, chars: TEXT.length });
    expect(up.take(7, 'p:1', ref(c))).toBe(TEXT);
    expect(up.pending()).toEqual({ uploads: 0, chars: 0 });
    expect(() => up.take(7, 'p:1', ref(c))).toThrow(/nothing uploaded/);
  });

  it('a short text in one chunk, through the same path', () => {
    const up = uploadAssembler();
    const c = chunksOf('A short opinion.', 'p:1', UPLOAD_CHUNK_CHARS);
    expect(c.length).toBe(1);
    up.put(1, c[0]);
    expect(up.take(1, 'p:1', ref(c))).toBe('A short opinion.');
  });

  it('out of order: a clear error, and the upload is dropped (never a wrong text)', () => {
    const up = uploadAssembler({ chunkChars: 1000 });
    const c = chunksOf(TEXT, 'p:1');
    up.put(7, c[0]);
    expect(() => up.put(7, c[2])).toThrow(/chunk 2 out of order \(expected chunk 1 of/);
    expect(up.pending().uploads).toBe(0);
    // what follows has no upload to join
    expect(() => up.put(7, c[1])).toThrow(UploadError);
    expect(() => up.take(7, 'p:1', ref(c))).toThrow(/nothing uploaded/);
    // a chunk sent twice is out of order too
    const again = uploadAssembler({ chunkChars: 1000 });
    again.put(7, c[0]);
    again.put(7, c[1]);
    expect(() => again.put(7, c[1])).toThrow(/chunk 1 out of order \(expected chunk 2/);
  });

  it('a missing chunk: analyse asks for an incomplete upload and gets an error', () => {
    const up = uploadAssembler({ chunkChars: 1000 });
    const c = chunksOf(TEXT, 'p:1');
    for (const chunk of c.slice(0, -1)) up.put(7, chunk);
    expect(() => up.take(7, 'p:1', ref(c))).toThrow(new RegExp(`incomplete, ${c.length - 1} of ${c.length} chunks received \\(chunk ${c.length - 1} missing\\)`));
    expect(up.pending().uploads).toBe(0);
    // an analyse that names another count or length than the upload's is refused too
    const up2 = uploadAssembler({ chunkChars: 1000 });
    for (const chunk of c) up2.put(7, chunk);
    expect(() => up2.take(7, 'p:1', { count: c.length, length: TEXT.length - 1 })).toThrow(/asked for/);
  });

  it("another tab's chunk or analyse never reads, extends or completes a tab's upload", () => {
    const up = uploadAssembler({ chunkChars: 1000 });
    const mine = chunksOf(TEXT, 'p:1');
    for (const chunk of mine.slice(0, -1)) up.put(7, chunk);
    // tab 8 sends tab 7's last chunk, with tab 7's run: there is no upload of that run in tab 8
    expect(() => up.put(8, mine[mine.length - 1])).toThrow(/no upload begun in this tab/);
    // tab 8 asks for tab 7's run: nothing for it, and tab 7's upload is untouched
    expect(() => up.take(8, 'p:1', ref(mine))).toThrow(/nothing uploaded/);
    expect(up.pending()).toEqual({ uploads: 1, chars: TEXT.length - mine[mine.length - 1].text.length });
    // tab 8 starting an upload under tab 7's run name is its own upload, in its own slot
    const forged = chunksOf('forged text '.repeat(10), 'p:1');
    up.put(8, forged[0]);
    expect(up.take(8, 'p:1', ref(forged))).toBe('forged text '.repeat(10));
    up.put(7, mine[mine.length - 1]);
    expect(up.take(7, 'p:1', ref(mine))).toBe(TEXT);
    // a sender with no tab cannot upload at all
    expect(() => up.put(-1, forged[0])).toThrow(/only a page in a tab/);
  });

  it('an abandoned upload is dropped and its memory freed: a newer run, the tab closed, idle too long', () => {
    let t = 0;
    const up = uploadAssembler({ chunkChars: 1000, idleMs: 60_000, now: () => t });
    const old = chunksOf(TEXT, 'p:1');
    up.put(7, old[0]);
    up.put(7, old[1]);
    // a newer run of the tab begins its upload: the older one goes
    const newer = chunksOf(TEXT, 'p:2');
    up.put(7, newer[0]);
    expect(up.pending()).toEqual({ uploads: 1, chars: newer[0].text.length });
    expect(() => up.put(7, old[2])).toThrow(/no upload begun/);
    expect(() => up.take(7, 'p:1', ref(old))).toThrow(/nothing uploaded/);
    // a newer run that began without uploading (dropTab keeping only that run)
    up.dropTab(7, 'p:3');
    expect(up.pending().uploads).toBe(0);
    // the tab closed (or navigated)
    up.put(7, newer[0]);
    up.put(9, newer[0]);
    up.dropTab(7);
    expect(up.pending()).toEqual({ uploads: 1, chars: newer[0].text.length });
    // idle: nothing for a minute
    t += 60_001;
    up.sweep();
    expect(up.pending()).toEqual({ uploads: 0, chars: 0 });
    // a chunk keeps an upload alive
    up.put(9, newer[0]);
    t += 50_000;
    up.put(9, newer[1]);
    t += 50_000;
    up.sweep();
    expect(up.pending().uploads).toBe(1);
  });

  it('the size cap: a text over it is refused with a clear error, and so is an oversize chunk', () => {
    expect(MAX_UPLOAD_CHARS).toBe(20_000_000);
    const up = uploadAssembler();
    const huge: UploadChunk = { run: 'p:1', seq: 0, count: Math.ceil((MAX_UPLOAD_CHARS + 1) / UPLOAD_CHUNK_CHARS), length: MAX_UPLOAD_CHARS + 1, text: 'x'.repeat(UPLOAD_CHUNK_CHARS) };
    expect(() => up.put(7, huge)).toThrow(/the text is 20,000,001 characters, more than the 20,000,000 the lens accepts/);
    expect(up.pending().uploads).toBe(0);
    // at the cap is accepted
    expect(up.put(7, { ...huge, length: MAX_UPLOAD_CHARS, count: Math.ceil(MAX_UPLOAD_CHARS / UPLOAD_CHUNK_CHARS) })).toBe(1);
    // a chunk over the chunk size
    expect(() => up.put(7, { run: 'p:2', seq: 0, count: 1, length: UPLOAD_CHUNK_CHARS + 1, text: 'x'.repeat(UPLOAD_CHUNK_CHARS + 1) })).toThrow(new RegExp(`a chunk of ${UPLOAD_CHUNK_CHARS + 1} characters`));
    // chunks that add up to more than declared
    const small = uploadAssembler({ maxChars: 100, chunkChars: 60 });
    small.put(7, { run: 'p:1', seq: 0, count: 2, length: 100, text: 'x'.repeat(60) });
    expect(() => small.put(7, { run: 'p:1', seq: 1, count: 2, length: 100, text: 'x'.repeat(60) })).toThrow(/more than the 100 characters declared/);
    // a small cap: declared over it
    expect(() => small.put(7, { run: 'p:1', seq: 0, count: 3, length: 101, text: 'x' })).toThrow(/more than the 100 the lens accepts/);
  });
});
