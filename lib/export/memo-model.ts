/**
 * What the bench memo and the HTML report say, decided once: per factor the court's finding,
 * its key sentence quoted clean, the paragraphs discussing it and the authorities its own
 * sentences cite (factor-cites.ts); every factor of the test the court did not reach, said
 * so; and each authority cited in full (court parenthetical, subsequent history) where the
 * memo first names it, short after that.
 */
import { buildDocument } from '../document/build';
import { hasReporter, type Analysis, type Citation, type FactorName, type Span, type Stance } from '../types';
import { FACTOR_NAMES, STANCE_WORDS } from '../render/words';
import { antecedentOf, fullCase, shortCase } from './cite-format';
import { citationsByFactor } from './factor-cites';
import { factorFindings, FINDING_FACTORS } from './findings';
import { pageRef } from './page-ref';
import { paragraphAt } from './pin-cite';

export interface MemoQuote {
  /** the opinion's words: page markers, line-break hyphens and repeated runs removed, whitespace collapsed */
  text: string;
  /** "141 S. Ct. at 66, ¶ 11", "slip op. at 4, ¶ 2", "¶ 4" */
  pin: string;
  /** true when the same words were quoted earlier in the memo (the memo then refers back) */
  repeat: boolean;
}

export interface MemoFactor {
  factor: FactorName;
  title: string;
  stance: Stance;
  /** "found for the movant", "not reached", … ("; presumed" included) */
  finding: string;
  user: boolean;
  reached: boolean;
  quote: MemoQuote | null;
  paragraphs: number[];
  /** the authorities this factor's sentences cite, each in full at its first mention in the memo */
  authorities: string[];
}

export interface MemoModel {
  /** the legal standard's own authorities (Winter, the circuit's test) */
  standard: string[];
  factors: MemoFactor[];
  disposition: MemoQuote | null;
}

/** The four factors every test weighs; bond is listed only when the court discussed it. */
const ALWAYS: readonly FactorName[] = ['success', 'harm', 'equities', 'public'];

/** Five or more words printed twice in a row (a line repeated across a page break). */
const REPEATED_RUN = /(\b(?:[^\s]+\s+){4,}?[^\s]+)\s+\1(?=[\s.,;:]|$)/g;

/** The opinion's words in `span`, as the core reads them: markers, hyphen breaks and running heads out. */
export function cleanQuote(a: Pick<Analysis, 'text'>, span: Span): string {
  const reading = buildDocument(a.text.slice(span.start, span.end)).reading.text;
  return reading.replace(/\s+/g, ' ').trim().replace(REPEATED_RUN, '$1');
}

export function memoModel(a: Analysis): MemoModel {
  const byId = new Map(a.citations.map((c) => [c.id, c]));
  const named = new Set<string>();
  const quoted = new Set<string>();

  const quote = (span: Span): MemoQuote => {
    const text = cleanQuote(a, span);
    const para = paragraphAt(a, span.start);
    const pin = [pageRef(a, span.start), para != null ? `¶ ${para + 1}` : null].filter(Boolean).join(', ');
    const repeat = quoted.has(text);
    quoted.add(text);
    return { text, pin, repeat };
  };

  /** Each authority once per list: in full at its first mention in the memo, short after. */
  const cite = (list: readonly Citation[]): string[] => {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const c of list) {
      if (c.kind === 'case' || c.kind === 'short_case' || c.kind === 'id' || c.kind === 'supra') {
        const head = antecedentOf(c, byId);
        if (!head || (c.kind === 'case' && (head.parallel ?? []).some((id) => (byId.get(id)?.start ?? Infinity) < head.start))) continue;
        const key = hasReporter(head) ? `${head.volume}|${head.reporter}|${head.page}|${head.caseName ?? head.text}` : `null|null|null|${head.caseName ?? head.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const pin = c.pin ?? null;
        const paren = c.kind === 'case' && c.parenthetical && !/^(?:quoting|citing)\b/.test(c.parenthetical) ? ` (${c.parenthetical})` : '';
        if (named.has(key)) out.push(shortCase(head, pin, c.kind === 'short_case' ? c.caseName : null));
        else out.push(fullCase(a.text, head, byId, pin, true, a) + paren);
        named.add(key);
      } else {
        const text = c.text.replace(/\s+/g, ' ').trim();
        if (seen.has(text)) continue;
        seen.add(text);
        out.push(text);
      }
    }
    return out;
  };

  const byFactor = citationsByFactor(a);
  const standard = cite(byFactor.get('standard') ?? []);
  const findings = new Map(factorFindings(a).map((f) => [f.factor, f]));
  const factors: MemoFactor[] = [];
  for (const factor of FINDING_FACTORS) {
    const f = findings.get(factor);
    if (!f && !ALWAYS.includes(factor)) continue;
    const stance: Stance = f?.stance ?? 'neutral';
    // a factor the court only stated the law of is not reached either, and the memo says both
    const finding = stance === 'law' ? 'law only (not reached)' : `${STANCE_WORDS[stance].words}${f?.presumed ? '; presumed' : ''}`;
    factors.push({
      factor, title: FACTOR_NAMES[factor], stance, finding, user: !!f?.user, reached: stance === 'movant' || stance === 'nonmovant',
      quote: f?.keySentence ? quote(f.keySentence) : null,
      paragraphs: f?.paragraphs ?? [],
      authorities: cite(byFactor.get(factor) ?? []),
    });
  }
  const d = a.disposition;
  return { standard, factors, disposition: d.end > d.start ? quote(d) : null };
}
