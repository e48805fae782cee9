/**
 * The reader's notes on a PDF, kept by this page itself: the viewer is an extension page,
 * so it opens the extension's database as the library page does, stores each note with its
 * W3C selectors against the PDF's built text (lib/ext/notes-service.ts), and re-anchors
 * them when the PDF opens again (a reload, the same file picked again: same text, same
 * opinion key). Select words on the page, type the note, press "Add note". The notes are
 * listed beside the pages (their words, the note, the tags; a click goes there); the side
 * panel's Notes tab lists and edits the same notes through the background, which tells this
 * page to list them again (`paintNotes`), and a note added here tells the panel (`changed`).
 */
import { paint, type Painting } from '../../lib/dom/paint';
import { identity } from '../../lib/dom/highlight-names';
import { offsetFromPoint } from '../../lib/dom/text-index';
import { sha256 } from '../../lib/ext/analysis-cache';
import { lensDb } from '../../lib/ext/store';
import * as notes from '../../lib/ext/notes-service';
import type { Analysis } from '../../lib/types';
import { cutItems, type PdfTextIndex } from './span-index';

export interface NotesUi {
  input: HTMLInputElement;
  add: HTMLButtonElement;
  /** where the notes are listed */
  list: HTMLElement;
  say(words: string): void;
  /** takes the reader to a note's words */
  go(start: number, end: number): void;
  /** a note was added here: the side panel lists it */
  changed(what: { type: 'notesChanged' }): void;
}

export interface ViewerNotes {
  /** notes placed on the text now, and orphans (their words are gone) */
  counts(): { placed: number; orphans: number };
  /** the words selected on the text layer now, or chosen last, as text offsets */
  selection(): { start: number; end: number } | null;
  /** lists and paints the notes again from the database (they changed elsewhere) */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Starts opening the extension's database while the PDF is read, so the notes are placed as
 * soon as the analysis is painted (a failure is met again, and said, by startNotes).
 */
export function prepareNotes(): void {
  lensDb().catch(() => {});
}

export async function startNotes(a: Analysis, index: PdfTextIndex, ui: NotesUi, signal: AbortSignal): Promise<ViewerNotes> {
  const db = await lensDb();
  const hash = await sha256(a.text);
  let list: notes.NoteView[] = [];
  let painting: Painting | null = null;

  const refresh = async () => {
    list = (await notes.listNotes(db, a, hash)).filter((n) => n.kind === 'highlight');
    painting?.clear();
    const spans = list.filter((n) => n.start != null).map((n) => ({ name: 'lens-note', start: n.start!, end: n.end! }));
    painting = paint(index, cutItems(spans, index.cuts), { alias: identity, signal });
    showList();
    await painting.done;
  };

  const showList = () => {
    const items = list.map((n) => {
      const li = document.createElement('li');
      li.dataset.id = n.id;
      const quote = document.createElement('q');
      quote.textContent = n.exact.length > 120 ? `${n.exact.slice(0, 120)}…` : n.exact;
      if (n.orphan) li.className = 'orphan';
      else quote.addEventListener('click', () => ui.go(n.start!, n.end!));
      const words = document.createElement('p');
      words.className = 'note-text';
      words.textContent = n.note;
      const tags = document.createElement('p');
      tags.className = 'note-tags';
      tags.textContent = n.tags.map((t) => `#${t}`).join(' ');
      li.append(quote, words, tags);
      return li;
    });
    const heading = document.createElement('h2');
    heading.textContent = `Notes (${list.length})`;
    const ol = document.createElement('ol');
    ol.append(...items);
    ui.list.replaceChildren(heading, ol);
    ui.list.hidden = !list.length;
  };

  const selection = (): { start: number; end: number } | null => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    const r = sel.getRangeAt(0);
    const s = textPoint(r.startContainer, r.startOffset, false);
    const e = textPoint(r.endContainer, r.endOffset, true);
    const start = s && offsetFromPoint(index, s.node, s.offset);
    const end = e && offsetFromPoint(index, e.node, e.offset);
    return start != null && end != null && end > start ? { start, end } : null;
  };

  // The words chosen last: clicking into the note field to type takes the page's selection
  // away, so the choice is kept until a note is added or other words are selected.
  let chosen: { start: number; end: number } | null = null;
  ui.input.hidden = ui.add.hidden = false;
  const update = () => {
    chosen = selection() ?? chosen;
    ui.add.disabled = !chosen;
  };
  document.addEventListener('selectionchange', update, { signal });
  update();
  ui.add.addEventListener('click', async () => {
    const at = chosen;
    if (!at) return ui.say('Select some of the opinion’s words first.');
    try {
      const tags = [...ui.input.value.matchAll(/#([\p{L}\p{N}_-]+)/gu)].map((m) => m[1]);
      await notes.addNote(db, a, hash, at.start, at.end, ui.input.value.trim(), tags);
      ui.input.value = '';
      chosen = null;
      ui.add.disabled = true;
      window.getSelection()?.removeAllRanges();
      await refresh();
      ui.say(`Note added (${list.length} on this opinion).`);
      ui.changed({ type: 'notesChanged' });
    } catch (e) {
      ui.say(`The note was not saved: ${String((e as Error)?.message ?? e)}`);
    }
  }, { signal });

  await refresh();
  return {
    counts: () => ({ placed: list.filter((n) => !n.orphan).length, orphans: list.filter((n) => n.orphan).length }),
    selection: () => selection() ?? chosen,
    refresh,
    stop: () => {
      painting?.clear();
      ui.input.hidden = ui.add.hidden = ui.list.hidden = true;
      ui.list.replaceChildren();
    },
  };
}

/**
 * A selection boundary as a point in a text node: a triple click or a selection of whole
 * spans puts its ends between elements (span, 0) … (span, 1), which the text index cannot
 * place; the nearest text inside, after a start or before an end, can.
 */
function textPoint(node: Node, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  if (node.nodeType === 3) return { node: node as Text, offset };
  const child = node.childNodes[isEnd ? offset - 1 : offset] ?? null;
  if (!child) return null;
  if (child.nodeType === 3) return { node: child as Text, offset: isEnd ? (child as Text).length : 0 };
  const walker = document.createTreeWalker(child, NodeFilter.SHOW_TEXT);
  let found: Text | null = null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    found = t as Text;
    if (!isEnd) break;
  }
  return found ? { node: found, offset: isEnd ? found.length : 0 } : null;
}
