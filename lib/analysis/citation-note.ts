/**
 * A note that is only authority: it opens with a signal or a case name and, once its citations and
 * parentheticals are taken out, says almost nothing more ("See, e.g., Teradyne, Inc. v. Mostek Corp.,
 * 797 F.2d 43, 51 (1st Cir. 1986); Planned Parenthood League v. Bellotti, 641 F.2d 1006").
 */
export function citationOnly(text: string): boolean {
  // a note of authority is short; a long one argues (and the patterns below need not scan it)
  if (text.length > 1500) return false;
  const t = text.replace(/^\s*\[?\*?\d{1,3}\]?\s*/, '');
  if (!/^(?:See|Cf\.|Compare|Accord|E\.g\.|[A-Z][\w.'’&-]*(?:\s+[\w.,'’&-]+){0,10}?\s+v\.\s)/.test(t)) return false;
  if (!/\b\d+\s+(?:U\.\s?S\.|F\.\s?(?:2d|3d|4th|Supp\.?(?:\s?[23]d)?)?|S\.\s?Ct\.|[A-Z][A-Za-z.]*\s?(?:2d|3d)?)\s+\d+/.test(t)) return false;
  const rest = t.replace(/\([^()]*\)/g, ' ').replace(/[A-Z][\w.'’&-]*(?:\s+[\w.,'’&-]+){0,10}?\s+v\.\s+[^,]+,/g, ' ').replace(/\b\d+\s+[A-Z][\w. ]{0,20}?\s+\d+(?:[-,–]\s*\d+)*/g, ' ');
  return rest.split(/\s+/).filter((w) => /^[a-z]{3,}$/.test(w)).length <= 12;
}
