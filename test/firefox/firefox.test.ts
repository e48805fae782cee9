/**
 * The built Firefox extension in a real Firefox ESR (Debian's firefox-esr): the seed opinion
 * and a real site page served from 127.0.0.1 are analysed and painted over the right words,
 * the sidebar page lists the paragraphs, the options and library pages work, a note made on
 * a selection survives a reload, a JSON-LD export saved to disk imports back into a fresh
 * profile, and no request leaves 127.0.0.1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveFixtures, type Served } from '../browser/harness';
import { highlightRangeTexts, launchFirefox, lensState, openExtensionPage, settled, tabIdOf, type Fox } from './harness';

const SEED = '/texts/002_962009f5170617b3.txt';
const QUOTE = 'the court will presume that a denial of preliminary injunctive relief will result in irreparable harm';
let served: Served;
let fox: Fox;

beforeAll(async () => {
  served = await serveFixtures();
  fox = await launchFirefox();
});
afterAll(async () => {
  await fox?.close();
  await served?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await fox.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(served.origin + path);
  await settled(fox, page);
  return { page, errors };
}

const sidebar = (tab: number, view: string) => openExtensionPage(fox, `sidepanel.html?tab=${tab}&view=${view}`, 'main, body > *');

/** Selects `quote` in the page's first <pre> (a plain-text opinion). */
async function select(page: Page, quote: string) {
  await page.evaluate((q) => {
    const text = document.querySelector('pre')!.firstChild as Text;
    const at = text.data.indexOf(q);
    const r = document.createRange();
    r.setStart(text, at);
    r.setEnd(text, at + q.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, quote);
}

/**
 * Waits until the note is painted the way page script cannot read it: our overlay layer is
 * on the page with a closed shadow root, and no highlight range the page can list covers
 * the noted quote (lib/dom/overlay.ts).
 */
function noteOnPage(page: Page) {
  return page.waitForFunction(
    (q) => {
      const layer = document.querySelector('injunction-lens-layer');
      if (!layer || layer.shadowRoot) return false;
      let exposed = false;
      (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h) => {
        for (const r of h) if (r.toString() === q) exposed = true;
      });
      return !exposed;
    },
    { timeout: 20000 },
    QUOTE,
  );
}

/** Waits for a file to appear in the downloads folder and returns its content. */
async function downloaded(dir: string, pattern: RegExp): Promise<{ name: string; text: string }> {
  for (let i = 0; i < 200; i++) {
    const name = readdirSync(dir).find((f) => pattern.test(f) && !f.endsWith('.part'));
    // Firefox writes a download under a temporary name and renames it: a name listed may be gone when read
    const text = name ? (() => { try { return readFileSync(join(dir, name), 'utf8'); } catch { return ''; } })() : '';
    if (name && text.length) return { name, text };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download matching ${pattern} in ${dir}: ${readdirSync(dir).join(', ')}`);
}

describe('Firefox ESR with the built extension', () => {
  it('analyses and paints the seed opinion, and the sidebar page lists its paragraphs', async () => {
    const { page, errors } = await open(SEED);
    expect(await settled(fox, page)).toBe('ready');
    const counts = (await lensState(fox, page)).counts ?? { paragraphs: 0, citations: 0, factors: 0 };
    expect(counts.paragraphs).toBe(6);
    expect(counts.citations).toBeGreaterThanOrEqual(20);
    expect(counts.factors).toBeGreaterThanOrEqual(8);

    // real highlight ranges over the right words: citations, the decretal sentence, a factor paragraph
    const ranges = (await highlightRangeTexts(page)).flat();
    expect(ranges).toContain('555 U.S. 7, 24');
    expect(ranges).toContain('Fed. R. Civ. P. 65(b)');
    expect(ranges.some((t) => /Motion for a Temporary Restraining Order \(Doc\. No\. 11\) is \*\*DENIED\*\*/.test(t))).toBe(true);
    // findings first (the default): the harm finding's key sentence, not its whole paragraph
    expect(ranges.some((t) => t.startsWith('Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm'))).toBe(true);
    // the page's own scripts see opaque names only
    const names = await page.evaluate(() => {
      const out: string[] = [];
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.forEach((_, n) => out.push(n));
      return out;
    });
    expect(names.length).toBeGreaterThan(2);
    expect(names.every((n) => /^lens-[a-z0-9]+$/.test(n))).toBe(true);

    const probe = await openExtensionPage(fox, 'sidepanel.html', 'body > *');
    const tab = await tabIdOf(probe, page.url());
    await probe.close();
    const panel = await sidebar(tab, 'paragraphs');
    await panel.waitForSelector('.para');
    const items = await panel.$$eval('.para', (els) => els.map((e) => e.textContent ?? ''));
    expect(items).toHaveLength(6);
    expect(items[0]).toContain('and the reasons why it should not be required');
    expect(items[3]).toContain('In this case, Smalls is alleging');
    await panel.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a real site page (CAP) from its first words to its last and paints it', async () => {
    const { page, errors } = await open('/pages/html_cap_casebody_2013_commonwealth_v_brown_mass.html');
    expect(await settled(fox, page)).toBe('ready');
    const probe = await openExtensionPage(fox, 'sidepanel.html', 'body > *');
    const tab = await tabIdOf(probe, page.url());
    const text = await probe.evaluate(async (id) => {
      const b = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ value: { analysis: { text: string } } }> } } }).browser;
      return (await b.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id })).value.analysis.text;
    }, tab);
    await probe.close();
    const squashed = text.replace(/\s+/g, ' ').trim();
    expect(squashed.slice(0, 200)).toContain('SPINA, J. This case is before us on a reservation and report');
    expect(squashed).toContain('for sentencing proceedings consistent with this opinion. So ordered.');
    expect((await highlightRangeTexts(page)).flat().length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the options and library pages', async () => {
    const options = await openExtensionPage(fox, 'options.html', '#sites input');
    expect(await options.$$eval('input[name=run]', (els) => els.length)).toBe(2);
    expect(await options.$eval('input[name=run]:checked', (e) => (e as HTMLInputElement).value)).toMatch(/^(auto|click)$/);
    expect(await options.$$eval('#sites input', (els) => els.length)).toBeGreaterThan(5);
    await options.close();
    const library = await openExtensionPage(fox, 'library.html', '#q');
    // the seed and the CAP page were opened above: the library lists them
    await library.waitForFunction(() => /^\d+ opinion/.test(document.querySelector('#count')?.textContent ?? ''), { timeout: 20000 });
    expect(await library.$eval('#count', (e) => e.textContent)).toMatch(/^[1-9]\d* opinion/);
    await library.close();
  });

  it('keeps a note across a reload, and its JSON-LD export imports back into a fresh profile', async () => {
    const { page } = await open(SEED);
    await select(page, QUOTE);
    const probe = await openExtensionPage(fox, 'sidepanel.html', 'body > *');
    const tab = await tabIdOf(probe, page.url());
    await probe.close();
    const panel = await sidebar(tab, 'notes');
    await panel.waitForSelector('.add-note textarea');
    await panel.type('.add-note textarea', 'Presumption of harm <b>not</b> enough');
    await panel.type('.add-note input', 'presumption');
    await panel.click('.add-note button[type=submit]');
    await panel.waitForSelector('.note');
    expect(await panel.$eval('.note p', (e) => e.textContent)).toBe('Presumption of harm <b>not</b> enough');
    await noteOnPage(page);
    await page.reload();
    await settled(fox, page);
    await noteOnPage(page);

    // export to a real file on disk
    await panel.select('.export select[aria-label="Export format"]', 'jsonld');
    await panel.click('#export');
    // named after the case and the format (not Firefox's temporary name for it)
    const file = await downloaded(fox.downloads, /-annotations\.jsonld$/);
    const exported = JSON.parse(file.text);
    expect(exported['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file.text).toContain('Presumption of harm');
    await panel.close();
    await page.close();

    // into a fresh profile, from that file: the note comes back on the page
    const fresh = await launchFirefox();
    try {
      const p2 = await fresh.browser.newPage();
      await p2.goto(served.origin + SEED);
      await settled(fresh, p2);
      const probe2 = await openExtensionPage(fresh, 'sidepanel.html', 'body > *');
      const tab2 = await tabIdOf(probe2, p2.url());
      await probe2.close();
      const panel2 = await openExtensionPage(fresh, `sidepanel.html?tab=${tab2}&view=notes`, 'input[type=file]');
      expect(await panel2.$$('.note')).toHaveLength(0);
      const input = await panel2.$('input[type=file]');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(join(fox.downloads, file.name));
      await panel2.waitForFunction(() => /Imported [1-9]/.test(document.querySelector('[role=status]')?.textContent ?? ''), { timeout: 20000 });
      await panel2.waitForSelector('.note');
      expect(await panel2.$eval('.note p', (e) => e.textContent)).toBe('Presumption of harm <b>not</b> enough');
      await noteOnPage(p2);
      expect(fresh.offsite).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('sent nothing beyond 127.0.0.1', () => {
    expect(fox.offsite).toEqual([]);
  });
});
