/**
 * Codes cited by chapter or title before the section: "Mass. Gen. L. Ann. ch. 106, § 2-702",
 * "Mass. Gen. Laws ch. 93A, § 2", "G.L. c. 93A, § 11", "M.G.L. c. 231, § 6F", "P.R. Laws Ann.
 * tit. 3, § 1465", "Okla. Stat. tit. 12, § 1382". The whole cite is the core; `volume` is the
 * chapter or title, `reporter` the code's name, `section` the section (null for a chapter cited
 * alone, "G.L. c. 93A"). Read at the division word ("ch.", "c.", "tit."), with the code's name
 * looked up just before it (laws.json names, or the short names in CHAPTER_CODE_NAMES).
 */
import type { Citation } from '../types';
import { findSignal } from './case-name';
import { newCitation } from './citation';
import { codeBefore, RANGE } from './statute';

/**
 * Names courts give codes that laws.json files under another name, each with real examples.
 * Massachusetts' own courts write "G.L. c." and "M.G.L. c." (Commonwealth v. Guzman, Mass. 2007;
 * Oakville Dev. v. FDIC, 1st Cir. 1993 writes "Mass. Gen. L. Ann. ch.").
 */
export const CHAPTER_CODE_NAMES: readonly { name: string; pattern: RegExp; examples: readonly string[] }[] = [
  {
    name: 'Mass. Gen. Laws Ann.',
    pattern: /Mass\.\s?Gen\.\s?L\.\s?Ann\.|M\.\s?G\.\s?L\.\s?A\./,
    examples: ['Mass. Gen. L. Ann. ch. 106, § 2-702', 'M.G.L.A. c. 93A, § 9'],
  },
  {
    name: 'Mass. Gen. Laws',
    pattern: /(?:Mass\.\s?)?G\.\s?L\.|M\.\s?G\.\s?L\.|Mass\.\s?Gen\.\s?L\./,
    examples: ['G.L. c. 93A, § 11', 'M.G.L. c. 231, § 6F', 'Mass. G.L. c. 214, § 1', 'Mass. Gen. L. ch. 93A, § 2'],
  },
];
/** Each name as it must end the text before the division word, after a space, bracket or punctuation. */
const NAME_BEFORE = CHAPTER_CODE_NAMES.map(({ name, pattern }) => ({ name, re: new RegExp(String.raw`(?:^|[\s(\[;,])(${pattern.source})$`) }));

/** The division and what follows it: "ch. 106, § 2-702", "c. 93A, § 11", "ch.  244,  ⏎18" (section sign dropped), "tit. 3, § 1465". */
const DIVISION = new RegExp(
  String.raw`(?:ch|c|chap|tit)\.\s{0,3}(\d{1,4}[A-Z]{0,2}(?:-[A-Z0-9]{1,3})?)(?![\w-])(?:(?:,?\s*(?:§§?|S{1,2}(?=\s+\d)|[Ss]ecs?\.|[Ss]ections?)\s*|,\s*)(${RANGE}(?:,\s*(?:and\s+)?${RANGE})*))?`,
  'y',
);

/** Reads a chapter- or title-form code cite whose division word ("ch.", "c.", "tit.") is at `pos`, or null. */
export function readChapterCode(text: string, pos: number, floor: number): Citation | null {
  DIVISION.lastIndex = pos;
  const m = DIVISION.exec(text);
  if (!m) return null;
  const named = nameBefore(text, pos, floor);
  if (!named) return null;
  let end = DIVISION.lastIndex;
  // "ch. 106, § 2-702 (West 1990)": never the closing punctuation
  while (/[\s,.]/.test(text[end - 1])) end--;
  const c = newCitation('statute', text, named.start, end);
  c.volume = m[1];
  c.reporter = named.name;
  c.section = m[2] ? m[2].replace(/\s+/g, ' ') : null;
  c.page = c.section;
  c.signal = findSignal(text, c.start)?.signal ?? null;
  return c;
}

function nameBefore(text: string, pos: number, floor: number): { name: string; start: number } | null {
  const from = Math.max(floor, pos - 30);
  const win = text.slice(from, pos).replace(/\s+$/, '');
  for (const { name, re } of NAME_BEFORE) {
    const m = re.exec(win);
    if (m) return { name, start: from + m.index + m[0].length - m[1].length };
  }
  const law = codeBefore(text, pos, floor);
  return law && law.kind === 'statute' ? { name: law.name, start: law.start } : null;
}
