/**
 * The reader's controls outside the page (the background starts them): the toolbar button,
 * the keyboard commands, the "Analyze this selection" menu item, and opening the side panel.
 */
import browser from 'webextension-polyfill';
import { analyze } from '../analyze';
import type { TabState } from './messages';
import { callTab } from './rpc';
import { pdfOpenFor } from './pdf-open';
import { matchesPattern, optionalSiteFor } from './sites';

// MV3 has `action`; Firefox's MV2 build has `browserAction` with the same calls we use.
export const action = (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction) as typeof browser.action;

/** What the controls need from the background: recording a tab's state, and the optional sites' scripts. */
export interface ControlsHost {
  setState(tabId: number, state: TabState): void;
  syncSites(): Promise<unknown>;
}

export function startReaderControls({ setState, syncSites }: ControlsHost) {
  // Off the known sites the script runs only when the reader asks (activeTab + scripting).
  action.onClicked.addListener(async (tab) => {
    if (tab.id == null) return;
    // (first: Chrome opens the side panel, and asks for a permission, only within the click's user gesture)
    openPanel(tab.id, tab.windowId);
    // on an optional site (Westlaw) the first click asks for its host permission; once
    // granted the lens runs there by itself (a site already granted answers at once, unasked)
    const optional = optionalSiteFor(tab.url ?? '');
    const asked = optional ? browser.permissions.request({ origins: [...optional.patterns] }).catch(() => false) : null;
    if (asked && (await asked)) await syncSites();
    // a PDF (the browser's own viewer) opens in ours, next to it
    const [probe] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: () => document.contentType }).catch(() => []);
    const pdf = pdfOpenFor({ url: tab.url ?? '', contentType: (probe?.result as string | undefined) ?? null }, browser.runtime.getURL('/viewer.html'));
    if (pdf) {
      await browser.tabs.create({ url: pdf.viewer, index: tab.index + 1, openerTabId: tab.id });
      return;
    }
    // the manifest's own patterns (a test build's include the local hosts)
    const patterns = browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
    const known = patterns.some((p) => matchesPattern(p, tab.url ?? ''));
    if (!known) {
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/guest-styles.js', '/guest.js'] }).catch(() => {});
    }
    // a click always runs, whatever the auto-run settings say
    await callTab(tab.id, 'rerun', {});
  });

  browser.commands.onCommand.addListener(async (command) => {
    const tabId = await activeTabId();
    if (tabId == null) return;
    if (command === 'next-factor' || command === 'previous-factor') await callTab(tabId, 'step', { direction: command === 'next-factor' ? 1 : -1 });
    else if (command === 'toggle-highlights') await callTab(tabId, 'toggleHighlights', {});
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'lens-analyze-selection', title: 'Analyze this selection', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== 'lens-analyze-selection' || !info.selectionText || tab?.id == null) return;
    const analysis = analyze({ text: info.selectionText, url: tab.url ?? null, site: 'selection' });
    setState(tab.id, { tabId: tab.id, url: tab.url ?? '', status: 'ready', analysis });
    openPanel(tab.id, tab.windowId);
  });
}

/** The active tab, when it may hold an opinion (a page, or our PDF viewer; not our other pages). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  const u = tab?.url ?? '';
  // our own pages are not opinions, except the PDF viewer, which shows one
  if (!tab?.id || (u.startsWith(browser.runtime.getURL('/')) && !u.startsWith(browser.runtime.getURL('/viewer.html')))) return null;
  return tab.id;
}

function openPanel(tabId: number, windowId: number | undefined) {
  const c = (globalThis as { chrome?: { sidePanel?: { open(o: object): Promise<void> } } }).chrome;
  if (c?.sidePanel) c.sidePanel.open({ tabId, windowId }).catch(() => {});
  else (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open().catch(() => {});
}
