/**
 * The reader's notes, seen from the page's own scripts. `page.evaluate` runs in the page's
 * main world, where any script of the site runs: after a note is made, that world lists
 * `CSS.highlights` and every range's text, reads the adopted stylesheets' rules and walks
 * the DOM (open shadow roots and attributes included), and none of it holds the note's
 * words, tags, id or colour, or a range over the noted passage. The note is still painted:
 * boxes in a closed shadow root, read here from the extension's isolated world only
 * (`__injunctionLensOverlay`), and they move with the text when the window is resized
 * and when the page's own DOM shifts the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, inLensWorld, launchWithExtension, selectText, serveFixtures, settled, textRects, until, type Lens, type Served } from './harness';

const seed = readFileSync(join(FIXTURES, 'texts/002_962009f5170617b3.txt'), 'utf8');
const QUOTE = 'the court will presume that a denial of preliminary injunctive relief will result in irreparable harm';
const NOTE = 'Privately: weak point, ask Quillfeather about it';
const TAG = 'zq-secret-tag';
let served: Served;
let lens: Lens;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The seed opinion as an HTML page of paragraphs (text that wraps, so a resize moves it). */
const html = `<!doctype html><html><head><meta charset="utf-8"><title>Smalls v. Cortez</title></head><body><main id="m">${seed
  .split(/\n\s*\n/)
  .map((b) => `<p>${escape(b.replace(/\s+/g, ' ').trim())}</p>`)
  .join('\n')}</main></body></html>`;

beforeAll(async () => {
  served = await serveFixtures();
  served.routes.set('/private.html', { body: html });
  lens = await launchWithExtension();
});
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

type Box = { name: string; text: string; left: number; top: number; width: number; height: number };
const overlayBoxes = (page: Page) => inLensWorld<Box[]>(page, 'JSON.parse(JSON.stringify(globalThis.__injunctionLensOverlay ?? []))');

/** Everything a page script can read about our painting and our elements. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const ranges: string[] = [];
    (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach((h, name) => {
      for (const r of h) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        ranges.push(`${name}\u0001${range.toString()}`);
      }
    });
    const rules = [...document.adoptedStyleSheets, ...Array.from(document.styleSheets)].flatMap((s) => Array.from(s.cssRules).map((r) => r.cssText));
    // the DOM, open shadow roots included: every element's tag and attributes, every text
    const nodes: string[] = [];
    const walk = (root: Node) => {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
      for (let n: Node | null = w.currentNode; n; n = w.nextNode()) {
        if (n instanceof Element) {
          nodes.push(`<${n.tagName} ${Array.from(n.attributes).map((a) => `${a.name}=${a.value}`).join(' ')}>`);
          if (n.shadowRoot) walk(n.shadowRoot);
        } else nodes.push(n.textContent ?? '');
      }
    };
    walk(document);
    const own = Array.from(document.querySelectorAll('*')).filter((e) => e.tagName.startsWith('INJUNCTION-LENS'));
    return {
      ranges,
      rules,
      nodes,
      hosts: own.map((e) => ({ tag: e.tagName.toLowerCase(), attributes: Array.from(e.attributes).map((a) => [a.name, a.value]), open: !!e.shadowRoot })),
      globals: Object.keys(window).filter((k) => /lens|injunction/i.test(k)),
    };
  });
}

/** Where the quote's own text is on screen, measured by the page (its rects, line by line). */
const quoteRects = (page: Page) => textRects(page, QUOTE, '#m');

/** Waits (liveness only, 30 s) until the note's boxes lie over the quote's text as the page lays it out now. */
async function boxesOverQuote(page: Page): Promise<Box[]> {
  let boxes: Box[] = [];
  let rects: Awaited<ReturnType<typeof quoteRects>> = [];
  const close = (a: number, b: number) => Math.abs(a - b) <= 1.5;
  await until(
    async () => {
      boxes = (await overlayBoxes(page)).filter((b) => b.name === 'lens-note');
      rects = await quoteRects(page);
      return boxes.length > 0 && boxes.length === rects.length && boxes.every((b, i) => close(b.left, rects[i].left) && close(b.top, rects[i].top) && close(b.width, rects[i].width) && close(b.height, rects[i].height));
    },
    async () => `the note's boxes ${JSON.stringify(boxes)} are not over its text ${JSON.stringify(rects)}`,
    30_000,
    200,
  );
  return boxes;
}

describe('what a page can learn about the reader’s notes', () => {
  it('nothing: the note is painted where page script cannot enumerate it, and follows the text', async () => {
    const page = await lens.context.newPage();
    await page.goto(served.origin + '/private.html');
    await settled(page, 'ready', 60000);
    // what the page could read before the note
    const before = await pageView(page);
    expect(before.ranges.length).toBeGreaterThan(0);

    await selectText(page, QUOTE, '#m');
    const tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, page.url());
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=notes`);
    await panel.fill('.add-note textarea', NOTE);
    await panel.fill('.add-note input', TAG);
    await panel.click('.add-note button[type=submit]');
    await panel.waitForSelector('.note[data-id]');
    const noteId = (await panel.getAttribute('.note[data-id]', 'data-id'))!;
    expect(noteId.length).toBeGreaterThan(3);
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.bringToFront();

    // the note is painted: its boxes lie over the quote's words (read in the isolated world)
    const boxes = await boxesOverQuote(page);
    expect(new Set(boxes.map((b) => b.text))).toEqual(new Set([QUOTE]));

    // and the page's main world can learn nothing of it
    const after = await pageView(page);
    const secrets = [NOTE, 'Quillfeather', TAG, noteId, 'fff59d', 'lens-note', 'rgba(255, 235, 59', 'rgba(255,235,59'];
    const everything = JSON.stringify(after);
    for (const s of secrets) expect(everything.includes(s), s).toBe(false);
    // no highlight range over the noted passage, and the registry and sheets exactly as before the note
    expect(after.ranges.some((r) => r.split('\u0001')[1] === QUOTE)).toBe(false);
    expect([...after.ranges].sort()).toEqual([...before.ranges].sort());
    expect(after.rules).toEqual(before.rules);
    // the DOM as before, but for one host element: a neutral name, a closed shadow root, only layout in its style
    const added = after.nodes.filter((n) => !before.nodes.includes(n));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^<INJUNCTION-LENS-LAYER style=[^<>]*>$/);
    const layer = after.hosts.find((h) => h.tag === 'injunction-lens-layer')!;
    expect(layer.open).toBe(false);
    expect(layer.attributes.map(([n]) => n)).toEqual(['style']);
    expect(layer.attributes[0][1]).not.toMatch(/rgb|#|url|note/i);
    expect(after.globals).toEqual([]);
    // its boxes take no clicks and no selection: the page finds its own text under the note
    const under = await page.evaluate(({ left, top, width, height }) => document.elementsFromPoint(left + width / 2, top + height / 2).map((e) => e.tagName), boxes[0]);
    expect(under[0]).toBe('P');
    expect(under).not.toContain('INJUNCTION-LENS-LAYER');
    const copied = await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.body);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      const s = getSelection()!.toString();
      getSelection()!.removeAllRanges();
      return s;
    });
    expect(copied).toContain(QUOTE);
    expect(copied).not.toContain(NOTE);

    // the text moves: a narrower window re-wraps it, and the boxes follow
    const wide = boxes[0];
    await page.setViewportSize({ width: 640, height: 900 });
    const narrow = await boxesOverQuote(page);
    expect(narrow[0].top === wide.top && narrow[0].left === wide.left && narrow.length === boxes.length).toBe(false);
    // the page's own DOM pushes the text down: the boxes follow again
    const top = narrow[0].top;
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.style.height = '137px';
      banner.textContent = 'A banner the site added';
      document.body.prepend(banner);
    });
    const pushed = await boxesOverQuote(page);
    expect(Math.round(pushed[0].top - top)).toBeGreaterThanOrEqual(130);

    expect(lens.offsite).toEqual([]);
    await panel.close();
    await page.close();
  });
});
