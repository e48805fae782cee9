/**
 * Separate opinions on one page: the lines that open them ("SPINA, J.", "PER CURIAM.",
 * "Justice Thomas, dissenting.", "DILLON, J.P., dissents, and votes to reverse...").
 */
import type { OpinionPart, PartKind } from './types';
import { all, readingText, textOf } from './dom-text';
import { runSteps } from './steps';
import { SliceCounter } from '../dom/slice-meter';

const NAME = String.raw`([A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+)?)`;
const TITLE = String.raw`(?:(?:Mr\.|Mrs\.|Ms\.|Madam)\s+)?(?:Chief\s+|Associate\s+|Presiding\s+|Senior\s+)?(?:JUSTICE|Justice|JUDGE|Judge)`;
/** ", J.", ", C.J.", ", J.P.", ", JJ.", ", Circuit Judge", ", Senior District Judge" after a surname. */
const ROLE = String.raw`,\s*(?:(?:C\.\s*)?J{1,2}\.(?:\s*P\.)?|(?:Chief\s+|Senior\s+)?(?:Circuit|District|Bankruptcy|Magistrate)\s+Judge)`;
/** The verb must close the line ("..., dissenting." / "..., dissents, and votes to reverse:"), so
 * "Judge X files a separate concurring opinion" and "(Souter, J., dissenting)" do not open parts. */
const VERB = String.raw`\b(dissent(?:s|ing)?|concurr?(?:s|ing))(?:[,\s]+(?:in|and|with|from)\b.{0,160})?\s*[.:]?\s*$`;

interface Opener {
  kind: PartKind;
  author: string | null;
}

/** Lines that open a separate opinion, tried in order on a short block's whole text. */
const OPENERS: { re: RegExp; kind: PartKind | 'from-verb' }[] = [
  // "PER CURIAM." / "PER CURIAM :" (Supreme Court and circuit per curiams).
  { re: /^(?:PER CURIAM\b|Per Curiam\s*[.:]?\s*$)/, kind: 'per_curiam' },
  // "JUSTICE GINSBURG, dissenting." / "Justice Thomas, with whom Justice Alito joins, dissenting."
  { re: new RegExp(String.raw`^${TITLE}\s+${NAME}\b.{0,200}?${VERB}`, 's'), kind: 'from-verb' },
  // "THOMAS, J., concurring" / "KATZMANN, Circuit Judge, concurring:" / "DILLON, J.P., dissents, and votes..."
  { re: new RegExp(String.raw`^${NAME}${ROLE}.{0,200}?${VERB}`, 's'), kind: 'from-verb' },
  // "JUSTICE KENNEDY delivered the opinion of the Court." / "Mr. Justice BREWER ... delivered the opinion"
  // / "JUSTICE THOMAS announced the judgment of the Court and delivered an opinion." (plurality)
  { re: new RegExp(String.raw`^${TITLE}\s+${NAME}\b.{0,160}?\b(?:delivered|announced)\s+(?:the|an)\s+(?:opinion|judgment)`, 's'), kind: 'majority' },
  // "SPINA, J." alone on its line (the author line of Massachusetts and many state reports).
  // "Moore, Circuit Judge." (Google Scholar's federal appellate pages end it with a dot).
  { re: new RegExp(String.raw`^${NAME}${ROLE}\s*[.:]?$`), kind: 'majority' },
];

/** Classify one short line; null when it does not open an opinion. */
export function classifyOpener(line: string): Opener | null {
  const text = line.trim();
  // Syllabus sentences name justices too ("JUSTICE SOUTER delivered the opinion of the Court
  // with respect to Part II, concluding that ... Pp. 779-780."); their page references give them away.
  if (text.length > 260 || /\bPp?\.\s*\d/.test(text)) return null;
  for (const o of OPENERS) {
    const m = o.re.exec(text);
    if (!m) continue;
    if (o.kind === 'per_curiam') return { kind: 'per_curiam', author: null };
    const author = m[1] ?? null;
    if (o.kind === 'majority') return { kind: 'majority', author };
    const verb = (m[2] ?? '').toLowerCase();
    return { kind: verb.startsWith('dissent') ? 'dissent' : 'concurrence', author };
  }
  return null;
}

/** The author named in a majority line such as "Mr. Justice BREWER ... delivered the opinion". */
export function authorOf(line: string): string | null {
  const o = classifyOpener(line);
  return o?.author ?? null;
}

/**
 * Parts inside `roots`: each block whose whole text opens an opinion starts one; text
 * before the first opener is the majority's (its author unknown). With no opener the
 * whole of the first root is one majority part (author `fallbackAuthor`).
 */
export function findParts(
  roots: readonly Element[],
  skip: ReadonlySet<Element> = new Set(),
  fallbackAuthor: string | null = null,
  markers: readonly Element[] = [],
): OpinionPart[] {
  return runSteps(findPartsSteps(roots, skip, fallbackAuthor, markers));
}

/**
 * `findParts` in steps of at most SLICE_CAPS.parts blocks: on a 1 MB page reading every
 * block's text was one 25–50 ms task of its own.
 */
export function* findPartsSteps(
  roots: readonly Element[],
  skip: ReadonlySet<Element> = new Set(),
  fallbackAuthor: string | null = null,
  markers: readonly Element[] = [],
): Generator<void, OpinionPart[]> {
  if (roots.length === 0) return [];
  const hidden = new Set<Element>([...markers, ...skip]);
  const found: OpinionPart[] = [];
  // every SLICE_CAPS.parts blocks (or BLOCK_CHARS characters read) the thread goes back to the page
  const meter = new SliceCounter('parts');
  for (const root of roots) {
    const blocks = all(root, 'p, h1, h2, h3, h4, h5, h6, center, div, b, strong');
    yield;
    for (const b of blocks) {
      // Cheap tests first: most blocks are long paragraphs or containers.
      const size = (b.textContent ?? '').length;
      if (meter.tick(size)) {
        meter.flush();
        yield;
      }
      if (size > 400) continue;
      // A page break inside the line ("1362*1362 Moore, Circuit Judge.") is not its text.
      // (a short block has few descendants: look them up rather than scan every hidden element)
      const drop = b.firstElementChild ? Array.from(b.querySelectorAll('*')).filter((d) => hidden.has(d)) : [];
      const text = drop.length > 0 ? readingText([b], drop) : textOf(b);
      if (text.length === 0 || text.length > 260) continue;
      const o = classifyOpener(text);
      if (!o) continue;
      // Only the innermost block carrying the line counts (a <p><b>X, J.</b></p> counts once).
      if (Array.from(b.children).some((c) => textOf(c) === text)) continue;
      if (skip.has(b) || Array.from(skip).some((s) => s.contains(b))) continue;
      found.push({ kind: o.kind, author: o.author, element: b });
    }
  }
  meter.end();
  if (found.length === 0) return [{ kind: 'majority', author: fallbackAuthor, element: roots[0] }];
  const first = found[0];
  if (first.kind !== 'majority' && first.kind !== 'per_curiam') {
    found.unshift({ kind: 'majority', author: fallbackAuthor, element: roots[0] });
  } else if (!first.author && fallbackAuthor && first.kind === 'majority') {
    first.author = fallbackAuthor;
  }
  return found;
}
