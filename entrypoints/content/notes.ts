/**
 * The reader's notes on the page: their boxes (never the page's highlight registry) and the
 * selection a new note is made from.
 */
import { paint, type Painting } from '../../lib/dom/paint';
import { offsetFromPoint } from '../../lib/dom/text-index';
import { callBackground } from '../../lib/ext/rpc';
import type { LensState } from './lens-state';
import { viewportOffset } from './viewport';

/** A note's margin mark: the note's yellow, a pencil, and words that say only that it is a note. */
const NOTE_MARK = { symbol: '✎', label: 'Your note', colour: '#ffeb3b' };

/** The reader's own highlights, re-anchored by the background against this text. */
export async function paintSavedNotes(lens: LensState) {
  const r = await callBackground('listNotes', { tabId: null });
  if (!r.ok || !lens.reading) return;
  const spans = r.value.filter((n) => n.kind === 'highlight' && n.start != null);
  lens.notes?.clear();
  lens.notes = paintNotes(lens, spans.map((n) => ({ start: n.start!, end: n.end! })));
}

/** The notes the side panel sends, in place of those painted. */
export function repaintNotes(lens: LensState, spans: { start: number; end: number }[]) {
  lens.notes?.clear();
  lens.notes = null;
  if (lens.reading && lens.on) lens.notes = paintNotes(lens, spans);
}

/**
 * The reader's notes: boxes in a closed shadow root, never the page's `CSS.highlights`
 * or our adopted sheet, which page scripts can read (which passages the reader annotated
 * is the reader's own). Only what the boxes cover goes in: no note's text, id or tags.
 */
function paintNotes(lens: LensState, spans: { start: number; end: number }[]): Painting | null {
  if (!lens.reading || !spans.length) return null;
  const items = spans.flatMap((s) => [
    { name: 'lens-note', start: s.start, end: s.end },
    { name: 'lens-note-mark', start: s.start, end: s.end, mark: NOTE_MARK },
  ]);
  return paint(lens.reading.index, items, { around: viewportOffset(lens) ?? 0, overlay: true });
}

/** The selection in reading-text offsets, with its text: what a new note is made of. */
export function selectionOffsets(lens: LensState): { start: number; end: number; exact: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || !lens.reading) return null;
  const r = sel.getRangeAt(0);
  const start = offsetFromPoint(lens.reading.index, r.startContainer, r.startOffset);
  const end = offsetFromPoint(lens.reading.index, r.endContainer, r.endOffset);
  if (start == null || end == null || end <= start) return null;
  return { start, end, exact: lens.reading.index.text.slice(start, end) };
}
