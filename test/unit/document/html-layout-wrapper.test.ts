import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/document/html';

describe('a layout wrapper named like chrome', () => {
  // FindLaw wraps the whole opinion in <div class="sidebar-with-breadcrumbs-layout">
  const page = (cls: string) => `<html><body><header>FindLaw menu</header><main class="caselaw-page"><div class="${cls}">
    <div class="sidebar-with-breadcrumbs-layout__breadcrumbs">Home › Caselaw › Benisek</div>
    <div class="caselaw-content"><p>This appeal arises from the denial of a motion for a preliminary injunction in the District Court.</p>
    <p>In these particular circumstances, we conclude that the District Court's decision denying a preliminary injunction cannot be regarded as an abuse of discretion.</p></div>
  </div></main><footer>© FindLaw</footer></body></html>`;

  it('is kept when it holds most of the page’s text, while the real chrome inside it goes', () => {
    const { text } = htmlToText(page('sidebar-with-breadcrumbs-layout'));
    expect(text).toContain('This appeal arises from the denial of a motion for a preliminary injunction');
    expect(text).not.toContain('Home › Caselaw');
    expect(text).not.toContain('FindLaw menu');
  });

  it('a sidebar that holds little of the text is still dropped', () => {
    const html = `<html><body><main><div class="sidebar">Related cases: a, b, c</div><p>${'The court holds that the injunction must issue. '.repeat(20)}</p></main></body></html>`;
    expect(htmlToText(html).text).not.toContain('Related cases');
  });
});
