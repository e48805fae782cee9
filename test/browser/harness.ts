/**
 * Real Chromium (Debian's /usr/bin/chromium) with the built extension loaded, pages served
 * from a local HTTP server on 127.0.0.1, and every request that tries to leave 127.0.0.1
 * recorded so a test can fail on it.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, existsSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { SliceKind, SliceRecord } from '../../lib/dom/slice-meter';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION = process.env.LENS_OUT ? join(process.env.LENS_OUT, 'chrome-mv3') : join(ROOT, '.output-test/chrome-mv3');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface Served {
  server: Server;
  origin: string;
  /** extra routes: path → { body, type, headers } */
  routes: Map<string, { body: string; type?: string; headers?: Record<string, string> }>;
  close(): Promise<void>;
}

/** Serves test/fixtures (and `routes`) on 127.0.0.1 at a free port. */
export async function serveFixtures(): Promise<Served> {
  const routes: Served['routes'] = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes.get(path);
    if (route) {
      res.writeHead(200, { 'content-type': route.type ?? 'text/html; charset=utf-8', ...(route.headers ?? {}) });
      return res.end(route.body);
    }
    const file = normalize(join(FIXTURES, path));
    if (!file.startsWith(FIXTURES) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return res.end('not found');
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    // Saved site pages still point at their sites' scripts and styles: those page requests
    // are pointed at this server instead, so any offsite request a test sees is ours.
    if (path.startsWith('/pages/') && /\.html?$/.test(file)) return res.end(readFileSync(file, 'utf8').replace(/\b(src|href)=(["'])(?:https?:)?\/\//gi, '$1=$2/offsite/'));
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    server,
    routes,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Lens {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  offsite: string[];
  userDataDir: string;
  close(keepProfile?: boolean): Promise<void>;
}

/** Launches Chromium with the built extension; `userDataDir` reuses a profile (restart tests). */
export async function launchWithExtension(userDataDir?: string): Promise<Lens> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('build the test extension first: npm run build:test');
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'lens-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
  });
  const offsite: string[] = [];
  context.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about|chrome|chrome-extension|devtools):/.test(url)) return;
    const host = new URL(url).hostname;
    if (host !== '127.0.0.1') offsite.push(url);
  });
  // Abort anything offsite too: the test fails on it, and it must not reach the network.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    offsite,
    userDataDir: dir,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface LensState {
  state: 'running' | 'ready' | 'not-opinion' | 'error' | null;
  counts: { paragraphs: number; citations: number; factors: number } | null;
}

/**
 * Where the lens is on `page` and its answer's counts, read in the extension's isolated
 * world (the page's DOM carries nothing that says the lens is there). Before the content
 * script runs, or where it never runs: `{ state: null, counts: null }`.
 */
export async function lensState(page: Page): Promise<LensState> {
  const none: LensState = { state: null, counts: null };
  return (await inLensWorld<LensState | null>(page, 'globalThis.__injunctionLensState ?? null').catch(() => null)) ?? none;
}

/**
 * Polls `check` until it is true. Liveness only: no time is asserted; the timeout only ends a
 * wait that would otherwise hang, with `what` (or what it returns) as the error.
 */
export async function until(check: () => Promise<boolean>, what: string | (() => Promise<string>), timeout = 30000, every = 100): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(typeof what === 'string' ? `timed out: ${what}` : await what());
    await new Promise((r) => setTimeout(r, every));
  }
}

/** Waits until the extension has settled on a page: `ready`, `not-opinion` or `error` (or `ready` only). */
export async function settled(page: Page, only?: 'ready', timeout = 30000): Promise<string | null> {
  let state: string | null = null;
  await until(
    async () => {
      state = (await lensState(page)).state;
      return only ? state === only : state != null && ['ready', 'not-opinion', 'error'].includes(state);
    },
    async () => `the lens did not settle on ${page.url()} (state ${state})`,
    timeout,
  );
  return state;
}

/**
 * Evaluates `expression` in the extension's isolated world on `page` (where its content
 * scripts run), through the DevTools protocol as a debugger would. The page's own scripts
 * cannot do this; tests use it to read what only the extension knows, such as which
 * semantic name each opaque highlight name stands for.
 */
export async function inLensWorld<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { frameId?: string; isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    const { frameTree } = await cdp.send('Page.getFrameTree');
    await cdp.send('Runtime.enable'); // reports every existing context
    const world = contexts.find((c) => c.name === 'Injunction Lens' && c.auxData?.frameId === frameTree.frame.id && !c.auxData?.isDefault);
    if (!world) throw new Error(`no Injunction Lens world on ${page.url()} (${contexts.map((c) => c.name || '(page)').join(', ')})`);
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Our highlights by their semantic names (`lens-citation`, `lens-harm-movant`...) → the texts of their ranges. */
export function lensHighlightTexts(page: Page): Promise<Record<string, string[]>> {
  return inLensWorld(
    page,
    `(() => {
      const out = {};
      const table = globalThis.__injunctionLensNames?.table ?? new Map();
      for (const [name, alias] of table) {
        const h = CSS.highlights.get(alias);
        if (h) out[name] = [...h].map((r) => r.toString());
      }
      return out;
    })()`,
  );
}

/**
 * Waits until `condition` (an expression in the extension's world, where `hl(name)` is our
 * highlight registered for a semantic name) is true, polling every 100 ms.
 */
export async function waitForLens(page: Page, condition: string, timeout = 30000): Promise<void> {
  const expr = `(() => { const hl = (n) => CSS.highlights.get(globalThis.__injunctionLensNames?.table.get(n)); return !!(${condition}); })()`;
  await until(() => inLensWorld<boolean>(page, expr), `waiting for ${condition}`, timeout);
}

/** The content script's slice meter (lib/dom/slice-meter.ts), read in the extension's world. */
export function lensSlices(page: Page): Promise<SliceRecord> {
  return inLensWorld<SliceRecord>(page, 'JSON.parse(JSON.stringify(globalThis.__injunctionLensSlices ?? null))').then((r) => {
    if (!r) throw new Error(`no slice meter on ${page.url()}`);
    return r;
  });
}

/**
 * What keeps our tasks short, checked without a clock: every slice of work on the page's
 * main thread within its cap (nodes, characters, blocks, ranges), the thread handed back
 * between any two slices of one loop, and each text walk's slices adding up to the whole
 * text it read (no reading of the document outside them). [] when all holds.
 */
export function sliceProblems(r: SliceRecord): string[] {
  const out: string[] = [];
  for (const [kind, s] of Object.entries(r.byKind) as [SliceKind, NonNullable<SliceRecord['byKind'][SliceKind]>][]) {
    if (s.maxUnits > r.caps[kind]) out.push(`${kind}: a slice of ${s.maxUnits} units (cap ${r.caps[kind]})`);
    if (s.over > 0) out.push(`${kind}: ${s.over} slices over their cap`);
  }
  const last = new Map<number, number>();
  for (const e of r.recent) {
    if (e.units > r.caps[e.kind]) out.push(`${e.kind} pass ${e.pass}: a slice of ${e.units} units (cap ${r.caps[e.kind]})`);
    const before = last.get(e.pass);
    if (before !== undefined && e.yields <= before) out.push(`${e.kind} pass ${e.pass}: two slices with no yield between them`);
    last.set(e.pass, e.yields);
  }
  for (const p of r.passes) {
    if (p.kind === 'walk' && p.done && p.textLength !== p.chars) out.push(`walk pass ${p.pass}: slices read ${p.chars} of ${p.textLength} characters`);
  }
  return out;
}

/** The last finished text walk: the reading whose text was analysed. */
export function lastWalk(r: SliceRecord): SliceRecord['passes'][number] | undefined {
  return [...r.passes].reverse().find((p) => p.kind === 'walk' && p.done);
}

/** The client rects (viewport coordinates) of the first occurrence of `text` under `root`, line by line. */
export function textRects(page: Page, text: string, root = 'body'): Promise<{ x: number; y: number; left: number; top: number; width: number; height: number }[]> {
  return page.evaluate(
    ([q, sel]) => {
      const w = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
        const at = n.data.indexOf(q);
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + q.length);
        return Array.from(r.getClientRects())
          .filter((x) => x.width > 0)
          .map((x) => ({ x: x.left, y: x.top, left: x.left, top: x.top, width: x.width, height: x.height }));
      }
      return [];
    },
    [text, root] as const,
  );
}

/** Selects the first occurrence of `text` under `root`, within one text node, as a reader's drag would. */
export function selectText(page: Page, text: string, root = 'body'): Promise<void> {
  return page.evaluate(([q, sel]) => {
    const w = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
      const at = n.data.indexOf(q);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + q.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return;
    }
    throw new Error(`not on the page: ${q}`);
  }, [text, root] as const);
}

/** Selects the PDF viewer's text-layer span holding `words`, scrolled into view; the selected text. */
export function selectTextLayerSpan(page: Page, words: string): Promise<string> {
  return page.evaluate((w) => {
    const span = [...document.querySelectorAll('.textLayer span')].find((s) => s.textContent?.includes(w))!;
    span.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(span);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return range.toString();
  }, words);
}

/** Selects `quote` in a plain-text page's <pre>, as a reader's drag would (for making a note). */
export function selectInPre(page: Page, quote: string): Promise<void> {
  return page.evaluate((q) => {
    const pre = document.querySelector('pre')!.firstChild as Text;
    const at = pre.data.indexOf(q);
    if (at < 0) throw new Error(`not on the page: ${q}`);
    const r = document.createRange();
    r.setStart(pre, at);
    r.setEnd(pre, at + q.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  }, quote);
}
