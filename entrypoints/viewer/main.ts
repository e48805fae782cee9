/**
 * The PDF viewer page (viewer.html): opens the PDF named by `?file=<http(s) URL>`, or one the
 * reader picks or drops, in a ViewerSession (./viewer-session.ts). The page is ours, so the
 * tests read its state on its own window (`__lensViewer`).
 */
// first: it starts the workers and the PDF's fetch before the rest of this page's code runs
import { firstSource } from './early-start';
import browser from 'webextension-polyfill';
import { defaultSettings, type Settings } from '../../lib/ext/settings';
import { readSettings } from '../../lib/ext/settings-store';
import { ViewerSession, type ViewerUi } from './viewer-session';
import { fromFile, SourceError, type PdfSource } from './pdf-source';
import { servePanel } from './panel-link';
import { mark } from './timing';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const ui: ViewerUi = {
  pages: $('pages'),
  say: (words) => void ($('status').textContent = words),
  warn: (words) => {
    const p = $('problem');
    p.textContent = words ?? '';
    p.hidden = !words;
  },
  notes: { input: $<HTMLInputElement>('note'), add: $<HTMLButtonElement>('add-note'), list: $('notes-list') },
  top: () => $('bar').getBoundingClientRect().bottom,
  settings: async (): Promise<Settings> => {
    try {
      return await readSettings(browser.storage.local);
    } catch {
      return defaultSettings();
    }
  },
};

let session = new ViewerSession(ui);
Object.defineProperty(window, '__lensViewer', {
  get: () => session.snapshot(),
  configurable: true,
});
// the whole analysis once ready, for the test that compares it with `lens analyze`
Object.defineProperty(window, '__lensViewerAnalysis', {
  get: () => session.reading?.analysis ?? null,
  configurable: true,
});
// the side panel's requests (scroll, switches, stepping, notes) reach the session showing a PDF now
servePanel(() => session);

/** Shows `source` in a fresh session (the one before, if any, lets go of its pages). */
async function show(source: Promise<PdfSource>): Promise<void> {
  session.close();
  session = new ViewerSession(ui);
  try {
    const got = await source;
    mark('fetched');
    await session.open(got);
  } catch (e) {
    const words = e instanceof SourceError ? e.message : `The PDF could not be read: ${String((e as Error)?.message ?? e)}`;
    Object.assign(session.state, { state: 'error', error: words });
    ui.warn(words);
    ui.say('');
  }
}

const picker = $<HTMLInputElement>('file');
$('open').addEventListener('click', () => picker.click());
picker.addEventListener('change', () => {
  const file = picker.files?.[0];
  if (file) void show(fromFile(file));
  picker.value = '';
});

// drag and drop anywhere on the page
const drop = $('drop');
let dragDepth = 0;
const hasFile = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
document.addEventListener('dragenter', (e) => {
  if (!hasFile(e)) return;
  dragDepth++;
  drop.hidden = false;
});
document.addEventListener('dragleave', () => {
  if (--dragDepth <= 0) drop.hidden = true;
});
document.addEventListener('dragover', (e) => {
  if (hasFile(e)) e.preventDefault();
});
document.addEventListener('drop', (e) => {
  e.preventDefault();
  dragDepth = 0;
  drop.hidden = true;
  const file = e.dataTransfer?.files[0];
  if (file) void show(fromFile(file));
});

if (firstSource) void show(firstSource);
