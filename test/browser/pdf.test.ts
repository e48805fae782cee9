/**
 * The PDF viewer (entrypoints/viewer) in Chromium with the built extension: a PDF served
 * from 127.0.0.1 opened by address and a local one opened with the file picker each reach
 * ready with highlights over the right words of PDF.js's text layer; the scanned PDF says
 * in words that it has no text and is still shown; nothing leaves 127.0.0.1.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFile } from '../../scripts/opinion-file';
import { FIXTURES, launchWithExtension, ROOT, selectTextLayerSpan, serveFixtures, until, type Lens, type Served } from './harness';

let served: Served;
let lens: Lens;

beforeAll(async () => {
  served = await serveFixtures();
  lens = await launchWithExtension();
});
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

const CONSUMERINFO = 'inj_cacd_2016_consumerinfo_v_leon_ecf40_order_granting_PI.pdf';
const SCANNED = 'non_sdny_2013_hostess_bankruptcy_appeal_SCANNED_no_text.pdf';
/** the 30-page slip opinion of the bench (two scanned maps at its end), from the shared corpus */
const TARRANT = join(ROOT, '../shared/corpus/pdfs/non_scotus_2013_tarrant_v_herrmann_slip.pdf');

interface ViewerState {
  state: string;
  counts: { paragraphs: number; citations: number; factors: number } | null;
  problem: { kind: string; message: string } | null;
  error: string | null;
  pages: number;
  drawn: number[];
  notes: { placed: number; orphans: number } | null;
}

const bare = (s: string) => s.replace(/\s+/g, '');

const viewerState = (page: Page) => page.evaluate(() => (window as unknown as { __lensViewer: ViewerState }).__lensViewer);

/** Waits (liveness only) until the viewer leaves `running`. */
async function settledViewer(page: Page, timeout = 60000): Promise<ViewerState> {
  let s: ViewerState | null = null;
  await until(
    async () => {
      s = await viewerState(page).catch(() => null);
      return s != null && s.state !== 'idle' && s.state !== 'running';
    },
    async () => `the viewer did not settle (state ${s?.state})`,
    timeout,
  );
  return s!;
}

/**
 * Each of our highlights → its ranges' texts (spaces squashed), and whether every range
 * lies on the text layer of a page, inside that page's box.
 */
function highlightTexts(page: Page): Promise<{ texts: Record<string, string[]>; offLayer: number }> {
  return page.evaluate(() => {
    const texts: Record<string, string[]> = {};
    let offLayer = 0;
    const boxes = [...document.querySelectorAll('.page')].map((p) => p.getBoundingClientRect());
    (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.forEach((h, name) => {
      texts[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim());
      for (const r of h) {
        // every line box of the range lies on a page's text layer (a paragraph may run across two pages)
        const rects = [...r.getClientRects()].filter((x) => x.width > 0 && x.height > 0);
        const inside = (x: DOMRect) => boxes.some((b) => x.left >= b.left - 1 && x.right <= b.right + 1 && x.top >= b.top - 1 && x.bottom <= b.bottom + 1);
        if (!r.startContainer.parentElement?.closest('.textLayer') || !r.endContainer.parentElement?.closest('.textLayer') || !rects.length || !rects.every(inside)) offLayer++;
      }
    });
    return { texts, offLayer };
  });
}

async function expectConsumerInfoPainted(page: Page) {
  const s = await settledViewer(page);
  expect(s.error).toBeNull();
  expect(s.state).toBe('ready');
  expect(s.counts?.citations).toBeGreaterThanOrEqual(3);
  expect(s.counts?.factors).toBeGreaterThan(0);
  const { texts, offLayer } = await highlightTexts(page);
  expect(offLayer).toBe(0);
  // the record citations, each underlined on its own words
  expect(texts['lens-citation']).toEqual(expect.arrayContaining(['Dkt. 10', 'Dkt. 37']));
  // the decretal sentence, painted as the disposition found for the movant (findings first: the ruling itself), across the page
  // turn (range texts join the text layer's lines with no space: compared without spaces)
  const decree = bare((texts['lens-disposition-movant'] ?? []).join(''));
  expect(decree).toContain(bare('THUS, IT IS HEREBY ORDERED THAT:'));
  expect(decree).toContain(bare('Defendant Leon, his agents, servants, employees, and attorneys, and all persons who are in active concert or participation with him are enjoined from the unauthorized use, duplication, or distribution'));
  // and never over the page's furniture between its two halves (ECF stamp, line numbers, footer)
  for (const furniture of ['Document 40 Filed', '12345678910', 'ORDER8:16']) expect(decree).not.toContain(furniture);
  // findings first, as on a page: key sentences only, no paragraph wash under them
  expect(Object.keys(texts).filter((n) => n.startsWith('lens-evidence-'))).toEqual([]);
  // the bond finding
  expect(bare((texts['lens-bond-movant'] ?? []).join(''))).toContain(bare('The Court finds that no bond is required.'));
}

describe('the PDF viewer in Chromium', () => {
  it('opens a PDF served from 127.0.0.1 by address: ready, highlights on the text layer, canvases only near the viewport', async () => {
    const page = await lens.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`chrome-extension://${lens.extensionId}/viewer.html?file=${encodeURIComponent(`${served.origin}/pdfs/${CONSUMERINFO}`)}`);
    await expectConsumerInfoPainted(page);
    const s = await viewerState(page);
    expect(s.pages).toBeGreaterThan(1);
    // the text layer carries the words for selection, find and copy
    const layerText = await page.evaluate(() => [...document.querySelectorAll('.textLayer')].map((l) => l.textContent).join(' '));
    expect(layerText).toContain('ORDER GRANTING');
    // the first page is drawn on a canvas
    expect(s.drawn).toContain(1);
    expect(await page.locator('.page[data-page="1"] canvas').count()).toBe(1);
    // scrolled to the end, the last page is drawn and the first one's canvas let go
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    let drawn = s.drawn;
    await until(async () => {
      drawn = (await viewerState(page)).drawn;
      return drawn.includes(s.pages) && !drawn.includes(1);
    }, 'the last page drawn, the first let go').catch(() => {});
    expect(drawn).toContain(s.pages);
    expect(drawn).not.toContain(1);
    expect(await page.locator('.page[data-page="1"] canvas').count()).toBe(0);
    // the side panel shows the viewer tab's ruling, as for an HTML page
    const tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, page.url());
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=ruling`);
    const state = (await panel.evaluate((id) => chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id }), tabId)) as {
      ok: boolean;
      value: { status: string; analysis: { standard: { relief: string } } };
    };
    expect(state.ok).toBe(true);
    expect(state.value.status).toBe('ready');
    expect(state.value.analysis.standard.relief).toBe('preliminary_injunction');
    await panel.waitForFunction(() => /preliminary injunction/i.test(document.body.textContent ?? ''), null, { timeout: 30000 });
    await panel.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the toolbar button on a tab showing a PDF opens it in the viewer, next to it', async () => {
    // Headless Chromium downloads a PDF instead of showing it, so the click is fired with the
    // tab as Chrome passes it while its own PDF viewer shows the address (the browser's event,
    // dispatched into the extension's real listener)
    // (a browser page, like the PDF viewer, that no extension may script: the background
    // cannot read its content type and decides from the address)
    const tab = await lens.context.newPage();
    await tab.goto('chrome://version/');
    const address = `${served.origin}/pdfs/${CONSUMERINFO}`;
    const opened = lens.context.waitForEvent('page', { timeout: 30000 });
    await lens.worker.evaluate(async (url) => {
      const [t] = (await chrome.tabs.query({})).sort((x, y) => y.id! - x.id!);
      (chrome as unknown as { action: { onClicked: { dispatch(tab: unknown): void } } }).action.onClicked.dispatch({ ...t, url });
    }, address);
    const viewer = await opened;
    await viewer.waitForURL(/viewer\.html\?file=/, { timeout: 30000 });
    expect(new URL(viewer.url()).searchParams.get('file')).toBe(address);
    await expectConsumerInfoPainted(viewer);
    await viewer.close();
    await tab.close();
  });

  it('opens a local PDF through the file picker', async () => {
    const page = await lens.context.newPage();
    await page.goto(`chrome-extension://${lens.extensionId}/viewer.html`);
    await page.locator('#file').setInputFiles(join(FIXTURES, 'pdfs', CONSUMERINFO));
    await expectConsumerInfoPainted(page);
    await page.close();
  });

  it('says in words that a scanned PDF has no text, and still shows its pages', async () => {
    const page = await lens.context.newPage();
    await page.goto(`chrome-extension://${lens.extensionId}/viewer.html?file=${encodeURIComponent(`${served.origin}/pdfs/${SCANNED}`)}`);
    const s = await settledViewer(page);
    expect(s.state).toBe('unreadable');
    expect(s.problem?.kind).toBe('no-text');
    const banner = page.locator('#problem');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain(s.problem!.message);
    expect(s.pages).toBeGreaterThan(1);
    expect(await page.locator('.page').count()).toBe(s.pages);
    await page.close();
  });

  it('keeps a note made on a selection of the text layer, and places it again after a reload', async () => {
    const page = await lens.context.newPage();
    await page.goto(`chrome-extension://${lens.extensionId}/viewer.html?file=${encodeURIComponent(`${served.origin}/pdfs/${CONSUMERINFO}`)}`);
    expect((await settledViewer(page)).state).toBe('ready');
    expect((await viewerState(page)).notes).toEqual({ placed: 0, orphans: 0 });
    // the reader selects the bond sentence's words on the page
    const selected = await selectTextLayerSpan(page, 'no bond is required');
    await page.locator('#note').fill('no bond #bond');
    await page.locator('#add-note').click();
    const noted = async () => {
      const deadline = Date.now() + 30000;
      for (;;) {
        const s = await viewerState(page);
        if (s.notes?.placed === 1) return s;
        if (Date.now() > deadline) throw new Error(`the note was not placed (${JSON.stringify(s.notes)})`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await noted();
    const noteTexts = () => page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('lens-note') ?? [])].map((r) => r.toString()));
    expect(bare((await noteTexts()).join(''))).toBe(bare(selected));
    await page.reload();
    expect((await settledViewer(page)).state).toBe('ready');
    expect((await noted()).notes).toEqual({ placed: 1, orphans: 0 });
    expect(bare((await noteTexts()).join(''))).toBe(bare(selected));
    await page.close();
  });

  // The viewer reads the pages one by one, paints a preview of the first pages' citations and
  // builds and analyses the text in a worker: what it ends with must be, offset for offset,
  // what `lens analyze` gives on the same file (only where the PDF came from differs).
  it.each([
    ['ConsumerInfo, by address', join(FIXTURES, 'pdfs', CONSUMERINFO), 'address'],
    ['Tarrant, 30 pages, from the file picker', TARRANT, 'picker'],
  ])('%s: the whole analysis equals lens analyze on the same PDF', async (_name, file, how) => {
    const page = await lens.context.newPage();
    if (how === 'address') await page.goto(`chrome-extension://${lens.extensionId}/viewer.html?file=${encodeURIComponent(`${served.origin}/pdfs/${CONSUMERINFO}`)}`);
    else {
      await page.goto(`chrome-extension://${lens.extensionId}/viewer.html`);
      await page.locator('#file').setInputFiles(file);
    }
    expect((await settledViewer(page)).state).toBe('ready');
    // the first page's citations were painted before the whole analysis (the preview), once
    expect(await page.evaluate(() => performance.getEntriesByName('lens:preview').length)).toBe(1);
    const viewer = await page.evaluate(() => (window as unknown as { __lensViewerAnalysis: unknown }).__lensViewerAnalysis);
    const cli = analyzeFile(file, { warn: () => {} });
    const source = (a: unknown) => (a as { document: { source: unknown } }).document.source;
    expect(source(viewer)).toEqual({ url: how === 'address' ? `${served.origin}/pdfs/${CONSUMERINFO}` : null, site: 'pdf' });
    expect({ ...(viewer as object), document: { ...(viewer as { document: object }).document, source: null } }).toEqual({ ...cli, document: { ...cli.document, source: null } });
    await page.close();
  });

  it('sent nothing beyond 127.0.0.1', () => {
    expect(lens.offsite).toEqual([]);
  });
});
