/**
 * The foundation's end-to-end proof: the seed opinion served from 127.0.0.1, the built
 * extension in a real Chromium, the state flag, real highlight ranges over the right text,
 * the side panel listing paragraphs and scrolling the page, and no request leaving 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analyze';
import { FIXTURES, launchWithExtension, lensHighlightTexts, serveFixtures, type Lens, type Served, settled, lensState } from './harness';

let lens: Lens;
let served: Served;

beforeAll(async () => {
  served = await serveFixtures();
  lens = await launchWithExtension();
});
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

async function openOpinion(path: string) {
  const page = await lens.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${served.origin}${path}`);
  await settled(page, undefined, 30000);
  return { page, errors };
}

/** Our highlights by semantic name → texts of their ranges (read in the extension's world). */
const highlightTexts = lensHighlightTexts;

/** What the page itself can read of the highlight registry: registered names. */
const pageSeesNames = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const names: string[] = [];
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.forEach((_, n) => names.push(n));
    return names;
  });

describe('seed opinion 002_962009f5170617b3.txt', () => {
  it('is analysed, painted, listed in the side panel, and nothing leaves 127.0.0.1', async () => {
    const { page, errors } = await openOpinion('/texts/002_962009f5170617b3.txt');
    expect((await lensState(page)).state).toBe('ready');
    const counts = (await lensState(page)).counts!;
    expect(Object.keys(counts).sort()).toEqual(['citations', 'factors', 'paragraphs']);
    expect(counts.paragraphs).toBe(6);
    expect(counts.citations).toBeGreaterThanOrEqual(20);
    expect(counts.factors).toBeGreaterThanOrEqual(8);

    const hl = await highlightTexts(page);
    expect(Object.keys(hl)).toContain('lens-citation');
    // the page's own scripts see opaque names only, and style rules that name no factor
    const seen = await pageSeesNames(page);
    expect(seen.length).toBe(Object.keys(hl).length);
    expect(seen.every((n) => /^lens-[a-z0-9]+$/.test(n))).toBe(true);
    expect(seen.join(' ')).not.toMatch(/citation|standard|success|harm|equities|public|bond|disposition|movant|evidence|law/);
    const rules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    expect(rules).toContain('::highlight(lens-');
    expect(rules).not.toMatch(/highlight\(lens-(citation|standard|success|harm|equities|public|bond|disposition|evidence|note|flash)/);
    // citations underlined over exactly their text
    expect(hl['lens-citation']).toContain('555 U.S. 7, 24');
    expect(hl['lens-citation']).toContain('Fed. R. Civ. P. 65(b)');
    // the decretal paragraph is painted as the disposition
    const disposition = Object.entries(hl).filter(([n]) => n.startsWith('lens-disposition-')).flatMap(([, t]) => t);
    expect(disposition.some((t) => /Motion for a Temporary Restraining Order \(Doc\. No\. 11\) is \*\*DENIED\*\*/.test(t))).toBe(true);
    // findings first (the default): the presumption paragraph's harm finding for the movant is
    // coloured on its key sentence, and no factor colours the whole paragraph
    expect(hl['lens-harm-movant']).toContain('Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm.');
    const factorRanges = Object.entries(hl).filter(([n]) => /^lens-(standard|success|harm|equities|public|bond|disposition)-/.test(n));
    expect(factorRanges.flatMap(([, t]) => t).some((t) => t.startsWith('In this case, Smalls is alleging'))).toBe(false);

    // nothing on the page's DOM says the lens is there: no attribute on any element
    const attrs = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)));
    expect(attrs.filter((a) => /lens/i.test(a))).toEqual([]);

    // side panel, opened as a page pinned to the opinion's tab
    const tabId = await lens.worker.evaluate(async (url) => {
      const [t] = await chrome.tabs.query({ url });
      return t.id;
    }, page.url());
    // the toolbar badge: relief and outcome
    expect(await lens.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('TRO✗');

    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=paragraphs`);
    await panel.waitForSelector('.para');
    const items = await panel.$$eval('.para', (els) => els.map((e) => e.textContent ?? ''));
    expect(items).toHaveLength(6);
    expect(items[0]).toContain('and the reasons why it should not be required');

    // one home for each fact (issue #16): the document fields the panel renders are the ones
    // `lens analyze --json` gives for the same text (only where the text came from differs)
    type Doc = Record<string, unknown> & { source: unknown };
    const shown = await panel.evaluate(
      (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { analysis: { document: Doc } } }> } } }).chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id }),
      tabId,
    );
    const cli = analyze({ text: readFileSync(join(FIXTURES, 'texts/002_962009f5170617b3.txt'), 'utf8') }).document as unknown as Doc;
    expect({ ...shown.value.analysis.document, source: null }).toEqual({ ...cli, source: null });
    expect(cli.docket).toBeNull(); // the docket of a case the order cites is not the order's
    expect(cli.court).toBe('ctd');

    // a click in the panel scrolls the page to the paragraph
    await page.setViewportSize({ width: 600, height: 300 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await page.evaluate(() => window.scrollY);
    await panel.click('.para[data-index="5"]');
    await page.waitForFunction((y) => window.scrollY > y, before, { timeout: 30000 });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);

    expect(errors).toEqual([]);
    expect(lens.offsite).toEqual([]);
  });

  it('a revisit paints from the cache by the text key: the page never sends its text again', async () => {
    const first = await openOpinion('/texts/002_962009f5170617b3.txt');
    const before = await highlightTexts(first.page);
    await first.page.close();
    // count what the pages ask of the background from here on
    await lens.worker.evaluate(() => {
      const g = globalThis as unknown as { __asked: string[] };
      g.__asked = [];
      chrome.runtime.onMessage.addListener((m) => {
        g.__asked.push(String((m as { type?: string })?.type));
      });
    });
    const again = await openOpinion('/texts/002_962009f5170617b3.txt');
    expect((await lensState(again.page)).state).toBe('ready');
    const asked = await lens.worker.evaluate(() => (globalThis as unknown as { __asked: string[] }).__asked);
    expect(asked).toContain('cachedAnalysis');
    expect(asked).not.toContain('analyze');
    expect(asked).not.toContain('uploadChunk');
    // the newest tab with this URL (the first test's tab is still open)
    const tabId = await lens.worker.evaluate(async (url) => Math.max(...(await chrome.tabs.query({ url })).map((t) => t.id!)), again.page.url());
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html`);
    const state = await panel.evaluate(async (id) => {
      const r = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { fromCache: boolean; analysis: { text: string } } }> } } }).chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id });
      return { fromCache: r.value.fromCache, text: r.value.analysis.text };
    }, tabId);
    await panel.close();
    expect(state.fromCache).toBe(true);
    // the side panel still gets the whole analysis, text included
    expect(state.text).toContain('In this case, Smalls is alleging');
    // the same highlights, over the same text
    const after = await highlightTexts(again.page);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['lens-citation'].sort()).toEqual(before['lens-citation'].sort());
    expect(again.errors).toEqual([]);
    await again.page.close();
  });
});
