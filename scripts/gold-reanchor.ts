/**
 * Moves a gold file made on one extraction of a PDF onto another extraction of the same PDF.
 *
 * The shared gold for a PDF-born opinion was written on pypdf's text (corpus/README.md), which
 * splits and joins words differently from our PDF text builder: pypdf gives "serv ants",
 * "Experi an" and "prelimi- nary" where we give "servants", "Experian" and "preliminary".
 * The scorer finds each gold paragraph by its `startsWith`, so the gold cannot be scored on our
 * text as it is. Here each anchor (`startsWith`, `mustContain`, a citation's `core`) is found in
 * the other text with whitespace and hyphens ignored, and replaced by the exact words found
 * there. Labels, stances, document fields and everything else stay as the gold has them.
 */

/** A text with whitespace and hyphens taken out; `at[i]` is the source offset of `text[i]`. */
export interface Folded {
  text: string;
  at: number[];
}

/** left out when folding: whitespace, the hyphen, the soft hyphen, the Unicode hyphens */
const DROPPED = /[\s\u00ad\u2010\u2011-]/u;

/** Folds a text for matching: no whitespace, no hyphens, quotes as the scorer reads them, NFKC ("ﬁ" → "fi"). */
export function fold(source: string): Folded {
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (DROPPED.test(ch)) continue;
    const out = ch.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').normalize('NFKC');
    text += out;
    for (let k = 0; k < out.length; k++) at.push(i);
  }
  return { text, at };
}

export interface Anchor {
  start: number;
  end: number;
  /** the words of `target` between start and end: the new anchor */
  quote: string;
}

/**
 * Where `quote` stands in `target` (folded as `folded`), searching from the target offset `from`:
 * the target's own words for it, or null when the folded quote is not there.
 */
export function anchorIn(target: string, folded: Folded, quote: string, from = 0, occurrence = 1): Anchor | null {
  const q = fold(quote).text;
  if (!q) return null;
  let i = folded.at.findIndex((o) => o >= from);
  if (i < 0) return null;
  for (let n = 0; ; n++) {
    i = folded.text.indexOf(q, i);
    if (i < 0) return null;
    if (n + 1 === occurrence) break;
    i++;
  }
  const start = folded.at[i];
  let end = folded.at[i + q.length - 1] + 1;
  // The scorer wants a word anchor to end where a word ends: when the target glues the quote's
  // last word to the next one, end the anchor at the word before (still the same place).
  if (/\w/.test(target[end - 1]) && /[\w–-]/.test(target[end] ?? '')) {
    const cut = target.slice(start, end).search(/\s\S*$/);
    if (cut > 0) end = start + cut;
  }
  return { start, end, quote: target.slice(start, end) };
}

interface GoldParagraph {
  startsWith: string;
  mustContain?: string;
  [key: string]: unknown;
}
interface GoldCitation {
  core: string;
  occurrence?: number;
  [key: string]: unknown;
}
export interface Gold {
  text: string;
  paragraphs?: GoldParagraph[];
  citations?: GoldCitation[];
  [key: string]: unknown;
}

export interface Reanchored {
  gold: Gold;
  /** anchors not found in the target, as "paragraph: …" / "citation: …" (their gold is kept as it was) */
  missing: string[];
}

/**
 * The gold of one text, re-anchored to `target` (another extraction of the same document) and
 * renamed `name`. Paragraphs are found in order, each after the one before, as the scorer
 * finds them; a paragraph's `mustContain` after its start; a citation's `core` by occurrence.
 */
export function reanchorGold(gold: Gold, target: string, name: string): Reanchored {
  const folded = fold(target);
  const missing: string[] = [];
  let from = 0;
  const paragraphs = (gold.paragraphs ?? []).map((p) => {
    const at = anchorIn(target, folded, p.startsWith, from);
    if (!at) {
      missing.push(`paragraph: ${p.startsWith}`);
      return p;
    }
    from = at.start + 1;
    const out: GoldParagraph = { ...p, startsWith: at.quote };
    if (p.mustContain) {
      const m = anchorIn(target, folded, p.mustContain, at.start);
      if (m) out.mustContain = m.quote;
      else missing.push(`mustContain: ${p.mustContain}`);
    }
    return out;
  });
  const citations = (gold.citations ?? []).map((c) => {
    const at = anchorIn(target, folded, c.core, 0, c.occurrence ?? 1);
    if (!at) {
      missing.push(`citation: ${c.core}`);
      return c;
    }
    return { ...c, core: at.quote };
  });
  return {
    gold: { ...gold, text: name, paragraphs, citations, note: `${gold.note ?? ''} [re-anchored from ${gold.text} to ${name} by scripts/gold-reanchor.ts]`.trim() },
    missing,
  };
}
