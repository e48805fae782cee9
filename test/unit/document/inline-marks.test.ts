import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/document/build';

// What a reader reads: the converter's and the publisher's marks are left out, the words kept.
describe('marks that are not the opinion’s words', () => {
  it.each([
    ['For these reasons, we **AFFIRM** the order.', 'For these reasons, we AFFIRM the order.'],
    ['*Id.* at 4. See *Winter*, 555 U.S. at 20.', 'Id. at 4. See Winter, 555 U.S. at 20.'],
    ['HN1 LEdHN[1] [1] A plaintiff seeking a preliminary injunction must establish', 'A plaintiff seeking a preliminary injunction must establish'],
    ['the harm [590 F.Supp.3d 855] is not irreparable', 'the harm is not irreparable'],
    ['2010 WL 537749, *12 (quoting Fed. R. Civ. P. 65(b))', '2010 WL 537749, *12 (quoting Fed. R. Civ. P. 65(b))'],
    ['snake_case_name and 3 * 4 * 5 stay as written', 'snake_case_name and 3 * 4 * 5 stay as written'],
  ])('%s', (source, reading) => {
    expect(buildDocument(source).reading.text).toBe(reading);
  });

  it('a bracketed reporter page is a page break', () => {
    const doc = buildDocument('the harm [590 F.Supp.3d 855] is not irreparable');
    expect(doc.pages.map((p) => p.page)).toContain('855');
  });
});
