/**
 * The reading experience on the seed opinion: the Ruling scoreboard, the Authorities table,
 * the citation hover card, the legend's per-factor toggle, keyboard stepping between factor
 * paragraphs, and a reader's correction of a label repainting the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type Lens, type Served, settled, lensHighlightTexts, waitForLens } from './harness';

let served: Served;
let lens: Lens;
let page: Page;
let tabId: number;

/** Our highlights' semantic names (read in the extension's world: the page sees opaque names). */
const names = async () => Object.keys(await lensHighlightTexts(page)).sort();
const send = (type: string, args: object = {}) =>
  lens.worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [tabId, { channel: 'lens-content', type, ...args }] as const);

beforeAll(async () => {
  served = await serveFixtures();
  lens = await launchWithExtension();
  page = await lens.context.newPage();
  await page.setViewportSize({ width: 900, height: 500 });
  await page.goto(`${served.origin}/texts/002_962009f5170617b3.txt`);
  await settled(page, 'ready', 30000);
  tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, page.url());
});
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

describe('side panel and page controls', () => {
  it('shows the ruling: relief, test, outcome and the factor scoreboard', async () => {
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.factor');
    const summary = await panel.textContent('.summary');
    expect(summary).toContain('Temporary restraining order (mandatory)');
    expect(summary).toContain('winter, heightened');
    expect(summary).toContain('denied');
    expect(summary).toContain('Janet C. Hall');
    const harm = await panel.textContent('.factor[data-factor="harm"] h3');
    expect(harm).toContain('✓');
    const success = await panel.textContent('.factor[data-factor="success"] h3');
    expect(success).toContain('✗');
    // the outline tree: caption, posture, standard, one node per factor found, disposition
    expect(await panel.$$eval('.outline li', (els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['caption', 'posture', 'standard', 'factor', 'factor', 'disposition']);

    await panel.click('button[data-view="authorities"]');
    await panel.waitForSelector('table');
    const rows = await panel.$$eval('tr', (trs) => trs.map((t) => t.textContent ?? ''));
    const winter = rows.find((r) => r.includes('Winter'));
    expect(winter).toContain('555 U.S. 7');
    // the short forms of Am. Civil Liberties Union v. Clapper are gathered under it with their pins
    const clapper = rows.find((r) => r.includes('804 F.3d'));
    expect(clapper).toContain('622');
    // sorted by times cited, the most cited case comes first
    await panel.selectOption('select[aria-label="Sort authorities"]', 'cites');
    const counts = await panel.$$eval('table:first-of-type tr td:nth-child(2)', (tds) => tds.map((t) => parseInt(t.textContent ?? '0', 10)));
    expect(counts.length).toBeGreaterThan(3);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    await panel.close();
  });

  it('shows a card on hovering a citation, and where a short form points', async () => {
    const box = await page.evaluate(() => {
      const pre = document.querySelector('pre')!.firstChild as Text;
      const at = pre.data.indexOf('Id. at 510');
      const r = document.createRange();
      r.setStart(pre, at + 1);
      r.setEnd(pre, at + 2);
      r.startContainer.parentElement!.scrollIntoView();
      window.scrollBy(0, -100);
      const rect = r.getBoundingClientRect();
      return { x: rect.left + 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x - 30, box.y);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await page.waitForFunction(() => (document.querySelector('injunction-lens-card') as HTMLElement)?.style.display === 'block', null, { timeout: 30000 });
    // a closed shadow root: the page sees the host, not the card's text
    expect(await page.evaluate(() => document.querySelector('injunction-lens-card')!.shadowRoot)).toBeNull();
    expect(await page.evaluate(() => document.querySelector('injunction-lens-card')!.textContent)).toBe('');
  });

  it('shows the card when the caret is put in a citation (keyboard readers), and Escape hides it', async () => {
    const card = () => page.evaluate(() => (document.querySelector('injunction-lens-card') as HTMLElement).style.display);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.querySelector('injunction-lens-card') as HTMLElement).style.display === 'none', null, { timeout: 30000 });
    // the caret where caret browsing or a click would put it: inside "555 U.S. 7, 24"
    await page.evaluate(() => {
      const pre = document.querySelector('pre')!.firstChild as Text;
      const at = pre.data.indexOf('555 U.S. 7, 24');
      pre.parentElement!.scrollIntoView();
      getSelection()!.collapse(pre, at + 4);
    });
    await page.waitForFunction(() => (document.querySelector('injunction-lens-card') as HTMLElement).style.display === 'block', null, { timeout: 30000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.querySelector('injunction-lens-card') as HTMLElement).style.display === 'none', null, { timeout: 30000 });
    // moving the caret off the citation keeps it hidden
    await page.evaluate(() => {
      const pre = document.querySelector('pre')!.firstChild as Text;
      getSelection()!.collapse(pre, 3);
    });
    await page.waitForTimeout(400);
    expect(await card()).toBe('none');
  });

  it('hides and shows a factor from the legend message and steps between factor paragraphs', async () => {
    expect(await names()).toContain('lens-evidence-harm');
    await send('setFactorVisible', { factor: 'harm', visible: false });
    expect((await names()).filter((n) => n.includes('harm'))).toEqual([]);
    await send('setFactorVisible', { factor: 'harm', visible: true });
    expect(await names()).toContain('lens-evidence-harm');

    await page.evaluate(() => window.scrollTo(0, 0));
    const first = (await send('step', { direction: 1 })) as { ok: boolean; value: { index: number } };
    expect(first.ok).toBe(true);
    const second = (await send('step', { direction: 1 })) as { ok: boolean; value: { index: number } };
    expect(second.value.index).toBeGreaterThan(first.value.index);
    const back = (await send('step', { direction: -1 })) as { ok: boolean; value: { index: number } };
    expect(back.value.index).toBe(first.value.index);
  });

  it('repaints with the reader’s correction of a paragraph’s label', async () => {
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=paragraphs`);
    await panel.waitForSelector('.para');
    // paragraph 2 (index 1): the reader marks it as a public-interest finding for the movant
    await panel.click('.para[data-index="1"] .fix');
    await panel.selectOption('.override:not([hidden]) select[aria-label="Factor"]', 'public');
    await panel.selectOption('.override:not([hidden]) select[aria-label="Stance"]', 'movant');
    await panel.click('.override:not([hidden]) button[type=submit]');
    await waitForLens(page, "hl('lens-public-movant')", 30000);
    await panel.reload();
    await panel.waitForSelector('.para');
    expect(await panel.textContent('.para[data-index="1"] .tags')).toContain('public ✓ ✎');
    await panel.close();
  });
});
