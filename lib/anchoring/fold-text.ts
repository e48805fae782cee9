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

/** What JavaScript's `\s` matches, by code unit (a regex per character is slow on 300 KB). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const QUOTE = 39, DOUBLE = 34, DASH = 45, SOFT_HYPHEN = 0xad;

/** Curly quotes, primes and dashes → ASCII; -1 for a character to drop; else unchanged. */
function fold(c: number): number {
  if (c === SOFT_HYPHEN) return -1;
  if (c < 0x2010) return c;
  if (c <= 0x2015 || c === 0x2212) return DASH;
  if ((c >= 0x2018 && c <= 0x201b) || c === 0x2032) return QUOTE;
  if ((c >= 0x201c && c <= 0x201e) || c === 0x2033) return DOUBLE;
  return c;
}

export function foldText(text: string): FoldedText {
  const codes = new Uint16Array(text.length);
  const map = new Int32Array(text.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (!inSpace) {
        codes[n] = 32;
        map[n++] = i;
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const f = fold(c);
    if (f < 0) continue; // soft hyphen: invisible, dropped
    codes[n] = f;
    map[n++] = i;
  }
  map[n] = text.length;
  const parts: string[] = [];
  for (let k = 0; k < n; k += 8192) parts.push(String.fromCharCode(...codes.subarray(k, Math.min(n, k + 8192))));
  return { text: parts.join(''), toSource: map.slice(0, n + 1) };
}

/** The folded form of a quote (same rules, leading and trailing space trimmed). */
export function foldQuote(quote: string): string {
  return foldText(quote).text.trim();
}
