/**
 * A hand-built analysis of a short opinion (sentences from Roman Catholic Diocese of
 * Brooklyn v. Cuomo, 592 U.S. 14 (2020), per curiam), with labels, citations and star
 * pages set by hand so the exports can be checked exactly.
 */
import type { Annotation } from '../../../lib/anchoring/annotation';
import { describe } from '../../../lib/anchoring/describe';
import type { Analysis, AnalysisParagraph, Citation, FactorLabel } from '../../../lib/types';

export const PARAS = [
  'PER CURIAM. The application for injunctive relief is granted.',
  'To obtain an injunction, applicants must show that they are likely to succeed on the merits, that they will suffer irreparable harm, and that an injunction is in the public interest. Winter v. Natural Resources Defense Council, Inc., 555 U.S. 7, 20 (2008).',
  'The applicants have clearly established their entitlement to relief. They have shown that their First Amendment claims are likely to prevail, "in part" because the restrictions single out houses of worship.',
  'There can be no question that the challenged restrictions, if enforced, will cause irreparable harm. "The loss of First Amendment freedoms, for even minimal periods of time, unquestionably constitutes irreparable injury." Elrod v. Burns, 427 U.S. 347, 373 (1976); see 42 U.S.C. § 1983.',
  'Finally, it has not been shown that granting the applications will harm the public.',
];

export function makeAnalysis(): Analysis {
  let text = '';
  const paragraphs: AnalysisParagraph[] = PARAS.map((p, index) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += p;
    return { index, start, end: text.length, heading: index ? 'Discussion' : null, factors: [] };
  });
  const span = (needle: string) => {
    const s = text.indexOf(needle);
    if (s < 0) throw new Error(needle);
    return { start: s, end: s + needle.length };
  };
  const label = (i: number, factor: FactorLabel['factor'], stance: FactorLabel['stance'], needle: string) =>
    paragraphs[i].factors.push({ factor, stance, confidence: 0.8, evidence: [span(needle)] });
  label(1, 'standard', 'law', 'To obtain an injunction');
  label(2, 'success', 'movant', 'They have shown that their First Amendment claims are likely to prevail');
  label(3, 'harm', 'movant', 'There can be no question that the challenged restrictions, if enforced, will cause irreparable harm.');
  label(4, 'public', 'movant', 'it has not been shown that granting the applications will harm the public');
  const cite = (over: Partial<Citation> & Pick<Citation, 'id' | 'kind' | 'text'>): Citation => {
    const s = span(over.text);
    const paren = over.caseName ? /^\s*\([^()]*\)/.exec(text.slice(s.end)) : null;
    return {
      // a case's full span opens with its name, as the citation finder gives it
      start: s.start, end: s.end, fullStart: over.caseName ? text.lastIndexOf(over.caseName, s.start) : s.start, fullEnd: s.end + (paren?.[0].length ?? 0), caseName: null, volume: null, reporter: null, page: null, pin: null,
      court: null, year: null, docket: null, parenthetical: null, signal: null, antecedent: null, paragraph: null, ...over,
    } as Citation;
  };
  const citations: Citation[] = [
    cite({ id: 'c1', kind: 'case', text: '555 U.S. 7, 20', caseName: 'Winter v. Natural Resources Defense Council, Inc.', volume: '555', reporter: 'U.S.', page: '7', pin: '20', court: 'scotus', year: 2008, paragraph: 1 }),
    cite({ id: 'c2', kind: 'case', text: '427 U.S. 347, 373', caseName: 'Elrod v. Burns', volume: '427', reporter: 'U.S.', page: '347', pin: '373', court: 'scotus', year: 1976, paragraph: 3 }),
    cite({ id: 'c3', kind: 'statute', text: '42 U.S.C. § 1983', volume: '42', reporter: 'U.S.C.', page: '1983', section: '1983', paragraph: 3 }),
  ];
  return {
    version: 1,
    analyzer: 'lens-test',
    text,
    document: {
      title: 'Roman Catholic Diocese of Brooklyn v. Cuomo',
      court: 'scotus',
      courtName: 'Supreme Court of the United States',
      docket: '20A87',
      date: '2020-11-25',
      judge: null,
      source: { url: 'https://www.courtlistener.com/opinion/4800000/roman-catholic-diocese/', site: 'courtlistener' },
    },
    standard: { relief: 'stay_pending_appeal', reliefs: ['stay_pending_appeal'], mandatory: false, tests: ['winter'] },
    disposition: { outcome: 'granted', ...span('The application for injunctive relief is granted.') },
    paragraphs,
    citations,
    headings: [],
    footnotes: [],
    outline: [],
    pages: [{ start: 0, page: '15' }, { start: text.indexOf('There can be'), page: '16' }],
    isOpinion: true,
  };
}

const OPINION = 'https://www.courtlistener.com/opinion/4800000/roman-catholic-diocese/';

export function note(a: Analysis, quote: string, body: string, tags: string[] = [], id = `urn:uuid:note-${tags.join('-') || 'x'}`): Annotation {
  const s = a.text.indexOf(quote);
  return {
    id, opinionId: OPINION, kind: 'highlight', selectors: describe(a.text, s, s + quote.length), note: body, tags,
    paragraph: null, override: null, created: '2026-11-01T10:00:00.000Z', modified: '2026-11-01T10:00:00.000Z',
  };
}

export function override(a: Analysis, paragraph: number, factor: FactorLabel['factor'], stance: FactorLabel['stance'], id = `urn:uuid:ov-${paragraph}-${factor}`): Annotation {
  const p = a.paragraphs[paragraph];
  return {
    id, opinionId: OPINION, kind: 'override', selectors: describe(a.text, p.start, Math.min(p.end, p.start + 40)), note: '', tags: [],
    paragraph, override: { factor, stance }, created: '2026-11-02T10:00:00.000Z', modified: '2026-11-02T10:00:00.000Z',
  };
}

/** A small RFC 4180 parser for checking the CSV export (quoted fields, "" escapes, CRLF). */
export function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (c === '\n') throw new Error(`bare LF at ${i}`);
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}
