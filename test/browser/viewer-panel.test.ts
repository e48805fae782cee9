/**
 * The side panel drives the PDF viewer as it drives an HTML page: a paragraph clicked in the
 * panel scrolls the viewer there (its page drawn) and flashes it; the panel's factor switch
 * hides that factor's highlights on the text layer and shows them again; Alt+Shift+J / K
 * (the background's commands) step between findings in the viewer; a note added in the
 * viewer is listed in the panel's Notes tab, an edit there shows back in the viewer, and a
 * note added from the panel takes the viewer's selection; a label corrected in the panel repaints
 * the viewer. A content script cannot drive the
 * viewer. The viewer and the panel are in two windows, so both render as they do side by side.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, selectTextLayerSpan, serveFixtures, settled, inLensWorld, until, type Lens, type Served } from './harness';

let served: Served;
let lens: Lens;
let viewer: Page;
let panel: Page;
let tabId: number;

const CONSUMERINFO = 'inj_cacd_2016_consumerinfo_v_leon_ecf40_order_granting_PI.pdf';

interface Snapshot {
  state: string;
  current: number;
  flashed: { start: number; end: number } | null;
  drawn: number[];
  hidden: string[];
  notes: { placed: number; orphans: number } | null;
}
/** The extension APIs these tests call beyond test/browser/chrome.d.ts's, in the service worker. */
interface MoreChrome {
  windows: { create(o: { url: string; focused: boolean; width: number; height: number }): Promise<unknown> };
  tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
}

interface Para { index: number; start: number; end: number; factors: { factor: string }[] }
interface TabAnalysis { text: string; paragraphs: Para[] }

const snap = () => viewer.evaluate(() => (window as unknown as { __lensViewer: Snapshot }).__lensViewer);
const bare = (s: string) => s.replace(/\s+/g, '');

/** Polls (liveness only, no duration asserted) until `f` holds; its last value. */
async function holds<T>(what: string, f: () => Promise<T>, ok: (v: T) => boolean, timeout = 30000): Promise<T> {
  let v!: T;
  await until(async () => ok((v = await f())), async () => `${what}: still ${JSON.stringify(v)}`, timeout);
  return v;
}

let analysis: TabAnalysis;

beforeAll(async () => {
  served = await serveFixtures();
  lens = await launchWithExtension();
  viewer = await lens.context.newPage();
  await viewer.setViewportSize({ width: 1000, height: 700 });
  await viewer.goto(`chrome-extension://${lens.extensionId}/viewer.html?file=${encodeURIComponent(`${served.origin}/pdfs/${CONSUMERINFO}`)}`);
  await holds('viewer ready', snap, (s) => s.state === 'ready', 60000);
  tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, viewer.url());
  panel = await openPanel('paragraphs');
  await panel.waitForSelector('.para', { timeout: 30000 });
  const state = (await panel.evaluate((id) => chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id }), tabId)) as { ok: boolean; value: { analysis: TabAnalysis } };
  analysis = state.value.analysis;
});
/** The panel in a window of its own, as a side panel sits beside the tab: both render. */
async function openPanel(view: string): Promise<Page> {
  const opened = lens.context.waitForEvent('page', { timeout: 30000 });
  await lens.worker.evaluate((url) => (chrome as unknown as MoreChrome).windows.create({ url, focused: false, width: 420, height: 800 }), `chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=${view}`);
  return opened;
}

afterAll(async () => {
  await lens?.close();
  await served?.close();
});

/** Whether the words that open paragraph `p` lie on a page's text layer inside the viewport, and that page's number. */
function paragraphInView(p: Para): Promise<{ inView: boolean; page: number | null; found: number }> {
  const head = bare(analysis.text.slice(p.start, p.end)).slice(0, 300);
  return viewer.evaluate((head) => {
    const spans = [...document.querySelectorAll<HTMLElement>('.textLayer span')].filter((s) => {
      const t = (s.textContent ?? '').replace(/\s+/g, '');
      return t.length >= 12 && head.includes(t);
    });
    const top = document.getElementById('bar')!.getBoundingClientRect().bottom;
    const seen = spans.find((s) => {
      const r = s.getBoundingClientRect();
      return r.height > 0 && r.top >= top && r.bottom <= innerHeight;
    });
    return { inView: !!seen, page: seen ? Number(seen.closest<HTMLElement>('.page')!.dataset.page) : null, found: spans.length };
  }, head);
}

describe('the side panel on the PDF viewer', () => {
  it('scrolls the viewer to a paragraph clicked in the panel, draws its page and flashes it', async () => {
    // the last paragraph that carries a factor, pages below the top
    const target = [...analysis.paragraphs].reverse().find((p) => p.factors.length && bare(analysis.text.slice(p.start, p.end)).length > 40)!;
    await viewer.evaluate(() => window.scrollTo(0, 0));
    expect((await paragraphInView(target)).inView).toBe(false);
    await panel.click(`.para[data-index="${target.index}"]`);
    const s = await holds('flashed', snap, (s) => s.flashed?.start === target.start);
    expect(s.flashed).toEqual({ start: target.start, end: target.end });
    const seen = await holds('in view', () => paragraphInView(target), (v) => v.inView);
    expect(seen.found).toBeGreaterThan(0);
    // its page's canvas is drawn (lazily, as it came near the viewport)
    await holds('page drawn', snap, (x) => x.drawn.includes(seen.page!));
  });

  it('hides a factor’s highlights with the panel’s switch, and shows them again', async () => {
    await panel.click('button[data-view="ruling"]');
    await panel.waitForSelector('input[data-switch]');
    const factor = await panel.$$eval('input[data-switch]', (els) => els.map((e) => e.getAttribute('data-switch')!).find((f) => f !== 'citation')!);
    const names = () => viewer.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]);
    const ofFactor = (all: string[]) => all.filter((n) => n.startsWith(`lens-${factor}-`) || n === `lens-evidence-${factor}`);
    // take the reader to one of the factor's paragraphs, so its highlight is on screen
    const para = analysis.paragraphs.find((p) => p.factors.some((f) => f.factor === factor))!;
    await panel.click(`.factor[data-factor="${factor}"]`);
    await panel.click(`.factor[data-factor="${factor}"] ol a`);
    await holds('flashed', snap, (s) => s.flashed?.start === para.start);
    const before = await holds('factor painted', names, (n) => ofFactor(n).length > 0);
    // what the browser paints at a point of one of the factor's ranges: its highlight is there
    const point = await viewer.evaluate((names) => {
      const hl = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const top = document.getElementById('bar')!.getBoundingClientRect().bottom;
      const rect = names.flatMap((n) => [...(hl.get(n) ?? [])]).flatMap((r) => [...r.getClientRects()]).find((r) => r.width > 2 && r.top > top && r.bottom < innerHeight);
      return rect ? { x: rect.left + Math.min(4, rect.width / 2), y: rect.top + rect.height / 2 } : null;
    }, ofFactor(before));
    expect(point).not.toBeNull();
    const paintedAt = () =>
      viewer.evaluate(({ x, y }) => {
        const hl = (CSS as unknown as { highlights: Map<string, unknown> & { highlightsFromPoint(x: number, y: number): { highlight: unknown }[] } }).highlights;
        const at = hl.highlightsFromPoint(x, y).map((h) => h.highlight);
        return [...hl.entries()].filter(([, h]) => at.includes(h)).map(([n]) => n);
      }, point!);
    expect(ofFactor(await paintedAt()).length).toBeGreaterThan(0);

    await panel.uncheck(`input[data-switch="${factor}"]`);
    await holds('factor hidden', names, (n) => ofFactor(n).length === 0);
    expect(ofFactor(await paintedAt())).toEqual([]);
    expect((await snap()).hidden).toContain(factor);
    // other factors and the citations are still painted
    expect((await names()).some((n) => n === 'lens-citation')).toBe(true);
    // the panel keeps the switch's state across its own re-renders
    await panel.click('button[data-view="paragraphs"]');
    await panel.click('button[data-view="ruling"]');
    expect(await panel.isChecked(`input[data-switch="${factor}"]`)).toBe(false);

    await panel.check(`input[data-switch="${factor}"]`);
    await holds('factor shown', names, (n) => ofFactor(n).length > 0);
    expect(ofFactor(await paintedAt()).length).toBeGreaterThan(0);
  });

  it('steps between findings with the keyboard commands', async () => {
    // the keys are the extension's commands (Alt+Shift+J / K): the browser hands them to the
    // background, which steps the active tab; fired here as the browser's event
    // (the panel's window is closed meanwhile: a headless browser keeps the window opened last
    // as the focused one, and the background steps the active tab of the focused window)
    await panel.close();
    await viewer.bringToFront();
    const active = await lens.worker.evaluate(async () => (await (chrome as unknown as MoreChrome).tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    expect(active).toBe(tabId);
    await viewer.evaluate(() => window.scrollTo(0, 0));
    const command = (name: string) => lens.worker.evaluate((n) => (chrome.commands.onCommand as unknown as { dispatch(n: string): void }).dispatch(n), name);
    const findings = analysis.paragraphs.filter((p) => p.factors.some((f) => f.factor !== 'standard')).map((p) => p.index);
    expect(findings.length).toBeGreaterThan(2);
    const start = (await snap()).current;

    await command('next-factor');
    const first = (await holds('stepped', snap, (s) => s.current !== start)).current;
    expect(findings).toContain(first);
    await command('next-factor');
    const second = (await holds('stepped again', snap, (s) => s.current !== first)).current;
    expect(second).toBe(findings[findings.indexOf(first) + 1]);
    expect((await paragraphInView(analysis.paragraphs[second])).inView).toBe(true);
    await command('previous-factor');
    expect((await holds('stepped back', snap, (s) => s.current !== second)).current).toBe(first);
  });

  it('lists a note added in the viewer in the panel’s Notes tab, and an edit there shows back', async () => {
    panel = await openPanel('notes');
    await panel.waitForSelector('.add-note', { timeout: 30000 });
    const select = (words: string) => selectTextLayerSpan(viewer, words);
    await select('no bond is required');
    await viewer.locator('#note').fill('bond waived #bond');
    await viewer.locator('#add-note').click();
    await holds('placed', snap, (s) => s.notes?.placed === 1);
    // the panel lists it (the viewer tells it), under its paragraph
    await panel.waitForFunction(() => [...document.querySelectorAll('.note p')].some((p) => p.textContent?.startsWith('bond waived')), null, { timeout: 30000, polling: 100 });
    expect(await panel.textContent('.note .tags')).toContain('bond');

    // edited in the panel: the viewer's list shows the new words
    await panel.click('.note .actions button:text("Edit")');
    await panel.fill('.note textarea[aria-label="Edit note"]', 'no bond: the court waived it');
    await panel.click('.note form button[type=submit]');
    await viewer.waitForFunction(() => document.querySelector('#notes-list .note-text')?.textContent === 'no bond: the court waived it', null, { timeout: 30000, polling: 100 });

    // a note added in the panel takes the words selected in the viewer
    const chosen = await select('ORDER GRANTING');
    await panel.fill('.add-note textarea', 'the order');
    await panel.click('.add-note button[type=submit]');
    await holds('two notes', snap, (s) => s.notes?.placed === 2);
    const listed = await viewer.$$eval('#notes-list li', (lis) => lis.map((li) => ({ quote: li.querySelector('q')!.textContent!, note: li.querySelector('.note-text')!.textContent! })));
    expect(listed.find((n) => n.note === 'the order')?.quote.replace(/\s+/g, '')).toBe(bare(chosen));
    await panel.waitForFunction(() => [...document.querySelectorAll('.note p')].some((p) => p.textContent === 'the order'), null, { timeout: 30000, polling: 100 });

    // deleted in the panel: gone from the viewer
    await panel.click('.note:has-text("the order") .actions button:text("Delete")');
    await holds('one note', snap, (s) => s.notes?.placed === 1);
  });

  it('repaints the viewer with a label corrected in the panel, and the panel shows it without a reload', async () => {
    await panel.click('button[data-view="paragraphs"]');
    const p = analysis.paragraphs.find((x) => x.factors.length && !x.factors.some((f) => f.factor === 'bond'))!;
    await panel.waitForSelector(`.para[data-index="${p.index}"]`);
    const names = () => viewer.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()]);
    expect(await names()).not.toContain('lens-bond-nonmovant');
    await panel.click(`.para[data-index="${p.index}"] .fix`);
    await panel.selectOption(`.override[data-index="${p.index}"] select[aria-label="Factor"]`, 'bond');
    await panel.selectOption(`.override[data-index="${p.index}"] select[aria-label="Stance"]`, 'nonmovant');
    await panel.click(`.override[data-index="${p.index}"] button[type=submit]`);
    await holds('the reader’s label painted', names, (n) => n.includes('lens-bond-nonmovant'));
    await panel.waitForFunction((i) => document.querySelector(`.para[data-index="${i}"] .tag[data-factor="bond"]`)?.getAttribute('data-stance') === 'nonmovant', p.index, { timeout: 30000, polling: 100 });
    expect((await snap()).state).toBe('ready');
  });

  it('does not take requests from a content script', async () => {
    const page = await lens.context.newPage();
    await page.goto(`${served.origin}/texts/002_962009f5170617b3.txt`);
    await settled(page, 'ready', 30000);
    const before = (await snap()).current;
    // a court site's renderer sends the panel's request on the runtime channel the viewer listens on
    const reply = await inLensWorld<{ ok: boolean; error?: string } | null>(page, `chrome.runtime.sendMessage({ channel: 'lens-content', type: 'step', direction: 1 })`);
    expect(reply?.ok).toBe(false);
    expect((await snap()).current).toBe(before);
    // nor the viewer's notes from the library
    const notes = await inLensWorld<{ ok: boolean }>(page, `chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'listNotes', tabId: ${tabId} })`);
    const mine = notes.ok ? (notes as unknown as { value: { note: string }[] }).value : [];
    expect(mine.some((n) => n.note.includes('bond'))).toBe(false);
    await page.close();
  });

  it('sent nothing beyond 127.0.0.1', () => {
    expect(lens.offsite).toEqual([]);
  });
});
