/**
 * Calm on the page (issue 12), in a real Chromium with the built extension, checked by
 * computed style and by what is on screen (screenshots decoded to pixels):
 * - findings first by default: only each label's key sentence carries its factor's colour
 *   and the stance's underline; the paragraph wash is a switch in the legend and in the
 *   options page, stored with the settings;
 * - a margin mark per labelled paragraph, named in words for screen readers, never over
 *   the page's text nor moving it;
 * - a note stays distinct over a factor's colour and carries a margin mark, and is
 *   legible in the light and the dark colour scheme and on a dark page; the citation
 *   underline stays visible on each;
 * - the legend never covers the highlighted text: docked in a margin, else collapsed
 *   where no text is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultSettings } from '../../lib/ext/settings';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIXTURES, inLensWorld, launchWithExtension, lensHighlightTexts, selectText, serveFixtures, settled, textRects, until, type Lens, type Served } from './harness';
import { contrast, deltaE, layer, parseColour, rgb, shadowColour, type RGB } from './colour';
import { pixels, shareNear } from './pixels';

const seed = readFileSync(join(FIXTURES, 'texts/002_962009f5170617b3.txt'), 'utf8');
const SEED = '/texts/002_962009f5170617b3.txt';
/** The key sentence of ¶4's harm finding (its evidence[0]) and the paragraph's first, unlabelled, sentence. */
const KEY = 'Thus, the court will presume that a denial of preliminary injunctive relief will result in irreparable harm.';
const PLAIN = 'In this case, Smalls is alleging a violation of his constitutional protection against cruel and unusual punishment.';
/** A note's quote, inside the key sentence (so over the harm factor's colour). */
const QUOTE = 'the court will presume that a denial of preliminary injunctive relief';
const FACTOR = /^lens-(standard|success|harm|equities|public|bond|disposition)-(movant|nonmovant|neutral|law)$/;

let served: Served;
let lens: Lens;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = seed
  .split(/\n\s*\n/)
  .map((b) => `<p>${escape(b.replace(/\s+/g, ' ').trim())}</p>`)
  .join('\n');
/** The seed as a site would print it: a column of text with margins either side. */
const columnPage = `<!doctype html><html><head><meta charset="utf-8"><title>Smalls v. Cortez</title><style>body{margin:0;font:16px/1.5 Georgia,serif}main{max-width:640px;margin:0 auto;padding:16px}</style></head><body><main id="m">${paragraphs}</main></body></html>`;
/** The seed on a dark page of the site's own (no color-scheme: dark under either preference). */
const darkPage = `<!doctype html><html><head><meta charset="utf-8"><title>Smalls v. Cortez</title><style>html,body{background:#1b1b1b;color:#e6e6e6}body{margin:8px;font:16px/1.5 sans-serif}</style></head><body><main id="m">${paragraphs}</main></body></html>`;

beforeAll(async () => {
  served = await serveFixtures();
  served.routes.set('/column.html', { body: columnPage });
  served.routes.set('/dark.html', { body: darkPage });
  for (const name of ['light', 'dark', 'page', 'legend', 'marks']) served.routes.set(`/seed-${name}.txt`, { body: seed, type: 'text/plain; charset=utf-8' });
  lens = await launchWithExtension();
});
/** chrome.storage, which test/browser/chrome.d.ts does not declare. */
type Storage = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } };

// each test starts from the settings' default painting (findings first), whatever an earlier one left
beforeEach(async () => {
  await lens.worker.evaluate(async () => {
    const { local } = (chrome as unknown as Storage).storage;
    const s = (await local.get('lens-settings'))['lens-settings'] as Record<string, unknown> | undefined;
    if (s && 'paragraphWash' in s) await local.set({ 'lens-settings': { ...s, paragraphWash: false } });
  });
});
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

async function open(path: string, scheme: 'light' | 'dark' = 'light', width = 1200): Promise<Page> {
  const page = await lens.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(served.origin + path);
  await settled(page, 'ready', 60000);
  return page;
}

type PaintedState = { factorRanges: number; factorChars: number; citations: number; marks: number; wash: boolean };
const painted = (page: Page) => inLensWorld<PaintedState>(page, 'JSON.parse(JSON.stringify(globalThis.__injunctionLensState.painted))');
type Mark = { name: string; label: string; symbol: string; shown: boolean; left: number; top: number; width: number; height: number };
const marks = (page: Page) => inLensWorld<Mark[]>(page, 'JSON.parse(JSON.stringify(globalThis.__injunctionLensMarks ?? []))');
type Box = { name: string; text: string; left: number; top: number; width: number; height: number; background: string; blend: string; edge: string };
const noteBoxes = async (page: Page) => (await inLensWorld<Box[]>(page, 'JSON.parse(JSON.stringify(globalThis.__injunctionLensOverlay ?? []))')).filter((b) => b.name === 'lens-note');

/** A highlight's computed style (getComputedStyle(el, '::highlight(alias)')) on the element holding its first range, with that element's colour. */
function highlightStyle(page: Page, name: string) {
  return inLensWorld<{ background: string; line: string; style: string; decoration: string; color: string }>(
    page,
    `(() => {
      const alias = globalThis.__injunctionLensNames.table.get(${JSON.stringify(name)});
      const range = [...CSS.highlights.get(alias)][0];
      const node = range.startContainer;
      const el = node.nodeType === 1 ? node : node.parentElement;
      const cs = getComputedStyle(el, '::highlight(' + alias + ')');
      return { background: cs.backgroundColor, line: cs.textDecorationLine, style: cs.textDecorationStyle, decoration: cs.textDecorationColor, color: getComputedStyle(el).color };
    })()`,
  );
}

/** The page's background behind its text: the first opaque background up from the text, else the canvas (the colour scheme's). */
function pageBackground(page: Page): Promise<RGB> {
  return page
    .evaluate(() => {
      const el = document.querySelector('pre, p')!;
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (!/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) return bg;
      }
      const probe = document.createElement('div');
      probe.style.backgroundColor = 'Canvas';
      document.body.append(probe);
      const canvas = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return canvas;
    })
    .then((c) => rgb(parseColour(c)));
}


/** Every line of the page's own text in view (viewport coordinates). */
function textLines(page: Page) {
  return page.evaluate(() => {
    const out: { left: number; top: number; right: number; bottom: number }[] = [];
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode() as Text | null; n; n = w.nextNode() as Text | null) {
      if (!n.data.trim()) continue;
      const r = document.createRange();
      r.selectNodeContents(n);
      for (const b of Array.from(r.getClientRects())) if (b.width > 0 && b.bottom > 0 && b.top < innerHeight) out.push({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
    }
    return out;
  });
}

/** Every range of our highlights in view (viewport coordinates), read in the extension's world. */
function highlightRects(page: Page) {
  return inLensWorld<{ left: number; top: number; right: number; bottom: number }[]>(
    page,
    `(() => {
      const out = [];
      for (const [, alias] of globalThis.__injunctionLensNames?.table ?? []) {
        const h = CSS.highlights.get(alias);
        if (!h) continue;
        for (const r of h) for (const b of r.getClientRects()) if (b.width > 0 && b.bottom > 0 && b.top < innerHeight) out.push({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
      }
      return out;
    })()`,
  );
}

const overlaps = (a: { left: number; top: number; right: number; bottom: number }, b: { left: number; top: number; right: number; bottom: number }) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const box = (m: { left: number; top: number; width: number; height: number }) => ({ left: m.left, top: m.top, right: m.left + m.width, bottom: m.top + m.height });


async function tabIdOf(page: Page): Promise<number> {
  return lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, page.url());
}

/** Makes a note on the selection through the side panel's Notes tab, as a reader does. */
async function addNote(page: Page, words: string) {
  await selectText(page, QUOTE);
  const panel = await lens.context.newPage();
  await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${await tabIdOf(page)}&view=notes`);
  await panel.fill('.add-note textarea', words);
  await panel.click('.add-note button[type=submit]');
  await panel.waitForSelector('.note[data-id]');
  await panel.close();
  await page.evaluate(() => getSelection()!.removeAllRanges());
  await page.bringToFront();
  await until(async () => (await noteBoxes(page)).length > 0, 'the note painted');
}

const storedSettings = () => lens.worker.evaluate(async () => (await (chrome as unknown as Storage).storage.local.get('lens-settings'))['lens-settings'] as Record<string, unknown> | undefined);

describe('findings first', () => {
  it('colours only the key sentences, with the stance underline, by default', async () => {
    const page = await open('/seed-page.txt');
    expect((await painted(page)).wash).toBe(false);
    const hl = await lensHighlightTexts(page);
    const factorNames = Object.keys(hl).filter((n) => FACTOR.test(n));
    expect(factorNames.length).toBeGreaterThan(2);
    // no evidence washes, and no factor range over a whole paragraph
    expect(Object.keys(hl).filter((n) => n.startsWith('lens-evidence-'))).toEqual([]);
    const factorTexts = factorNames.flatMap((n) => hl[n]);
    expect(factorTexts.some((t) => t.startsWith(PLAIN))).toBe(false);
    expect(hl['lens-harm-movant']).toContain(KEY);
    expect(hl['lens-success-nonmovant'].some((t) => t.startsWith('At this stage of the proceeding, Smalls has not clearly shown a likelihood of success'))).toBe(true);

    // computed style: the factor's colour under the key sentence, the stance's underline
    const harm = await highlightStyle(page, 'lens-harm-movant');
    const [r, g, b, a] = parseColour(harm.background);
    expect([r, g, b]).toEqual([204, 121, 167]); // #CC79A7
    expect(a).toBeGreaterThan(0.2);
    expect([harm.line, harm.style]).toEqual(['underline', 'solid']);
    expect((await highlightStyle(page, 'lens-success-nonmovant')).style).toBe('wavy');
    expect((await highlightStyle(page, 'lens-standard-law')).line).toBe('none');

    // on screen: the key sentence sits on the factor's tint, the paragraph's first sentence on the page's own background
    const bg = await pageBackground(page);
    const tint = layer(parseColour(harm.background), bg);
    const [keyLine] = await textRects(page, KEY);
    const [plainLine] = await textRects(page, PLAIN);
    expect(shareNear(await pixels(page, keyLine), tint, 8)).toBeGreaterThan(0.4);
    const plain = await pixels(page, plainLine);
    expect(shareNear(plain, tint, 8)).toBe(0);
    expect(shareNear(plain, bg, 8)).toBeGreaterThan(0.4);
    await page.close();
  });

  it('switches to the paragraph wash from the legend, stores it with the settings, and back from the options page', async () => {
    const page = await open('/seed-page.txt');
    const before = await painted(page);
    const storedBefore = (await storedSettings()) ?? {};
    // the legend's switch, clicked in its closed shadow root (reached from the extension's world only)
    await inLensWorld(page, "globalThis.__injunctionLensLegend.querySelector('input[name=wash]').click()");
    await until(async () => (await painted(page)).wash === true, 'the wash painted');
    await settled(page, 'ready', 30000);
    const hl = await lensHighlightTexts(page);
    expect(Object.keys(hl).filter((n) => FACTOR.test(n)).flatMap((n) => hl[n]).some((t) => t.startsWith(PLAIN))).toBe(true);
    expect(Object.keys(hl)).toContain('lens-evidence-harm');
    const wash = await painted(page);
    expect(wash.factorChars).toBeGreaterThan(2 * before.factorChars);
    // on screen: the paragraph's first sentence is washed now
    const bg = await pageBackground(page);
    const [plainLine] = await textRects(page, PLAIN);
    const para = await highlightStyle(page, Object.keys(hl).find((n) => FACTOR.test(n) && hl[n].some((t) => t.startsWith(PLAIN)))!);
    expect(shareNear(await pixels(page, plainLine), layer(parseColour(para.background), bg), 8)).toBeGreaterThan(0.4);
    // stored with the other settings, which are kept as they were (a first write stores them whole, as checked)
    expect(await storedSettings()).toEqual({ ...defaultSettings(), ...storedBefore, paragraphWash: true });

    // the options page shows the choice; choosing findings first there repaints the open page
    const options = await lens.context.newPage();
    await options.goto(`chrome-extension://${lens.extensionId}/options.html`);
    await options.waitForFunction(() => (document.querySelector('input[name=paint][value=wash]') as HTMLInputElement | null)?.checked === true, null, { timeout: 30000 });
    await options.check('input[name=paint][value=findings]');
    await options.waitForFunction(() => document.getElementById('status')?.textContent === 'Saved.', null, { timeout: 30000 });
    const stored = await storedSettings();
    expect(stored?.paragraphWash).toBe(false);
    expect(stored?.colours).toBeDefined(); // the options page's own fields beside it
    await options.close();
    await until(async () => (await painted(page)).wash === false, 'findings first again');
    await settled(page, 'ready', 30000);
    const again = await lensHighlightTexts(page);
    expect(Object.keys(again).filter((n) => n.startsWith('lens-evidence-'))).toEqual([]);
    expect(await inLensWorld(page, "globalThis.__injunctionLensLegend.querySelector('input[name=wash]').checked")).toBe(false);
    await page.close();
  });
});

describe('margin marks', () => {
  it('mark each labelled paragraph, say its labels to a screen reader, and never cover or move the text', async () => {
    const page = await open('/seed-marks.txt');
    const state = await painted(page);
    expect(state.marks).toBe(5); // the seed's five labelled paragraphs
    const all = await marks(page);
    expect(all.length).toBe(5);
    const byLabel = new Map(all.map((m) => [m.label, m]));
    const found = [...byLabel.keys()].find((l) => l.startsWith('Likelihood of success: found for the non-movant'))!;
    expect(found).toContain('Irreparable harm: found for the movant');
    expect(byLabel.get(found)!.symbol).toBe('✗');
    expect(byLabel.get('Disposition: found for the non-movant')?.symbol).toBe('✗');
    expect(all.filter((m) => m.label.startsWith('Standard: law only')).every((m) => m.symbol === '§')).toBe(true);

    // the accessibility tree (what a screen reader reads): each mark an image named by its labels
    const cdp = await lens.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string }; name?: { value?: string } }[] };
    await cdp.detach();
    const named = nodes.filter((n) => /^(img|image)$/.test(n.role?.value ?? '')).map((n) => n.name?.value);
    expect(named).toEqual(expect.arrayContaining(['Disposition: found for the non-movant', found]));

    // shown ones sit on no line of the page's text, inside the page's width
    const shown = all.filter((m) => m.shown);
    expect(shown.length).toBeGreaterThanOrEqual(4);
    const lines = await textLines(page);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    for (const m of shown) {
      for (const l of lines) expect(overlaps(box(m), l), `${m.label} over the text at ${JSON.stringify(l)}`).toBe(false);
      expect(m.left).toBeGreaterThanOrEqual(0);
      expect(m.left + m.width).toBeLessThanOrEqual(width);
    }
    // on screen: the mark is drawn in its factor's colour (¶4: success, #E69F00)
    const m = byLabel.get(found)!;
    expect(shareNear(await pixels(page, { x: m.left + 2, y: m.top + 2, width: m.width - 4, height: m.height - 4 }), [230, 159, 0], 12)).toBeGreaterThan(0.3);
    // no horizontal scroll, and the text is where it is without the lens
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const withLens = await textLines(page);
    await lens.worker.evaluate((id) => chrome.tabs.sendMessage(id, { channel: 'lens-content', type: 'toggleHighlights' }), await tabIdOf(page));
    await until(async () => (await marks(page)).length === 0, 'the marks gone');
    expect(await textLines(page)).toEqual(withLens);
    await page.close();
  });

  it('sit in the margin of a column of text, beside the first line', async () => {
    const page = await open('/column.html');
    const all = await marks(page);
    expect(all.length).toBeGreaterThanOrEqual(4);
    const column = await page.evaluate(() => {
      const r = document.getElementById('m')!.getBoundingClientRect();
      return { left: r.left + 16, right: r.right - 16 };
    });
    const lines = await textLines(page);
    for (const m of all.filter((x) => x.shown && x.top > 0 && x.top < 900)) {
      expect(m.left + m.width).toBeLessThanOrEqual(column.left);
      // beside a line of text: vertically within one
      expect(lines.some((l) => l.top <= m.top + m.height / 2 && m.top + m.height / 2 <= l.bottom)).toBe(true);
    }
    await page.close();
  });
});

describe('notes over factor colour, light and dark', () => {
  const cases: [string, string, 'light' | 'dark'][] = [
    ['light colour scheme', '/seed-light.txt', 'light'],
    ['dark colour scheme (the text view turns dark)', '/seed-dark.txt', 'dark'],
    ['a dark page under the light scheme', '/dark.html', 'light'],
  ];
  it.each(cases)('%s: the note is legible, distinct over the factor colour, marked in the margin; citations stay underlined', async (_, path, scheme) => {
    const page = await open(path, scheme);
    await addNote(page, `Checked in ${scheme}`);
    const bg = await pageBackground(page);
    const harm = await highlightStyle(page, 'lens-harm-movant');
    const text = rgb(parseColour(harm.color));
    if (path !== '/seed-light.txt') expect(contrast(text, [0, 0, 0])).toBeGreaterThan(contrast(text, [255, 255, 255])); // a dark page indeed: light words
    const under = layer(parseColour(harm.background), bg);
    const [note] = await noteBoxes(page);
    const fill = parseColour(note.background);
    const noteBg = layer(fill, under, note.blend);
    const noteText = layer(fill, text, note.blend);
    // legible: the words over the note at least 4.5:1 (WCAG AA)
    expect(contrast(noteText, noteBg), `${JSON.stringify({ noteText, noteBg })}`).toBeGreaterThanOrEqual(4.5);
    // distinct over the factor's colour: another colour (ΔE > 10), and an edge line that stands out from it
    expect(deltaE(noteBg, under)).toBeGreaterThan(10);
    const edge = layer(shadowColour(note.edge), under, note.blend);
    expect(contrast(edge, noteBg)).toBeGreaterThanOrEqual(2.5);
    expect(deltaE(edge, under)).toBeGreaterThan(20);
    // on screen: the note's colour is what lies under its words
    const px = await pixels(page, { x: note.left, y: note.top, width: note.width, height: note.height });
    expect(shareNear(px, noteBg.map(Math.round) as RGB, 10)).toBeGreaterThan(0.3);
    // and the words under it are drawn in the colour worked out above (black stays black under a light note)
    expect(shareNear(px, noteText.map(Math.round) as RGB, 24)).toBeGreaterThan(0.01);
    // a margin mark of its own, apart from the paragraph's
    const noteMark = (await marks(page)).find((m) => m.name === 'lens-note-mark');
    expect(noteMark?.label).toBe('Your note');
    expect(noteMark?.shown).toBe(true);
    for (const m of (await marks(page)).filter((x) => x.name !== 'lens-note-mark' && x.shown)) expect(overlaps(box(m), box(noteMark!))).toBe(false);
    // the citation underline: its colour stands apart from the page's background
    const cite = await highlightStyle(page, 'lens-citation');
    expect(cite.line).toBe('underline');
    const underline = layer(parseColour(cite.decoration), bg);
    expect(contrast(underline, bg), JSON.stringify({ underline, bg })).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe('the legend', () => {
  it('docks in the margin beside a column of text, open, covering none of it', async () => {
    const page = await open('/column.html');
    const open_ = await inLensWorld<boolean>(page, "globalThis.__injunctionLensLegend.querySelector('details').open");
    expect(open_).toBe(true);
    const legend = await page.evaluate(() => document.querySelector('injunction-lens-legend')!.getBoundingClientRect().toJSON() as DOMRect);
    const column = await page.evaluate(() => document.getElementById('m')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(legend.left >= column.right || legend.right <= column.left).toBe(true);
    for (const r of await highlightRects(page)) expect(overlaps(legend, r)).toBe(false);
    await page.close();
  });

  it('collapses where the text runs full width, and stays off the highlighted text as the reader scrolls', async () => {
    const page = await open('/seed-legend.txt', 'light', 700);
    expect(await inLensWorld<boolean>(page, "globalThis.__injunctionLensLegend.querySelector('details').open")).toBe(false);
    const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (const at of [0, 0.3, 0.6, 1]) {
      await page.evaluate((y) => window.scrollTo(0, y), Math.round(height * at));
      await until(async () => {
        const legend = await page.evaluate(() => document.querySelector('injunction-lens-legend')!.getBoundingClientRect().toJSON() as DOMRect);
        const hl = await highlightRects(page);
        return hl.length > 0 && !hl.some((r) => overlaps(legend, r));
      }, `the legend off the highlighted text at ${at}`);
    }
    await page.close();
  });
});
