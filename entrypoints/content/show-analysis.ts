/**
 * Showing an analysis on the page: what is near the reader first, then (for a long one) the
 * rest, taken from the background in parts; then the card, the legend and the saved notes,
 * each started alone (one failing leaves the painting and the others in place).
 */
import { planCounts } from '../../lib/dom/paint-plan';
import { yieldToPage } from '../../lib/dom/yield';
import { callBackground } from '../../lib/ext/rpc';
import type { AnalysisReply } from '../../lib/ext/messages';
import type { Analysis } from '../../lib/types';
import { pageState, type LensState, type PageText } from './lens-state';
import { installStyles, paintAll, plan, showEarly } from './painting';
import { finish, guarded, reportFailure } from './status';
import { makeCard } from './card';
import { factorsOf, showLegendFor } from './legend-wiring';
import { watchForChanges } from './follow';
import { paintSavedNotes } from './notes';
import { viewportOffset } from './viewport';

/** Paints an analysis: what is near the reader first, then (for a long one) the rest. */
export async function show(lens: LensState, reply: AnalysisReply, reading: PageText, around: number, signal: AbortSignal) {
  const a: Analysis = { ...reply.analysis, text: reading.index.text };
  if (!a.isOpinion) return finish(lens, 'not-opinion', null);
  installStyles(lens);
  const partial = a.paragraphs.length + a.citations.length < reply.paragraphs + reply.citations;
  if (partial && reply.near) showEarly(lens, paintAll(lens, plan(lens, { ...a, ...reply.near }), around, lens.early$.signal));
  if (partial) {
    [a.paragraphs, a.citations] = await Promise.all([
      fetchParts('paragraphs', reply.paragraphs, signal),
      fetchParts('citations', reply.citations, signal),
    ]);
    if (signal.aborted) return;
  }
  a.citations = [...a.citations].sort((x, y) => x.start - y.start); // citationAt searches by start
  lens.analysis = a;
  const early = lens.painting ? [...lens.early, lens.painting] : lens.early;
  lens.early = early;
  // early paintings add nothing more (they would take names back from the whole one)
  lens.early$.abort();
  // the plan, the painting's index of it and the card each go over every citation: tasks
  // apart, so a page of 200,000 `Id.` does not make them one long task
  const items = plan(lens, a);
  pageState.painted = { ...planCounts(items), wash: lens.wash };
  await yieldToPage();
  if (signal.aborted) return;
  const painting = (lens.painting = paintAll(lens, items, early.length ? (viewportOffset(lens) ?? around) : around, signal));
  // what was painted early goes once the whole painting has covered the same window
  void painting.done.then(() => {
    for (const p of early) p.clear();
    lens.early = lens.early.filter((p) => !early.includes(p));
  });
  watchForChanges(lens, reading);
  await yieldToPage();
  if (signal.aborted) return;
  const present = factorsOf(a);
  guarded('card', () => makeCard(lens, a));
  if (present.size) guarded('legend', () => showLegendFor(lens, present));
  await lens.painting.done;
  if (signal.aborted) return;
  finish(lens, 'ready', a);
  await paintSavedNotes(lens).catch((e) => reportFailure('notes', e));
}

/** Takes the analysis's paragraphs or citations in parts small enough to parse quickly. */
async function fetchParts<P extends 'paragraphs' | 'citations'>(part: P, total: number, signal: AbortSignal, size = 400): Promise<Analysis[P]> {
  const out: unknown[] = [];
  for (let from = 0; from < total && !signal.aborted; from += size) {
    const r = await callBackground('analysisPart', { part, from, count: size });
    if (!r.ok) throw new Error(r.error);
    out.push(...(r.value as unknown[]));
  }
  return out as Analysis[P];
}
