// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexText, offsetFromPoint, rangeFromOffsets } from '../../../lib/dom/text-index';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('indexText', () => {
  it.each([
    ['blocks are separated by a blank line', '<p>First  para.</p><p>Second\n para.</p>', 'First para.\n\nSecond para.'],
    ['inline markup joins without spaces', '<p><i>Winter</i> v. <b>NRDC</b>, 555 U.S. 7</p>', 'Winter v. NRDC, 555 U.S. 7'],
    ['pre text is kept exactly', '<pre>a  b\n\nc</pre>', 'a  b\n\nc'],
    ['scripts and styles are not text', '<p>x</p><script>var y=1</script><style>p{}</style><p>z</p>', 'x\n\nz'],
    ['headings and list items are blocks', '<h2>II. DISCUSSION</h2><ul><li>one</li><li>two</li></ul>', 'II. DISCUSSION\n\none\n\ntwo'],
  ])('%s', (_, html, text) => {
    expect(indexText(dom(html)).text).toBe(text);
  });

  it('leaves excluded elements and our own UI out', () => {
    const root = dom('<p>Opinion text.</p><div class="headnote">Headnote 1</div><injunction-lens-legend>Legend</injunction-lens-legend><p>More.</p>');
    const idx = indexText(root, { exclude: [root.querySelector('.headnote')!], isOwn: (el) => el.tagName.startsWith('INJUNCTION-LENS') });
    expect(idx.text).toBe('Opinion text.\n\nMore.');
  });

  it('maps offsets back to DOM ranges over the same characters', () => {
    const root = dom('<p>See <i>Winter v.  Natural Res. Def. Council</i>, 555 U.S. 7, 24 (2008).</p><p>Id. at 22.</p>');
    const idx = indexText(root);
    for (const needle of ['Winter v. Natural Res.', '555 U.S. 7, 24', 'Id. at 22', 'See Winter']) {
      const start = idx.text.indexOf(needle);
      expect(start).toBeGreaterThanOrEqual(0);
      const range = rangeFromOffsets(idx, start, start + needle.length)!;
      expect(range.toString().replace(/\s+/g, ' ')).toBe(needle);
    }
  });

  it('turns a DOM point back into an offset', () => {
    const root = dom('<p>Alpha   beta</p><p>gamma</p>');
    const idx = indexText(root);
    const gamma = root.querySelectorAll('p')[1].firstChild!;
    expect(offsetFromPoint(idx, gamma, 2)).toBe(idx.text.indexOf('gamma') + 2);
    const alpha = root.querySelector('p')!.firstChild!;
    expect(offsetFromPoint(idx, alpha, 8)).toBe(idx.text.indexOf('beta'));
  });

  it('returns null for spans outside the text', () => {
    const idx = indexText(dom('<p>short</p>'));
    expect(rangeFromOffsets(idx, 10, 20)).toBeNull();
    expect(rangeFromOffsets(idx, 3, 3)).toBeNull();
  });
});
