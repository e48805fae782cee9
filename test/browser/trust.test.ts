/**
 * Trust boundaries in a real Chromium: a content script is treated as the court site it runs
 * in. From a content script's own context (its isolated world), every library-wide or
 * other-tab call is refused, and what it may ask is answered about its own tab only. The
 * same calls from an extension page (the side panel) work.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, inLensWorld, launchWithExtension, lensHighlightTexts, lensState, serveFixtures, settled, type Lens, type Served } from './harness';

const seed = readFileSync(join(FIXTURES, 'texts/002_962009f5170617b3.txt'), 'utf8');
const QUOTE = 'the court will presume that a denial of preliminary injunctive relief will result in irreparable harm';
const REFUSED = 'not allowed from this context';
/** the attacker's page is the seed after a paragraph of its own, so its offsets differ */
const PREFIX = 'A page of the attacker, before the same order.\n\n';
let served: Served;
let lens: Lens;
let reader: Page; // the tab whose notes an attacker wants
let attacker: Page; // another court-site tab, its content script in the attacker's hands
let panel: Page;
let readerTab: number;

type Reply = { ok: boolean; value?: unknown; error?: string };

/** runtime.sendMessage on the background channel from the content script's isolated world */
const fromContent = (page: Page, type: string, args: object) =>
  inLensWorld<Reply>(page, `chrome.runtime.sendMessage(${JSON.stringify({ channel: 'lens-bg', type, ...args })})`);
const fromPanel = (type: string, args: object) =>
  panel.evaluate((m) => chrome.runtime.sendMessage(m) as Promise<Reply>, { channel: 'lens-bg', type, ...args });

beforeAll(async () => {
  served = await serveFixtures();
  served.routes.set('/reader.txt', { body: seed, type: 'text/plain; charset=utf-8' });
  served.routes.set('/attacker.txt', { body: PREFIX + seed, type: 'text/plain; charset=utf-8' });
  lens = await launchWithExtension();
  reader = await lens.context.newPage();
  await reader.goto(served.origin + '/reader.txt');
  await settled(reader, 'ready');
  attacker = await lens.context.newPage();
  await attacker.goto(served.origin + '/attacker.txt');
  await settled(attacker, 'ready');
  readerTab = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, reader.url());
  panel = await lens.context.newPage();
  await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${readerTab}&view=notes`);
  // the reader's private note on the first tab, made from an extension page
  const at = seed.indexOf(QUOTE);
  const made = await fromPanel('addNote', { tabId: readerTab, start: at, end: at + QUOTE.length, note: 'PRIVATE strategy note', tags: ['secret'] });
  expect(made.ok, made.error).toBe(true);
}, 120000);
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

describe('a content script is unprivileged', () => {
  // every message a content script may not send, with arguments aimed at the reader's tab
  const refused: [string, () => object][] = [
    ['getTabState', () => ({ tabId: readerTab })],
    ['addNote', () => ({ tabId: readerTab, start: 0, end: 5, note: 'planted', tags: [] })],
    ['updateNote', () => ({ tabId: readerTab, id: 'x', note: 'changed', tags: [] })],
    ['deleteNote', () => ({ tabId: readerTab, id: 'x' })],
    ['restoreNote', () => ({ tabId: readerTab, id: 'x' })],
    ['setOverride', () => ({ tabId: readerTab, paragraph: 0, factor: 'harm', stance: 'movant' })],
    ['exportData', () => ({ tabId: null, format: 'backup', scope: 'library' })],
    ['exportData', () => ({ tabId: readerTab, format: 'jsonld', scope: 'opinion' })],
    [
      'importData',
      () => ({
        content: JSON.stringify({ '@context': 'https://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', opinion: { url: 'javascript:alert(1)' }, items: [] }),
      }),
    ],
    ['libraryChanged', () => ({})],
    ['noSuchMessage', () => ({})],
  ];
  it.each(refused)('%s is refused', async (type, args) => {
    const r = await fromContent(attacker, type, args());
    expect(r).toEqual({ ok: false, error: REFUSED });
  });

  it('listNotes answers about its own tab, whatever tab the message names', async () => {
    const own = await fromContent(attacker, 'listNotes', { tabId: readerTab });
    expect(own.ok).toBe(true);
    expect(JSON.stringify(own.value)).not.toContain('PRIVATE');
    expect(own.value).toEqual([]);
  });

  it('analysisPart answers from its own tab only', async () => {
    const theirs = await fromContent(attacker, 'analysisPart', { part: 'paragraphs', from: 0, count: 3 });
    expect(theirs.ok).toBe(true);
    const attackerTab = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, attacker.url());
    const paragraphsOf = async (tabId: number) => ((await fromPanel('getTabState', { tabId })).value as { analysis: { paragraphs: unknown[] } }).analysis.paragraphs.slice(0, 3);
    expect(theirs.value).toEqual(await paragraphsOf(attackerTab));
    expect(theirs.value).not.toEqual(await paragraphsOf(readerTab));
  });

  it('the same calls from the side panel work, and nothing was planted or lost', async () => {
    const notes = await fromPanel('listNotes', { tabId: readerTab });
    expect(notes.ok).toBe(true);
    const list = notes.value as { note: string }[];
    expect(list.map((n) => n.note)).toEqual(['PRIVATE strategy note']);
    const state = await fromPanel('getTabState', { tabId: readerTab });
    expect((state.value as { url: string }).url).toBe(reader.url());
    const exported = await fromPanel('exportData', { tabId: readerTab, format: 'jsonld', scope: 'opinion' });
    expect(exported.ok).toBe(true);
    const content = (exported.value as { content: string }).content;
    expect(content).toContain('PRIVATE strategy note');
    expect(content).not.toContain('planted');
    // no message carries a library any more: the pages read the database themselves
    expect(await fromPanel('exportData', { tabId: null, format: 'backup', scope: 'library' })).toMatchObject({ ok: false });
    expect(await fromPanel('importData', { content: '{}' })).toEqual({ ok: false, error: REFUSED });
  });
});

describe('nothing the page can fire reaches the lens', () => {
  it('the page hears no start-up message or event, and its forged ones do not stop the lens', async () => {
    const page = await lens.context.newPage();
    const names = ['content', 'guest', 'guest-styles', 'lens-styles'].map((n) => `${lens.extensionId}:${n}:wxt:content-script-started`);
    // the page's own script, before ours: it listens for everything WXT's context would send
    await page.addInitScript((names: string[]) => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      addEventListener('message', (e) => heard.push('message ' + JSON.stringify(e.data)));
      for (const n of [...names, `${names[0].split(':')[0]}:guest:wxt:locationchange`]) {
        document.addEventListener(n, () => heard.push('document ' + n));
        addEventListener(n, () => heard.push('window ' + n));
      }
    }, names);
    await page.goto(served.origin + '/reader.txt');
    await settled(page, 'ready');
    expect(await page.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    const before = await lensHighlightTexts(page);
    expect(before['lens-citation']?.length ?? 0).toBeGreaterThan(5);
    // forge the events WXT's context tears itself down on
    await page.evaluate((names: string[]) => {
      for (const n of names) {
        for (const name of ['content', 'guest', 'guest-styles', 'lens-styles']) {
          document.dispatchEvent(new CustomEvent(n, { detail: { contentScriptName: name, messageId: 'forged' } }));
        }
        window.postMessage({ type: n, contentScriptName: 'guest', messageId: 'forged' }, '*');
      }
    }, names);
    // the lens still answers and repaints: ask it to step to the next factor paragraph
    const tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, page.url());
    const step = (await lens.worker.evaluate(
      ([id]) => chrome.tabs.sendMessage(id, { channel: 'lens-content', type: 'step', direction: 1 }),
      [tabId] as const,
    )) as { ok: boolean; value: { index: number | null } };
    expect(step.ok).toBe(true);
    expect(step.value.index).not.toBeNull();
    const after = await lensHighlightTexts(page);
    expect(after['lens-citation']).toEqual(before['lens-citation']);
    await page.close();
  });
});

describe('hostile text does not stall the lens', () => {
  it('three pages headed by 6,000 spaces and em-spaces, then a normal page: every one reaches ready with the seed read right', async () => {
    const hostile = (i: number) => ' '.repeat(3000) + '\u2003'.repeat(3000) + '\n'.repeat(i) + seed;
    for (const i of [1, 2, 3]) served.routes.set(`/blank-${i}.txt`, { body: hostile(i), type: 'text/plain; charset=utf-8' });
    served.routes.set('/normal.txt', { body: seed + '\n', type: 'text/plain; charset=utf-8' });
    const pages: Page[] = [];
    for (const i of [1, 2, 3]) {
      const p = await lens.context.newPage();
      void p.goto(served.origin + `/blank-${i}.txt`);
      pages.push(p);
    }
    const normal = await lens.context.newPage();
    await normal.goto(served.origin + '/normal.txt');
    await normal.bringToFront();
    expect(await settled(normal, 'ready')).toBe('ready');
    const want = (await lensState(reader)).counts;
    expect((await lensState(normal)).counts).toEqual(want);
    for (const p of pages) {
      expect(await settled(p, 'ready')).toBe('ready');
      expect((await lensState(p)).counts).toEqual(want);
      const tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, p.url());
      const state = (await fromPanel('getTabState', { tabId })).value as { analysis: { document: { title: string | null; court: { id: string } | null } } };
      const seedState = (await fromPanel('getTabState', { tabId: readerTab })).value as typeof state;
      expect(state.analysis.document.title).toBe(seedState.analysis.document.title);
      expect(state.analysis.document.court).toEqual(seedState.analysis.document.court);
      await p.close();
    }
    await normal.close();
  }, 120_000);
});
