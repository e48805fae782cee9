/**
 * The reader's controls as the browser binds them: the keyboard shortcuts are registered
 * with their keys, and the context menu "Analyze this selection" exists. Neither a key
 * chord the browser keeps for itself nor a native menu can be driven from a test, so the
 * test fires the browser's own events into the extension's real listeners
 * (`onCommand.dispatch`, `onClicked.dispatch`) and checks what the reader would see.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, lensHighlightTexts, serveFixtures, settled, type Lens, type Served } from './harness';

let served: Served;
let lens: Lens;
let page: Page;
let tabId: number;

beforeAll(async () => {
  served = await serveFixtures();
  lens = await launchWithExtension();
  page = await lens.context.newPage();
  await page.setViewportSize({ width: 700, height: 300 });
  await page.goto(`${served.origin}/texts/002_962009f5170617b3.txt`);
  await settled(page, 'ready', 30000);
  await page.bringToFront();
  tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, page.url());
});
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

const tabState = async () => {
  const panel = await lens.context.newPage();
  await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html`);
  const r = await panel.evaluate(
    (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { analysis: { document: { source: { site: string } }; paragraphs: unknown[]; citations: { text: string; caseName: string | null; year: number | null }[] } } }> } } }).chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id }),
    tabId,
  );
  await panel.close();
  await page.bringToFront();
  return r.value;
};

describe('keyboard shortcuts and the context menu', () => {
  it('binds the three shortcuts to their keys', async () => {
    const bound = await lens.worker.evaluate(async () => (await chrome.commands.getAll()).map((c) => `${c.name}=${c.shortcut}`));
    expect(bound).toEqual(expect.arrayContaining(['next-factor=Alt+Shift+J', 'previous-factor=Alt+Shift+K', 'toggle-highlights=Alt+Shift+H']));
  });

  it('steps to the next factor paragraph and toggles the highlights off and on', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await lens.worker.evaluate(() => chrome.commands.onCommand.dispatch('next-factor'));
    await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 30000 });
    const down = await page.evaluate(() => window.scrollY);
    await lens.worker.evaluate(() => chrome.commands.onCommand.dispatch('next-factor'));
    await page.waitForFunction((y) => window.scrollY > y, down, { timeout: 30000 });

    const painted = () => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size);
    expect(await painted()).toBeGreaterThan(0);
    await lens.worker.evaluate(() => chrome.commands.onCommand.dispatch('toggle-highlights'));
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0, null, { timeout: 30000 });
    await lens.worker.evaluate(() => chrome.commands.onCommand.dispatch('toggle-highlights'));
    await settled(page, 'ready', 30000);
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, null, { timeout: 30000 });
    expect(Object.keys(await lensHighlightTexts(page))).toContain('lens-citation');
  });

  it('"Analyze this selection" analyses just the selected text for the side panel', async () => {
    await lens.worker.evaluate(() => chrome.contextMenus.update('lens-analyze-selection', {})); // rejects if the item is missing
    const selection = 'Courts in the Second Circuit apply the same standard for a temporary restraining order as for a preliminary injunction. See Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7, 20 (2008). The movant must show irreparable harm.';
    await lens.worker.evaluate(
      ([id, url, text]) => chrome.contextMenus.onClicked.dispatch({ menuItemId: 'lens-analyze-selection', selectionText: text as string }, { id: id as number, url: url as string, windowId: 1 }),
      [tabId, page.url(), selection] as const,
    );
    const state = await tabState();
    expect(state.analysis.document.source.site).toBe('selection');
    expect(state.analysis.citations.map((c) => [c.text, c.caseName, c.year])).toEqual([['555 U.S. 7, 20', 'Winter v. Natural Res. Def. Council, Inc.', 2008]]);
  });
});
