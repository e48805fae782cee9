/**
 * Google Scholar case pages (scholar.google.com/scholar_case?...). Learnt from the
 * `#gs_opinion` markup Scholar served for Berkheimer v. HP Inc., 881 F.3d 1360 (Fed. Cir.
 * 2018) and In re Salwan (Fed. Cir. 2017), saved by a public Scholar parser's tests (see
 * test/fixtures/pages/SOURCES.md; four more of its saved opinions agree):
 *
 * - the caption is `<center>` lines before the first paragraph: an optional reporter line
 *   `<b>881 F.3d 1360 (2018)</b>`, the name `h3#gsl_case_name`, the docket as a
 *   `scidkt` link ("No. 2016-2079.", "2017-1437.", "Civil Action No. 20-984-WCB."), the
 *   court in `<p><b>` ("United States Court of Appeals, Federal Circuit.") and the date
 *   ("Decided: March 13, 2017." or bare "March 13, 2017.");
 * - then plain paragraphs of prelims (appeal-from line, counsel, "Before ... Circuit
 *   Judges.") and the author line ("Moore, Circuit Judge.", "PER CURIAM.");
 * - page breaks are a pair of links, a bare-number `a.gsl_pagenum` for the margin and
 *   `a.gsl_pagenum2` "*1362" in the text;
 * - note calls are `<sup><a class="gsl_hash" href="#[1]">[1]</a></sup>` and the notes are
 *   the paragraphs of a closing `<small>`, each led by its own `a.gsl_hash`;
 * - the "Save trees" promo line is `#gs_dont_print` (the saved copies had it removed).
 */
import type { OpinionMeta } from './types';
import { all, one, readingText, textOf } from './dom-text';
import { onHost, selectAdapter } from './select-adapter';
import { classifyOpener } from './parts';
import { findCitation, findDate } from './meta';

/** The caption's `<center>` lines: those before the opinion's first paragraph. */
function captionLines(doc: Document): Element[] {
  const root = one(doc, '#gs_opinion');
  if (!root) return [];
  const out: Element[] = [];
  for (const el of Array.from(root.children)) {
    if (el.tagName !== 'CENTER') break;
    out.push(el);
  }
  return out;
}

/** A line's text without the page-break links inside it. */
function lineText(el: Element): string {
  return readingText([el], all(el, 'a.gsl_pagenum, a.gsl_pagenum2'));
}

/**
 * The prelims between the caption and the author line (appeal-from line, counsel, the
 * bench): the paragraphs before the first one that opens the opinion, when one does
 * within the first dozen; otherwise none (a district court order may have no such line).
 */
function prelims(doc: Document): Element[] {
  const root = one(doc, '#gs_opinion');
  if (!root) return [];
  const paragraphs = Array.from(root.children).filter((el) => el.tagName !== 'CENTER').slice(0, 12);
  const opening = paragraphs.findIndex((p) => {
    const o = classifyOpener(lineText(p));
    return o !== null && (o.kind === 'majority' || o.kind === 'per_curiam');
  });
  return opening > 0 ? paragraphs.slice(0, opening) : [];
}

function scholarMeta(doc: Document): Partial<OpinionMeta> {
  const lines = captionLines(doc);
  const texts = lines.map((c) => textOf(c));
  const docket = lines.map((c) => one(c, 'a[href*="scidkt"]')).find(Boolean);
  const court = lines.map((c) => one(c, 'p > b, b')).find((b) => b && /\bCourt\b|\bCircuit\b/.test(textOf(b)));
  const reporter = texts.find((t) => /\(\d{4}\)$/.test(t)) ?? '';
  const dateLine = texts.find((t) => findDate(t) !== null);
  return {
    title: textOf(one(doc, '#gsl_case_name')) || null,
    citation: findCitation(reporter),
    court: court ? textOf(court).replace(/\.$/, '') : null,
    date: dateLine ? findDate(dateLine) : null,
    docket: docket ? textOf(docket).replace(/^(?:.*?\bNos?\.\s*)/, '').replace(/\.$/, '') || null : null,
  };
}

export const scholar = selectAdapter({
  site: 'scholar',
  matches: (url) => onHost('scholar.google.com', /^\/scholar_case/)(url) || /^https?:\/\/scholar\.google\.[a-z.]+\/scholar_case/.test(url),
  detect: (doc) => one(doc, '#gs_opinion') !== null,
  roots: ['#gs_opinion'],
  exclude: ['a.gsl_pagenum', '#gs_dont_print'],
  // Later <center> lines are headings of the opinion, so only the caption's are skipped.
  excludeElements: (doc) => [...captionLines(doc), ...prelims(doc)],
  markerSelector: 'a.gsl_pagenum2',
  noteSelector: 'small > p',
  refSelector: 'a.gsl_hash',
  meta: scholarMeta,
});
