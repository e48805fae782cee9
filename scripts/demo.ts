#!/usr/bin/env tsx
/**
 * Runs the product on a bundled real opinion: builds nothing itself (`npm run demo` builds
 * the test extension first; `LENS_OUT=dir` points at another build), serves the opinion on
 * 127.0.0.1, opens it in Chromium with the extension loaded (headless), makes a note on it
 * as a reader would, and writes to ./demo-out, so a person can look at every view:
 *   page-light.png, page-dark.png      the opinion with the extension's painting (findings
 *                                      first, margin marks, the note, the legend), in the
 *                                      light and the dark colour scheme
 *   page-wash.png                      the same with the paragraph wash switched on
 *   panel-ruling.png, panel-paragraphs.png, panel-authorities.png, panel-notes.png
 *                                      the side panel's four tabs for that page
 *   library.png, options.png           the library page and the options page
 *   analysis.json                      the analysis JSON the extension painted from
 * Usage: npm run demo [-- path/to/opinion.txt|.html]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { inLensWorld, launchWithExtension, lensState, serveFixtures, settled } from '../test/browser/harness';
import { analyze } from '../lib/analyze';

const out = resolve('demo-out');
const file = process.argv[2] ? resolve(process.argv[2]) : resolve('test/fixtures/texts/002_962009f5170617b3.txt');
/** The note the demo makes: on the seed's presumption of irreparable harm, else on the opinion's first long sentence. */
const SEED_QUOTE = 'the court will presume that a denial of preliminary injunctive relief will result in irreparable harm';

async function main() {
  mkdirSync(out, { recursive: true });
  const served = await serveFixtures();
  const path = `/demo/${basename(file)}`;
  const text = readFileSync(file, 'utf8');
  served.routes.set(path, { body: text, type: file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
  const lens = await launchWithExtension();
  const wrote: string[] = [];
  const shot = async (p: Page, name: string) => {
    await p.screenshot({ path: join(out, name) });
    wrote.push(name);
  };
  try {
    const page = await lens.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1100 });
    await page.goto(served.origin + path);
    await settled(page, undefined, 60000);
    const { state, counts } = await lensState(page);
    const tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
    const panelAt = async (view: string) => {
      const panel = await lens.context.newPage();
      await panel.setViewportSize({ width: 420, height: 1000 });
      await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=${view}`);
      await panel.waitForSelector('main *, #view *, body > *', { timeout: 30000 }).catch(() => {});
      await panel.waitForTimeout(500);
      return panel;
    };

    // a note, made from a selection as a reader makes one (so the page and the Notes tab show one)
    if (state === 'ready') {
      const quote = text.includes(SEED_QUOTE) ? SEED_QUOTE : null;
      const selected = await page.evaluate((q) => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
          const at = q ? n.data.indexOf(q) : n.data.search(/[A-Z][^.]{60,140}\./);
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + (q?.length ?? 60));
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
          return true;
        }
        return false;
      }, quote);
      if (selected) {
        const panel = await panelAt('notes');
        await panel.fill('.add-note textarea', 'Presumption of irreparable harm: not enough for a mandatory injunction here.');
        await panel.fill('.add-note input', 'harm, presumption');
        await panel.click('.add-note button[type=submit]');
        await panel.waitForSelector('.note[data-id]', { timeout: 30000 });
        await panel.close();
        await page.evaluate(() => getSelection()!.removeAllRanges());
      }
    }

    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(600);
    await shot(page, 'page-light.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(600);
    await shot(page, 'page-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });
    // the paragraph wash, from the legend's switch (and back: the choice is stored)
    const legendSwitch = "globalThis.__injunctionLensLegend?.querySelector('input[name=wash]')?.click()";
    if (state === 'ready') {
      await inLensWorld(page, legendSwitch);
      await settled(page, 'ready', 60000);
      await page.waitForTimeout(600);
      await shot(page, 'page-wash.png');
      await inLensWorld(page, legendSwitch);
      await settled(page, 'ready', 60000);
    }

    for (const view of ['ruling', 'paragraphs', 'authorities', 'notes']) {
      const panel = await panelAt(view);
      await shot(panel, `panel-${view}.png`);
      await panel.close();
    }
    for (const [name, url] of [['library.png', 'library.html'], ['options.png', 'options.html']]) {
      const p = await lens.context.newPage();
      await p.setViewportSize({ width: 1000, height: 900 });
      await p.goto(`chrome-extension://${lens.extensionId}/${url}`);
      await p.waitForTimeout(800);
      await shot(p, name);
      await p.close();
    }

    const analysis = analyze({ text });
    writeFileSync(join(out, 'analysis.json'), JSON.stringify(analysis, null, 2));
    wrote.push('analysis.json');
    console.log(`state: ${state} ${JSON.stringify(counts) ?? ''}`);
    console.log(`wrote to ${out}: ${wrote.join(', ')}`);
    if (state !== 'ready') process.exitCode = 1;
  } finally {
    await lens.close();
    await served.close();
  }
}

main().catch((e) => {
  console.error(`demo: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
