/**
 * Footnotes: the notes' containers and the calls that point at them, paired by link
 * target first and by label second (CAP's calls link `#fn0` while its notes are
 * `#footnote_1_1`, so only the label "1" ties them).
 */
import type { Footnote } from './types';
import { all, one, outermost, textOf } from './dom-text';

const NOTE_SELECTOR = [
  'aside.footnote', 'div.footnote', 'li.footnote', 'p.footnote', 'section.footnotes li',
  'div.footnotes > div', 'div.footnotes > p', 'ol.footnotes > li', '[id^="footnote"]:not(a):not(sup)', '[id^="fn"]:not(a):not(sup)',
  // Word's "Save as HTML", which many courts publish: <div style="mso-element:footnote" id="ftn1">.
  'div[id^="ftn"]', 'div[id^="edn"]',
].join(', ');

const REF_SELECTOR = 'sup a, a sup, a.footnote-ref, a.footnote_ref, a[href^="#fn"], a[href^="#footnote"], sup.footnote-ref, a[href^="#_ftn"], a[href^="#_edn"]';

/** "1." → "1", "[2]" → "2", "*" stays. */
export function cleanLabel(raw: string | null | undefined): string {
  return (raw ?? '').trim().replace(/^[[(]|[\].)]$/g, '').replace(/\.$/, '').trim();
}

function noteLabel(note: Element): string {
  const data = note.getAttribute('data-label');
  if (data) return cleanLabel(data);
  const lead = one(note, 'a, sup, span.label, .footnote-label');
  if (lead && textOf(lead).length <= 4) return cleanLabel(textOf(lead));
  const m = /^\[?(\d{1,3}|[*†‡§¶]{1,3}|[a-z])[\].)]?\s/.exec(textOf(note));
  return m ? m[1] : '';
}

function targetId(ref: Element): string | null {
  const a = ref.tagName === 'A' ? ref : ref.closest('a') ?? one(ref, 'a');
  const href = a?.getAttribute('href') ?? '';
  return href.startsWith('#') ? href.slice(1) : null;
}

/**
 * Footnotes inside `roots`. `noteSelector`/`refSelector` let a site say exactly what its
 * notes and calls are; the defaults cover the usual `footnote`/`fn` ids and classes.
 */
export function findFootnotes(roots: readonly Element[], noteSelector = NOTE_SELECTOR, refSelector = REF_SELECTOR): Footnote[] {
  const candidates = roots.flatMap((r) => all(r, noteSelector));
  // A container of notes (`<div id="footnotes">` around `<div id="fn1">`...) is not a note.
  const containers = new Set(candidates.filter((c) => candidates.filter((d) => d !== c && c.contains(d)).length >= 2));
  const notes = outermost(candidates.filter((c) => !containers.has(c))).filter((n) => textOf(n).length > 3);
  if (notes.length === 0) return [];
  const noteSet = new Set(notes);
  const inNote = (el: Element) => notes.some((n) => n.contains(el));
  const refs = outermost(roots.flatMap((r) => all(r, refSelector)))
    .filter((el) => !inNote(el) && textOf(el).length <= 5);
  const used = new Set<Element>();
  return notes.map((note) => {
    const label = noteLabel(note);
    const byTarget = refs.find((r) => {
      if (used.has(r)) return false;
      const id = targetId(r);
      if (!id) return false;
      const target = note.ownerDocument.getElementById(id);
      return target !== null && (target === note || note.contains(target)) && noteSet.has(note);
    });
    const byLabel = byTarget ?? (label ? refs.find((r) => !used.has(r) && cleanLabel(textOf(r)) === label) : undefined);
    const ref = byLabel ?? null;
    if (ref) used.add(ref);
    return { ref, note, label };
  });
}
