import { describe, expect, it } from 'vitest';
import { textKey } from '../../../lib/text-key';
import { textKeySliced } from '../../../lib/dom/text-key-sliced';
import { resetSliceMeter, sliceRecord, SLICE_CAPS } from '../../../lib/dom/slice-meter';

describe('textKeySliced', () => {
  it('gives textKey, character for character, on short and long texts', async () => {
    const long = Array.from({ length: 40_000 }, (_, i) => `Winter v. NRDC ${i} — § ¶ “irreparable” harm.\n`).join('');
    for (const t of ['', 'a', 'Id. at 22.', long.slice(0, SLICE_CAPS.count), long.slice(0, SLICE_CAPS.count + 1), long]) {
      expect(await textKeySliced(t)).toBe(textKey(t));
    }
  });

  it('hashes a long text in slices of at most SLICE_CAPS.count characters, yielding between them', async () => {
    resetSliceMeter();
    const text = 'x'.repeat(SLICE_CAPS.count * 3 + 5);
    await textKeySliced(text);
    const r = sliceRecord();
    expect(r.byKind.count?.slices).toBe(4);
    expect(r.byKind.count?.maxUnits).toBeLessThanOrEqual(SLICE_CAPS.count);
    expect(r.byKind.count?.units).toBe(text.length);
    expect(r.yields).toBe(3);
  });
});
