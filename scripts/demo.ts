#!/usr/bin/env tsx
/**
 * Runs the product on a bundled real opinion: builds nothing itself (run `npm run build`
 * first, as `npm run demo` does), serves the opinion on 127.0.0.1, opens it in Chromium
 * with the extension loaded (headless when there is no display), and writes to ./demo-out:
 *   page.png        the opinion page with the extension's highlights
 *   sidepanel.png   the side panel's Ruling view for that tab
 *   analysis.json   the analysis JSON the extension painted from
 * Usage: npm run demo [-- path/to/opinion.txt]
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { launchWithExtension, lensState, serveFixtures, settled } from '../test/browser/harness';
import { analyze } from '../lib/analyze';
import { readFileSync } from 'node:fs';

const out = resolve('demo-out');
const file = process.argv[2] ? resolve(process.argv[2]) : resolve('test/fixtures/texts/002_962009f5170617b3.txt');

async function main() {
  mkdirSync(out, { recursive: true });
  const served = await serveFixtures();
  const path = `/demo/${basename(file)}`;
  served.routes.set(path, { body: readFileSync(file, 'utf8'), type: file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8' });
  const lens = await launchWithExtension();
  try {
    const page = await lens.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1300 });
    await page.goto(served.origin + path);
    await settled(page, undefined, 60000);
    const { state, counts: found } = await lensState(page);
    const counts = JSON.stringify(found);
    await page.screenshot({ path: join(out, 'page.png'), fullPage: false });
    const tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, page.url());
    const panel = await lens.context.newPage();
    await panel.setViewportSize({ width: 420, height: 1000 });
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForTimeout(500);
    await panel.screenshot({ path: join(out, 'sidepanel.png') });
    const analysis = analyze({ text: readFileSync(file, 'utf8') });
    writeFileSync(join(out, 'analysis.json'), JSON.stringify(analysis, null, 2));
    console.log(`state: ${state} ${counts ?? ''}`);
    console.log(`wrote ${join(out, 'page.png')}, ${join(out, 'sidepanel.png')} and ${join(out, 'analysis.json')}`);
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
