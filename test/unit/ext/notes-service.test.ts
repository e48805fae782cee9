/**
 * The reader's corrections through the notes service (lib/ext/notes-service.ts): a newer
 * correction of a paragraph's factor replaces the older one (deleted, so undo brings it
 * back), and corrections of other factors or paragraphs stay.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLensDb } from '../../../lib/db/index';
import { listNotes, restoreNote, setOverride } from '../../../lib/ext/notes-service';
import { makeAnalysis } from '../db/analysis-factory';

let n = 0;
const fresh = () => openLensDb(`notes-service-test-${++n}-${Date.now()}`);
const HASH = 'h'.repeat(64);

describe('setOverride', () => {
  it('keeps one correction per paragraph and factor: the newest', async () => {
    const db = await fresh();
    const a = makeAnalysis();
    const first = await setOverride(db, a, HASH, { paragraph: 2, factor: 'harm', stance: 'nonmovant' });
    await setOverride(db, a, HASH, { paragraph: 2, factor: 'public', stance: 'neutral' });
    await setOverride(db, a, HASH, { paragraph: 3, factor: 'harm', stance: 'neutral' });
    const last = await setOverride(db, a, HASH, { paragraph: 2, factor: 'harm', stance: 'neutral' });
    const overrides = (await listNotes(db, a, HASH)).filter((x) => x.kind === 'override');
    expect(overrides.map((x) => [x.paragraph, x.override?.factor, x.override?.stance]).sort()).toEqual([
      [2, 'harm', 'neutral'],
      [2, 'public', 'neutral'],
      [3, 'harm', 'neutral'],
    ]);
    expect(overrides.map((x) => x.id)).toContain(last.id);
    expect(overrides.map((x) => x.id)).not.toContain(first.id);
    // the replaced one is deleted softly: undo brings it back
    await restoreNote(db, first.id);
    expect((await listNotes(db, a, HASH)).map((x) => x.id)).toContain(first.id);
  });
});
