/**
 * Who sent a message, as the browser reports it, and who may send which message.
 *
 * A content script runs inside a court site's renderer: if that renderer is compromised,
 * whatever a content script may ask the background, the site may ask too. So the
 * background treats content scripts as unprivileged, the way uBlock Origin and Hypothesis
 * separate their pages from their frames: a content script may ask only about its own tab
 * (the tab the browser says sent the message, never a tab id inside the message), and never
 * for the reader's library, notes of other opinions, imports or exports. Extension pages
 * (the side panel, the library and options pages) may call everything.
 */
import type { BackgroundCalls, Broadcast } from './messages';

export type Caller = 'content' | 'extension';

/** What the browser tells a listener about a message's sender (runtime.MessageSender). */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/**
 * `content` for a content script (it always has a tab), `extension` for the extension's own
 * pages and background (their URL is inside the extension; the side panel has no tab, the
 * library page opened in a tab has one), null for anything else (another extension).
 */
export function callerOf(sender: SenderFacts, extensionId: string, extensionOrigin: string): Caller | null {
  if (sender.id !== extensionId) return null;
  if (sender.url && sender.url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab) return sender.tab.id != null && sender.tab.id >= 0 ? 'content' : null;
  // no tab and no URL: the background itself (a service worker in some browsers)
  return sender.url ? null : 'extension';
}

/**
 * Each background message and who may send it. A message missing here cannot be sent by
 * anyone (the type below makes the table complete).
 */
export const CALLERS: { readonly [K in keyof BackgroundCalls]: readonly Caller[] } = {
  // the page's own reading and analysis, always about the sender's tab
  uploadChunk: ['content'],
  analyze: ['content'],
  cachedAnalysis: ['content'],
  analysisPart: ['content'],
  reportStatus: ['content'],
  behaviourFailed: ['content'],
  // the page paints the reader's highlights of its own opinion
  listNotes: ['content', 'extension'],
  // everything else is the reader acting in the extension's own pages
  getTabState: ['extension'],
  addNote: ['extension'],
  updateNote: ['extension'],
  deleteNote: ['extension'],
  restoreNote: ['extension'],
  setOverride: ['extension'],
  exportData: ['extension'],
  libraryChanged: ['extension'],
  viewerAnalysis: ['extension'],
};

/** May `caller` send `type`? Unknown types and unknown callers: no. */
export function mayCall(type: string, caller: Caller | null): boolean {
  if (!caller || !Object.hasOwn(CALLERS, type)) return false;
  return (CALLERS as Record<string, readonly Caller[]>)[type].includes(caller);
}

/**
 * Each broadcast and who may send it: a content script says only where its reader is (about
 * its own tab, ./rpc.ts onBroadcast); a tab's state and its notes are the extension's word.
 */
export const BROADCASTERS: { readonly [K in Broadcast['type']]: readonly Caller[] } = {
  viewport: ['content', 'extension'],
  tabStateChanged: ['extension'],
  notesChanged: ['extension'],
};

/** May `caller` broadcast `type`? Unknown types and unknown callers: no. */
export function mayBroadcast(type: string, caller: Caller | null): boolean {
  if (!caller || !Object.hasOwn(BROADCASTERS, type)) return false;
  return (BROADCASTERS as Record<string, readonly Caller[]>)[type].includes(caller);
}
