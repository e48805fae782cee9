/**
 * The site's structural hints (lib/sites/hints.ts: separate opinions, star pages, footnotes
 * found as elements, sent as offsets) checked and taken into the document model. A page's
 * message is checked, not trusted: offsets must be integers inside the text, pages in text
 * order, footnote spans non-empty, in order and not overlapping. What fails is dropped (an
 * entry) or not used (a list out of order), and the text's own guess stands for it.
 *
 * This is the one place that decides between the markup and the words: the text-only path
 * (a .txt, a PDF, the CLI on plain text) never comes here and guesses in build.ts.
 */
import type { Footnote, ReadingHints } from '../types';
import type { DocModel, DocParagraph } from './model';

type Part = NonNullable<ReadingHints['parts']>[number];
type Page = DocModel['pages'][number];

const PART_KINDS = new Set<Part['kind']>(['majority', 'concurrence', 'dissent', 'per_curiam', 'other']);

/** A page label or footnote label as a site prints it ("833", "**2466", "12a", "*"): short, on one line. */
const LABEL = /^[^\n]{1,16}$/;

const offsetIn = (n: unknown, length: number): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= length;

/** The hints that point into a text of `length` characters, each list checked; lists that fail are left out. */
export function checkHints(hints: ReadingHints | null | undefined, length: number): ReadingHints {
  const out: ReadingHints = {};
  const parts = listOf(hints?.parts).filter((p): p is Part => p != null && PART_KINDS.has(p.kind) && offsetIn(p.start, length));
  if (parts.length) out.parts = parts;
  const pages = listOf(hints?.pages).filter((p) => p != null && offsetIn(p.offset, length) && typeof p.page === 'string' && LABEL.test(p.page));
  if (pages.length && pages.every((p, i) => i === 0 || pages[i - 1].offset <= p.offset)) out.pages = pages;
  const notes = listOf(hints?.footnotes).filter((n) => n != null && typeof n.label === 'string' && LABEL.test(n.label) && offsetIn(n.start, length) && offsetIn(n.end, length) && n.start < n.end);
  if (notes.length && notes.every((n, i) => i === 0 || notes[i - 1].end <= n.start)) out.footnotes = notes;
  return out;
}

function listOf<T>(x: T[] | undefined): T[] {
  return Array.isArray(x) ? x : [];
}

/**
 * A star-page marker as the text shows it at a hinted offset: `*833`, `**2466`, `[*3]`,
 * `[**207]`, with the blanks after it up to the next word. The markup finds the element; the words say which
 * reporter's series it is (West prints the Supreme Court Reporter's pages as `**2228`
 * between the U.S. Reports' `*142` and `*143` on FTC v. Actavis, and the site's marker
 * finder keeps only the digits). The hinted number ends the marker even when a word is glued
 * to it: CAP's Commonwealth v. Brown prints "*2694. Remaining" for page 269 and heading "4.".
 */
const MARKER_AT = /^\[?\s*(\*{1,3})\s*(\d{1,5})/;

/**
 * A hinted page in the text path's terms: it starts at the first word after its marker (as
 * star-paging.ts places "*833"), and a second or third reporter's page keeps its stars
 * ("**2228") so pin cites and page references cite one series. A marker whose words are
 * not in the text (a CAP `data-label`, an empty anchor) starts where the element stands.
 */
function pageOf(source: string, hint: { offset: number; page: string }): Page {
  const digits = hint.page.replace(/^\*+/, '');
  const m = MARKER_AT.exec(source.slice(hint.offset, hint.offset + 24));
  if (!m || !m[2].startsWith(digits)) return { start: hint.offset, page: hint.page };
  let end = hint.offset + m[0].length - (m[2].length - digits.length);
  if (m[2].length === digits.length) end += /^\s*\]?\s*/.exec(source.slice(end, end + 16))![0].length;
  return { start: end, page: m[1].length > 1 ? m[1] + digits : digits };
}

/**
 * The document model with the site's pages and footnotes in place of the guessed ones.
 *
 * Pages: the hinted pages replace the text's own, not merged with them. The markup marks
 * every page the site prints, so the text's marks on such a page are the same markers read
 * from the words (the same pages, at the same starts once a hint is placed after its marker)
 * or false ones: on Westlaw a footnote's number on its own line ("1", "2") reads as a page
 * number, giving Otsuka v. Torrent pages 2 to 9 among its notes. With no pages hinted (a
 * site that marks none), the text's own stand.
 *
 * Footnotes: a paragraph whose words lie inside a hinted note's span is that note's text
 * (`footnote` = its label), any other is body, and the list of footnotes is the hinted one:
 * the site knows its notes, which the words alone miss when a note's number stands on a
 * line of its own (every Westlaw page). A paragraph the words ran across two notes (on
 * MedMutual v. Braintree notes 13 and 14 read as one: note 14's number read as a page
 * number) is cut at the notes' edges, one paragraph per note. With no notes hinted, the
 * text's guess stands.
 */
export function withSiteHints(doc: DocModel, hints: ReadingHints): DocModel {
  if (!hints.pages && !hints.footnotes) return doc;
  const out: DocModel = { ...doc };
  if (hints.pages) {
    const pages = hints.pages.map((h) => pageOf(doc.source, h));
    // a page named twice in a row keeps its first mark, as the text path merges its marks
    out.pages = pages.filter((p, i) => i === 0 || pages[i - 1].page !== p.page);
  }
  if (hints.footnotes) {
    const notes = hints.footnotes;
    out.footnotes = notes.map((n): Footnote => ({ ...trimmed(doc.source, n.start, n.end), label: n.label })).filter((n) => n.end > n.start);
    const paragraphs = doc.paragraphs.flatMap((p) => asNotes(doc, notes, p));
    out.paragraphs = paragraphs.map((p, index) => (p.index === index ? p : { ...p, index }));
    const noteAt = new Set(out.paragraphs.filter((p) => p.footnote != null).map((p) => p.start));
    out.blocks = doc.blocks.map((b) => {
      if (b.kind !== 'body' && b.kind !== 'footnote') return b;
      const kind = noteAt.has(b.start) ? 'footnote' : 'body';
      return kind === b.kind ? b : { ...b, kind };
    });
  }
  return out;
}

type Note = NonNullable<ReadingHints['footnotes']>[number];

/**
 * The paragraph as body (no note holds it), as one note's text, or cut into one paragraph
 * per note when it runs across notes with nothing but blanks between them. A paragraph
 * with words of its own outside the notes stays body.
 */
function asNotes(doc: DocModel, notes: Note[], p: DocParagraph): DocParagraph[] {
  const first = noteAtOrBefore(notes, p.start);
  const k = first >= 0 && notes[first].end > p.start ? first : first + 1;
  const across: Note[] = [];
  for (let j = k; j < notes.length && notes[j].start < p.end; j++) across.push(notes[j]);
  const body = (label: string | null) => (p.footnote === label ? p : { ...p, footnote: label });
  if (!across.length) return [body(null)];
  let from = p.start;
  for (const n of across) {
    if (doc.source.slice(from, Math.max(from, n.start)).trim()) return [body(null)];
    from = Math.max(from, n.end);
  }
  if (doc.source.slice(from, p.end).trim()) return [body(null)];
  if (across.length === 1) return [body(across[0].label)];
  return across.flatMap((n) => {
    const piece = trimmed(doc.source, Math.max(p.start, n.start), Math.min(p.end, n.end));
    const reading = { start: readingAt(doc, piece.start), end: readingAt(doc, piece.end) };
    if (reading.end <= reading.start) return [];
    // starting at its first word, as build.ts starts a paragraph: the note's number left out with the text's skips
    return [{ ...p, start: doc.reading.map[reading.start], end: piece.end, reading, footnote: n.label }];
  });
}

/** The first reading offset at or after source offset `at` (the reading map only grows). */
function readingAt(doc: DocModel, at: number): number {
  const map = doc.reading.map;
  let lo = 0, hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last note starting at or before `at`, or -1 (notes sorted and apart). */
function noteAtOrBefore(notes: Note[], at: number): number {
  let lo = 0, hi = notes.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (notes[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** `[start, end)` without the whitespace at either edge (a note's element may end in a line break). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
