// The adapters' structure as offsets (lib/sites/hints.ts) on the four real Westlaw pages, and
// the core taking the page's parts for its dissent (issue #16): FTC v. Actavis prints its
// dissent under "Chief Justice ROBERTS, with whom ... join, dissenting", a byline the text's
// own guess does not read, so only the page's part marks those paragraphs.
import { describe, expect, it } from 'vitest';
import { loadPage } from './load-page';
import { extractOpinion } from '../../../lib/sites/index';
import { indexText } from '../../../lib/dom/text-index';
import { readingHints } from '../../../lib/sites/hints';
import { analyze } from '../../../lib/analyze';
import type { ReadingHints } from '../../../lib/types';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function hintsOf(file: string) {
  const x = extractOpinion(loadPage(file), 'http://localhost/saved.html');
  const index = indexText(x.roots, { exclude: x.exclude });
  return { text: index.text, hints: readingHints(x, index) };
}

interface Case {
  file: string;
  /** each part: kind, author, the first words at its offset */
  parts: [string, string | null, string][];
  /** how many star pages, and the first one's number and the words at its offset */
  pages: [number, string, string];
  /** how many notes, and the first one's label, first words and call */
  notes: [number, string, string, string | null] | null;
}

const ACTAVIS = 'html_westlaw_docfragment_ftc_v_actavis_scotus2013.html';

const CASES: Case[] = [
  {
    file: ACTAVIS,
    parts: [
      ['majority', 'BREYER', 'Justice BREYER delivered the opinion of the Court.'],
      ['dissent', 'ROBERTS', 'Chief Justice ROBERTS, with whom Justice SCALIA and Justice THOMAS join, dissent'],
    ],
    pages: [58, '140', '*140 Company A sues'],
    notes: null,
  },
  {
    file: 'html_westlaw_classic_tobin_v_state_txapp2008_fullpage.html',
    parts: [['majority', 'HOLMAN', 'MEMORANDUM OPINION1 DIXON W. HOLMAN, Justice.']],
    pages: [5, '1', '*1 Appellant Robert'],
    notes: [4, '1', '1 See Tex.R.App. P. 47.4.', '1'],
  },
  {
    file: 'html_westlaw_docfragment_otsuka_v_torrent_dnj2016.html',
    parts: [['majority', 'SIMANDLE', 'MEMORANDUM OPINION SIMANDLE, Chief Judge']],
    pages: [3, '485', '*485 implied'],
    notes: [8, '1', '1 The patents asserted by Otsuka', '1'],
  },
  {
    file: 'html_westlaw_edge_medmutual_v_braintree_ded2011_fullpage.html',
    parts: [['majority', 'ROBINSON', 'MEMORANDUM OPINION ROBINSON, District Judge.']],
    pages: [6, '1', '*1 This is an antitrust'],
    notes: [18, '1', '1 “(2) It shall be an act of infringement', '1'],
  },
];

describe('readingHints: the extraction as offsets in the indexed text', () => {
  it.each(CASES)('$file', ({ file, parts, pages, notes }) => {
    const { text, hints } = hintsOf(file);
    expect(hints.parts).toHaveLength(parts.length);
    hints.parts!.forEach((p, i) => {
      expect([p.kind, p.author]).toEqual(parts[i].slice(0, 2));
      expect(squash(text.slice(p.start, p.start + 200)).startsWith(parts[i][2])).toBe(true);
    });
    expect(hints.pages).toHaveLength(pages[0]);
    expect(hints.pages![0].page).toBe(pages[1]);
    expect(text.slice(hints.pages![0].offset).startsWith(pages[2])).toBe(true);
    if (!notes) {
      expect(hints.footnotes).toBeUndefined();
      return;
    }
    const [count, label, words, call] = notes;
    expect(hints.footnotes).toHaveLength(count);
    const n = hints.footnotes![0];
    expect(n.label).toBe(label);
    expect(squash(text.slice(n.start, n.end)).startsWith(words)).toBe(true);
    expect(n.ref == null ? null : text[n.ref]).toBe(call);
  });

  it('puts the Actavis dissent at the first character of its byline', () => {
    const { text, hints } = hintsOf(ACTAVIS);
    expect(hints.parts![1].start).toBe(40411);
    expect(text.slice(40411, 40439)).toBe('Chief Justice ROBERTS, with ');
  });
});

/** Indexes of the paragraphs the core reads as a dissent's (the learned stage's context, built when asked for). */
function dissentOf(text: string, hints?: ReadingHints | null): number[] {
  let out: number[] = [];
  const analysis = analyze({ text, hints }, { onContexts: (_rules, contexts) => (out = contexts.flatMap((c, i) => (c.dissent ? [i] : []))) });
  expect(analysis.paragraphs.length).toBeGreaterThan(0);
  return out;
}

describe('analyze({ hints }): the page’s parts decide the dissent', () => {
  const { text, hints } = hintsOf(ACTAVIS);
  const all = analyze({ text });
  const first = all.paragraphs.findIndex((p) => p.end > 40411);

  it('marks the paragraphs from the dissent part’s start to the end, and none before', () => {
    expect(first).toBe(40);
    expect(all.paragraphs).toHaveLength(80);
    expect(text.slice(all.paragraphs[first].start, all.paragraphs[first].start + 21)).toBe('Chief Justice ROBERTS');
    expect(dissentOf(text, hints)).toEqual(Array.from({ length: 40 }, (_, i) => 40 + i));
  });

  it('without hints reads author lines as before (this byline is not one it knows)', () => {
    expect(dissentOf(text)).toEqual([]);
  });

  it('ends a dissent at the next part', () => {
    const next = all.paragraphs[60].start;
    const parts: ReadingHints['parts'] = [...hints.parts!, { kind: 'concurrence', author: 'X', start: next }];
    expect(dissentOf(text, { parts })).toEqual(Array.from({ length: 20 }, (_, i) => 40 + i));
  });

  it('changes nothing without parts, or with parts that point outside the text', () => {
    const plain = JSON.stringify(all);
    expect(JSON.stringify(analyze({ text, hints: null }))).toBe(plain);
    expect(JSON.stringify(analyze({ text, hints: {} }))).toBe(plain);
    // the page's star pages change the pages alone (test/unit/sites/westlaw-pages.test.ts)
    const paged = analyze({ text, hints: { pages: hints.pages } });
    expect(paged.pages).not.toEqual(all.pages);
    expect(JSON.stringify({ ...paged, pages: all.pages })).toBe(plain);
    expect(JSON.stringify(analyze({ text, hints: { parts: [{ kind: 'dissent', author: null, start: text.length + 1 }] } }))).toBe(plain);
  });
});
