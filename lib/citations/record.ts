/**
 * Record citations: docket entries ("Doc. No. 11-2", "ECF No. 14", "Dkt. 5"), paragraphs of
 * affidavits and pleadings ("Aff. ¶¶ 10, 15", "Compl. ¶ 12"), exhibits ("Ex. A at 3"),
 * transcripts ("Tr. 45:3–9"), party papers ("Pl.'s Mem. at 8", "App. to Application in
 * No. 20A87, Exh. D, p. 83") and titled documents cited by page ("Memorandum Opinion at 4-5",
 * "Brief of Appellee/Cross-Appellant at 12").
 */
import type { Citation } from '../types';
import { findSignal } from './case-name';
import { newCitation } from './citation';
import { PIN_SOURCE } from './pin';

const PIN = PIN_SOURCE;
/**
 * An appendix or addendum cited by page, each form with real examples: the joint appendix
 * ("App. 60", Ramirez v. Collier, 2022; "J.A. 123"), the appendix in lower case ("app. at 197",
 * Hirsch v. Dorsey Trailers, 3d Cir. 1998), an addendum to a brief ("Add. 3", First Circuit
 * briefs' form), a petition's appendix ("Pet. App. 12a").
 */
export const APPENDIX_FORMS: readonly { pattern: string; examples: readonly string[] }[] = [
  { pattern: String.raw`App|app`, examples: ['App. 60', 'App. 60–61', 'app. at 197'] },
  { pattern: String.raw`J\.\s?A`, examples: ['J.A. 123', 'J.A. at 112'] },
  { pattern: String.raw`Add|Addendum`, examples: ['Add. 3', 'Add. at 14'] },
  { pattern: String.raw`Pet\.\s?App`, examples: ['Pet. App. 12a', 'Pet. App. 4a–5a'] },
];
const APPENDIX = APPENDIX_FORMS.map((f) => `(?:${f.pattern})`).join('|');
const PARAS = String.raw`¶¶?\s*\d+(?:\s*(?:[-–,]|and|&)\s*\d+)*`;
const AT = String.raw`,?\s*(?:at|p\.|pp\.|p)\s*${PIN}(?:,\s*\d+(?![\w.]))*`;
const DIRECT = new RegExp(
  [
    String.raw`(?:Doc(?:ument)?\.|Doc\s+No\.|Dkt\.?|ECF|D\.E\.)\s*(?:(?:No|Nos|Entry)\.?\s*|#\s*)?\d+(?:[-.]\d+)?(?:,\s*\d+[-.]\d+)*(?:${AT}|,?\s*${PARAS})?`,
    String.raw`(?:Am\.\s*Compl|Compl|Aff|Decl|Ans|Countercl|Stip)\.\s*(?:${PARAS}|at\s*${PIN})`,
    String.raw`(?:Exs?|Exh)\.\s*[A-Z0-9]{1,3}(?:\s*[-–,&]\s*[A-Z0-9]{1,3}(?![\w.]))*(?![\w.])(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w.'’]*\s?){1,4})?(?:${AT})?`,
    String.raw`Tr\.\s*(?:at\s*)?\d+(?::\d+)?(?:\s*[-–]\s*\d+(?::\d+)?)?`,
    String.raw`(?:Pl|Def|Pls|Defs|Pet|Resp)s?\.?['’]s?\s+(?:[A-Z][\w.'’]*\s+){1,4}?(?:at\s*${PIN}|${PARAS})`,
    String.raw`(?:App\.\s+to\s+)?(?:Application|Pet\.\s+for\s+Cert\.|Petition for Certiorari)(?:\s+in\s+No\.\s*\w+)?(?:,\s*(?:Exh?|Ex)\.\s*[A-Z0-9]{1,3})?(?:${AT})`,
    // an appendix or addendum by page (APPENDIX below): "App. 60", "J.A. 123", "app. at 197", "Add. 3"
    String.raw`(?:${APPENDIX})\.\s?(?:at\s+)?\d{1,5}a?(?:\s*[-–]\s*\d{1,5}a?)?(?![\w]|\.\d|\s*[()])`,
  ].join('|'),
  'y',
);
const DOC_NOUN = /^(?:Memorandum|Mem\.|Op\.|Opinion|Dec\.|Decision|Brief|Br\.|Agreements?|Order|Tr\.|Transcript|Reply|Motion|Mot\.|Petition|Complaint|Compl\.|Affidavit|Aff\.|Declaration|Decl\.|Exhibit|Appendix|App\.|Deposition|Dep\.|Opposition|Opp['’]n|Response|Resp\.|Record|Stipulation|Letter)$/;
const TITLE_WORD = /^(?:[A-Z][\w.'’/-]*|of|the|and|&|in|for|to)$/;
/** Abbreviations inside a document's title that end in a period without ending the sentence: "Bankr. Ct. Dec. at 8". */
const TITLE_ABBREVIATION = /^(?:Bankr|Dist|Supp|Prelim|Inj|Resp|Opp|Reply|Admin|Emerg)\.$/;
const STOP = new Set(['See', 'Cf.', 'But', 'The', 'In', 'Under', 'And', 'As', 'Id.', 'Also', 'Compare', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our']);

/** Reads a record cite starting at `pos`. */
export function readRecord(text: string, pos: number): Citation | null {
  if (pos > 0 && /\w/.test(text[pos - 1])) return null;
  // "Tex. App. 2008", "Cal. Ct. App. 4th": App. after a court's abbreviation names a court, not the appendix
  if (/^(?:App)\./.test(text.slice(pos, pos + 4)) && /[A-Z][a-z]{0,6}\.\s{0,4}$/.test(text.slice(Math.max(0, pos - 12), pos))) return null;
  // "Smith v. Jones, Add. 3": after a case name's comma, or listed by itself (reporters-db's example "Add. 55"),
  // "Add." is Addison's Pennsylvania reports, as full-case.ts reads a plain reporter name there
  if (/^Add\./.test(text.slice(pos, pos + 4)) && (/,\s*$/.test(text.slice(Math.max(0, pos - 3), pos)) || /^\s*$/.test(text.slice(0, pos)))) return null;
  DIRECT.lastIndex = pos;
  const m = DIRECT.exec(text);
  if (!m) return null;
  return make(text, pos, DIRECT.lastIndex);
}

const AT_PIN = new RegExp(String.raw`at\s+(?:pp?\.?\s*)?${PIN}`, 'y');

/** "Memorandum Opinion at 4-5": a capitalized document title ending at the "at" found at `pos`. */
export function readTitledRecord(text: string, pos: number, floor: number): Citation | null {
  // Cheap test first: the word before "at" must be capitalized ("Opinion at", "Indemnity at").
  let w = pos - 1;
  while (w > floor && text.charCodeAt(w) === 32) w--;
  while (w > floor && text.charCodeAt(w - 1) > 32) w--;
  const first = text.charCodeAt(w);
  if (first < 65 || first > 90) return null;
  AT_PIN.lastIndex = pos;
  if (!AT_PIN.exec(text)) return null;
  const end = AT_PIN.lastIndex;
  const win = text.slice(Math.max(floor, pos - 80), pos);
  const words = [...win.matchAll(/\S+/g)];
  let start = -1;
  let noun = false;
  for (let i = words.length - 1, n = 0; i >= 0 && n < 7; i--, n++) {
    let w = words[i][0];
    // "See ALJ Decision, at 52" (Hirsch v. Dorsey Trailers): a comma may close the title just before "at"
    if (n === 0 && w.endsWith(',') && DOC_NOUN.test(w.slice(0, -1))) w = w.slice(0, -1);
    const broken = i > 0 && words[i - 1][0].endsWith('-') && /^[a-z]/.test(w);
    if (broken) { w = words[i - 1][0].slice(0, -1) + w; i--; }
    if (STOP.has(w) || !TITLE_WORD.test(w)) break;
    // "the Surety. Indemnity Agreement at p 2": a full word with a period ends the sentence before the title.
    if (n > 0 && /^[A-Za-z]{4,}\.$/.test(w) && !DOC_NOUN.test(w) && !TITLE_ABBREVIATION.test(w)) break;
    if (DOC_NOUN.test(w)) noun = true;
    start = words[i].index;
  }
  if (start < 0 || !noun) return null;
  while (/^(?:of|the|and|in|for|to)\s/.test(win.slice(start))) start = win.indexOf(' ', start) + 1;
  const s = pos - win.length + start;
  if (!/^[A-Z]/.test(text[s])) return null;
  if (/\bre-?\s?printed\s+in\s*$/.test(text.slice(Math.max(0, s - 16), s))) return null;
  return make(text, s, end);
}

const ORDER = /Order(?:\s+(?:[A-Z][\w'’]*(?:-\s?[a-z]+)?|of|and|the|to|for|in|on|as|a)){1,8}?(?=\s*\((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\))/y;

/** "Order Awarding Attorney's Fees (July 1, 1996)": an order cited by its title and date. */
export function readOrder(text: string, pos: number): Citation | null {
  if (pos > 0 && /\w/.test(text[pos - 1])) return null;
  ORDER.lastIndex = pos;
  if (!ORDER.exec(text)) return null;
  const c = make(text, pos, ORDER.lastIndex);
  const close = text.indexOf(')', c.end);
  if (close > 0) c.fullEnd = close + 1;
  return c;
}

function make(text: string, start: number, end: number): Citation {
  while (end > start && /[\s,.]/.test(text[end - 1]) && !/\d\.$/.test(text.slice(start, end))) end--;
  const c = newCitation('record', text, start, end);
  const pin = /(?:^|[\s,])(?:at\s+(?:pp?\.?\s*)?|pp?\.?\s+)(\d[^,]*)$/.exec(c.text);
  c.pin = pin ? pin[1].trim() : null;
  c.signal = findSignal(text, start)?.signal ?? null;
  return c;
}
