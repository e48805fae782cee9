/**
 * Reading a page in two phases: the text as soon as the opinion's place is known (a
 * revisit looks its analysis up by that text), the rest of the extraction on demand.
 * The first phase's roots and text must be those of the whole extraction, on real pages.
 */
import { describe, expect, it } from 'vitest';
import { readText } from '../../../lib/sites/read-page';
import { extractOpinion } from '../../../lib/sites/index';
import { indexText } from '../../../lib/dom/text-index';
import { loadPage } from './load-page';

const isOwn = () => false;

describe('readText', () => {
  it.each([
    ['html_cap_casebody_2013_commonwealth_v_brown_mass.html', 'cap'],
    ['html_nycourts_2026_70-35_113th_st_v_auberge_appdiv2d.html', 'nycourts'],
    ['html_publicresource_1891_reagan_v_aiken.html', 'publicresource'],
    ['negative_blog_post.html', 'generic'],
  ])('%s: the first phase reads the same text the whole extraction does', async (file, site) => {
    const url = 'http://localhost/saved.html';
    const first = await readText(loadPage(file, url), url, isOwn);
    expect(first.site).toBe(site);
    const whole = extractOpinion(loadPage(file, url), url);
    expect(first.index.text).toBe(indexText(whole.roots, { exclude: whole.exclude }).text);
    const done = await first.complete();
    expect(done.index).toBe(first.index); // same roots: not read twice
    expect(done.extraction.evidence).toEqual(whole.evidence);
    expect(await first.complete()).toBe(done); // completed once
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(readText(loadPage('html_publicresource_1891_reagan_v_aiken.html'), 'http://localhost/saved.html', isOwn, ac.signal)).rejects.toThrow(/aborted/);
  });
});
