/**
 * The background owns the analysis and the database: content scripts send the page's
 * reading text here, so the core never runs on the page's main thread and the database
 * lives in the extension's origin (a content script's IndexedDB would belong to the site).
 */
import browser from 'webextension-polyfill';
import { analyze } from '../lib/analyze';
import { pageEvidenceOf } from '../lib/analysis/is-opinion';
import { badgeText } from '../lib/ext/badge';
import { defaultSettings, SETTINGS_KEY, shouldAutoRun, type Settings } from '../lib/ext/settings';
import { adoptOldOptions, onSettingsChanged, readSettings } from '../lib/ext/settings-store';
import type { AnalysisReply, TabState } from '../lib/ext/messages';
import type { Analysis } from '../lib/types';
import { broadcast, callTab, serveBackground, type CallContext } from '../lib/ext/rpc';
import { analysisCache, contextKey, sha256, type CachedAnalysis } from '../lib/ext/analysis-cache';
import { siteKeyFor } from '../lib/ext/sites';
import { browserRegistry, syncOptionalSites } from '../lib/ext/optional-sites';
import { nearViewport } from '../lib/ext/near-viewport';
import { previewSpans } from '../lib/ext/preview';
import { uploadAssembler } from '../lib/ext/upload';
import { analysisQueue } from '../lib/ext/analysis-queue';
import { analysisStore, moveSettingOut } from '../lib/db/index';
import { lensDb } from '../lib/ext/store';
import * as notes from '../lib/ext/notes-service';
import { exportTab } from '../lib/ext/export-service';
import { action, activeTabId, startReaderControls } from '../lib/ext/reader-controls';
import { withReaderLabels } from '../lib/ext/reader-labels';
import { tabStates } from '../lib/ext/tab-states';
import { changedParagraphs } from '../lib/ext/changed-labels';

/** A tab whose opinion has an analysis and an identity in the library: what notes and labels are about. */
type OpinionTab = TabState & { analysis: Analysis; hash: string };

/** Paragraphs + citations sent inside the analyze reply; above this they go in parts. */
const INLINE_ITEMS = 800;

export default defineBackground(() => {
  /** each tab's analysis before the reader's overrides: exports apply them themselves */
  const machine = new Map<number, Analysis>();
  let lastTab: number | null = null;
  const cache = analysisCache({
    get: async (hash, version) => analysisStore(await lensDb()).get(hash, version),
    put: async (hash, version, analysis, key) => analysisStore(await lensDb()).put(hash, version, analysis, key),
    byTextKey: async (key, version) => analysisStore(await lensDb()).byTextKey(key, version),
  });

  // The reader's settings, kept here and sent with each page's first answer: a page asking
  // storage itself while it loads waited up to the load event for them.
  // Their one home is storage.local (lib/ext/settings-store.ts); options an earlier build
  // left in the database's settings table move there once, before they are read.
  let settings: Promise<Settings> = lensDb()
    .then((db) => moveSettingOut(db, SETTINGS_KEY, (old) => adoptOldOptions(browser.storage.local, old)))
    .catch(() => false)
    .then(() => readSettings(browser.storage.local))
    .catch(() => defaultSettings());
  onSettingsChanged(browser.storage.onChanged, (s) => (settings = Promise.resolve(s)));

  /** each tab's newest run (page token and run number), so an older run's late answer is not kept */
  const latestRun = new Map<number, string>();
  /** analyses wait here, one runs at a time (lib/ext/analysis-queue.ts) */
  const queue = analysisQueue({
    visible: async (tabId) => (await browser.tabs.query({ active: true })).some((t) => t.id === tabId),
    stale: (tabId, run) => tabId >= 0 && !!run && latestRun.get(tabId) !== run,
  });
  /** each tab's text upload in progress, by the tab the browser says sent it (lib/ext/upload.ts) */
  const uploads = uploadAssembler();
  /** a tab's newer run: its older run's upload, if any, is abandoned */
  const newRun = (tabId: number, run: string | undefined) => {
    if (tabId < 0 || !run) return;
    latestRun.set(tabId, run);
    uploads.dropTab(tabId, run);
  };
  // an upload left idle (the page went away without a newer run) is dropped on the next
  // call, and by this sweep while nothing else comes
  setInterval(() => uploads.sweep(), 30_000);

  /** each tab's state for the side panel (lib/ext/tab-states.ts); every change is badged and broadcast */
  const tabs = tabStates((state) => {
    const tabId = state.tabId;
    lastTab = tabId;
    const text = state.analysis ? badgeText(state.analysis) : '';
    action.setBadgeText({ tabId, text }).catch(() => {});
    action.setBadgeBackgroundColor({ tabId, color: '#333' }).catch(() => {});
    void broadcast({ channel: 'lens-broadcast', type: 'tabStateChanged', tabId });
  });
  const setState = (tabId: number, state: TabState) => tabs.set({ ...state, tabId });

  /** Records the tab's analysis (with the reader's labels) and shapes the reply to the page. */
  async function answer({ analysis, fromCache, hash }: CachedAnalysis, url: string, site: string | null, around: number | undefined, tabId: number, run?: string): Promise<AnalysisReply> {
    // the cached copy may have come from another URL of the same text
    let own: Analysis = { ...analysis, document: { ...analysis.document, source: { url, site } } };
    // a long analysis finishing after the tab moved on (a new page, a new run) is not the tab's any more
    const current = tabId >= 0 && (!run || latestRun.get(tabId) === run);
    if (current) machine.set(tabId, own);
    own = await withReaderLabels(own, hash);
    if (current && (!run || latestRun.get(tabId) === run)) setState(tabId, { tabId, url, status: own.isOpinion ? 'ready' : 'not-opinion', analysis: own, hash, fromCache });
    // The page already has the text. A typical opinion's paragraphs and citations come in
    // this reply; a long one's in parts (one big message would be a long task to parse),
    // with those near the reader's viewport inline for the first highlights.
    const inline = own.paragraphs.length + own.citations.length <= INLINE_ITEMS;
    return {
      analysis: { ...own, text: '', paragraphs: inline ? own.paragraphs : [], citations: inline ? own.citations : [] },
      fromCache,
      paragraphs: own.paragraphs.length,
      citations: own.citations.length,
      near: inline ? undefined : nearViewport(own, around ?? 0),
    };
  }

  serveBackground({
    uploadChunk(chunk, { senderTab }) {
      const tabId = senderTab ?? -1;
      if (chunk.seq === 0) newRun(tabId, chunk.run);
      return { received: uploads.put(tabId, chunk) };
    },
    async analyze({ upload, url, site, meta, caption, page, hints, around, run }, { senderTab }) {
      const tabId = senderTab ?? -1;
      // the text this tab uploaded for this run, all of it, or an error (never another's)
      const text = uploads.take(tabId, run, upload);
      newRun(tabId, run);
      // (a long text's citations near the reader went to the page before its upload: previewCitations)
      // in the queue: the tab in front of the reader first, a tab that moved on dropped
      const evidence = pageEvidenceOf(page);
      // kept by text and what the page read it with: the same text with other hints is another analysis
      const read = { context: contextKey({ hints, page: evidence }), site };
      const found = await cache.analyzeCached(text, () => queue.run({ tabId, run, work: () => analyze({ text, url, site, meta, caption: typeof caption === 'string' ? caption.slice(0, 20_000) : null, page: evidence, hints }) }), read);
      return answer(found, url, site, around, tabId, run);
    },
    async cachedAnalysis({ key, url, site, adapter, around, force, run, preview }, { senderTab }) {
      const tabId = senderTab ?? -1;
      newRun(tabId, run);
      const s = await settings;
      // the per-site switch, by the page's address (lib/ext/sites.ts), else by the adapter's name
      const allowed = !!force || shouldAutoRun(s, siteKeyFor(url) ?? adapter);
      // asked before the page's structure is read: the text on the same site's reader (lib/ext/analysis-cache.ts)
      const found = allowed && key ? await cache.byTextKey(key, site) : null;
      if (found) return { allowed, settings: s, found: await answer(found, url, site, around, tabId, run) };
      // a long text not cached: its citations near the reader, for the first highlights (a
      // few milliseconds: at most one upload chunk of text)
      return { allowed, settings: s, found: null, preview: allowed && preview ? previewSpans(preview) : undefined };
    },
    analysisPart({ part, from, count }, { senderTab }) {
      const a = tabs.get(senderTab ?? -1)?.analysis;
      if (!a) throw new Error('no analysis for this tab');
      return a[part].slice(from, from + count);
    },
    reportStatus({ status, url, error }, { senderTab }) {
      const tabId = senderTab;
      if (tabId != null) setState(tabId, { tabId, url, status, analysis: null, error });
      return null;
    },
    behaviourFailed({ behaviour, error, url }, { senderTab }) {
      // the page's words, kept short: the panel names known behaviours in its own words
      if (senderTab != null) tabs.behaviourFailed(senderTab, String(url), { behaviour: String(behaviour).slice(0, 40), error: String(error).slice(0, 300) });
      return null;
    },
    async getTabState({ tabId }) {
      const id = tabId ?? (await activeTabId()) ?? lastTab;
      return id == null ? null : (tabs.get(id) ?? tabs.get(lastTab ?? -1) ?? null);
    },
    async listNotes({ tabId }, from) {
      const t = await opinionTab(tabId, from);
      return notes.listNotes(await lensDb(), t.analysis, t.hash);
    },
    async addNote({ tabId, start, end, note, tags }, from) {
      const t = await opinionTab(tabId, from);
      const v = await notes.addNote(await lensDb(), t.analysis, t.hash, start, end, note, tags);
      await repaintNotes(t);
      return v;
    },
    async updateNote({ tabId, id, note, tags }, from) {
      const t = await opinionTab(tabId, from);
      const v = await notes.editNote(await lensDb(), t.analysis, id, note, tags);
      // the PDF viewer lists the notes' words on its page: it reads them again
      await repaintNotes(t);
      return v;
    },
    async deleteNote({ tabId, id }, from) {
      const t = await opinionTab(tabId, from);
      const db = await lensDb();
      const kind = (await notes.listNotes(db, t.analysis, t.hash)).find((n) => n.id === id)?.kind;
      await notes.removeNote(db, id);
      await repaintAfter(t, kind);
      return null;
    },
    async restoreNote({ tabId, id }, from) {
      const t = await opinionTab(tabId, from);
      const db = await lensDb();
      await notes.restoreNote(db, id);
      await repaintAfter(t, (await notes.listNotes(db, t.analysis, t.hash)).find((n) => n.id === id)?.kind);
      return null;
    },
    async setOverride({ tabId, ...o }, from) {
      const t = await opinionTab(tabId, from);
      const v = await notes.setOverride(await lensDb(), t.analysis, t.hash, o);
      await relabel(t);
      return v;
    },
    async exportData({ tabId, format }, from) {
      const t = await opinionTab(tabId, from);
      return exportTab(await lensDb(), machine.get(t.tabId) ?? t.analysis, t.hash, format);
    },
    async viewerAnalysis({ tabId, url, analysis }) {
      const hash = await sha256(analysis.text);
      machine.set(tabId, analysis);
      const own = await withReaderLabels(analysis, hash);
      setState(tabId, { tabId, url: url ?? '', status: own.isOpinion ? 'ready' : 'not-opinion', analysis: own, hash });
      return null;
    },
    async libraryChanged() {
      await repaintAll();
      return null;
    },
  });

  /** open tabs repaint with the library's notes and labels (after an import), from the analyses they hold */
  async function repaintAll() {
    for (const t of tabs.all()) {
      if (!t.analysis || !t.hash) continue;
      await relabel(t as OpinionTab);
      await repaintNotes(t as OpinionTab);
    }
  }

  /**
   * The reader's labels changed (a correction saved, removed or undone, an import): the
   * tab's analysis is labelled again from the machine's (lib/ext/reader-labels.ts, the one
   * place overrides are applied) and kept, so the side panel hears the tab changed
   * (tabStateChanged); the page gets the paragraphs whose labels changed and repaints from
   * the analysis it holds, without reading itself again.
   */
  async function relabel(t: OpinionTab) {
    // the tab as it is now: one that moved on to another text keeps its own analysis
    const same = () => tabs.get(t.tabId)?.hash === t.hash;
    if (!same()) return;
    const labelled = await withReaderLabels(machine.get(t.tabId) ?? t.analysis, t.hash);
    const now = tabs.get(t.tabId);
    if (!now?.analysis || !same()) return;
    const before = now.analysis;
    setState(t.tabId, { ...now, analysis: labelled });
    await callTab(t.tabId, 'relabel', { run: latestRun.get(t.tabId), paragraphs: changedParagraphs(before, labelled) });
  }

  /**
   * The tab a call is about, with its analysis; throws a reader-facing message. A content
   * script's call is about its own tab whatever the message says (./lib/ext/callers.ts);
   * an extension page names a tab, or means the active one.
   */
  async function opinionTab(tabId: number | null, from: CallContext): Promise<OpinionTab> {
    const id = from.caller === 'content' ? from.senderTab : (tabId ?? (await activeTabId()) ?? lastTab);
    const t = id == null ? undefined : tabs.get(id);
    if (!t?.analysis || !t.hash) throw new Error('open a court opinion first (this tab has no analysis)');
    return t as OpinionTab;
  }

  /** a correction changes the labels the page paints; a note only the notes */
  async function repaintAfter(t: OpinionTab, kind: string | undefined) {
    if (kind === 'override') await relabel(t);
    else await repaintNotes(t);
  }

  async function repaintNotes(t: OpinionTab) {
    const list = await notes.listNotes(await lensDb(), t.analysis, t.hash);
    const spans = list.filter((n) => n.kind === 'highlight' && n.start != null).map((n) => ({ id: n.id, start: n.start!, end: n.end! }));
    await callTab(t.tabId, 'paintNotes', { spans });
  }

  browser.tabs.onRemoved.addListener((tabId) => {
    tabs.forget(tabId);
    machine.delete(tabId);
    latestRun.delete(tabId);
    uploads.dropTab(tabId);
  });
  // the tab loads another document: an upload of the one before is abandoned
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) uploads.dropTab(tabId);
    // a new document (or the same one reloaded): the failures of the one before go
    if (change.status === 'loading') tabs.navigated(tabId);
  });

  // The sites the reader opted into (Westlaw): their scripts registered while their optional
  // host permission is granted (lib/ext/optional-sites.ts), checked at every start.
  const registry = browserRegistry(browser as never);
  const syncSites = () => syncOptionalSites(registry).catch((e) => console.warn('optional sites:', e));
  void syncSites();
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());

  // the toolbar button, the keyboard commands and the selection's menu item (lib/ext/reader-controls.ts)
  startReaderControls({ setState, syncSites });
});
