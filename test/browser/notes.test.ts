/**
 * The reader's notes in a real Chromium with the built extension: made from a selection on
 * the seed opinion, kept in the extension's IndexedDB, painted again after a reload and a
 * browser restart, re-anchored to the same words after the page's text changed a little,
 * and exported from the side panel in every format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, launchWithExtension, serveFixtures, type Lens, type Served, settled, waitForLens, inLensWorld, selectInPre } from './harness';

const seed = readFileSync(join(FIXTURES, 'texts/002_962009f5170617b3.txt'), 'utf8');
const QUOTE = 'the court will presume that a denial of preliminary injunctive relief will result in irreparable harm';
let served: Served;
let lens: Lens;

beforeAll(async () => {
  served = await serveFixtures();
  served.routes.set('/smalls.txt', { body: seed, type: 'text/plain; charset=utf-8' });
  lens = await launchWithExtension();
});
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

async function openReady(path: string): Promise<Page> {
  const page = await lens.context.newPage();
  await page.goto(served.origin + path);
  await settled(page, 'ready', 30000);
  return page;
}

/** the texts under the note boxes of the overlay (read in the extension's world: the page cannot) */
const NOTE_TEXTS = "[...new Set((globalThis.__injunctionLensOverlay ?? []).filter((b) => b.name === 'lens-note').map((b) => b.text))]";
const noteTexts = (page: Page) => inLensWorld<string[]>(page, NOTE_TEXTS);
const ONE_NOTE = `${NOTE_TEXTS}.length === 1`;

async function tabIdOf(page: Page): Promise<number> {
  return lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, page.url());
}

async function panelFor(page: Page, view = 'notes'): Promise<Page> {
  const panel = await lens.context.newPage();
  await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${await tabIdOf(page)}&view=${view}`);
  return panel;
}

describe('notes', () => {
  it('are made from a selection and survive reload, restart and a changed page', async () => {
    let page = await openReady('/smalls.txt');
    await selectInPre(page, QUOTE);
    let panel = await panelFor(page);
    await panel.fill('.add-note textarea', 'Presumption of irreparable harm <b>not</b> enough here');
    await panel.fill('.add-note input', 'presumption, harm');
    await panel.click('.add-note button[type=submit]');
    await panel.waitForSelector('.note');
    // text is escaped, not parsed: the angle brackets are shown as typed
    expect(await panel.textContent('.note p')).toBe('Presumption of irreparable harm <b>not</b> enough here');
    expect(await panel.$$eval('.note .tags .tag', (els) => els.map((e) => e.textContent))).toEqual(['presumption', 'harm']);
    await waitForLens(page, ONE_NOTE, 30000);
    expect(await noteTexts(page)).toEqual([QUOTE]);

    await page.reload();
    await waitForLens(page, ONE_NOTE, 30000);
    expect(await noteTexts(page)).toEqual([QUOTE]);

    // browser restart with the same profile
    const profile = lens.userDataDir;
    await lens.close(true);
    lens = await launchWithExtension(profile);
    page = await openReady('/smalls.txt');
    await waitForLens(page, ONE_NOTE, 30000);
    expect(await noteTexts(page)).toEqual([QUOTE]);

    // the site changes the text a little: re-wrapped lines, a corrected typo before the note
    const changed = seed.replace('Thus, the court will presume', 'Thus,  the\ncourt will presume').replace('cruel and unusual punishment', 'cruel and unusual  punishment');
    served.routes.set('/smalls.txt', { body: changed, type: 'text/plain; charset=utf-8' });
    await page.reload();
    await waitForLens(page, ONE_NOTE, 30000);
    expect((await noteTexts(page))[0].replace(/\s+/g, ' ')).toBe(QUOTE);
    expect(lens.offsite).toEqual([]);
  });

  it('are found in the library, and a deleted note comes back with undo', async () => {
    const lib = await lens.context.newPage();
    await lib.goto(`chrome-extension://${lens.extensionId}/library.html`);
    await lib.waitForSelector('.hit');
    expect(await lib.textContent('#hits')).toContain('smalls.txt');
    await lib.fill('#q', 'presumption enough');
    await lib.waitForFunction(() => document.querySelector('#hits blockquote')?.textContent?.includes('Presumption of irreparable harm'), null, { timeout: 30000 });
    await lib.selectOption('#relief', 'tro');
    await lib.waitForFunction(() => (document.querySelector('#count')?.textContent ?? '').startsWith('1 opinion'), null, { timeout: 30000 });
    await lib.selectOption('#relief', 'permanent_injunction');
    await lib.waitForFunction(() => (document.querySelector('#count')?.textContent ?? '').startsWith('0 opinion'), null, { timeout: 30000 });
    await lib.close();

    const page = await openReady('/smalls.txt');
    const panel = await panelFor(page);
    await panel.waitForSelector('.note');
    await panel.click('.note .actions button:has-text("Delete")');
    await panel.waitForSelector('#status button:has-text("Undo")');
    expect(await panel.$$('.note')).toHaveLength(0);
    await panel.click('#status button:has-text("Undo")');
    await panel.waitForSelector('.note');
    expect(await panel.textContent('.note p')).toBe('Presumption of irreparable harm <b>not</b> enough here');
    await page.close();
    await panel.close();
  });

  it('export from the side panel in every format', async () => {
    const page = await openReady('/smalls.txt');
    const panel = await panelFor(page);
    await panel.waitForSelector('.note');
    const got: Record<string, string> = {};
    for (const format of ['jsonld', 'csv', 'md', 'csl', 'html']) {
      await panel.selectOption('.export select[aria-label="Export format"]', format);
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.click('#export')]);
      const path = await download.path();
      got[format] = readFileSync(path!, 'utf8');
    }
    const jsonld = JSON.parse(got.jsonld);
    expect(jsonld['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const notes = (jsonld.first?.items ?? jsonld.items ?? []).filter((a: { motivation?: string }) => a.motivation !== 'classifying' && a.motivation !== 'editing');
    expect(JSON.stringify(notes)).toContain('Presumption of irreparable harm');
    expect(got.csv.charCodeAt(0)).toBe(0xfeff);
    expect(got.md).toMatch(/Irreparable harm/i);
    const csl = JSON.parse(got.csl);
    expect(csl.some((i: { type: string; volume?: string; page?: string }) => i.type === 'legal_case' && i.volume === '555' && i.page === '7')).toBe(true);
    expect(got.html).toContain('&lt;b&gt;not&lt;/b&gt;');

    // into a fresh profile: a malformed file is refused and changes nothing; the export
    // imports back identical, and importing it twice adds nothing
    const fresh = await launchWithExtension();
    try {
      const p2 = await fresh.context.newPage();
      await p2.goto(served.origin + '/smalls.txt');
      await settled(p2, 'ready', 30000);
      const tab2 = await fresh.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, p2.url());
      const panel2 = await fresh.context.newPage();
      await panel2.goto(`chrome-extension://${fresh.extensionId}/sidepanel.html?tab=${tab2}&view=notes`);
      await panel2.waitForSelector('.add-note');
      const importFile = async (name: string, content: string) => {
        await panel2.setInputFiles('input[type=file]', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
        await panel2.waitForFunction(() => /Imported|Nothing imported/.test(document.querySelector('[role=status]')?.textContent ?? ''), null, { timeout: 30000 });
        const status = (await panel2.textContent('[role=status]')) ?? '';
        await panel2.evaluate(() => (document.querySelector('[role=status]')!.textContent = ''));
        return status;
      };
      expect(await importFile('broken.jsonld', got.jsonld.slice(0, got.jsonld.length / 2))).toMatch(/^Nothing imported: /);
      expect(await panel2.$$('.note')).toHaveLength(0);
      expect(await importFile('notes.jsonld', got.jsonld)).toMatch(/Imported [1-9]/);
      expect(await importFile('notes.jsonld', got.jsonld)).toMatch(/Imported 0 annotation\(s\); [1-9]\d* were already here/);
      await waitForLens(p2, ONE_NOTE, 30000);
      await panel2.selectOption('.export select[aria-label="Export format"]', 'jsonld');
      const [again] = await Promise.all([panel2.waitForEvent('download'), panel2.click('#export')]);
      const items = (doc: { first?: { items: unknown[] }; items?: unknown[] }) => (doc.first?.items ?? doc.items ?? []) as { id: string }[];
      const before = items(JSON.parse(got.jsonld)).sort((a, b) => a.id.localeCompare(b.id));
      const after = items(JSON.parse(readFileSync((await again.path())!, 'utf8'))).sort((a, b) => a.id.localeCompare(b.id));
      expect(after).toEqual(before);
      expect(fresh.offsite).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
