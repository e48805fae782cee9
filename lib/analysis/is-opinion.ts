/**
 * Is this text a court opinion at all (rather than a news article, a blog post or a list of
 * search results)? A score over features every opinion shares: a caption or author line,
 * legal citations, decretal or judicial language; and against it, bylines and web chrome.
 * `citations` is the number of citations found.
 */
export function isOpinion(text: string, citations: number): boolean {
  return opinionScore(text, citations) >= 3;
}

export function opinionScore(text: string, citations: number): number {
  const words = Math.max(1, splitCount(text));
  let score = 0;
  if (citations >= 3) score += 2;
  if (citations >= 10 || citations / words > 0.004) score += 1;
  if (/\b(?:United\s+States\s+(?:District\s+Court|Court\s+of\s+Appeals)|Supreme\s+Court|Court\s+of\s+Appeals?|District\s+Court|Superior\s+Court)\b/i.test(text.slice(0, 5000))) score += 1;
  if (/\b(?:Circuit|District|Chief|Magistrate)\s+Judge\b|\bJUSTICE\s+[A-Z]+|\bPER\s+CURIAM\b|\bJ\.,\s+delivered|\/s\/\s+\w/.test(text)) score += 1;
  if (/\b(?:SO\s+ORDERED|IT\s+IS\s+(?:HEREBY\s+)?ORDERED|(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|DENIED|AFFIRMED|REVERSED|VACATED)|we\s+(?:affirm|reverse|vacate)|So\s+ordered|(?:respectfully\s+)?dissent)\b/i.test(text)) score += 1;
  if (/\b(?:v\.|Plaintiffs?|Defendants?|Appellants?|Appellees?|Petitioners?|Respondents?)\b/.test(text.slice(0, 5000))) score += 1;
  // web chrome and journalism
  if (/\b(?:Subscribe|Sign\s+up|Newsletter|Share\s+this|Advertisement|Related\s+Articles|Posted\s+(?:on|by)|Comments?\s+\(\d+\)|Read\s+more|Cookie)\b/i.test(text)) score -= 2;
  if (/\b(?:said\s+in\s+an\s+interview|told\s+(?:reporters|the\s+\w+)|according\s+to\s+(?:a|the)\s+(?:spokes|statement))/i.test(text)) score -= 2;
  if (/\b(?:results?\s+\d+\s*[-–]\s*\d+\s+of|Showing\s+\d+\s+results|Sort\s+by|Next\s+page)\b/i.test(text)) score -= 2;
  return score;
}

/**
 * `text.split(/\s+/).length` without building the array: one more than the runs of white space
 * (the split made 50,000 strings for a 300 KB opinion and was most of this score's time).
 */
function splitCount(text: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsSpace(text.charCodeAt(i));
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs + 1;
}

/** the characters of a regular expression's \s */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
