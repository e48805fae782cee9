// The preview paints the citations the analysis will paint: found through the same document
// builder, so a cite broken by a star page or a line break is the same span in both. Found
// in the raw text instead, these opinions differed (Alabama Realtors: 13 preview spans the
// analysis did not have; Fisher: 22; Tandon: 2).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { previewCitations } from '../../../lib/ext/preview';
import { analyze } from '../../../lib/analyze';

const TEXTS = resolve(__dirname, '../../../../shared/corpus/texts');

describe('preview spans equal the analysis’ citation spans', () => {
  it.each([
    'inj_scotus_2021_alabama_realtors_v_hhs_vacate_stay.txt',
    'neg_scotus_2013_fisher_v_ut_austin.txt',
    'inj_scotus_2021_tandon_v_newsom_inj_pending_appeal.txt',
  ])('%s', { timeout: 60_000 }, (file) => {
    const text = readFileSync(resolve(TEXTS, file), 'utf8');
    const final = analyze({ text }).citations.map((c) => [c.start, c.end]);
    expect(final.length).toBeGreaterThan(30);
    expect(previewCitations(text, 0, text.length).map((c) => [c.start, c.end])).toEqual(final);
  });
});
