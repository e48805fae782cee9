/**
 * Notes: make a note on the reader's selection, list notes by paragraph, edit, delete with
 * undo, show orphans (notes whose words are no longer on the page) with their quote, and
 * export / import.
 */
import { callBackground, callTab } from '../../lib/ext/rpc';
import type { ExportFormat, NoteView, TabState } from '../../lib/ext/messages';
import { downloadBlob, exportLibraryDownload, FORMATS, IMPORT_ACCEPT, importChosenFile } from '../../lib/ext/library-transfer';
import { h } from '../../lib/dom/h';
import { snippet, type ViewActions } from './views';
import { FACTOR_TITLES, STANCE_WORDS } from '../../lib/render/words';

/** `say` writes to the panel's status line, which outlives re-renders (an undo stays offered). */
export type Say = (msg: string, undo?: () => void) => void;

/**
 * The export choices outlive the view: the panel re-renders whenever the tab's analysis
 * changes (a correction, a repaint), and a reader's chosen format must not snap back to
 * the first one between choosing it and clicking Export.
 */
const chosen: { format: ExportFormat; scope: string } = { format: FORMATS[0][0], scope: 'opinion' };

/**
 * What each tab's last export said ("Exported smalls-v-scruggs-2017-bench-memo.md."), shown
 * under that tab's Export button only. The panel follows the tab in front, so the panel's
 * own status line would carry one opinion's export over to the next tab, and an export that
 * ends after the reader switched tabs would speak over the other opinion.
 */
const exportSaid = new Map<number, string>();

export async function notesView(state: TabState, act: ViewActions, rerender: () => void, say: Say): Promise<HTMLElement> {
  const a = state.analysis!;
  const tabId = state.tabId;

  const noteInput = h('textarea', { rows: 3, placeholder: 'Your note on the selected text', 'aria-label': 'Note' });
  const tagsInput = h('input', { type: 'text', placeholder: 'tags, comma separated', 'aria-label': 'Tags' });
  const add = h('form', { class: 'add-note', onsubmit: async (e: Event) => {
    e.preventDefault();
    const sel = await callTab(tabId, 'getSelection', {});
    if (!sel.ok || !sel.value) return say('Select some of the opinion’s text on the page first.');
    const r = await callBackground('addNote', { tabId, start: sel.value.start, end: sel.value.end, note: noteInput.value, tags: splitTags(tagsInput.value) });
    if (!r.ok) return say(`Not saved: ${r.error}`);
    noteInput.value = tagsInput.value = '';
    rerender();
  } }, noteInput, tagsInput, h('button', { type: 'submit' }, 'Add note to selection'));

  const list = await callBackground('listNotes', { tabId });
  const notes = list.ok ? list.value : [];
  const body: HTMLElement[] = [];
  if (!list.ok) body.push(h('p', { class: 'status-error' }, `Notes unavailable: ${list.error}`));
  const placed = notes.filter((n) => !n.orphan);
  const orphans = notes.filter((n) => n.orphan);
  let para: number | null | undefined;
  for (const n of placed) {
    if (n.paragraph !== para) {
      para = n.paragraph;
      body.push(h('div', { class: 'heading' }, para == null ? 'Outside the paragraphs' : `¶${para + 1} ${snippet(a, a.paragraphs[para].start, a.paragraphs[para].end, 50)}`));
    }
    body.push(noteItem(n));
  }
  if (orphans.length) {
    body.push(h('div', { class: 'heading' }, `Could not be placed on this page (${orphans.length})`));
    for (const n of orphans) body.push(noteItem(n));
  }
  if (!notes.length && list.ok) body.push(h('p', { class: 'muted' }, 'No notes yet. Select text on the page, write a note above, and add it.'));

  function noteItem(n: NoteView): HTMLElement {
    const label = n.kind === 'override' && n.override
      ? `Your label: ${FACTOR_TITLES[n.override.factor]} ${n.override.remove ? 'removed' : `${STANCE_WORDS[n.override.stance].symbol} ${STANCE_WORDS[n.override.stance].words}`}`
      : null;
    const edit = h('textarea', { rows: 2, 'aria-label': 'Edit note' });
    edit.value = n.note;
    const tags = h('input', { type: 'text', 'aria-label': 'Edit tags' });
    tags.value = n.tags.join(', ');
    const editor = h('form', { hidden: true, onsubmit: async (e: Event) => {
      e.preventDefault();
      const r = await callBackground('updateNote', { tabId, id: n.id, note: edit.value, tags: splitTags(tags.value) });
      if (!r.ok) return say(`Not saved: ${r.error}`);
      rerender();
    } }, edit, tags, h('button', { type: 'submit' }, 'Save'));
    return h('div', { class: 'note', 'data-id': n.id },
      h('blockquote', { class: n.orphan ? 'orphan' : '', onclick: () => n.start != null && act.goSpan(n.start, n.end!) }, `“${n.exact.slice(0, 200)}”`),
      label ? h('div', { class: 'tag' }, label) : null,
      n.note ? h('p', {}, n.note) : null,
      n.tags.length ? h('div', { class: 'tags' }, n.tags.map((t) => h('span', { class: 'tag' }, t))) : null,
      h('div', { class: 'actions' },
        h('button', { type: 'button', 'aria-expanded': 'false', onclick: (e: Event) => {
          editor.hidden = !editor.hidden;
          (e.currentTarget as HTMLElement).setAttribute('aria-expanded', String(!editor.hidden));
          if (!editor.hidden) edit.focus();
        } }, 'Edit'),
        h('button', { type: 'button', onclick: async () => {
          const r = await callBackground('deleteNote', { tabId, id: n.id });
          if (!r.ok) return say(`Not deleted: ${r.error}`);
          rerender();
          say('Note deleted.', async () => {
            await callBackground('restoreNote', { tabId, id: n.id });
            rerender();
          });
        } }, 'Delete')),
      editor);
  }

  const format = h('select', { 'aria-label': 'Export format', onchange: () => (chosen.format = format.value as ExportFormat) }, FORMATS.map(([v, t]) => h('option', { value: v, selected: v === chosen.format }, t)));
  const scope = h('select', { 'aria-label': 'Export scope', onchange: () => (chosen.scope = scope.value) },
    h('option', { value: 'opinion', selected: chosen.scope === 'opinion' }, 'This opinion'), h('option', { value: 'library', selected: chosen.scope === 'library' }, 'Whole library'));
  const exportStatus = h('p', { class: 'export-status muted', role: 'status', 'data-tab': tabId }, exportSaid.get(tabId) ?? '');
  // the view may be drawn again while an export runs: write to this tab's line wherever it now is
  const tell = (msg: string) => {
    exportSaid.set(tabId, msg);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(`.export-status[data-tab="${tabId}"]`))) el.textContent = msg;
  };
  const exportButton = h('button', { type: 'button', id: 'export', onclick: async () => {
    const fmt = format.value as ExportFormat;
    exportButton.disabled = true;
    try {
      // the whole library and backups are made here, in the panel (lib/ext/library-transfer.ts);
      // one opinion's export is small and made by the background, which has the tab's analysis
      if (scope.value === 'library' || fmt === 'backup') {
        tell('Preparing the export…');
        tell(`Exported ${await exportLibraryDownload(fmt)}.`);
        return;
      }
      const r = await callBackground('exportData', { tabId, format: fmt, scope: 'opinion' });
      if (!r.ok) return tell(`Export failed: ${r.error}`);
      downloadBlob(r.value.filename, new Blob([r.value.content], { type: r.value.mime }));
      tell(`Exported ${r.value.filename}.`);
    } catch (e) {
      tell(`Export failed: ${(e as Error)?.message ?? String(e)}`);
    } finally {
      exportButton.disabled = false;
    }
  } }, 'Export');
  const exporter = h('div', { class: 'export' }, format, scope, exportButton, exportStatus);
  const file = h('input', { type: 'file', accept: IMPORT_ACCEPT, 'aria-label': 'Import file', onchange: async () => {
    const f = file.files?.[0];
    if (!f) return;
    file.disabled = true;
    say(`Importing ${f.name}…`);
    try {
      say(await importChosenFile(f));
      rerender();
    } catch (e) {
      say(`Nothing imported: ${(e as Error)?.message ?? String(e)}`);
    } finally {
      file.value = '';
      file.disabled = false;
    }
  } });
  return h('div', {}, add, h('div', { class: 'notes' }, body), h('h4', {}, 'Export and import'), exporter, h('label', {}, 'Import: ', file));
}

function splitTags(s: string): string[] {
  return s.split(',').map((t) => t.trim()).filter(Boolean);
}
