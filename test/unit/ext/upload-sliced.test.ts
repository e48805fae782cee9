// @vitest-environment happy-dom
/**
 * The page's side of the chunked upload: one message per chunk of at most SLICE_CAPS.upload
 * characters, a yield before each, every chunk recorded as an `upload` slice; and, through
 * the background's assembler, the same text back.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { uploadSliced } from '../../../lib/ext/upload-sliced';
import { resetSliceMeter, sliceRecord, SLICE_CAPS } from '../../../lib/dom/slice-meter';
import { uploadAssembler, type UploadChunk } from '../../../lib/ext/upload';

beforeEach(() => resetSliceMeter());

describe('uploadSliced', () => {
  it('a 1 MB text: chunks within the cap, a yield before each, reassembled to the same text', async () => {
    const text = 'The balance of equities tips in the movant’s favour. '.repeat(20_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const up = uploadAssembler();
    const sent: UploadChunk[] = [];
    const yieldsAt: number[] = [];
    const ref = await uploadSliced(text, 'p:1', async (c) => {
      sent.push(c);
      yieldsAt.push(sliceRecord().yields);
      return { received: up.put(3, c) };
    });
    expect(ref).toEqual({ count: Math.ceil(text.length / SLICE_CAPS.upload), length: text.length });
    expect(sent.length).toBe(ref.count);
    expect(sent.every((c) => c.text.length <= SLICE_CAPS.upload)).toBe(true);
    for (let i = 1; i < yieldsAt.length; i++) expect(yieldsAt[i]).toBeGreaterThan(yieldsAt[i - 1]);
    expect(up.take(3, 'p:1', ref)).toBe(text);

    const r = sliceRecord();
    expect(r.byKind.upload).toMatchObject({ slices: ref.count, chars: text.length, over: 0 });
    expect(r.byKind.upload!.maxUnits).toBeLessThanOrEqual(SLICE_CAPS.upload);
    expect(r.passes.find((p) => p.kind === 'upload')).toMatchObject({ done: true, slices: ref.count, chars: text.length, textLength: text.length });
  });

  it('a short text: one chunk, the same path', async () => {
    const sent: UploadChunk[] = [];
    const ref = await uploadSliced('A short opinion.', 'p:1', async (c) => sent.push(c));
    expect(ref).toEqual({ count: 1, length: 16 });
    expect(sent).toEqual([{ run: 'p:1', seq: 0, count: 1, length: 16, text: 'A short opinion.' }]);
  });

  it('stops between chunks once the run is aborted, and passes a refused chunk on as an error', async () => {
    const text = 'x'.repeat(SLICE_CAPS.upload * 3);
    const ac = new AbortController();
    let n = 0;
    await expect(uploadSliced(text, 'p:1', async () => void (++n === 1 && ac.abort()), ac.signal)).rejects.toThrow(/aborted/);
    expect(n).toBe(1);
    await expect(
      uploadSliced(text, 'p:1', async (c) => {
        if (c.seq === 1) throw new Error('text upload: chunk 1 out of order');
      }),
    ).rejects.toThrow(/out of order/);
  });
});
