// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BLOCK_TAGS, NEVER_TEXT_TAGS } from '../../../lib/document/block-tags';
import { htmlToText } from '../../../lib/document/html';
import { indexText } from '../../../lib/dom/text-index';
import { BLOCK, NEVER_TEXT, readingLines } from '../../../lib/sites/dom-text';

// One set for the page's text index, the site adapters' text and the CLI's HTML reader:
// each cuts these snippets (CourtListener's and CAP's opinion markup, a form's fieldset, a
// figure's caption) at the same places.
const SNIPPETS: [string, string, string[]][] = [
  ['CourtListener party block', '<div><partyblock>AMY COHEN, Plaintiff,</partyblock><partyblock>v. BROWN UNIVERSITY</partyblock></div>', ['AMY COHEN, Plaintiff,', 'v. BROWN UNIVERSITY']],
  ['CAP opinion and footnotes', '<div><opinion>The motion is denied.</opinion><footnotes><footnote>1 See Winter.</footnote><footnote>2 Id.</footnote></footnotes></div>', ['The motion is denied.', '1 See Winter.', '2 Id.']],
  ['a fieldset and a figure caption', '<div><fieldset>Filed May 3, 2021</fieldset><figure>Seal<figcaption>Court seal</figcaption></figure></div>', ['Filed May 3, 2021', 'Seal', 'Court seal']],
  ['a table with a caption and a body', '<table><caption>Docket</caption><tbody><tr><td>No. 21-1</td></tr></tbody></table>', ['Docket', 'No. 21-1']],
];

describe('the one block-tag set', () => {
  it('is the set the site adapters use', () => {
    expect(BLOCK).toBe(BLOCK_TAGS);
    expect(NEVER_TEXT).toBe(NEVER_TEXT_TAGS);
  });
  it('holds the opinion markup of CourtListener and CAP', () => {
    expect(['PARTYBLOCK', 'OPINION', 'FOOTNOTE', 'FOOTNOTES'].filter((t) => BLOCK_TAGS.has(t))).toEqual(['PARTYBLOCK', 'OPINION', 'FOOTNOTE', 'FOOTNOTES']);
  });

  it.each(SNIPPETS)('%s: the page index, the adapters and the CLI read the same blocks', (_, html, blocks) => {
    document.body.innerHTML = html;
    expect(indexText(document.body).text.split('\n\n')).toEqual(blocks);
    expect(readingLines([document.body]).split('\n')).toEqual(blocks);
    expect(htmlToText(`<html><body>${html}</body></html>`).text.split('\n\n')).toEqual(blocks);
  });
});
