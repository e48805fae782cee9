// Plain-text opinions (project corpus, see SOURCES.md) as the browser shows a .txt file:
// the generic reader takes the <pre> whole and must score them as opinions.
import { describe, expect, it } from 'vitest';
import { extractOpinion, readingText } from '../../../lib/sites/index';
import { loadText, verdict } from './load-page';
import { analyze } from '../../../lib/analyze';

describe.each([
  {
    file: 'text_inj_ca2_2025_bainbridge_v_argentina_admin_stay.txt',
    starts: 'UNITED STATES COURT OF APPEALS FOR THE SECOND CIRCUIT At a Stated Term',
    facts: { court: 'ca2', docket: '25-1686' },
  },
  {
    file: 'text_inj_cacd_2016_consumerinfo_v_leon_PI.txt',
    starts: '1 2 3 4 5 6 7 8 9 10',
    facts: { court: 'cacd', docket: '8:16-cv-1261', date: '2016-08-05' },
  },
  {
    file: 'text_inj_scotus_2021_tandon_v_newsom_inj_pending_appeal.txt',
    starts: 'The application for injunctive relief presented to JUSTICE KAGAN',
    facts: { court: 'scotus' },
  },
])('$file', ({ file, starts, facts }) => {
  const doc = loadText(file);
  const x = extractOpinion(doc, `http://localhost/${file}`);
  it('is the whole <pre>, scored as an opinion', () => {
    expect(x.site).toBe('generic');
    expect(x.roots).toEqual([doc.querySelector('pre')]);
    expect(verdict(x).isOpinion).toBe(true);
    expect(readingText(x.roots, x.exclude).slice(0, starts.length)).toBe(starts);
  });
  it('leaves court, date and docket to the core, which reads them from the caption and text (one home)', () => {
    expect([x.meta.court, x.meta.date, x.meta.docket]).toEqual([null, null, null]);
    const a = analyze({ text: readingText(x.roots, x.exclude), meta: x.meta, caption: x.caption });
    expect(a.document).toMatchObject(facts);
  });
});
