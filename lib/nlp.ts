/**
 * The only module that imports compromise, used where it earns its keep: telling a party's
 * argument ("Brown contends ...", "Plaintiff argues ...") from the court's own statement, which
 * needs part-of-speech tags ("their First Amendment claims are likely to prevail" has "claims"
 * as a noun). compromise parses only the first words of a sentence that holds a reporting verb
 * (a full parse costs ~1 ms a sentence, the head ~0.2 ms), cached by text. Sentence boundaries
 * (lib/analysis/sentences.ts) and negation (scoped to the cue's clause, below) are cheaper and
 * as accurate with regular expressions: compromise's tokenizer alone costs ~0.14 s on 300 KB.
 */
import nlp from 'compromise';

export interface ClauseFacts {
  /** the sentence's factor predicate is negated ("has not clearly shown", "cannot establish") */
  negated: boolean;
  /** the sentence reports a party's argument ("Plaintiff argues ...", "Brown contends ...") */
  attributed: boolean;
}

const NEGATION_WORD = /\b(not|no|never|neither|nor|cannot|can't|won't|isn't|aren't|doesn't|didn't|hasn't|haven't|fail(?:s|ed)?|unable|unlikely|insufficient|lack(?:s|ed)?|without)\b|n't\b/i;
const ATTRIBUTION_VERB = /\b(says|argu(?:e|es|ed|ing)|conten(?:d|ds|ded)|assert(?:s|ed)?|claim(?:s|ed)?|maintain(?:s|ed)?|urg(?:e|es|ed)|insist(?:s|ed)?|posit(?:s|ed)?|counter(?:s|ed)|aver(?:s|red)?|submit(?:s|ted)?|suggest(?:s|ed)?|complain(?:s|ed)?|allege(?:s|d)?|protest(?:s|ed)?|respond(?:s|ed)?)\b/i;
/**
 * idioms with a negative word that affirm: "there can be no question that", "not only", and a harm
 * found real, "Cornwell has also demonstrated that the irreparable harm is 'neither remote nor
 * speculative, but actual and imminent'" (Cornwell v. Sachs, quoting Direx Israel)
 */
const AFFIRMING_IDIOM = /\b(no (question|doubt|dispute)|no reason why \w+ should (?:have to )?(?:bear|suffer|endure)|not only|cannot be (denied|doubted|gainsaid)|no one disputes|not seriously disputed|undisputed|neither remote nor speculative|not (?:merely |simply |purely )?(?:speculative|remote|conjectural))\b/i;

let extended = false;
function parser(): typeof nlp {
  if (!extended) {
    // legal vocabulary compromise would otherwise tag as nouns or miss
    nlp.extend({ words: { avers: 'PresentTense', contends: 'PresentTense', movant: 'Singular', nonmovant: 'Singular' } });
    extended = true;
  }
  return nlp;
}

/**
 * Reads negation and attribution in `sentence`. `cue` (optional) is the factor phrase found
 * in it; negation counts only before or right around it (a later "not" in a trailing clause
 * is about something else).
 */
export function clauseFacts(sentence: string, cue?: { start: number; end: number }): ClauseFacts {
  const scope = cue ? clauseOf(sentence, cue) : sentence;
  // negation words are unambiguous enough that a regular expression over the cue's own clause does
  const negated = NEGATION_WORD.test(scope.replace(AFFIRMING_IDIOM, ' '));
  // attribution needs the parser ("Brown contends" vs "their claims are likely"), and only the
  // sentence's head can hold the reporting clause, so only the first words are parsed
  const head = sentence.split(/\s+/).slice(0, 14).join(' ');
  let attributed = false;
  if (ATTRIBUTION_VERB.test(head)) {
    let hit = attributionCache.get(head);
    if (hit === undefined) {
      hit = reportingVerbAfterSubject(parser()(head));
      if (attributionCache.size > 2000) attributionCache.clear();
      attributionCache.set(head, hit);
    }
    attributed = hit && !/\b(we|the court|this court)\s+(agree|find|conclude|hold)/i.test(sentence);
  }
  return { negated, attributed };
}

const attributionCache = new Map<string, boolean>();

/** Clause openers: negation before one of these belongs to another clause. */
const CLAUSE_START = /(?:[,;:]\s|\bthat\s|\bbut\s|\bwhile\s|\balthough\s|\bbecause\s)/g;
/**
 * A negated verb of proof or of finding governs the clause it introduces: "it has not been
 * shown that ... will harm the public", "the court cannot find that the movants have made out
 * any of the factors", "we are not persuaded that ... irreparable harm", "we do not think that it
 * is apparent how the lack of an injunction threatened the Company with substantial and irreparable
 * injury" (Tejidos de Coamo v. ILGWU), "the plaintiffs have not carried their burden of showing that
 * injunctive relief is truly in the public interest" (Safari Club v. Salazar).
 */
const NEGATED_PROOF = /\b(?:(?:not|no)\s+(?:been\s+|yet\s+)?(?:shown|established|demonstrated|evidence|showing|indication|reason\s+to\s+believe)|(?:cannot|can\s*not|could\s+not|does\s+not|do\s+not|did\s+not|unable\s+to|not\s+able\s+to|decline\s+to)\s+(?:find|conclude|say|determine|hold|agree|think|believe)|not\s+(?:persuaded|satisfied|convinced)|(?:not|nor|never)\s+(?:\w+\s+){0,2}carried\s+(?:\w+\s+){0,2}burden\s+of\s+(?:showing|demonstrating|establishing|proving)|fail(?:s|ed)?\s+to\s+(?:show|demonstrate|establish|prove)|\b(?:nor|neither))\s*$/i;

/**
 * The clause holding the cue: from the last clause opener before it to the cue's end. "They
 * have shown ... that denying them relief would lead to irreparable injury, and that granting
 * relief would not harm the public interest" keeps each factor's negation to its own clause.
 */
export function clauseOf(sentence: string, cue: { start: number; end: number }): string {
  // a short aside between commas opens no clause: "economic loss does not, in and of itself, constitute irreparable harm"
  const scan = sentence.replace(ASIDE, (m) => ' '.repeat(m.length));
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_START.exec(scan)) && m.index < cue.start) {
    if (!NEGATED_PROOF.test(scan.slice(Math.max(0, m.index - 40), m.index))) from = m.index;
  }
  return sentence.slice(from, cue.end);
}

/** ", in and of itself, ", ", standing alone, ", ", without more, ": an aside of a few words set off by commas. */
const ASIDE = /,\s(?:(?!not\b|no\b|never\b|nor\b)[a-z]+\s){0,3}(?!not\b|no\b|never\b)[a-z]+,\s/g;

type Parsed = ReturnType<typeof nlp>;

const PARTY_ROLE = /^(?:plaintiffs?|defendants?|appellants?|appellees?|applicants?|petitioners?|respondents?|movants?|government|state|parties|party|counsel)$/;

/** A reporting verb tagged as a verb, right after a noun or pronoun subject (an adverb may sit between). */
function reportingVerbAfterSubject(doc: Parsed): boolean {
  const terms = (doc.terms().json() as { text: string; terms: { tags: string[] }[] }[]).map((t) => ({ text: t.text.toLowerCase().replace(/[^a-z]/g, ''), tags: t.terms[0]?.tags ?? [] }));
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i];
    if (!t.tags.includes('Verb') || !ATTRIBUTION_VERB.test(t.text)) continue;
    let j = i - 1;
    if (terms[j].tags.includes('Adverb') && j > 0) j--;
    const subj = terms[j].tags;
    if (!(subj.includes('Noun') || subj.includes('Pronoun')) || terms[j].text === 'that') continue;
    // "the conduct alleged here", "the claimed injury": a past participle after a common noun
    // modifies it; only a party or a name reports in the past tense ("Brown argued")
    if (/ed$/.test(t.text) && !(subj.includes('ProperNoun') || subj.includes('Pronoun') || PARTY_ROLE.test(terms[j].text))) continue;
    return true;
  }
  return false;
}

/**
 * compromise's own whole-text parse, for the benchmark's reference figure only: the
 * analysis never parses a whole opinion (a 331 KB one takes over a second).
 */
export function parseWholeText(text: string): unknown {
  return nlp(text);
}
