/**
 * Westlaw (next.westlaw.com, Westlaw Edge and Classic) case documents. Learnt from four
 * real pages (test/fixtures/pages/SOURCES.md): two full saved pages (Edge, Classic) and two
 * `#co_document` fragments, one with a majority and a dissent.
 *
 * Inside `#co_document` the court's words are only the opinion blocks
 * (`div.co_opinionBlock`, one per opinion, each opened by an `h2` whose id says which:
 * `co_opinion`, `co_concurrance_opinion` (sic), `co_dissent_opinion`, with `_1`, `_2`
 * twins) and the notes (`#co_footnoteSection`). Everything else is West's or the
 * caption: KeyCite flags, the synopsis, procedural posture, West Headnotes or KeySummary
 * with their key-number lines, counsel, panel, "All Citations", the copyright line, and on
 * a Supreme Court page the Reporter's syllabus. So the adapter keeps what it knows to be
 * the court's and leaves out the rest, rather than listing West's blocks: a block West adds
 * tomorrow stays out. On the Classic page an unclosed element makes `#co_headnotes` hold
 * the whole document, opinion included; keeping by containment handles that too.
 *
 * Inside the opinion West marks its own furniture `co_excludeAnnotations` (inline KeyCite
 * flags, the headnote links "1" "2" before a paragraph, the dissent banner's "Hide all
 * concurrence and dissent visual indicators") and may open a headnote popup in a paragraph.
 * Star pages are `span.co_starPage` ("*833", "**2466", a hidden metadata input inside);
 * note calls are `a.co_footnoteReference` pointing at a `span#co_footnote_…` in the note.
 */
import type { OpinionMeta, OpinionPart, PartKind, SiteAdapter } from './types';
import { all, one, outermost, readingText, squash, textOf } from './dom-text';
import type { AssembleInput } from './types';
import { classifyOpener } from './parts';
import { findDate } from './meta';

/** The opinions' own blocks: each opens with its `h2#co_…opinion`. */
const OPINION_BLOCK = '.co_opinionBlock';
const NOTE_SECTION = '#co_footnoteSection';
/** One note: the section's children after its heading (a number box and a body). */
const NOTE = '#co_footnoteSection > div';
const CALL = 'a.co_footnoteReference';

/** The part heading ids and what they mean (West's spelling, `concurrance`, kept). */
const PART_IDS: { id: RegExp; kind: PartKind; example: string }[] = [
  { id: /^co_opinion(?:_\d+)?$/, kind: 'majority', example: 'co_opinion' },
  { id: /^co_concurr[ae]nce_opinion(?:_\d+)?$/, kind: 'concurrence', example: 'co_concurrance_opinion_2' },
  { id: /^co_dissent_opinion(?:_\d+)?$/, kind: 'dissent', example: 'co_dissent_opinion' },
];
export const WESTLAW_PART_IDS = PART_IDS;

/**
 * West's furniture inside the court's blocks, each with what it looked like on a real page
 * (or, for the popup, what Westlaw inserts when a headnote link is clicked).
 */
export const WEST_FURNITURE: { selector: string; example: string }[] = [
  { selector: '.co_excludeAnnotations', example: 'span.co_inlineKeyCiteFlag; a.co_headnoteLink "1"; div.CipDipHeader "Dissent"' },
  { selector: 'a.co_headnoteLink', example: '<a class="co_internalLink co_headnoteLink" id="co_pp_HNF1">1</a>' },
  { selector: '.co_popupHeadnote, [class*="headnotePopup"], [class*="HeadnotePopup"], [role="dialog"]', example: 'div.co_popupHeadnote' },
  { selector: '.co_headnote, .co_headnotes', example: 'div.co_headnote inside a paragraph' },
  // the blocks' own headings: "Opinion" (or empty) and "Footnotes" are West's labels
  { selector: 'h2[id^="co_"]', example: '<h2 id="co_opinion">Opinion</h2>' },
];

/** A headnote dialog's close control, read as text or label ("Close headnote dialog"). */
const CLOSE_DIALOG = /^close headnote dialog$/i;
/** What a dialog around that control may be marked as. */
const DIALOG = '[role="dialog"], [class*="opup"], [class*="ialog"], [class*="eadnote"]';

/** Hosts: next.westlaw.com, 1.next.westlaw.com, Edge's and Classic's; a document's path. */
function matches(url: string): boolean {
  try {
    const u = new URL(url);
    const h = u.hostname.toLowerCase();
    return (h === 'westlaw.com' || h.endsWith('.westlaw.com')) && /^\/Document\//i.test(u.pathname);
  } catch {
    return false;
  }
}

/** The document container: `#co_document` (a page may hold an older `#co_document_0` inside it). */
function documentRoot(doc: Document): Element | null {
  return one(doc, '#co_document') ?? one(doc, 'div.co_document');
}

/**
 * Everything under `root` that neither is nor holds a kept element: walking down only
 * through elements that hold one, each other child is left out whole.
 */
function allBut(root: Element, keep: readonly Element[]): Element[] {
  const kept = new Set(keep);
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    for (const child of Array.from(el.children)) {
      if (kept.has(child)) continue;
      if (keep.some((k) => child.contains(k))) stack.push(child);
      else out.push(child);
    }
  }
  return out;
}

/** West's furniture inside the kept blocks, and any headnote dialog found by its close control. */
function furniture(keep: readonly Element[]): Element[] {
  const found = keep.flatMap((k) => WEST_FURNITURE.flatMap((f) => all(k, f.selector)));
  for (const k of keep) {
    for (const el of all(k, 'a, button, span, div')) {
      if (!CLOSE_DIALOG.test(textOf(el)) && !CLOSE_DIALOG.test(el.getAttribute('aria-label') ?? '')) continue;
      // the dialog around the control when it is marked as one, else the control alone
      const dialog = el.closest(DIALOG);
      found.push(dialog && k.contains(dialog) && dialog !== k ? dialog : el);
    }
  }
  return outermost(found);
}

/**
 * Notes whose every call is left out (the Supreme Court syllabus's "*" note, called from
 * the syllabus heading) go with their calls; a note with no call at all stays.
 */
function orphanedNotes(doc: Document, notes: readonly Element[], isLeftOut: (el: Element) => boolean): Element[] {
  return notes.filter((note) => {
    const ids = all(note, '[id^="co_footnote_"]').map((t) => t.id);
    const calls = all(doc, CALL).filter((a) => ids.includes((a.getAttribute('href') ?? '').replace(/^#/, '')));
    return calls.length > 0 && calls.every(isLeftOut);
  });
}

/** The author line's surname: "Justice BREYER delivered…", "SIMANDLE, Chief Judge", "DIXON W. HOLMAN, Justice." */
export function westlawAuthor(line: string): string | null {
  const text = squash(line);
  if (!text) return null;
  const opener = classifyOpener(text);
  if (opener?.author) return opener.author;
  if (opener?.kind === 'per_curiam') return null;
  const name = /^(?:(?:Chief\s+)?Justice\s+|Judge\s+)?([^,]+),/.exec(text)?.[1] ?? '';
  const surname = name.trim().split(/\s+/).pop() ?? '';
  return /^[A-Z][A-Za-z'’-]+$/.test(surname) ? surname : null;
}

/** The parts: one per opinion block, its kind from its heading's id, its author from its author line. */
function westlawParts(blocks: readonly Element[]): OpinionPart[] {
  return blocks.map((block, i) => {
    const id = one(block, 'h2[id^="co_"]')?.id ?? '';
    const line = outermost(all(block, '[class*="AuthorLine"]:not([class*="AuthorLineBlock"])'))[0] ?? null;
    const lineText = textOf(line);
    const opener = lineText ? classifyOpener(lineText) : null;
    let kind: PartKind = PART_IDS.find((p) => p.id.test(id))?.kind ?? (i === 0 ? 'majority' : opener?.kind ?? 'other');
    if (kind === 'majority' && opener?.kind === 'per_curiam') kind = 'per_curiam';
    return { kind, author: westlawAuthor(lineText), element: block };
  });
}

/** "No. 12–416" → "12–416"; "Civ. No. 10–604–SLR." → "10–604–SLR". */
function docketOf(text: string): string | null {
  const t = text.replace(/^.*?\bNos?\.\s*/i, '').replace(/\.$/, '').trim();
  return t || null;
}

/** The decision date: "Decided June 17, 2013." over "Argued March 25, 2013."; "Signed 05/04/2016". */
function dateOf(dateBlock: Element | null): string | null {
  if (!dateBlock) return null;
  const lines = all(dateBlock, 'span').map(textOf).filter(Boolean);
  const all_ = lines.length ? lines : [textOf(dateBlock)];
  const decided = all_.find((l) => /^(?:Decided|Filed|Signed|Dated|Entered)\b/i.test(l)) ?? all_[all_.length - 1];
  return findDate(decided) ?? (/\b\d{1,2}\/\d{1,2}\/\d{4}\b/.exec(decided)?.[0] ?? null);
}

function westlawMeta(doc: Document, root: Element): Partial<OpinionMeta> {
  const parties = readingText(all(root, '.co_title').slice(0, 1)) || null;
  // Edge's header names the case short ("Medical Mut. of Ohio, Inc. v. Braintree Laboratories"),
  // and so does the tab title before " | Cases | …"
  const short = one(doc, '#co_docHeaderTitleLine')?.getAttribute('title') ?? squash(doc.title).split(' | ')[0];
  return {
    title: squash(short) || parties,
    parties,
    citation: textOf(one(root, '.co_cites')) || null,
    court: readingText(all(root, '.co_courtBlock').slice(0, 1)).replace(/\.$/, '') || null,
    docket: docketOf(textOf(one(root, '.co_docketBlock'))),
    date: dateOf(one(root, '.co_date')),
  };
}

export const westlaw: SiteAdapter = {
  site: 'westlaw',
  matches,
  detect: (doc) => one(doc, `#co_document ${OPINION_BLOCK}, div.co_document ${OPINION_BLOCK}`) !== null,
  locate(doc): AssembleInput | null {
    const root = documentRoot(doc);
    if (!root) return null;
    const blocks = outermost(all(root, OPINION_BLOCK));
    if (blocks.length === 0) return null;
    const section = one(root, NOTE_SECTION);
    const keep = section && !blocks.some((b) => b.contains(section)) ? [...blocks, section] : blocks;
    const exclude = [...allBut(root, keep), ...furniture(keep)];
    const isLeftOut = (el: Element) => exclude.some((x) => x === el || x.contains(el));
    const notes = section ? all(doc, NOTE).filter((n) => !isLeftOut(n)) : [];
    const orphans = orphanedNotes(doc, notes, isLeftOut);
    exclude.push(...(section && orphans.length === notes.length ? [section] : orphans));
    // a line each: the date block's spans ("Argued …", "Decided …") sit side by side
    const caption = all(root, '.co_cites, .co_courtBlock, .co_title, .co_docketBlock, .co_date').flatMap((el) => (el.matches('.co_date') && all(el, 'span').length ? all(el, 'span') : [el]));
    return {
      site: 'westlaw',
      doc,
      roots: [root],
      exclude: outermost(exclude),
      markerSelector: 'span.co_starPage',
      noteSelector: NOTE,
      refSelector: CALL,
      parts: westlawParts(blocks),
      meta: westlawMeta(doc, root),
      captionText: caption.map((el) => readingText([el])).filter(Boolean).join('\n'),
      siteLayout: true,
      // the blocks kept are the court's; the generic chrome finder has nothing to add
      stripChrome: false,
    };
  },
};
