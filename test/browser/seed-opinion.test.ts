/**
 * The foundation's end-to-end proof: the seed opinion served from 127.0.0.1, the built
 * extension in a real Chromium, the state flag, real highlight ranges over the right text,
 * the side panel listing paragraphs and scrolling the page, and no request leaving 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixtures, type Lens, type Served, settled } from './harness';

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

/** Reads the page's highlight registry: name → texts of its ranges. */
async function highlightTexts(page: import('playwright-core').Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    reg.forEach((h, name) => {
      out[name] = [...h].map((r) => r.toString());
    });
    return out;
  });
}

describe('seed opinion 002_962009f5170617b3.txt', () => {
  it('is analysed, painted, listed in the side panel, and nothing leaves 127.0.0.1', async () => {
    const { page, errors } = await openOpinion('/texts/002_962009f5170617b3.txt');
    expect(await page.getAttribute('html', 'data-injunction-lens')).toBe('ready');
    const counts = JSON.parse((await page.getAttribute('html', 'data-injunction-lens-counts')) ?? '{}');
    expect(Object.keys(counts).sort()).toEqual(['citations', 'factors', 'paragraphs']);
    expect(counts.paragraphs).toBe(6);
    expect(counts.citations).toBeGreaterThanOrEqual(20);
    expect(counts.factors).toBeGreaterThanOrEqual(8);

    const hl = await highlightTexts(page);
    const names = Object.keys(hl);
    expect(names.every((n) => n.startsWith('lens-'))).toBe(true);
    // citations underlined over exactly their text
    expect(hl['lens-citation']).toContain('555 U.S. 7, 24');
    expect(hl['lens-citation']).toContain('Fed. R. Civ. P. 65(b)');
    // the decretal paragraph is painted as the disposition
    const disposition = Object.entries(hl).filter(([n]) => n.startsWith('lens-disposition-')).flatMap(([, t]) => t);
    expect(disposition.some((t) => /Motion for a Temporary Restraining Order \(Doc\. No\. 11\) is \*\*DENIED\*\*/.test(t))).toBe(true);
    // the presumption paragraph carries a harm finding for the movant somewhere on the page
    const paragraphWashes = Object.entries(hl).filter(([n]) => /^lens-(standard|success|harm|equities|public|bond|disposition)-/.test(n));
    expect(paragraphWashes.flatMap(([, t]) => t).some((t) => t.startsWith('In this case, Smalls is alleging'))).toBe(true);

    // the page cannot read the analysis: only the state flag and counts are on the DOM
    const attrs = await page.evaluate(() => [...document.documentElement.attributes].map((a) => a.name));
    expect(attrs.filter((a) => a.startsWith('data-injunction-lens')).sort()).toEqual(['data-injunction-lens', 'data-injunction-lens-counts']);

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

    // a click in the panel scrolls the page to the paragraph
    await page.setViewportSize({ width: 600, height: 300 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const before = await page.evaluate(() => window.scrollY);
    await panel.click('.para[data-index="5"]');
    await page.waitForFunction((y) => window.scrollY > y, before, { timeout: 5000 });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);

    expect(errors).toEqual([]);
    expect(lens.offsite).toEqual([]);
  });
});
