// Public.Resource.Org's Supreme Court pages number the syllabus and counsel paragraphs
// like the opinion's. The sentences are Chavez v. Martinez, 538 U.S. 760 (2003), as
// resource.org publishes it; the page is cut down to a few paragraphs for this test.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractOpinion, readingText } from '../../../lib/sites/index';

const num = (n: number, text: string) => `<div class="num" id="p${n}"><span class="num">${n}</span><p class="indent">${text}</p></div>`;

const HTML = `<html><head><title>538 U.S. 760</title></head><body>
<p class="case_cite">538 U.S. 760</p>
<p class="parties">CHAVEZ<br/>v.<br/>MARTINEZ.</p>
<p class="docket">No. 01-1444.</p>
<p class="court">Supreme Court of United States.</p>
<p class="date">Argued December 4, 2002.</p>
<p class="date">Decided May 27, 2003.</p>
<div class="prelims"><p class="indent"><i>Held:</i> The judgment is reversed, and the case is remanded.</p></div>
${num(1, '(a) An officer is entitled to qualified immunity if his alleged conduct did not violate a constitutional right. Pp. 766-767.')}
${num(2, 'JUSTICE SOUTER delivered the opinion of the Court with respect to Part II, concluding that the issue whether Martinez may pursue a claim of liability for a substantive due process violation should be addressed on remand. Pp. 779-780.')}
${num(3, 'CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT.')}
${num(4, '<i>Richard S. Paz</i> argued the cause for respondent. With him on the brief was <i>Sonia Mercado.</i>')}
${num(5, 'JUSTICE THOMAS announced the judgment of the Court and delivered an opinion.')}
${num(6, "This case involves a 42 U. S. C. § 1983 suit arising out of petitioner Ben Chavez's allegedly coercive interrogation of respondent Oliverio Martinez. We conclude that Chavez did not deprive Martinez of a constitutional right.")}
${num(7, 'JUSTICE SCALIA, concurring in part in the judgment.')}
${num(8, 'I agree with the Court’s rejection of Martinez’s Fifth Amendment claim.')}
</body></html>`;

describe('Public.Resource.Org with a numbered syllabus', () => {
  const window = new Window({ url: 'https://law.resource.org/pub/us/case/reporter/US/538/538.US.760.html' });
  const doc = new window.DOMParser().parseFromString(HTML, 'text/html') as unknown as Document;
  const x = extractOpinion(doc, 'https://law.resource.org/pub/us/case/reporter/US/538/538.US.760.html');
  const text = readingText(x.roots, x.exclude);

  it('starts at the paragraph that opens the opinion', () => {
    expect(x.site).toBe('publicresource');
    expect(text.startsWith('JUSTICE THOMAS announced the judgment of the Court and delivered an opinion. This case involves')).toBe(true);
    expect(text).not.toContain('Pp. 779-780');
    expect(text).not.toContain('argued the cause');
  });

  it('labels the plurality and the separate opinion', () => {
    expect(x.parts.map((p) => [p.kind, p.author])).toEqual([
      ['majority', 'THOMAS'],
      ['concurrence', 'SCALIA'],
    ]);
  });

  it('reads the caption lines resource.org prints', () => {
    expect(x.meta).toMatchObject({ citation: '538 U.S. 760', docket: '01-1444', court: 'Supreme Court of United States', date: 'May 27, 2003', parties: 'CHAVEZ v. MARTINEZ.' });
  });
});
