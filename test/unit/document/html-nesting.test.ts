import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/document/html';
import { parseHtml, textLengths, textOf, walkTree, type HtmlElement } from '../../../lib/document/html-tree';

// Hostile or broken pages: the reader walks the tree with an explicit stack, so depth costs
// memory, not call stack, and no shape of nesting makes the work grow with depth squared.
// Each case finishes in well under a second on this machine; the 60 s timeout only guards liveness.
const N = 100_000;
const LIVENESS = 60_000;

describe('htmlToText on deeply nested pages', () => {
  it.each([
    { shape: 'nested and closed', html: `<body>${'<div>'.repeat(N)}Deep text.${'</div>'.repeat(N)}</body>`, text: 'Deep text.' },
    { shape: 'never closed', html: `<body>${'<div>'.repeat(N)}Deep text.`, text: 'Deep text.' },
    // every </b> is stray: none is open, so each must be dismissed without climbing 100,000 divs
    { shape: 'stray end tags under it', html: `<body>${'<div>'.repeat(N)}Deep text.${'</b>'.repeat(N)}`, text: 'Deep text.' },
    // each chrome-named element is weighed as a possible layout wrapper by its text length
    { shape: 'chrome-named wrappers', html: `<body>${'<div class="menu">'.repeat(N)}Deep text.${'</div>'.repeat(N)}`, text: 'Deep text.' },
    { shape: 'inline', html: `<body><p>${'<b>'.repeat(N)}Deep <i>text</i>.`, text: 'Deep text.' },
    { shape: 'blocks with text at each level', html: `<body>${'<div>a'.repeat(N)}`, text: Array(N).fill('a').join('\n\n') },
    { shape: 'in <pre>', html: `<body><pre>${'<span>'.repeat(N)}Line one\n  line two</pre>`, text: 'Line one\n  line two' },
  ])('$shape: 100,000 deep', ({ html, text }) => {
    expect(htmlToText(html).text).toBe(text);
  }, LIVENESS);

  it('100,000 <li> after a nested list and 100,000 open divs', () => {
    // The inner <ul> stands between the first new <li> and the outer one, so that one stays open;
    // each later <li> closes the one before (and the divs inside it). Neither is found by
    // climbing past every div.
    const html = `<body><ul><li>first<ul>${'<div>'.repeat(N)}${'<li>x'.repeat(N)}`;
    const { text } = htmlToText(html);
    expect(text.startsWith('first\n\nx\n\nx')).toBe(true);
    expect(text.split('\n\n')).toHaveLength(N + 1);
  }, LIVENESS);

  it('textOf and the page title read a 100,000-deep tree', () => {
    const tree = parseHtml(`<title>A v. B</title><body>${'<span>'.repeat(N)}Deep &amp; text</body>`);
    expect(textOf(tree)).toBe('A v. B Deep & text');
    expect(htmlToText(`<title>A v. B</title><h1>${'<span>'.repeat(N)}Deep</h1>`).title).toBe('A v. B');
  }, LIVENESS);
});

describe('parseHtml closes elements as before', () => {
  // tag soup → the tree written back as names and text (the rules the open-element index must keep)
  const show = (e: HtmlElement): string => `${e.name}(${e.children.map((c) => (typeof c === 'string' ? c : show(c))).join(',')})`;
  it.each([
    { html: '<div><p>a<div>b</div></div>', tree: '#root(div(p(a),div(b)))' }, // <div> closes the open <p>
    { html: '<p>a<span>b<div>c', tree: '#root(p(a,span(b,div(c))))' }, // only when the <p> is the current element
    { html: '<ul><li>a<li>b</ul>', tree: '#root(ul(li(a),li(b)))' }, // <li> closes the open <li>
    { html: '<ul><li>a<ul><li>b<li>c</ul></ul>', tree: '#root(ul(li(a,ul(li(b),li(c)))))' }, // not across a nested list
    { html: '<table><tr><td>a<td>b<tr><td>c</table>', tree: '#root(table(tr(td(a),td(b)),tr(td(c))))' },
    { html: '<b>a<i>b</b>c', tree: '#root(b(a,i(b)),c)' }, // an end tag closes what is open inside it
    { html: '<div>a</span>b</div>c', tree: '#root(div(a,b),c)' }, // a stray end tag is ignored
    { html: '<div><div>a</div>b</div>c', tree: '#root(div(div(a),b),c)' }, // the innermost of a name closes first
  ])('$html', ({ html, tree }) => {
    expect(show(parseHtml(html))).toBe(tree);
  });
});

describe('textLengths', () => {
  it('gives the length of textOf for every element of every saved court page', () => {
    const dir = join(__dirname, '../../fixtures/pages');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    let elements = 0;
    for (const page of pages) {
      const tree = parseHtml(readFileSync(join(dir, page), 'utf8'));
      const lengths = textLengths(tree);
      walkTree(tree, (x) => {
        if (typeof x === 'string' || !lengths.has(x)) return false;
        expect(lengths.get(x), `${page} <${x.name}>`).toBe(textOf(x).length);
        elements++;
        return true;
      });
    }
    expect(elements).toBeGreaterThan(1000);
  });

  it.each([
    { html: '<p> a  <b>b</b> </p><p>\n</p>', length: 'a b'.length },
    { html: '<div>a<br>b&nbsp; <i>c</i></div>', length: 'a b c'.length },
    { html: '<div><span>a</span><div>b</div>c</div>', length: 'ab c'.length },
    { html: '<div> </div>', length: 0 },
  ])('$html → $length', ({ html, length }) => {
    const tree = parseHtml(html);
    expect(textLengths(tree).get(tree)).toBe(length);
    expect(textOf(tree).length).toBe(length);
  });
});
