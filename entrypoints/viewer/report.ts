/**
 * The viewer and the background: the analysis of the PDF this viewer tab shows goes to the
 * background (`viewerAnalysis`, extension pages only, lib/ext/callers.ts), so the side panel
 * shows its ruling, paragraphs, authorities and notes as for an HTML page; the reader's
 * labels come back from it (`getTabState`); and the panel hears where the reader is and
 * when the notes changed (broadcasts, as a content script sends them).
 */
import browser from 'webextension-polyfill';
import { broadcast, callBackground } from '../../lib/ext/rpc';
import type { Analysis } from '../../lib/types';

let tab: Promise<number | null> | null = null;

/** This viewer's own tab (an extension page names its tab; the background trusts its own pages). */
export function ownTab(): Promise<number | null> {
  tab ??= browser.tabs.getCurrent().then((t) => t?.id ?? null, () => null);
  return tab;
}

/**
 * `url`: the PDF's http(s) address, or null for a local file. The whole analysis goes, text
 * included: the background keeps no upload for an extension page.
 */
export async function reportAnalysis(analysis: Analysis, url: string | null): Promise<{ ok: boolean; error?: string }> {
  const tabId = await ownTab();
  if (tabId == null) return { ok: false, error: 'the viewer is not in a tab' };
  const r = await callBackground('viewerAnalysis', { tabId, url, analysis });
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}

/** The analysis this tab reported, with the reader's corrections applied by the background; null if it has none. */
export async function labelledAnalysis(): Promise<Analysis | null> {
  const tabId = await ownTab();
  if (tabId == null) return null;
  const r = await callBackground('getTabState', { tabId });
  return r.ok && r.value?.tabId === tabId ? r.value.analysis : null;
}

/** Tells the side panel where the reader is, or that this tab's notes changed: a typed broadcast about this tab. */
export async function announce(what: { type: 'viewport'; paragraph: number | null } | { type: 'notesChanged' }): Promise<void> {
  const tabId = await ownTab();
  if (tabId == null) return;
  await broadcast(what.type === 'viewport' ? { channel: 'lens-broadcast', type: 'viewport', paragraph: what.paragraph, tabId } : { channel: 'lens-broadcast', type: 'notesChanged', tabId });
}
