/**
 * Citations written out as a brief writes them: the first mention in full with its court
 * parenthetical ("Johnson v. Connolly, 378 F. App'x 107, 108 (2d Cir. 2010)"), later ones
 * short ("Johnson, 378 F. App'x at 108"). The court comes from the citation's own
 * parenthetical (the abbreviation courts-db gives its court, else the words as printed); a
 * reporter that implies its court prints none (U.S. Reports, "Mass.", neutral cites). A
 * Westlaw or Lexis cite keeps its docket and full date, as the Bluebook asks of unreported
 * opinions. Subsequent history follows, with the decision it names.
 */
import { COURTS } from '../analysis/courts-table';
import { impliedCourt } from '../citations/full-case';
import { parseCourtDate, readParen } from '../citations/parenthetical';
import { hasReporter, type Analysis, type Citation } from '../types';

let abbreviations: Map<string, string> | null = null;

/** The Bluebook abbreviation courts-db gives a court ("2d Cir.", "D. Conn."), or null. */
export function courtAbbreviation(id: string | null): string | null {
  if (!id) return null;
  // courts-db's "SCOTUS" is no Bluebook abbreviation; the Bluebook writes "U.S." (when a reporter does not imply it)
  if (id === 'scotus') return 'U.S.';
  abbreviations ??= new Map(COURTS.filter((r) => r[3]).map((r) => [r[0], r[3]]));
  return abbreviations.get(id) ?? null;
}

/** A database cite (Westlaw, Lexis): its pin is a star page and its date is printed in full. */
export function isDatabaseCite(c: Citation): boolean {
  return hasReporter(c) && !!c.reporter && /^(?:WL|.*\bLEXIS)$/.test(c.reporter);
}

/** The court-and-date parenthetical as printed: court words and the date after them. */
function printedCourtDate(text: string, c: Citation): { court: string; date: string } | null {
  // before the core (a docket's own parenthetical) and after it, never inside an explanatory one
  let i = c.fullStart;
  while (i < c.fullEnd) {
    const open = text.indexOf('(', i);
    if (open < 0 || open >= c.fullEnd) break;
    if (open >= c.start && open < c.end) {
      i = c.end;
      continue;
    }
    const p = readParen(text, open);
    if (!p) {
      i = open + 1;
      continue;
    }
    const cd = parseCourtDate(p.content);
    if (cd) return { court: cd.courtText, date: p.content.slice(p.content.indexOf(cd.courtText) + cd.courtText.length).replace(/^[\s,]+/, '') };
    i = p.end;
  }
  return null;
}

/** The cites printed together with `c` (itself and its parallels), in text order. */
export function parallelGroup(c: Citation, byId: ReadonlyMap<string, Citation>): Citation[] {
  const group = [c, ...(c.parallel ?? []).map((id) => byId.get(id)).filter((x): x is Citation => !!x)];
  return group.sort((a, b) => a.start - b.start);
}

function core(c: Citation, pin: string | null): string {
  const full = hasReporter(c) && c.volume && c.reporter && c.page ? `${c.volume} ${c.reporter} ${c.page}` : null;
  const base = full ?? c.text.replace(/\s+/g, ' ');
  if (!pin || !full) return base;
  return `${base}, ${isDatabaseCite(c) ? `at ${pin}` : pin}`;
}

/** "(2d Cir. 2010)", "(2008)" for U.S. Reports, "(D. Conn. Feb. 11, 2010)" for a Westlaw cite; "" when no year is known. */
export function courtParenthetical(text: string, group: readonly Citation[]): string {
  const head = group[0];
  const year = group.find((g) => g.year)?.year ?? null;
  const printed = printedCourtDate(text, head);
  const implied = group.some((g) => hasReporter(g) && g.reporter && g.court && impliedCourt(g.reporter) === g.court);
  const court = implied ? null : courtAbbreviation(head.court) ?? (printed?.court || null);
  const date = printed && group.every(isDatabaseCite) ? printed.date : year ? String(year) : printed?.date ?? '';
  const words = [court, date].filter(Boolean).join(' ');
  return words ? `(${words})` : '';
}

/** The case's first party as a short name: "D.D." for "D.D. ex rel. V.D. v. N.Y. City Bd. of Educ.". */
export function shortName(name: string | null): string {
  if (!name) return '';
  const first = name.split(/\s+v\.?\s+/)[0].replace(/,$/, '');
  const relator = /^(?:United States|State|People|Commonwealth)\s+ex\s+rel\.\s+(.+)$/.exec(first);
  if (relator) return relator[1];
  return first.split(/\s+ex\s+rel\.\s+/)[0];
}

/** The case a short form, Id. or supra points to (itself for a full cite), or null. */
export function antecedentOf(c: Citation, byId: ReadonlyMap<string, Citation>): Citation | null {
  let at: Citation | undefined = c;
  for (let i = 0; at && at.kind !== 'case' && i < 8; i++) at = at.antecedent ? byId.get(at.antecedent) : undefined;
  return at?.kind === 'case' ? at : null;
}

/** Words for a subsequent history that weakens the authority (a KeyCite-style red or yellow flag). */
export const NEGATIVE_HISTORY = /\b(?:rev['’]d|vacated|overruled|abrogated|superseded|modified)\b/i;

/** The decision a citation's subsequent history names ("abrogated on other grounds by Commonwealth v. Jones, 472 Mass. 707 (2015)"). */
export function historyTarget(a: Pick<Analysis, 'text' | 'citations'>, c: Citation): Citation | null {
  if (!c.history) return null;
  const at = a.text.indexOf(c.history, c.fullEnd);
  if (at < 0 || at - c.fullEnd > 6) return null;
  const after = at + c.history.length;
  return a.citations.find((x) => x.kind === 'case' && x.start >= after && x.fullStart - after <= 4 && /^[\s,]*$/.test(a.text.slice(after, Math.min(x.fullStart, x.start)))) ?? null;
}

/** "rev'd, 520 U.S. 1 (1997)", "abrogated on other grounds by Commonwealth v. Jones, 472 Mass. 707 (2015)", or just the words. */
export function historyText(a: Pick<Analysis, 'text' | 'citations'>, c: Citation): string | null {
  if (!c.history) return null;
  const words = c.history.replace(/\s+/g, ' ').trim();
  const target = historyTarget(a, c);
  if (!target) return words;
  const byId = new Map(a.citations.map((x) => [x.id, x]));
  const t = fullCase(a.text, target, byId, target.pin, false);
  return `${words}${/\bby$|\bnom\.$/.test(words) ? ' ' : ', '}${t}`;
}

/** A case in full: name, cores (pin on the first), court parenthetical; `history` adds its subsequent history. */
export function fullCase(text: string, c: Citation, byId: ReadonlyMap<string, Citation>, pin: string | null, history = true, a?: Pick<Analysis, 'text' | 'citations'>): string {
  const group = parallelGroup(c, byId);
  const name = c.caseName ? `${c.caseName.replace(/,$/, '')}, ` : '';
  const docket = group.every(isDatabaseCite) && c.docket ? `${c.docket}, ` : '';
  const cores = group.map((g) => core(g, g.id === c.id ? pin : pin == null ? null : g.pin)).join(', ');
  const paren = courtParenthetical(text, group);
  const hist = history && a ? historyText(a, c) : null;
  return `${name}${docket}${cores}${paren ? ` ${paren}` : ''}${hist ? `, ${hist}` : ''}`;
}

/** A later mention: "Winter, 555 U.S. at 24", "Johnson, 2003 WL 169797, at *1". */
export function shortCase(c: Citation, pin: string | null, nameUsed?: string | null): string {
  const name = nameUsed || shortName(c.caseName);
  const at = pin ?? (hasReporter(c) ? c.page : null);
  const cite = hasReporter(c) && c.volume && c.reporter ? (isDatabaseCite(c) ? `${c.volume} ${c.reporter} ${c.page}, at ${at}` : `${c.volume} ${c.reporter} at ${at}`) : c.text;
  return name ? `${name}, ${cite}` : cite;
}
