/**
 * Real Firefox ESR (Debian's /usr/bin/firefox-esr) with the built Firefox extension
 * installed over WebDriver BiDi (puppeteer-core), pages served from 127.0.0.1 by the same
 * server the Chromium tests use.
 *
 * Nothing may leave 127.0.0.1: Firefox is pointed at a recording proxy on loopback for
 * every other host, so any request the extension (or anything else) tries to send
 * elsewhere is recorded and refused, and a test can fail on it. Firefox's own remote
 * settings are pointed at a dead local port so the browser itself sends nothing either.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from '../browser/harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION = process.env.LENS_OUT ? join(process.env.LENS_OUT, 'firefox-mv2') : join(ROOT, '.output-test/firefox-mv2');
export const ADDON_ID = 'injunction-lens@lens.local';
/** A fixed internal UUID, so the extension's pages have a known moz-extension:// origin. */
export const UUID = '3f0c6a52-8d7e-4b1a-9f2c-5e6d7a8b9c0d';
export const ORIGIN = `moz-extension://${UUID}`;

export interface Fox {
  browser: Browser;
  /** where the browser saves downloads (a fresh folder per launch) */
  downloads: string;
  /** host:port or URL of every request that tried to leave 127.0.0.1 */
  offsite: string[];
  close(): Promise<void>;
}

async function recordingProxy(offsite: string[]): Promise<Server> {
  const proxy = createServer((req, res) => {
    offsite.push(req.url ?? '?');
    res.writeHead(403);
    res.end();
  });
  proxy.on('connect', (req, socket) => {
    offsite.push(req.url ?? '?');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  return proxy;
}

/** Launches Firefox ESR with the built extension installed. */
export async function launchFirefox(): Promise<Fox> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('build the Firefox extension first: npm run build:firefox');
  const offsite: string[] = [];
  const downloads = mkdtempSync(join(tmpdir(), 'lens-ff-downloads-'));
  const proxy = await recordingProxy(offsite);
  const port = (proxy.address() as { port: number }).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // moz-extension:// pages are "system" URLs to WebDriver BiDi: a test may open them only
    // with this switch. Remote settings honour a local server only in devtools mode.
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'services.settings.server': 'http://127.0.0.1:9/v1',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      // downloads go straight to a folder the test reads (a real file out)
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  await browser.installExtension(EXTENSION);
  return {
    browser,
    downloads,
    offsite,
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
      await new Promise((r) => proxy.close(r));
    },
  };
}

/**
 * Opens one of the extension's pages. BiDi reports no load event for a moz-extension page
 * opened this way (the navigation crosses into the extension process), so wait for the
 * document itself instead.
 */
export async function openExtensionPage(fox: Fox, path: string, readySelector: string): Promise<Page> {
  const page = await fox.browser.newPage();
  const going = page.goto(`${ORIGIN}/${path}`, { timeout: 30000 }).catch(() => {});
  // poll by hand: while the tab crosses into the extension process, an evaluation can fail
  for (let i = 0; ; i++) {
    const ok = await page.evaluate((sel) => location.protocol === 'moz-extension:' && !!document.querySelector(sel), readySelector).catch(() => false);
    if (ok) break;
    if (i > 200) throw new Error(`${path}: no ${readySelector} after 20 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  void going;
  return page;
}

export interface LensState {
  state: 'running' | 'ready' | 'not-opinion' | 'error' | null;
  counts: { paragraphs: number; citations: number; factors: number } | null;
}

/** one extension page per browser, kept open to ask the background about tabs */
const probes = new WeakMap<Fox, Page>();

/**
 * Where the lens is on `page`, as the background knows it (the page's DOM carries nothing
 * that says the lens is there), asked from an extension page as the side panel asks.
 */
export async function lensState(fox: Fox, page: Page): Promise<LensState> {
  let probe = probes.get(fox);
  if (!probe || probe.isClosed()) {
    probe = await openExtensionPage(fox, 'sidepanel.html', 'body > *');
    probes.set(fox, probe);
  }
  return probe.evaluate(async (u) => {
    type Tab = { id: number; url?: string };
    type State = { tabId: number; status: LensState['state']; analysis: { paragraphs: { factors: unknown[] }[]; citations: unknown[] } | null };
    const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Tab[]> }; runtime: { sendMessage(m: object): Promise<{ ok: boolean; value?: State | null }> } } }).browser;
    const ids = (await b.tabs.query({})).filter((t) => t.url === u).map((t) => t.id);
    if (!ids.length) return { state: null, counts: null };
    const id = Math.max(...ids);
    const r = await b.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id });
    const s = r.ok ? r.value : null;
    if (!s || s.tabId !== id) return { state: null, counts: null };
    const a = s.analysis;
    return { state: s.status, counts: a ? { paragraphs: a.paragraphs.length, citations: a.citations.length, factors: a.paragraphs.reduce((n, p) => n + p.factors.length, 0) } : null };
  }, page.url()) as Promise<LensState>;
}

/** Waits until the extension has settled on a page, and returns the state. */
export async function settled(fox: Fox, page: Page, timeout = 30000): Promise<string | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const { state } = await lensState(fox, page).catch(() => ({ state: null }));
    if (state && ['ready', 'not-opinion', 'error'].includes(state)) return state;
    if (Date.now() > deadline) throw new Error(`the lens did not settle on ${page.url()} (state ${state})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The texts of every range in our highlights, as the page itself can read them (our names
 * are opaque there; what counts here is that real ranges cover the right words).
 */
export function highlightRangeTexts(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const out: string[][] = [];
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      if (name.startsWith('lens-')) out.push([...h].map((r) => r.toString()));
    });
    return out;
  });
}

/** The id of the tab showing `url`, asked from an extension page (which has the tabs API). */
export function tabIdOf(extPage: Page, url: string): Promise<number> {
  return extPage.evaluate(async (u) => {
    const b = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).browser;
    const tabs = await b.tabs.query({});
    return Math.max(...tabs.filter((t) => t.url === u).map((t) => t.id));
  }, url);
}
