/**
 * A correction repaints the page from the analysis it holds: the background sends only the
 * paragraphs whose labels changed once every correction is applied (lib/export/overrides.ts)
 * to the machine's analysis (lib/ext/changed-labels.ts).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyOverrides, listAnnotations, openLensDb } from '../../../lib/db/index';
import { changedParagraphs } from '../../../lib/ext/changed-labels';
import { opinionKey, removeNote, setOverride } from '../../../lib/ext/notes-service';
import { makeAnalysis } from '../db/analysis-factory';

let n = 0;
const HASH = 'h'.repeat(64);

describe('changedParagraphs', () => {
  it('is the corrected paragraph alone, with the reader’s label, and back to the machine’s when the correction goes', async () => {
    const db = await openLensDb(`changed-labels-${++n}-${Date.now()}`);
    const machine = makeAnalysis();
    const labelled = async () => applyOverrides(machine, await listAnnotations(db, opinionKey(machine, HASH)));
    // ¶3 ("There can be no question … irreparable harm"): the reader says found for the non-movant
    const v = await setOverride(db, machine, HASH, { paragraph: 2, factor: 'harm', stance: 'nonmovant' });
    const after = await labelled();
    const changed = changedParagraphs(machine, after);
    expect(changed.map((p) => p.index)).toEqual([2]);
    expect(changed[0].factors.map((f) => [f.factor, f.stance, f.user])).toEqual([['harm', 'nonmovant', true]]);
    expect(machine.text.slice(changed[0].start, changed[0].end)).toMatch(/^There can be no question/);
    // undone: the same paragraph changes back to the machine's label
    await removeNote(db, v.id);
    const back = changedParagraphs(after, await labelled());
    expect(back.map((p) => [p.index, p.factors.map((f) => `${f.factor}:${f.stance}:${f.user ?? false}`)])).toEqual([[2, ['harm:movant:false']]]);
    db.close();
  });

  it('is empty when nothing changed', () => {
    const a = makeAnalysis();
    expect(changedParagraphs(a, makeAnalysis())).toEqual([]);
  });
});
