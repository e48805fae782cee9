// What the generic reader skips inside the body it found. The sentences are the Supreme
// Court's (Fisher v. University of Texas, 570 U.S. 297 (2013)); the markup is minimal and
// written for this test, to pin the rule, not a site.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractGeneric, readingText } from '../../../lib/sites/index';
import { findChrome } from '../../../lib/sites/body';

const SYLLABUS = 'NOTE: Where it is feasible, a syllabus (headnote) will be released, as is being done in connection with this case, at the time the opinion is issued.';
const OPINION = [
  'JUSTICE KENNEDY delivered the opinion of the Court.',
  'The University of Texas at Austin considers race as one of various factors in its undergraduate admissions process. Race is not itself assigned a numerical value for each applicant, but the University has committed itself to increasing racial minority enrollment on campus.',
  'Petitioner, who is Caucasian, was rejected for admission to the University’s 2008 entering class. She sued the University and school officials, alleging that the University’s consideration of race in admissions violated the Equal Protection Clause.',
  'The District Court granted summary judgment to the University. The United States Court of Appeals for the Fifth Circuit affirmed. It held that Grutter required courts to give substantial deference to the University, both in the definition of the compelling interest in diversity’s benefits and in deciding whether its specific plan was narrowly tailored to achieve its stated goal.',
  'The judgment of the Court of Appeals is vacated, and the case is remanded for further proceedings consistent with this opinion. It is so ordered.',
];

function page(inner: string): Document {
  const window = new Window({ url: 'https://example.test/fisher' });
  return new window.DOMParser().parseFromString(`<html><body>${inner}</body></html>`, 'text/html') as unknown as Document;
}

describe('generic exclusions', () => {
  const doc = page(`
    <div id="content">
      <div class="syllabus"><h2>Syllabus</h2><p>${SYLLABUS}</p></div>
      ${OPINION.map((p) => `<p>${p}</p>`).join('\n')}
      <div class="share-links"><a href="#">Share</a> <a href="#">Print</a></div>
      <nav><a href="/prev">Previous case</a> <a href="/next">Next case</a></nav>
    </div>`);
  const x = extractGeneric(doc, 'https://example.test/fisher');
  const text = readingText(x.roots, x.exclude);

  it('skips a marked syllabus, share links and navigation', () => {
    expect(text.startsWith('JUSTICE KENNEDY delivered the opinion of the Court.')).toBe(true);
    expect(text.endsWith('It is so ordered.')).toBe(true);
    expect(text).not.toContain('Where it is feasible');
    expect(text).not.toContain('Previous case');
    expect(text).not.toContain('Share');
  });

  it('reads the majority’s author from its opening line', () => {
    expect(x.parts.map((p) => [p.kind, p.author])).toEqual([['majority', 'KENNEDY']]);
  });

  it('does not drop a body the site itself named "summary"', () => {
    const d = page(`<div class="case-summary">${OPINION.map((p) => `<p>${p}</p>`).join('')}</div>`);
    const y = extractGeneric(d);
    expect(readingText(y.roots, y.exclude)).toContain('It is so ordered.');
  });
});

describe('a page wrapped in one <form> (ASP.NET)', () => {
  const doc = page(`<form id="aspnetForm" action="/Opinion.aspx">${OPINION.map((p) => `<p>${p}</p>`).join('')}</form>`);
  it('is not chrome', () => {
    expect(findChrome(doc.body)).toEqual([]);
  });
  it('reads whole', () => {
    const x = extractGeneric(doc);
    const text = readingText(x.roots, x.exclude);
    expect(text.startsWith('JUSTICE KENNEDY delivered the opinion of the Court.')).toBe(true);
    expect(text.endsWith('It is so ordered.')).toBe(true);
  });
});
