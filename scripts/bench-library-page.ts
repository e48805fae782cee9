#!/usr/bin/env tsx
/**
 * The library page in real Chromium with the built extension and 10,000 annotations in
 * its real IndexedDB: the times the page itself reports for listing on opening, the first
 * search typed while the word index is still being built, a later search, and the first
 * search after opening the page again (saved index). Median of several runs.
 * Run after `npm run build` (`npm run bench` does both).
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../test/browser/harness';
import { libraryFixture } from './library-fixture';

const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Types `q` into the search box and returns the milliseconds the page reports for it. */
async function searchMs(lib: Page, q: string): Promise<number> {
  const before = await lib.textContent('#count');
  await lib.fill('#q', q);
  await lib.waitForFunction((b) => { const t = document.querySelector('#count')?.textContent ?? ''; return t !== b && / ms$/.test(t); }, before, { timeout: 20000 });
  return reported(lib);
}

async function reported(lib: Page): Promise<number> {
  const t = (await lib.textContent('#count')) ?? '';
  const m = /· (\d+) ms$/.exec(t);
  if (!m) throw new Error(`no timing in "${t}"`);
  return Number(m[1]);
}

async function main() {
  const lens = await launchWithExtension();
  const { opinions, annotations } = libraryFixture();
  const rows = { list: [] as number[], first: [] as number[], later: [] as number[], reopened: [] as number[] };
  try {
    const url = `chrome-extension://${lens.extensionId}/library.html`;
    const seed = await lens.context.newPage();
    await seed.goto(url); // the page opens the database: schema created by the extension's own code
    await seed.waitForFunction(() => / ms$/.test(document.querySelector('#count')?.textContent ?? ''));
    await seed.evaluate(async ({ opinions, annotations }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('injunction-lens');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction(['opinions', 'annotations', 'settings'], 'readwrite');
      for (const o of opinions) tx.objectStore('opinions').put(o);
      for (const a of annotations) tx.objectStore('annotations').put(a);
      tx.objectStore('settings').put({ id: 'annotations-revision', schema: 1, value: Date.now() });
      await new Promise((res, rej) => {
        tx.oncomplete = res;
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    }, { opinions, annotations });
    await seed.close();
    for (let i = 0; i < RUNS; i++) {
      // a write from "another tab" each run, so the index must be built again
      const lib = await lens.context.newPage();
      await lib.goto(url);
      await lib.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((res) => {
          const r = indexedDB.open('injunction-lens');
          r.onsuccess = () => res(r.result);
        });
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ id: 'annotations-revision', schema: 1, value: Date.now() });
        await new Promise((res) => (tx.oncomplete = res));
        db.close();
      });
      await lib.reload();
      await lib.waitForFunction(() => / ms$/.test(document.querySelector('#count')?.textContent ?? ''));
      rows.list.push(await reported(lib));
      rows.first.push(await searchMs(lib, 'zadvydas'));
      rows.later.push(await searchMs(lib, 'expedited removal'));
      await lib.waitForTimeout(1000); // the built index is saved after the search returns
      await lib.reload();
      await lib.waitForFunction(() => / ms$/.test(document.querySelector('#count')?.textContent ?? ''));
      rows.reopened.push(await searchMs(lib, 'zadvydas'));
      await lib.close();
    }
  } finally {
    await lens.close();
  }
  console.log(`\nLibrary page in Chromium, 10,000 annotations in IndexedDB (${RUNS} runs, median, as the page reports)`);
  console.log(`  open: list every opinion                 ${median(rows.list)} ms`);
  console.log(`  first search, word index being built     ${median(rows.first)} ms`);
  console.log(`  a later search                           ${median(rows.later)} ms`);
  console.log(`  opened again: first search (saved index) ${median(rows.reopened)} ms`);
}

main().catch((e) => {
  console.error(`bench-library-page: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
