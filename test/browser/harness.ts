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

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXTENSION = process.env.LENS_OUT ? join(process.env.LENS_OUT, 'chrome-mv3') : join(ROOT, '.output/chrome-mv3');
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
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('build the extension first: npm run build');
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
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

/** Waits until the extension has settled on a page: `ready`, `not-opinion` or `error` (or `ready` only). */
export async function settled(page: Page, only?: 'ready', timeout = 30000): Promise<string | null> {
  await page.waitForFunction(
    (want) => {
      const s = document.documentElement.getAttribute('data-injunction-lens') ?? '';
      return want ? s === want : ['ready', 'not-opinion', 'error'].includes(s);
    },
    only ?? null,
    { timeout },
  );
  return page.getAttribute('html', 'data-injunction-lens');
}
