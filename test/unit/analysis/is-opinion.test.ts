// The one "is this an opinion?" table: every cue fires on its own examples, the weights add
// up as named, and the page's evidence (links, lists of captions, a site's own layout) sways
// the same decision the core makes on text alone.
import { describe, expect, it } from 'vitest';
import { isOpinion, opinionCues, opinionScore, OPINION_THRESHOLD, pageEvidenceOf, TEXT_CUES, type PageEvidence } from '../../../lib/analysis/is-opinion';

const PAGE: PageEvidence = { linkDensity: 0.02, captionedItems: 0, siteLayout: false };

describe('text cues', () => {
  it.each(TEXT_CUES.flatMap((c) => c.examples.map((e) => [c.cue, e] as const)))('%s fires on “%s”', (cue, example) => {
    expect(opinionCues({ text: example, citations: 0 }).map((c) => c.cue)).toContain(cue);
  });

  it('a bare “said” is no cue: opinions quote testimony', () => {
    // nor “told the court” (Cornwell v. Sachs), “told the immigration officer” (Make the Road N.Y. v. McAleenan)
    const text = 'The officer said that he saw the defendant leave the building. She told the court the same, and told the immigration officer nothing. According to the record, he said nothing.';
    expect(opinionCues({ text, citations: 0 })).toEqual([]);
  });
});

describe('the decision', () => {
  // Smalls v. Scruggs (D.S.C. TRO order), its opening and ruling
  const opinion = 'UNITED STATES DISTRICT COURT, DISTRICT OF SOUTH CAROLINA. Jerome Smalls, Plaintiff, v. Lt. Scruggs, Defendant. ... the motion for a temporary restraining order is DENIED. IT IS SO ORDERED.';

  it.each([
    ['an opinion’s opening and ruling, three citations', { text: opinion, citations: 3 }, 6, true],
    ['the same with no citation', { text: opinion, citations: 0 }, 3, true],
    ['the same on a page of links', { text: opinion, citations: 3, page: { ...PAGE, linkDensity: 0.5 } }, 3, true],
    ['the same as a list of captioned entries', { text: opinion, citations: 3, page: { ...PAGE, captionedItems: 12 } }, 1, false],
    ['a site’s own layout with a caption and two cues', { text: 'Court of Appeals of Texas, Austin. PER CURIAM.', citations: 0, page: { ...PAGE, siteLayout: true } }, 3, true],
    ['a news story', { text: 'A federal judge blocked the rule on Thursday, the attorney general said in an interview. Subscribe to our newsletter.', citations: 0 }, -4, false],
    ['a list of search results', { text: 'Showing 10 results for "preliminary injunction"\n\nSmith v. Jones — 2d Cir. 2019\n\nSort by relevance · Next page', citations: 0 }, -1, false],
    ['a table of records', { text: 'Docket No.: 1\nDocket No.: 2\nDocket No.: 3\nDocket No.: 4\nDocket No.: 5\nSmith v. Jones, Court of Appeals', citations: 4 }, 0, false],
  ])('%s: %i points', (_name, evidence, points, opinionOrNot) => {
    expect(opinionScore(evidence)).toBe(points);
    expect(isOpinion(evidence)).toBe(opinionOrNot);
    expect(points >= OPINION_THRESHOLD).toBe(opinionOrNot);
  });
});

describe('page evidence from a content script', () => {
  it.each([
    [{ linkDensity: 0.1, captionedItems: 2, siteLayout: true }, { linkDensity: 0.1, captionedItems: 2, siteLayout: true }],
    [{ linkDensity: 0.1, captionedItems: 2, siteLayout: 'yes' }, { linkDensity: 0.1, captionedItems: 2, siteLayout: false }],
    [{ linkDensity: 2, captionedItems: 0, siteLayout: true }, null],
    [{ linkDensity: Number.NaN, captionedItems: 0 }, null],
    [{ linkDensity: 0, captionedItems: -1 }, null],
    ['links', null],
    [null, null],
  ])('%j → %j', (sent, kept) => {
    expect(pageEvidenceOf(sent)).toEqual(kept);
  });
});
