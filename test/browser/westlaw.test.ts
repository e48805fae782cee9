/**
 * The four real Westlaw pages (test/fixtures/pages, West's editorial text replaced by filler,
 * see SOURCES.md) in Chromium with the built extension: the westlaw adapter reads each from
 * the opinion's first words to its last (headnotes, synopsis, KeyCite, counsel left out),
 * highlights are painted, no page error, nothing offsite. And the text the extension
 * analysed is, word for word, the text `lens analyze` reads from the same file
 * (scripts/read-page.ts): one reader for a page, in the tab and on the command line.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, launchWithExtension, lensSlices, lensState, serveFixtures, settled, sliceProblems, type Lens, type Served } from './harness';
import { analyzeFile } from '../../scripts/opinion-file';

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

const squash = (s: string) => s.replace(/[\s\u200b]+/g, ' ').trim();

// [page, first words, last words of the opinion, first words of the notes after them (null: none)]
const PAGES: [string, string, string, string | null][] = [
  ['html_westlaw_edge_medmutual_v_braintree_ded2011_fullpage.html', 'MEMORANDUM OPINION ROBINSON, District Judge. I. INTRODUCTION *1 This is an antitrust action', "Braintree's motion to dismiss is granted. An appropriate order shall issue.", '1 “(2) It shall be an act of infringement'],
  ['html_westlaw_classic_tobin_v_state_txapp2008_fullpage.html', 'MEMORANDUM OPINION1 DIXON W. HOLMAN, Justice. *1 Appellant Robert Terry Tobin, Jr. was convicted', "we affirm the trial court's judgment.", '1 See Tex.R.App. P. 47.4.'],
  ['html_westlaw_docfragment_otsuka_v_torrent_dnj2016.html', 'MEMORANDUM OPINION SIMANDLE, Chief Judge In this Hatch Waxman Act case', '7. An accompanying Order will be entered.', '1 The patents asserted by Otsuka'],
  ['html_westlaw_docfragment_ftc_v_actavis_scotus2013.html', 'Justice BREYER delivered the opinion of the Court. *140 Company A sues Company B', '167 L.Ed.2d 929 (2007). I respectfully dissent.', null],
];

/** The reading text the extension analysed, and its caption, asked of the background from an extension page. */
async function analysed(url: string): Promise<{ text: string; site: string | null; document: Record<string, unknown>; paragraphs: unknown[] }> {
  const panel = await lens.context.newPage();
  await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html`);
  const tabId = await lens.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id!, url);
  const value = await panel.evaluate(async (id) => {
    type Reply = { ok: boolean; value: { analysis: { text: string; paragraphs: unknown[]; document: { source: { site: string | null } } & Record<string, unknown> } } };
    const r: Reply = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id });
    const a = r.value.analysis;
    const { source, ...document } = a.document;
    return { text: a.text, site: source.site, document, paragraphs: a.paragraphs };
  }, tabId);
  await panel.close();
  return value;
}

describe('Westlaw pages in Chromium', () => {
  it.each(PAGES)('%s: the opinion, from its first words to its last, as lens analyze reads it', async (file, first, last, notes) => {
    const page = await lens.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${served.origin}/pages/${file}`);
    await settled(page, undefined, 60000);
    expect((await lensState(page)).state).toBe('ready');
    const a = await analysed(page.url());
    expect(a.site).toBe('westlaw');
    const text = squash(a.text);
    expect(text.startsWith(first)).toBe(true);
    const after = text.slice(text.lastIndexOf(last) + last.length).trim();
    if (notes) expect(after.startsWith(notes)).toBe(true);
    else expect(after).toBe('');
    for (const west of ['Lorem ipsum', 'Synopsis', 'West Headnotes', 'KeySummary', 'Attorneys and Law Firms', 'Cases that cite', 'All Citations', 'Thomson Reuters']) expect(text).not.toContain(west);
    // the command line, on the same file, reads the same words and the same caption
    const cli = analyzeFile(join(FIXTURES, 'pages', file), { warn: () => {} });
    const { source, ...document } = cli.document;
    expect(squash(cli.text)).toBe(text);
    expect(source?.site).toBe('westlaw');
    expect(document).toEqual(a.document);
    // and the same labels: the page's parts reach the core both ways (Actavis' dissent, #16 hints)
    expect(a.paragraphs).toEqual(cli.paragraphs);
    const painted = await page.evaluate(() => {
      let n = 0;
      (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((h, k) => (n += k.startsWith('lens-') ? h.size : 0));
      return n;
    });
    expect(painted).toBeGreaterThan(0);
    expect(sliceProblems(await lensSlices(page))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('sent nothing beyond 127.0.0.1', () => {
    expect(lens.offsite).toEqual([]);
  });
});
