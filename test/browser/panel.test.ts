/**
 * The reading experience on the seed opinion: the Ruling scoreboard, the Authorities table,
 * the citation hover card, the legend's per-factor toggle, keyboard stepping between factor
 * paragraphs, a reader's correction of a label (and its removal) repainting the page from the
 * analysis it holds, a behaviour's failure said in a line, the correction and note
 * forms hidden until asked for, and a correction of each stance shown in every view and export.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, type Lens, type Served, settled, lensHighlightTexts, waitForLens, selectInPre, inLensWorld, lensState } from './harness';
import { parseCsv } from '../unit/export/fixtures';

let served: Served;
let lens: Lens;
let page: Page;
let tabId: number;

/** Our highlights' semantic names (read in the extension's world: the page sees opaque names). */
const names = async () => Object.keys(await lensHighlightTexts(page)).sort();
const send = (type: string, args: object = {}) =>
  lens.worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [tabId, { channel: 'lens-content', type, ...args }] as const);

beforeAll(async () => {
  served = await serveFixtures();
  lens = await launchWithExtension();
  page = await lens.context.newPage();
  await page.setViewportSize({ width: 900, height: 500 });
  await page.goto(`${served.origin}/texts/002_962009f5170617b3.txt`);
  await settled(page, 'ready', 30000);
  tabId = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, page.url());
});
afterAll(async () => {
  await lens?.close();
  await served?.close();
});

describe('side panel and page controls', () => {
  it('shows the ruling: relief, test, outcome and the factor scoreboard', async () => {
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.factor');
    const summary = await panel.textContent('.summary');
    expect(summary).toContain('Temporary restraining order (mandatory)');
    // words, not codes
    expect(summary).toContain('Winter; heightened (mandatory)');
    expect(summary).toContain('Denied');
    expect(summary).toContain('United States District Court for the District of Connecticut');
    expect(summary).toContain('Janet C. Hall');
    const harm = await panel.textContent('.factor[data-factor="harm"] h3');
    expect(harm).toContain('✓');
    const success = await panel.textContent('.factor[data-factor="success"] h3');
    expect(success).toContain('✗');
    // the outline tree: caption, posture, standard, one node per factor found, disposition
    expect(await panel.$$eval('.outline li', (els) => els.map((e) => e.getAttribute('data-kind')))).toEqual(['caption', 'posture', 'standard', 'factor', 'factor', 'disposition']);

    await panel.click('button[data-view="authorities"]');
    await panel.waitForSelector('table');
    const rows = await panel.$$eval('tr', (trs) => trs.map((t) => t.textContent ?? ''));
    const winter = rows.find((r) => r.includes('Winter'));
    expect(winter).toContain('555 U.S. 7');
    // the short forms of Am. Civil Liberties Union v. Clapper are gathered under it with their pins
    const clapper = rows.find((r) => r.includes('804 F.3d'));
    expect(clapper).toContain('622');
    expect(clapper).toContain('American Civil Liberties Union v. Clapper, 804 F.3d 617 (2d Cir. 2015)');
    expect(clapper).toContain('2×');
    // court and year on each row: the court's abbreviation, else its name
    expect(winter).toContain('Winter v. Natural Res. Def. Council, Inc., 555 U.S. 7 (U.S. 2008)pins: 24');
    expect(rows.find((r) => r.includes('Johnson v. Connolly'))).toContain('378 F. App\'x 107 (2d Cir. 2010)pins: 108');
    expect(rows.find((r) => r.includes('Jones v. Tompkins'))).toContain('2014 WL 860334 (W.D.N.Y. 2014)pins: *8');
    // a rule is listed among the rules, as itself
    expect(await panel.$$eval('.group', (gs) => gs.map((g) => g.textContent))).toEqual(['Cases (14)', 'Rules (1)', 'Record (3)']);
    expect(await panel.textContent('tr[data-kind="rule"] td')).toBe('Fed. R. Civ. P. 65(b)');
    // copy copies the full citation and says what it copied
    await panel.click('tr:has-text("Johnson v. Connolly") button:has-text("copy")');
    await panel.waitForFunction(() => (document.querySelector('.copied')?.textContent ?? '') !== '', null, { timeout: 30000 });
    expect(await panel.textContent('.copied')).toBe('Copied: Johnson v. Connolly, 378 F. App\'x 107 (2d Cir. 2010)');
    // pasted back (the clipboard cannot be read directly: no permission is granted to an extension's origin)
    await panel.evaluate(() => document.body.appendChild(document.createElement('textarea')).setAttribute('id', 'paste-here'));
    await panel.focus('#paste-here');
    await panel.keyboard.press('ControlOrMeta+V');
    const pasted = await panel.inputValue('#paste-here');
    await panel.evaluate(() => document.getElementById('paste-here')!.remove());
    expect(pasted).toBe('Johnson v. Connolly, 378 F. App\'x 107 (2d Cir. 2010)');
    // by first appearance: Oliphant v. Villano (the opinion's first cite) leads the cases
    await panel.selectOption('select[aria-label="Sort authorities"]', 'order');
    expect(await panel.textContent('table:first-of-type tr td i')).toBe('Oliphant v. Villano');
    // sorted by times cited, the most cited case comes first
    await panel.selectOption('select[aria-label="Sort authorities"]', 'cites');
    const counts = await panel.$$eval('table:first-of-type tr td:nth-child(2)', (tds) => tds.map((t) => parseInt(t.textContent ?? '0', 10)));
    expect(counts.length).toBeGreaterThan(3);
    expect([...counts].sort((x, y) => y - x)).toEqual(counts);
    await panel.close();
  });

  it('shows a card on hovering a citation, and where a short form points', async () => {
    const box = await page.evaluate(() => {
      const pre = document.querySelector('pre')!.firstChild as Text;
      const at = pre.data.indexOf('Id. at 510');
      const r = document.createRange();
      r.setStart(pre, at + 1);
      r.setEnd(pre, at + 2);
      r.startContainer.parentElement!.scrollIntoView();
      window.scrollBy(0, -100);
      const rect = r.getBoundingClientRect();
      return { x: rect.left + 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x - 30, box.y);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await page.waitForFunction(() => (document.querySelector('injunction-lens-card') as HTMLElement)?.style.display === 'block', null, { timeout: 30000 });
    // a closed shadow root: the page sees the host, not the card's text
    expect(await page.evaluate(() => document.querySelector('injunction-lens-card')!.shadowRoot)).toBeNull();
    expect(await page.evaluate(() => document.querySelector('injunction-lens-card')!.textContent)).toBe('');
  });

  it('shows the card when the caret is put in a citation (keyboard readers), and Escape hides it', async () => {
    const card = () => page.evaluate(() => (document.querySelector('injunction-lens-card') as HTMLElement).style.display);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.querySelector('injunction-lens-card') as HTMLElement).style.display === 'none', null, { timeout: 30000 });
    // the caret where caret browsing or a click would put it: inside "555 U.S. 7, 24"
    await page.evaluate(() => {
      const pre = document.querySelector('pre')!.firstChild as Text;
      const at = pre.data.indexOf('555 U.S. 7, 24');
      pre.parentElement!.scrollIntoView();
      getSelection()!.collapse(pre, at + 4);
    });
    await page.waitForFunction(() => (document.querySelector('injunction-lens-card') as HTMLElement).style.display === 'block', null, { timeout: 30000 });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (document.querySelector('injunction-lens-card') as HTMLElement).style.display === 'none', null, { timeout: 30000 });
    // moving the caret off the citation keeps it hidden
    await page.evaluate(() => {
      const pre = document.querySelector('pre')!.firstChild as Text;
      getSelection()!.collapse(pre, 3);
    });
    await page.waitForTimeout(400);
    expect(await card()).toBe('none');
  });

  it('hides and shows a factor from the legend message and steps between factor paragraphs', async () => {
    expect(await names()).toContain('lens-harm-movant');
    await send('setFactorVisible', { factor: 'harm', visible: false });
    expect((await names()).filter((n) => n.includes('harm'))).toEqual([]);
    await send('setFactorVisible', { factor: 'harm', visible: true });
    expect(await names()).toContain('lens-harm-movant');

    await page.evaluate(() => window.scrollTo(0, 0));
    const first = (await send('step', { direction: 1 })) as { ok: boolean; value: { index: number } };
    expect(first.ok).toBe(true);
    const second = (await send('step', { direction: 1 })) as { ok: boolean; value: { index: number } };
    expect(second.value.index).toBeGreaterThan(first.value.index);
    const back = (await send('step', { direction: -1 })) as { ok: boolean; value: { index: number } };
    expect(back.value.index).toBe(first.value.index);
  });

  it('repaints with the reader’s correction of a paragraph’s label, and with its removal, from the analysis the page holds (the page is not read again)', async () => {
    const reads = () => inLensWorld<number>(page, 'globalThis.__injunctionLensState.reads');
    const readBefore = await reads();
    expect(readBefore).toBeGreaterThan(0);
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=paragraphs`);
    await panel.waitForSelector('.para');
    const publicTag = () => panel.$eval('.para[data-index="1"]', (el) => el.querySelector('.tag[data-factor="public"]')?.textContent ?? null);
    expect(await publicTag()).toBeNull();
    expect(await names()).not.toContain('lens-public-movant');
    // paragraph 2 (index 1): the reader marks it as a public-interest finding for the movant
    await panel.click('.para[data-index="1"] .fix');
    await panel.selectOption('.override[data-index="1"] select[aria-label="Factor"]', 'public');
    await panel.selectOption('.override[data-index="1"] select[aria-label="Stance"]', 'movant');
    await panel.click('.override[data-index="1"] button[type=submit]');
    await waitForLens(page, "hl('lens-public-movant')", 30000);
    // painted over ¶2's own words ("The Second Circuit applies similar standards …")
    const painted = (await lensHighlightTexts(page))['lens-public-movant'].join(' ');
    expect(painted).toContain('The Second Circuit applies similar standards');
    // the panel shows it as it is saved (the background's tabStateChanged), without a reload
    await panel.waitForFunction(() => document.querySelector('.para[data-index="1"] .tag[data-factor="public"]')?.textContent === 'Public interest ✓ found for the movant ✎ your label', null, { timeout: 30000 });
    await settled(page, 'ready', 30000);
    expect(await reads()).toBe(readBefore);

    // the correction removed: the label goes from the page and the panel, still without a reading
    await panel.click('.para[data-index="1"] .fix');
    await panel.selectOption('.override[data-index="1"] select[aria-label="Factor"]', 'public');
    await panel.click('.override[data-index="1"] button:has-text("Remove")');
    await waitForLens(page, "!hl('lens-public-movant')", 30000);
    await panel.waitForFunction(() => !document.querySelector('.para[data-index="1"] .tag[data-factor="public"]'), null, { timeout: 30000 });
    await settled(page, 'ready', 30000);
    expect(await reads()).toBe(readBefore);

    // set again for the tests below, which read it after a reload of the panel
    await panel.click('.para[data-index="1"] .fix');
    await panel.selectOption('.override[data-index="1"] select[aria-label="Factor"]', 'public');
    await panel.selectOption('.override[data-index="1"] select[aria-label="Stance"]', 'movant');
    await panel.click('.override[data-index="1"] button[type=submit]');
    await waitForLens(page, "hl('lens-public-movant')", 30000);
    await panel.reload();
    await panel.waitForSelector('.para');
    expect(await panel.textContent('.para[data-index="1"] .tag[data-factor="public"]')).toBe('Public interest ✓ found for the movant ✎ your label');
    expect(await reads()).toBe(readBefore);
    await panel.close();
  });

  it('keeps the analysis in the panel when one of the page’s behaviours fails, and says which in a line', async () => {
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.factor');
    // what status.ts sends when the legend fails to start, sent from the content script's own world
    const r = await inLensWorld<{ ok: boolean }>(page, `chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'behaviourFailed', behaviour: 'legend', error: 'attachShadow failed', url: location.href })`);
    expect(r.ok).toBe(true);
    await panel.waitForSelector('.status-warn', { timeout: 30000 });
    expect(await panel.textContent('.status-warn')).toBe('The legend could not start on this page; the rest works.');
    // the ruling is still shown, and the page still painted
    expect(await panel.$$('.factor[data-factor="harm"]')).toHaveLength(1);
    expect(await names()).toContain('lens-harm-movant');
    expect((await lensState(page)).state).toBe('ready');
    await panel.close();
  });

  it('keeps the correction form and the note editor hidden (by computed style) until ✎ or Edit, and opens the form on the current label', async () => {
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=paragraphs`);
    await panel.waitForSelector('.para');
    const shown = (sel: string) => panel.$$eval(sel, (els) => els.map((e) => getComputedStyle(e).display !== 'none'));
    const forms = await shown('.override');
    expect(forms.length).toBe(await panel.$$eval('.para', (els) => els.length));
    expect(forms.every((x) => !x)).toBe(true);

    // ¶4 carries standard §, success ✗ and harm ✓: the form opens on its leading (non-standard) label
    const labels = Object.fromEntries(await panel.$$eval('.para[data-index="3"] .tag', (els) => els.map((e) => [e.getAttribute('data-factor'), e.getAttribute('data-stance')])));
    expect(labels).toMatchObject({ standard: 'law', success: 'nonmovant', harm: 'movant' });
    await panel.click('.para[data-index="3"] .fix');
    expect(await shown('.override[data-index="3"]')).toEqual([true]);
    expect((await shown('.override')).filter(Boolean)).toHaveLength(1);
    const factor = await panel.inputValue('.override[data-index="3"] select[aria-label="Factor"]');
    expect(['success', 'harm']).toContain(factor);
    expect(await panel.inputValue('.override[data-index="3"] select[aria-label="Stance"]')).toBe(labels[factor]);
    // choosing another factor shows that factor's stance on this paragraph
    await panel.selectOption('.override[data-index="3"] select[aria-label="Factor"]', 'harm');
    expect(await panel.inputValue('.override[data-index="3"] select[aria-label="Stance"]')).toBe('movant');
    await panel.click('.para[data-index="3"] .fix');
    expect(await shown('.override[data-index="3"]')).toEqual([false]);

    // the note editor: closed until Edit
    await makeNote(panel, 'the heightened standard of proving a substantial showing', 'Mandatory: clear showing');
    const editors = await shown('.note form');
    expect(editors.length).toBeGreaterThan(0);
    expect(editors.every((x) => !x)).toBe(true);
    const mine = '.note:has-text("Mandatory: clear showing")';
    await panel.click(`${mine} .actions button:has-text("Edit")`);
    expect(await shown(`${mine} form`)).toEqual([true]);
    expect((await shown('.note form')).filter(Boolean)).toHaveLength(1);
    await panel.close();
  });

  it('shows a correction of each stance in the scoreboard, the outline, Paragraphs and every export, with a confirmation that outlives the re-render', async () => {
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=paragraphs`);
    const WORDS: Record<string, [string, string]> = {
      movant: ['✓', 'found for the movant'],
      nonmovant: ['✗', 'found for the non-movant'],
      neutral: ['–', 'not reached'],
      law: ['§', 'law only'],
    };
    // ¶4 holds the opinion's only harm finding (¶2 states the law), so each stance set on it is the finding
    for (const stance of ['nonmovant', 'neutral', 'law', 'movant']) {
      const [symbol, words] = WORDS[stance];
      await panel.click('button[data-view="paragraphs"]');
      await panel.waitForSelector('.para[data-index="3"]');
      await panel.click('.para[data-index="3"] .fix');
      await panel.selectOption('.override[data-index="3"] select[aria-label="Factor"]', 'harm');
      await panel.selectOption('.override[data-index="3"] select[aria-label="Stance"]', stance);
      await panel.click('.override[data-index="3"] button[type=submit]');
      const saved = `Saved as your label: ¶4 Irreparable harm ${symbol} ${words}.`;
      await panel.waitForFunction((t) => document.getElementById('status')!.textContent!.includes(t), saved, { timeout: 30000 });

      // Paragraphs, once re-rendered with the new label
      await panel.waitForFunction((s) => document.querySelector('.para[data-index="3"] .tag[data-factor="harm"]')?.getAttribute('data-stance') === s, stance, { timeout: 30000 });
      expect(await panel.textContent('.para[data-index="3"] .tag[data-factor="harm"]')).toBe(`Irreparable harm ${symbol} ${words} ✎ your label`);
      expect(await panel.$$eval('.override', (els) => els.filter((e) => getComputedStyle(e).display !== 'none').length)).toBe(0);

      // the scoreboard and the outline under it
      await panel.click('button[data-view="ruling"]');
      await panel.waitForSelector('.factor[data-factor="harm"]');
      expect(await panel.getAttribute('.factor[data-factor="harm"]', 'data-stance')).toBe(stance);
      expect(await panel.textContent('.factor[data-factor="harm"] h3')).toContain(symbol);
      expect(await panel.textContent('.factor[data-factor="harm"] .finding')).toBe(`${words} (your label)`);
      expect(await panel.getAttribute('.outline li[data-factor="harm"]', 'data-stance')).toBe(stance);
      expect(await panel.textContent('.outline li[data-factor="harm"] a')).toBe(`Irreparable harm: ${words} (your label)`);
      expect(await panel.textContent('.outline li[data-factor="harm"] .mark')).toBe(` ${symbol}`);
      // the confirmation is still on screen after the views were drawn again
      expect(await panel.textContent('#status')).toContain(saved);
      expect(await panel.isVisible('#status')).toBe(true);

      // every export the panel makes
      await panel.click('button[data-view="notes"]');
      await panel.waitForSelector('#export');
      const got: Record<string, string> = {};
      const names: string[] = [];
      for (const format of ['md', 'html', 'csv', 'jsonld']) {
        await panel.selectOption('.export select[aria-label="Export format"]', format);
        const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 90000 }), panel.click('#export')]);
        got[format] = readFileSync((await download.path())!, 'utf8');
        names.push(download.suggestedFilename());
      }
      // named after the case (Smalls, the only party the caption names), the year and the format
      expect(names).toEqual(['smalls-2017-bench-memo.md', 'smalls-2017-report.html', 'smalls-2017-labels.csv', 'smalls-2017-annotations.jsonld']);
      // said on the tab's own export line, not the panel's status line (which follows the tab in front)
      await panel.waitForFunction((t) => document.querySelector(`.export-status[data-tab="${t}"]`)?.textContent === 'Exported smalls-2017-annotations.jsonld.', tabId, { timeout: 30000 });
      expect(await panel.textContent('#status')).not.toContain('Exported');
      // Smalls presumes irreparable harm: the memo says so with a finding for the movant;
      // the law only is no finding, and the memo says the factor was not reached
      const heading = `Irreparable harm: ${stance === 'law' ? 'law only (not reached)' : words}${stance === 'movant' ? '; presumed' : ''}`;
      expect(got.md).toContain(`### ${heading} (reader’s label)\n`);
      expect(got.html).toContain(`<h3>${heading} <span class="user">(reader’s label)</span></h3>`);
      const rows = parseCsv(got.csv.slice(1));
      const col = (n: string) => rows[0].indexOf(n);
      expect(rows.filter((r) => r[col('factor')] === 'harm' && r[col('paragraph')] === '4').map((r) => [r[col('stance')], r[col('by')]])).toEqual([[stance, 'reader']]);
      // the label as fields, and in words
      const ld = JSON.parse(got.jsonld).first.items as { motivation: string; creator: { type: string }; body: { value: string; factor: string; stance: string }[] }[];
      expect(ld.filter((i) => i.creator.type === 'Person' && i.motivation === 'classifying' && i.body[0].factor === 'harm').map((i) => [i.body[0].stance, i.body[0].value])).toEqual([[stance, `Irreparable harm: ${words}`]]);
    }
    await panel.close();
  });
});

describe('the library in words', () => {
  it('filters by court name, and describes each opinion in words', async () => {
    const lib = await lens.context.newPage();
    await lib.goto(`chrome-extension://${lens.extensionId}/library.html`);
    await lib.waitForSelector('.hit');
    const CT = 'United States District Court for the District of Connecticut';
    expect(await lib.$$eval('#court option', (os) => os.map((o) => [o.getAttribute('value'), o.textContent]))).toEqual([['', 'any court'], ['ctd', CT]]);
    const meta = await lib.textContent('.hit .meta');
    expect(meta).toContain(`${CT} · 2017-05-19`);
    expect(meta).toContain('Temporary restraining order · Denied');
    expect(meta).toContain('Irreparable harm: found for the movant (presumed)');
    expect(meta).not.toMatch(/\bctd\b|\w:\w|_/);
    await lib.selectOption('#court', { label: CT });
    await lib.waitForFunction(() => (document.querySelector('#count')?.textContent ?? '').startsWith('1 opinion'), null, { timeout: 30000 });
    await lib.close();
  });

  it('names the whole library’s export after the library and the format', async () => {
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${tabId}&view=notes`);
    await panel.waitForSelector('#export');
    await panel.selectOption('.export select[aria-label="Export format"]', 'md');
    await panel.selectOption('.export select[aria-label="Export scope"]', 'library');
    const [download] = await Promise.all([panel.waitForEvent('download', { timeout: 90000 }), panel.click('#export')]);
    expect(download.suggestedFilename()).toBe('injunction-lens-library-bench-memo.md');
    expect(readFileSync((await download.path())!, 'utf8')).toMatch(/\n#{3,4} Irreparable harm: found for the movant; presumed \(reader’s label\)\n/);
    await panel.waitForFunction(() => document.querySelector('.export-status')?.textContent === 'Exported injunction-lens-library-bench-memo.md.', null, { timeout: 30000 });
    await panel.close();
  });
});

// Opened last: the library tests above count the seed as the only opinion.
describe('authorities with parallel cites and subsequent history', () => {
  it('lists Abbott Labs. v. Gardner once, its three reporters together, with court, year and its history flagged', async () => {
    const road = await lens.context.newPage();
    await road.goto(`${served.origin}/texts/inj_dcd_2019_make_the_road_ny_v_mcaleenan_PI.txt`);
    await settled(road, 'ready', 90000);
    const roadTab = await lens.worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id!, road.url());
    const panel = await lens.context.newPage();
    await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html?tab=${roadTab}&view=authorities`);
    await panel.waitForSelector('table');
    const rows = await panel.$$eval('tr', (trs) => trs.map((t) => t.textContent ?? ''));
    const abbott = rows.filter((r) => r.includes('Abbott Labs. v. Gardner'));
    expect(abbott).toHaveLength(1);
    expect(abbott[0]).toContain('Abbott Labs. v. Gardner, 387 U.S. 136, 87 S. Ct. 1507, 18 L. Ed. 2d 681 (U.S. 1967)');
    expect(abbott[0]).toContain('pins: 140, 149, 151');
    // no row of its own for a parallel reporter
    expect(rows.filter((r) => r.includes('87 S. Ct. 1507'))).toHaveLength(1);
    const history = panel.locator('tr:has-text("Abbott Labs. v. Gardner") .history');
    expect(await history.getAttribute('class')).toBe('history negative');
    expect(await history.textContent()).toBe('⚑ Subsequent history weakens it: abrogated on other grounds by Califano v. Sanders, 430 U.S. 99, 97 S. Ct. 980, 51 L. Ed. 2d 192 (1977)');
    // history that does not weaken it is shown without the flag
    const food = panel.locator('tr:has-text("Food & Water Watch, Inc. v. Vilsack") .history');
    expect([await food.getAttribute('class'), (await food.textContent())?.startsWith('aff\'d')]).toEqual(['history', true]);
    await panel.close();
    await road.close();
  });
});

/** A note on `quote` (selected on the page), made from the panel's Notes view. */
async function makeNote(panel: Page, quote: string, text: string) {
  await selectInPre(page, quote);
  await panel.click('button[data-view="notes"]');
  await panel.fill('.add-note textarea', text);
  await panel.click('.add-note button[type=submit]');
  await panel.waitForSelector(`.note:has-text(${JSON.stringify(text)})`);
}
