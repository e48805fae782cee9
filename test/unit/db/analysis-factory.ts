/** A hand-built Analysis for storage tests (labels set by hand, not by the classifier). */
import type { Analysis, AnalysisParagraph, FactorLabel } from '../../../lib/types';

const PARAS = [
  'The Diocese seeks an injunction pending appeal.',
  'The applicants have clearly established their entitlement to relief pending appellate review. They have shown that their First Amendment claims are likely to prevail.',
  'There can be no question that the challenged restrictions, if enforced, will cause irreparable harm. The loss of First Amendment freedoms, for even minimal periods of time, unquestionably constitutes irreparable injury, and such injury is presumed.',
  'Finally, it has not been shown that granting the applications will harm the public.',
  'The application for injunctive relief pending appeal is granted.',
];

export function makeAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  let text = '';
  const paragraphs: AnalysisParagraph[] = PARAS.map((p, index) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += p;
    return { index, start, end: text.length, heading: null, factors: [] };
  });
  const label = (i: number, factor: FactorLabel['factor'], stance: FactorLabel['stance']) =>
    paragraphs[i].factors.push({ factor, stance, confidence: 0.8, evidence: [{ start: paragraphs[i].start, end: paragraphs[i].end }] });
  label(1, 'success', 'movant');
  label(2, 'harm', 'movant');
  label(3, 'public', 'movant');
  label(4, 'disposition', 'neutral');
  return {
    version: 1,
    analyzer: 'test',
    text,
    document: {
      title: 'Roman Catholic Diocese of Brooklyn v. Cuomo',
      court: 'scotus',
      courtName: 'Supreme Court of the United States',
      docket: '20A87',
      date: '2020-11-25',
      judge: null,
      source: { url: 'https://www.courtlistener.com/opinion/1/roman-catholic-diocese/#p3', site: 'courtlistener' },
    },
    standard: { relief: 'preliminary_injunction', reliefs: ['preliminary_injunction'], mandatory: false, tests: ['winter'] },
    disposition: { outcome: 'granted', start: paragraphs[4].start, end: paragraphs[4].end },
    paragraphs,
    citations: [],
    headings: [],
    footnotes: [],
    outline: [],
    pages: [],
    isOpinion: true,
    ...overrides,
  };
}
