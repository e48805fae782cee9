/**
 * Every message between content script, background and side panel, declared once with
 * its reply type. Replies across contexts are `{ ok: true, value } | { ok: false, error }`.
 */
import type { AnalyzeInput } from '../analyze';
import type { Analysis, FactorName, Stance } from '../types';
import type { PageEvidence } from '../analysis/is-opinion';
import type { NoteView } from './notes-service';
import type { Settings } from './settings';
import type { UploadChunk, UploadRef } from './upload';
import type { PreviewWindow } from './preview-window';

export type { NoteView };
export type ExportFormat = 'jsonld' | 'csv' | 'md' | 'csl' | 'html' | 'backup';

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the background keeps about a tab's analysis, for the side panel. */
export interface TabState {
  tabId: number;
  url: string;
  status: 'ready' | 'not-opinion' | 'error' | 'running';
  analysis: Analysis | null;
  /** SHA-256 of the reading text: with the URL, the opinion's identity in the library */
  hash?: string;
  error?: string;
  fromCache?: boolean;
  /**
   * the page's behaviours that failed to start (the legend, the card, …): the analysis and
   * the painting stand, and the panel says in a line what does not work
   */
  failed?: BehaviourFailure[];
}

/** One content-script behaviour that failed on a page (entrypoints/content/status.ts). */
export interface BehaviourFailure {
  /** the behaviour's name, as lens-page.ts starts it: 'legend', 'card', 'notes', 'follow', 'answers' */
  behaviour: string;
  error: string;
}

/**
 * The analysis without its text (the page has it). A typical opinion's paragraphs and
 * citations come inline; a long one's come in parts (see analysisPart), and `near` holds
 * those around the reader's viewport so the first highlights need no second message.
 */
export interface AnalysisReply {
  analysis: Analysis;
  fromCache: boolean;
  paragraphs: number;
  citations: number;
  near?: { paragraphs: Analysis['paragraphs']; citations: Analysis['citations'] };
}

/**
 * Messages the background answers (sent with runtime.sendMessage). Who may send each is
 * in ./callers.ts: a content script only about its own tab, never library-wide calls.
 */
export interface BackgroundCalls {
  /**
   * content script → background: one chunk of the reading text (./upload.ts: in order, at
   * most UPLOAD_CHUNK_CHARS characters, kept for the sender's tab and run only). The page
   * sends them one by one, handing its thread back between them, then asks `analyze`.
   * Replies with the chunks received so far.
   */
  uploadChunk: { args: UploadChunk; reply: { received: number } };
  /**
   * content script → background: analyse the reading text the sender's tab uploaded for
   * `run` (`upload`: its chunk count and length, checked against what arrived). The
   * analysis runs off the page's thread.
   */
  analyze: {
    /** `around`: the text offset at the top of the reader's viewport, for `near` */
    /** `run`: the page's run (its page token and run number): an answer for an older run of the tab is not kept */
    /** `caption`: what the page prints apart before the opinion (lib/sites Extraction.caption), read by the core for court, date, docket */
    /** `meta`: what the site adapter read off the page's markup, as the core takes it */
    /** `page`: what only the page knows about whether this is an opinion (lib/sites Extraction.evidence), for the core's decision */
    /** `hints`: the site's separate opinions, star pages and footnotes as offsets in the uploaded text (lib/sites/hints.ts) */
    args: { upload: UploadRef; url: string; site: string | null; meta?: AnalyzeInput['meta']; caption?: string | null; page?: PageEvidence; hints?: AnalyzeInput['hints']; around?: number; run: string };
    reply: AnalysisReply;
  };
  /**
   * content script → background, once the page's text is read: may the lens run here (the
   * reader's settings, which come back with the answer), and the cached analysis of the text
   * whose `textKey` this is, or null (then the page sends the text with `analyze`). `force`:
   * the reader asked (toolbar button, toggle), whatever the auto-run settings say.
   */
  cachedAnalysis: {
    /** `site`: the reading's (the analysis's source); `adapter`: the site adapter the URL picks, for the per-site switch */
    /**
     * `preview`: for a long text, the text around the reader (./preview-window.ts, at most one
     * upload chunk); when the lens may run and nothing is cached, its citation spans come
     * back in `preview`, to be painted first while the rest of the extraction, the upload and
     * the analysis follow (so the first highlights wait for none of them)
     */
    args: { key: string | null; url: string; site: string; adapter: string; around?: number; force?: boolean; run?: string; preview?: PreviewWindow };
    reply: { allowed: boolean; settings: Settings; found: AnalysisReply | null; preview?: { start: number; end: number }[] };
  };
  /**
   * content script → background: a slice of the sender tab's paragraphs or citations.
   * A 1 MB opinion's analysis parsed in one message would be a long task on the page.
   */
  analysisPart: {
    args: { part: 'paragraphs' | 'citations'; from: number; count: number };
    reply: Analysis['paragraphs'] | Analysis['citations'];
  };
  /** content script → background: the page is not an opinion / its run failed; the panel shows it. */
  reportStatus: { args: { status: 'not-opinion' | 'error'; url: string; error?: string }; reply: null };
  /**
   * content script → background: one behaviour failed (the legend, the card, …) while the
   * rest of the page works: the tab keeps its analysis and the panel says what does not work
   */
  behaviourFailed: { args: BehaviourFailure & { url: string }; reply: null };
  /** side panel → background: the analysis of a tab (the active one when tabId is null). */
  getTabState: { args: { tabId: number | null }; reply: TabState | null };
  /* The reader's notes and corrections. `tabId: null` = the sender's tab, else the active one. */
  listNotes: { args: { tabId: number | null }; reply: NoteView[] };
  addNote: { args: { tabId: number | null; start: number; end: number; note: string; tags: string[] }; reply: NoteView };
  updateNote: { args: { tabId: number | null; id: string; note: string; tags: string[] }; reply: NoteView };
  deleteNote: { args: { tabId: number | null; id: string }; reply: null };
  restoreNote: { args: { tabId: number | null; id: string }; reply: null };
  setOverride: {
    args: { tabId: number | null; paragraph: number; factor: FactorName; stance: Stance; remove?: boolean; replaces?: FactorName | null };
    reply: NoteView;
  };
  /**
   * an export of this tab's opinion (the background holds its analysis). The library's
   * exports, backups and imports are made by the extension page itself, straight on the
   * database (lib/ext/library-transfer.ts): no message carries a library.
   */
  exportData: {
    args: { tabId: number | null; format: Exclude<ExportFormat, 'backup'>; scope: 'opinion' };
    reply: { filename: string; mime: string; content: string };
  };
  /**
   * viewer page → background: the analysis of the PDF its tab shows (entrypoints/viewer/report.ts),
   * so the side panel shows its ruling as for an HTML page. The viewer is an extension page:
   * it names its own tab.
   */
  viewerAnalysis: { args: { tabId: number; url: string | null; analysis: Analysis }; reply: null };
  /** an extension page wrote to the library itself (an import): open tabs repaint */
  libraryChanged: { args: Record<string, never>; reply: null };
}

/** Messages the content script answers (sent with tabs.sendMessage). */
export interface ContentCalls {
  scrollToParagraph: { args: { index: number }; reply: { scrolled: boolean } };
  /** scroll to a source offset (a citation, an evidence span) and flash it */
  scrollToOffset: { args: { start: number; end: number }; reply: { scrolled: boolean } };
  setFactorVisible: { args: { factor: FactorName | 'citation'; visible: boolean }; reply: null };
  toggleHighlights: { args: Record<string, never>; reply: { on: boolean } };
  rerun: { args: Record<string, never>; reply: null };
  /**
   * background → page: the reader's labels changed (a correction saved, removed or undone).
   * `paragraphs`: those whose labels changed, as the background applied every correction to
   * the machine's analysis (lib/export/overrides.ts, the one place that applies them); the
   * page repaints from the analysis it holds, without reading itself again. `run`: the page
   * run the background's analysis came from (a page on another run ignores it).
   */
  relabel: { args: { run?: string; paragraphs: Analysis['paragraphs'] }; reply: { repainted: boolean } };
  /** keyboard shortcut: move to the next / previous paragraph that carries a factor */
  step: { args: { direction: 1 | -1 }; reply: { index: number | null } };
  /** the reader's selection as offsets + quote, for making a note */
  getSelection: { args: Record<string, never>; reply: { start: number; end: number; exact: string } | null };
  /** paint the reader's own highlights (notes) */
  paintNotes: { args: { spans: { id: string; start: number; end: number }[] }; reply: null };
}

/*
 * Broadcasts (no reply), sent with `broadcast` and heard with `onBroadcast` (./rpc.ts). A
 * content script may send only `viewport`, about its own tab (./callers.ts).
 */

/** content script or PDF viewer → side panel, as the reader scrolls. */
export interface ViewportMessage {
  channel: 'lens-broadcast';
  type: 'viewport';
  paragraph: number | null;
  /** the viewer names its tab (a content script's tab is the sender's; the panel follows either) */
  tabId?: number;
}

/** Broadcast from the PDF viewer when the reader added a note there: the panel's Notes tab lists it. */
export interface NotesChanged {
  channel: 'lens-broadcast';
  type: 'notesChanged';
  tabId: number;
}

export type ReplyOf<C, K extends keyof C> = C[K] extends { reply: infer R } ? R : never;

/**
 * Broadcast from the background when a tab's state changes (side panel listens): a new
 * analysis, a status, a correction saved or removed, a behaviour that failed.
 */
export interface TabStateChanged {
  channel: 'lens-broadcast';
  type: 'tabStateChanged';
  tabId: number;
}

/** Everything sent on the broadcast channel (no reply expected). */
export type Broadcast = TabStateChanged | ViewportMessage | NotesChanged;
