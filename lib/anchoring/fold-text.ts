/**
 * A folded copy of a text for matching quotes across a page redesign: every run of
 * whitespace (spaces, NBSP, newlines) becomes one space, curly quotes and dashes become
 * their ASCII forms. `toSource[i]` maps folded offset i back to the original offset
 * (one extra entry for the end), so a match converts back exactly.
 */
export interface FoldedText {
  text: string;
  toSource: Int32Array;
}

const SPACE = /\s/;
const SAME_LENGTH: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00AD': '',
};

export function foldText(text: string): FoldedText {
  const out: string[] = [];
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (SPACE.test(ch)) {
      if (!inSpace) {
        out.push(' ');
        map[n++] = i;
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const f = SAME_LENGTH[ch];
    if (f === '') continue; // soft hyphen: invisible, dropped
    out.push(f ?? ch);
    map[n++] = i;
  }
  map[n] = text.length;
  return { text: out.join(''), toSource: map.slice(0, n + 1) };
}

/** The folded form of a quote (same rules, leading and trailing space trimmed). */
export function foldQuote(quote: string): string {
  return foldText(quote).text.trim();
}
