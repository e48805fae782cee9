/**
 * Heading recognition on one line of text (already trimmed). A heading is a line that names a
 * part of the opinion rather than saying something: "II. DISCUSSION", "A. Irreparable Harm",
 * "BACKGROUND", "I. Background", a lone outline marker "B" (slip opinions), or a centered
 * title-case line.
 */

/** "I", "IV.", "B", "2", "(a)" alone on a line */
const OUTLINE_ONLY = /^\(?(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})[.)]?$/;
/** "II. DISCUSSION", "A. Choice of Law", "I.  BROWN ATHLETICS:  AN OVERVIEW" */
const OUTLINE_TITLE = /^(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})[.)]\s+(\S.*)$/;
/** closing lines of an order are paragraphs even in capitals ("IT IS SO ORDERED") */
const ORDER_WORDS = /\bORDERED\b|^IT IS\b|^SO\b/;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'v.', 'vs.', 'with', 'under', 'that', 'its', 'is', 'be', 'are', 'not']);

export interface HeadingContext {
  /** the line stands alone: blank lines or paragraph breaks around it */
  alone: boolean;
  /** indentation beyond the body's usual left margin */
  extraIndent: number;
  /** longest heading accepted; one-paragraph-per-line texts carry long run-in titles */
  maxLength: number;
  /** paragraphs are long single lines, so a short title-case line is a title ("The Individual Mandate") */
  shortLinesAreTitles?: boolean;
  /** blank lines above and below the line */
  isolated?: boolean;
}

/** True when `text` reads as a heading. */
export function isHeadingText(text: string, ctx: HeadingContext): boolean {
  if (text.length > ctx.maxLength) return false;
  if (OUTLINE_ONLY.test(text)) return true;
  if (ORDER_WORDS.test(text)) return false;
  if (/[,;]$/.test(text)) return false;
  const outlined = OUTLINE_TITLE.exec(text);
  // "A.  Scope of Title IX." (1st Cir. 1993) keeps a period; a sentence would not be title case.
  if (outlined) return ctx.alone && !/[?!]["”’]?$/.test(outlined[1]) && !/[.;]\s+\S/.test(outlined[1]) && titleLike(outlined[1]);
  if (!ctx.alone) return false;
  // "42 U. S. C." alone on a line (a citation split by the converter) is not a heading.
  if (isCaps(text)) return /^["“‘'(]?[A-Z]/.test(text) && /[A-Z]{3}/.test(text) && !/§\s?\d/.test(text) && (!/[.:]$/.test(text) || text.length < 40);
  if (ctx.shortLinesAreTitles && text.length <= 100 && !/[.,;:?!]["”’]?$/.test(text) && /^[A-Z“"]/.test(text) && titleLike(text)) return true;
  // Elsewhere a title-case line set off by blank lines ("Standard of Review"); digits suggest a
  // citation the converter broke onto its own line ("Pub. L. 116–136"), not a title.
  if (ctx.isolated && text.length <= 60 && !/\d/.test(text) && !/[.,;:?!]["”’]?$/.test(text) && /^[A-Z][A-Za-z]{3}/.test(text) && titleLike(text)) return true;
  return ctx.extraIndent >= 10 && text.length <= 70 && !/[.:?!]["”’]?$/.test(text) && titleLike(text);
}

/** Most letters upper case: "BACKGROUND", "STANDARD OF REVIEW". */
export function isCaps(text: string): boolean {
  let upper = 0, lower = 0;
  for (const c of text) {
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= 'a' && c <= 'z') lower++;
  }
  return upper >= 3 && lower <= upper * 0.1;
}

/** Most significant words capitalised: "Likelihood of Success on the Merits". */
export function titleLike(text: string): boolean {
  if (isCaps(text)) return true;
  const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  if (!words.length) return false;
  let big = 0, sig = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    sig++;
    if (/^["“‘'(]?[A-Z0-9§]/.test(w)) big++;
  }
  return sig > 0 && big / sig >= 0.75;
}
