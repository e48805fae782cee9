/**
 * One left-to-right pass over the text. A single regex finds anchor tokens (a number before
 * a capitalized word, "§", "Id.", "supra", "Fed. R.", "Const.", "No.", record and
 * document words, "at <page>", the name of a reporter cited with no volume), and the reader
 * for that anchor's kinds parses the citation there. Each reader only looks a bounded distance
 * around its anchor, so the whole pass is linear in the length of the text.
 */
import type { Citation } from '../types';
import { COMPACT_NEUTRAL, VOLUMELESS_NAMES } from '../data/reporters';
import { namesPattern } from './name-pattern';
import { readConstitution } from './constitution';
import { readCaseCitation } from './full-case';
import { readChapterCode } from './chapter-code';
import { readId } from './id';
import { readDated, readLetter, readOther } from './other';
import { readOpinionPage } from './opinion-page';
import { readCplr, readSessionLaw } from './statute';
import { APPENDIX_FORMS, readOrder, readRecord, readTitledRecord } from './record';
import { FEDERAL_RULE_WORDS, readRule, STATE_RULE } from './rule';
import { LOCAL_RULE } from './local-rule';
import { readSlipOpinion } from './slip-opinion';
import { readPublicLaw, readSectionSign, readTitledCode } from './statute';
import { readSupra } from './supra';

/** "reprinted in 1988 U.S.C.C.A.N. 3": where the cited source also appears, part of the citation before it. */
export const REPRINTED = /\bre-?\s?printed\s+in\s*$/;
/**
 * Where a state prints its court rules, not a case: "Mass. R. Crim. P. 30 (b), as appearing in
 * 435 Mass. 1501 (2001)", "as amended, 476 Mass. 1501", "Massachusetts Rules of Criminal
 * Procedure, 378 Mass. 882 (1979)".
 */
const RULES_PRINTED = /(?:\bas\s+(?:appearing|amended)(?:\s+in)?|\bRules\s+of\s+(?:Civil|Criminal|Appellate|Juvenile)\s+Procedure)[,\s]*$/;

const APPENDIX_ANCHOR = APPENDIX_FORMS.map((f) => `(?:${f.pattern})`).join('|');

export const ANCHOR = new RegExp(
  [
    // 1 volume or title: "555 U.S.", "2020-Ohio-", a lettered volume "402A Mich", no spaces "2021COA112", Louisiana's "2009 1359R (La.App."
    String.raw`(\b\d{1,5}(?=[ \t\n\u00a0]{1,8}[A-Z])|\b\d{4}\s?-(?=[A-Z][A-Za-z]{1,9}-)|\b\d{1,4}[A-Z](?=[ \t\u00a0]{1,8}[A-Z])|\b\d{2,4}(?=(?:${COMPACT_NEUTRAL.join('|')})\d)|\b\d{2,4}(?=[- ]\d{2,5}[A-Z]?\s?\([A-Z]))`,
    String.raw`(§)`, // 2
    String.raw`(\b(?:[Ii]d\.|[Ii]bid\b))`, // 3
    String.raw`(\bsupra\b)`, // 4
    String.raw`(\b(?:Fed\.\s?R\.|${FEDERAL_RULE_WORDS}\s|${STATE_RULE}|(?:${LOCAL_RULE})\s*(?=\d)|Sup\.\s?Ct\.\s?R\.))`, // 5
    String.raw`(\bConst\.)`, // 6
    String.raw`(\bNos?\.\s?(?=\d))`, // 7
    String.raw`(\b(?:Doc|Dkt|ECF|D\.E|Aff|Decl|Am\.\sCompl|Compl|Ans|Ex|Exs|Exh|Tr|Pl|Pls|Def|Defs|Pet|Resp|App\.\sto|Application|Countercl|Stip)\b|\b(?:${APPENDIX_ANCHOR})\.(?=\s?(?:at\s+)?\d))`, // 8
    String.raw`(\b(?:S|H\.\s?R|H)\.\s?(?:Conf\.\s?)?(?:Rep|Doc)\.|\bRestatement\b|\bFederal\sPractice\b|\bhttps?:\/\/|\bPub\.\s?L\.|\bLetter\s+from\s|\bN\.\s?Y\.\s?C\.\s?P\.\s?L\.\s?R\.?|\bCPLR\b|\b(?:Webster|Black|Oxford|American\sHeritage|Merriam-Webster|Random\sHouse)(?=['’\s][^.;]{0,60}\bDictionary\b))`, // 9
    String.raw`(\bat\s(?=(?:pp?\.?\s?)?[A-Z]?\d))`, // 10
    String.raw`(\bOrder\s(?=[A-Z]))`, // 11
    // 12 a reporter cited with no volume ("Bee, 120", "Fed. Sec. L. Rep. (CCH) ¶ 77,526"), when a page or paragraph follows
    String.raw`(\b${namesPattern(VOLUMELESS_NAMES)}(?![A-Za-z])(?=\s{0,2}(?:,\s?)?(?:\(|¶|P|par|p\.|\d)))`,
    // 13 a code's chapter or title before its section: "G.L. c. 93A, § 11", "P.R. Laws Ann. tit. 3, § 1465"
    String.raw`(\b(?:ch|c|chap|tit)\.\s{0,3}(?=\d))`,
  ].join('|'),
  'g',
);

/** Every citation in `text`, in order, unresolved (no ids or antecedents yet). */
export function scan(text: string): Citation[] {
  const out: Citation[] = [];
  let floor = 0;
  ANCHOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR.exec(text))) {
    const at = m.index;
    const found = read(text, m, at, floor);
    if (found && found.length && found[0].start >= floor) {
      let end = 0;
      for (const c of found) {
        out.push(c);
        if (c.end > end) end = c.end;
      }
      floor = end;
      ANCHOR.lastIndex = Math.max(end, at + 1);
    } else if (m[0].length === 0) ANCHOR.lastIndex = at + 1;
  }
  return out;
}

function one(c: Citation | null): Citation[] | null {
  return c ? [c] : null;
}

function read(text: string, m: RegExpExecArray, at: number, floor: number): Citation[] | null {
  if (m[1] !== undefined) {
    if (text.charCodeAt(at - 2) === 110 && REPRINTED.test(text.slice(Math.max(0, at - 16), at))) return null;
    if (RULES_PRINTED.test(text.slice(Math.max(0, at - 48), at))) return null;
    return one(readSessionLaw(text, at) ?? readTitledCode(text, at)) ?? readCaseCitation(text, at, floor) ?? one(readOther(text, at, floor));
  }
  if (m[2] !== undefined) return one(readSectionSign(text, at, floor));
  if (m[3] !== undefined) return one(readId(text, at));
  if (m[4] !== undefined) return one(readSupra(text, at, floor));
  if (m[5] !== undefined) return one(readRule(text, at));
  if (m[6] !== undefined) return one(readConstitution(text, at, floor));
  if (m[7] !== undefined) return one(readSlipOpinion(text, at, floor));
  // "Smith v. Jones, Add. 3": an anchor read as no record may be a reporter cited with no volume
  if (m[8] !== undefined) return one(readRecord(text, at)) ?? readCaseCitation(text, at, floor);
  if (m[9] !== undefined) return one(readPublicLaw(text, at) ?? readCplr(text, at) ?? readOther(text, at, floor) ?? readLetter(text, at, floor));
  if (m[10] !== undefined) return one(readDated(text, at, floor) ?? readOpinionPage(text, at, floor) ?? readTitledRecord(text, at, floor));
  if (m[11] !== undefined) return one(readOrder(text, at));
  if (m[12] !== undefined) return readCaseCitation(text, at, floor);
  if (m[13] !== undefined) return one(readChapterCode(text, at, floor));
  return null;
}
