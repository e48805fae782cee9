/**
 * The key under which reporter, court and code abbreviations are looked up: spacing and
 * periods dropped and apostrophes unified, so "F. 3d", "F.3d" and "Fed. App’x." reduce to
 * the same form as the table entry they were written for. Case is kept: "So." and "SO"
 * (a neutral cite) differ.
 */
export function normKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 46 || c === 10 || c === 13 || c === 9 || c === 160) continue;
    out += c === 0x2019 || c === 0x2018 || c === 0x60 ? "'" : s[i];
  }
  return out;
}

/** The key for a court abbreviation: `normKey` with ordinals in Bluebook form ("3rd Cir." and "3d Cir." alike). */
export function courtKey(s: string): string {
  return normKey(s).replace(/([23])(?:nd|rd)(?=[A-Z])/g, '$1d');
}
