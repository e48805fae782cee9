/**
 * Case names read backward from the comma before a citation: "Winter v. Natural Res. Def.
 * Council, Inc.", "United States ex rel. Hyde v. McGinnis", "In re Sealed Case", and the
 * signal in front of them ("See", "See also", "Cf.", "But see", "accord", "e.g.").
 */

import { CASE_NAME_ABBREVIATIONS } from '../data/case-name-words';

/** Abbreviations in case names that the Bluebook tables leave out. */
const COMMON_ABBREVIATIONS = new Set(['Bros.', 'Assocs.', 'Apts.', 'Auth.', 'Bhd.', 'Cnty.', 'Cty.', 'Twp.', 'Dept.', 'Sec.', 'Pub.', 'Sch.', 'Schs.', 'Univ.', 'Dist.', 'Prods.', 'Servs.', 'Sys.', 'Mfrs.', 'Mfg.', 'Ins.', 'Med.', 'Mem.', 'Gen.', 'Nat.', 'Am.', 'Hosp.', 'Cmty.', 'Fed.', 'Tech.', 'Techs.', 'Enters.', 'Indus.', 'Fin.', 'Mkts.', 'Ctr.', 'Inv.', 'Invs.', 'Prop.', 'Props.', 'Res.', 'Def.', 'Env.', 'Envtl.', 'Emps.', 'Educ.', 'Corr.', 'Cas.', 'Sur.', 'Mut.', 'Nw.', 'Ne.', 'Sw.', 'Se.', 'Mun.', 'Mach.', 'Mgmt.', 'Mktg.', 'Comp.', 'Soc.', 'Sav.', 'Transp.', 'Tel.', 'Util.', 'Coop.', 'Com.', 'Comm.', 'Commc.', 'Cont.', 'Constr.', 'Elec.', 'Equip.', 'Exch.', 'Hous.', 'Int.', 'Lab.', 'Metro.', 'Ry.', 'Sw.', 'St.', 'Ste.', 'Mt.', 'Ft.', 'Hts.']);

/** How far back a name may start; longer names are rare and the cost stays bounded. */
const WINDOW = 260;
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'ex', 'rel.', 'rel', 'for', 'de', 'du', 'la', 'del', 'do', 'da', 'das', 'dos', 'des', 'di', 'le', 'los', 'las', 'el', 'van', 'von', 'der', 'on', 'to', 'a', 'an', 'in', 're', 'y', 'et', 'al.', 'al', 'by', 'through', 'upon', 'at']);
/** Capitalized words that start a sentence or clause, not a party name. */
const STOP = new Set(['See', 'Cf.', 'Compare', 'But', 'Accord', 'Also', 'E.g.,', 'E.g.', 'Contra', 'And', 'Under', 'As', 'The', 'In', 'Citing', 'Quoting', 'When', 'While', 'Although', 'Because', 'Since', 'Thus', 'Here', 'Moreover', 'However', 'Similarly', 'Likewise', 'With', 'From', 'Following', 'After', 'Before', 'Unlike', 'Like', 'Both', 'This', 'That', 'These', 'Those', 'Id.', 'Id', 'If', 'Where', 'Applying', 'Given', 'Indeed', 'Further', 'Finally', 'Nor', 'Nevertheless', 'Per', 'Then', 'Supreme', 'Court']);
const SUFFIX = /^(?:Inc\.?|Co\.?|Corp\.?|Ltd\.?|L\.?L\.?C\.?|L\.?L\.?P\.?|L\.?P\.?|N\.A\.?|S\.A\.?|P\.C\.?|Jr\.?|Sr\.?|et|Cos\.?|Ass['’]n|USA|U\.S\.A\.?|AG|GmbH|PLC|plc|S\.A\.U\.?|B\.V\.?|N\.V\.?|Co\.,)[,.]?$/;
const SIGNAL = /(?:^|[\s(;.])((?:[Ss]ee(?:,?\s+e\.g\.,?|\s+also(?:,?\s+e\.g\.,?)?|\s+generally)?|[Cc]f\.|[Bb]ut\s+(?:see|cf\.)(?:,?\s+e\.g\.,?)?|[Aa]ccord|[Cc]ompare|[Ee]\.g\.,?|[Cc]ontra))[\s,]*$/;
const VERSUS = /\s(?:v\.?|vs\.?)\s/g;
const IN_RE = /(?:^|\s)((?:In re|Ex parte|In the Matter of|Matter of|Ex rel\.)\s)/g;

export interface CaseName {
  name: string;
  start: number;
  end: number;
}

/**
 * The case name ending just before `end` (the position of the comma that separates it from
 * the citation), not reaching back before `floor`; null when the words there are not a name.
 */
export function findCaseName(text: string, end: number, floor: number): CaseName | null {
  const from = Math.max(floor, end - WINDOW);
  const win = text.slice(from, end);
  let vAt = -1, vLen = 0;
  // Cheap test first: most windows hold no " v" at all.
  if (win.includes(' v') || win.includes('\nv')) for (const m of win.matchAll(VERSUS)) { vAt = m.index; vLen = m[0].length; }
  if (vAt >= 0) {
    const defendant = win.slice(vAt + vLen);
    if (!plausibleParty(defendant)) return null;
    const start = from + plaintiffStart(win, vAt);
    if (start >= from + vAt) return null;
    return make(text, start, end);
  }
  let reAt = -1;
  if (/ re |parte |Matter of|rel\./.test(win)) for (const m of win.matchAll(IN_RE)) reAt = m.index + (m[0].length - m[1].length);
  if (reAt >= 0 && plausibleParty(win.slice(reAt).replace(/^\S+\s+\S*\s/, ''))) return make(text, from + reAt, end);
  return null;
}

/** A bare short-form name before a comma: "Johnson" in "Johnson, 2003 WL 169797", "D.D." in "D.D., 465 F.3d at 510". */
export function findShortName(text: string, end: number, floor: number): CaseName | null {
  const win = text.slice(Math.max(floor, end - 80), end);
  const m = /(?:^|[\s(])((?:[A-Z][\w.'’&-]*\s){0,3}[A-Z][\w.'’&-]*)$/.exec(win);
  if (!m) return null;
  const words = m[1].split(' ');
  // "Sosa. See Sosa, 542 U.S. at 732": the name starts after the last signal or sentence word.
  for (let i = words.length - 1; i >= 0; i--) if (STOP.has(words[i])) { words.splice(0, i + 1); break; }
  if (!words.length) return null;
  const name = words.join(' ');
  return make(text, end - name.length, end);
}

/** The signal ("See also", "Cf.") ending at `pos`, or null. */
export function findSignal(text: string, pos: number): { signal: string; start: number } | null {
  const win = text.slice(Math.max(0, pos - 30), pos);
  const m = SIGNAL.exec(win);
  if (!m) return null;
  return { signal: m[1].replace(/\s+/g, ' ').replace(/,$/, ''), start: pos - win.length + win.lastIndexOf(m[1]) };
}

function make(text: string, start: number, end: number): CaseName {
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  const name = text.slice(start, end).replace(/\s*\[\*{1,2}\d+\]\s*/g, ' ').replace(/\s+/g, ' ').replace(/(\w)- ([a-z])/g, '$1$2');
  return { name, start, end };
}

/** The defendant side: capitalized words, connectors and corporate suffixes only. */
function plausibleParty(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (!words[0] || words.length > 16) return false;
  if (!/^[A-Z0-9“"'‘(]|^[a-z]\.[a-z]/.test(words[0])) return false;
  let prevHyphen = false;
  for (const w of words) {
    if (/[;:!?]/.test(w)) return false;
    if (/^[a-z]/.test(w) && !CONNECTORS.has(w.replace(/,$/, '')) && !SUFFIX.test(w) && !/^[a-z](?:\.[a-z])+\.?,?$/.test(w) && !prevHyphen) return false;
    prevHyphen = w.endsWith('-');
  }
  return true;
}

/** Walks back from " v." over capitalized words and connectors; returns the offset in `win` where the plaintiff starts. */
function plaintiffStart(win: string, vAt: number): number {
  const words: { w: string; at: number }[] = [];
  const re = /\S+/g;
  const head = win.slice(0, vAt);
  for (const m of head.matchAll(re)) words.push({ w: m[0], at: m.index });
  let start = vAt;
  let next = '';
  for (let i = words.length - 1; i >= 0 && words.length - i <= 14; i--) {
    const { w, at } = words[i];
    // "Tow- ers": a word a line-break hyphen split; keep walking from its first half.
    if (/^[a-z]/.test(w) && i > 0 && words[i - 1].w.endsWith('-')) { next = w; continue; }
    if (w.endsWith(',') && !SUFFIX.test(next)) break;
    // A plaintiff does not start in an earlier paragraph (a heading or running header sits there).
    if (i < words.length - 1 && win.slice(at + w.length, words[i + 1].at).includes('\n\n')) break;
    // "(Baeder v. Heckler, ...", "[Edmondson v. ...": a parenthesis, bracket or quote opens the name.
    if (/^[“"‘([][A-Z]/.test(w) && !/[)\]]/.test(w)) { start = at + 1; break; }
    if (/[;()[\]“”"]/.test(w)) break;
    // "Moose Lodge No. 107 v. Irvis": a number belongs to a name only after "No.".
    if (/^\d+\.?$/.test(w) && words[i - 1]?.w !== 'No.') break;
    // "in Hest. Sandhill Amusements, Inc. v. State": a capitalized word with a period that is no
    // case-name abbreviation, initial or corporate suffix ends the sentence before the name.
    if (next && /^[A-Z][a-z]+\.$/.test(w) && !CASE_NAME_ABBREVIATIONS.has(w) && !SUFFIX.test(w) && !COMMON_ABBREVIATIONS.has(w)) break;
    if (STOP.has(w) && !(w === 'In' && next === 're')) break;
    // "In Grutter and Regents of Univ. of Cal. v. Bakke": one name, then "and", then the case;
    // "Pennhurst State School and Hospital v. Halderman" keeps its "and".
    if (w === 'and' && i > 0 && /^[A-Z]/.test(words[i - 1].w) && (i < 2 || !/^[A-Z]|^(?:of|the|&)$/.test(words[i - 2].w) || STOP.has(words[i - 2].w))) break;
    if (w === 'in') break;
    if (/^[A-Z0-9]/.test(w) || CONNECTORS.has(w) || SUFFIX.test(w) || /^[a-z]\.$/.test(w) === false && /^[A-Z]/.test(w)) {
      start = at;
      next = w;
      continue;
    }
    break;
  }
  // Leading connectors belong to the sentence, not the name ("of Smith v. Jones").
  const rest = win.slice(start, vAt);
  const lead = /^(?:(?:of|the|and|&|for|to|in|on|at|by|a|an)\s+)+/.exec(rest);
  return lead ? start + lead[0].length : start;
}
