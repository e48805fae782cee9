/**
 * Real saved pages of the sites (test/fixtures/pages, see SOURCES.md) in Chromium with the
 * built extension: the opinion is detected, the text read starts at the opinion's first
 * words and ends at its last, highlights are painted, no page error, no long task, no
 * offsite request; pages that are not opinions report `not-opinion`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, serveFixtures, type Lens, type Served, settled, lensSlices, sliceProblems, lastWalk, lensState } from './harness';

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

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// [page, first words, last words, what may follow the last words: the footnotes]
const OPINIONS: [string, string, string, string?][] = [
  ['html_cap_casebody_2013_commonwealth_v_brown_mass.html', 'SPINA, J. This case is before us on a reservation and report', 'for sentencing proceedings consistent with this opinion. So ordered.', '1. We use the term'],
  ['html_nycourts_2026_70-35_113th_st_v_auberge_appdiv2d.html', 'DECISION & ORDER In an action, inter alia, for specific performance', 'ENTER: Darrell M. Joseph Clerk of the Court'],
  ['html_nycourts_2020_feliciano_v_seabrook_supct_queens.html', 'Decided on June 11, 2020', 'Dated: June 11, 2020 Leonard Livote, A.J.S.C.'],
  ['html_nycourts_2026_people_v_seymore_appdiv1d_permanent.html', 'Judgment, Supreme Court, New York County (Michael Gaffey, J.)', 'Concur—Webber, J.P., Friedman, Mendez, Shulman, Hagler, JJ.'],
  ['html_publicresource_1891_reagan_v_aiken.html', 'Many assignments of error and many questions are presented', 'The judgment, therefore, will be affirmed.'],
  ['html_scholar_2018_berkheimer_v_hp_cafc.html', 'Moore, Circuit Judge. Steven E. Berkheimer appeals', 'AND REMANDED. COSTS No costs.', '[1] Though the district court stated'],
  ['html_scholar_2017_in_re_salwan_cafc_per_curiam.html', 'PER CURIAM. Angadbir Singh Salwan appeals', "the Board's decision is affirmed. AFFIRMED COSTS No costs."],
];

const NEGATIVES = ['negative_news_article_injunction.html', 'negative_search_results.html', 'negative_blog_post.html', 'negative_list_juriscraper_nd_example.html', 'negative_news_nytimes_2016_yahoo_verizon.html'];

async function open(file: string) {
  const page = await lens.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${served.origin}/pages/${file}`);
  await settled(page, undefined, 30000);
  return { page, errors };
}

/** The reading text the extension analysed, asked of the background from an extension page. */
async function analysedText(url: string): Promise<string> {
  const panel = await lens.context.newPage();
  await panel.goto(`chrome-extension://${lens.extensionId}/sidepanel.html`);
  const tabId = await lens.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id!, url);
  const text = await panel.evaluate(async (id) => {
    const r = (await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: { analysis: { text: string } } }> } } }).chrome.runtime.sendMessage({ channel: 'lens-bg', type: 'getTabState', tabId: id }));
    return r.value.analysis.text;
  }, tabId);
  await panel.close();
  return text;
}

describe('real site pages', () => {
  it.each(OPINIONS)('%s: the opinion, from its first words to its last, painted', async (file, first, last, notes) => {
    const { page, errors } = await open(file);
    expect((await lensState(page)).state).toBe('ready');
    const raw = await analysedText(page.url());
    const text = squash(raw);
    expect(text.slice(0, 200)).toContain(first);
    if (notes) expect(text.slice(text.indexOf(last) + last.length).trim().startsWith(notes)).toBe(true);
    else expect(text.slice(-200)).toContain(last);
    const painted = await page.evaluate(() => {
      let n = 0;
      (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((h, k) => (n += k.startsWith('lens-') ? h.size : 0));
      return n;
    });
    expect(painted).toBeGreaterThan(0);
    // no clock: every slice within its cap, a yield between slices, and the walker's slices
    // covering exactly the text that was analysed (`npm run bench` measures the milliseconds)
    const slices = await lensSlices(page);
    expect(sliceProblems(slices)).toEqual([]);
    const walk = lastWalk(slices)!;
    expect(walk.chars).toBe(raw.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  // (saved list pages run inline scripts that need their site's jQuery, so their own errors are not ours to count)
  it.each(NEGATIVES)('%s is not an opinion', async (file) => {
    const { page } = await open(file);
    expect((await lensState(page)).state).toBe('not-opinion');
    expect(sliceProblems(await lensSlices(page))).toEqual([]);
    await page.close();
  });

  it('sent nothing beyond 127.0.0.1', () => {
    expect(lens.offsite).toEqual([]);
  });
});
