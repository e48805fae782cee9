// "Is this an opinion?" over every real text and page we hold, read as the command line and
// the extension read them (a page through its site reader, with the page's evidence): every
// opinion stays an opinion, every negative page stays one. A merge of the page's scorer and
// the core's was once reverted because four real opinions that quote testimony ("said")
// flipped; this table is what would have caught it.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../../scripts/opinion-file';

const ROOT = resolve(__dirname, '../../..');
const DIRS = ['test/corpus/texts', '../shared/corpus/texts', '../shared/corpus/sites', 'test/fixtures/pages'];

/** [file, is an opinion]: the negatives are the fixture pages named negative_* (news, a blog, lists of cases). */
const FILES: [string, boolean][] = DIRS.flatMap((d) =>
  readdirSync(resolve(ROOT, d))
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((f): [string, boolean] => [`${d}/${f}`, !f.startsWith('negative_')]),
);

describe('is this an opinion, on every real file', () => {
  it('holds both kinds', () => {
    expect(FILES.filter(([, o]) => o).length).toBeGreaterThanOrEqual(90);
    expect(FILES.filter(([, o]) => !o).length).toBe(9);
  });

  // liveness only: the 1 MB Khulumani opinion takes seconds on a busy machine
  it.each(FILES)('%s → %s', { timeout: 120_000 }, (file, opinion) => {
    expect(analyzeFile(resolve(ROOT, file), { warn: () => {} }).isOpinion).toBe(opinion);
  });
});
