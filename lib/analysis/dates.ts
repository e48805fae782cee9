/**
 * Dates as the analysis reads them: a caption's or a signature's decision date, and a
 * site's marked-up date, each as the ISO date the analysis JSON holds.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * A date a site prints in its markup ("Oct. 4, 1996", "10/04/1996", "1996-10-04") as the ISO
 * date the analysis JSON holds, or null: the page's strings go through the core's own reader.
 */
export function isoDateOf(s: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(s.trim()) ? s.trim() : dateIn(s);
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y > 1700 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthIndex(s: string): number {
  const k = s.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(k)) + 1;
}

/** "two thousand twenty-five" → 2025 (the Second Circuit's "held at ... on the 15th day of July, two thousand twenty-five"). */
function wordYear(s: string): number | null {
  const m = /two\s+thousand(?:\s+and)?\s+([a-z]+)(?:[-\s]([a-z]+))?/i.exec(s);
  if (!m) return null;
  const a = WORD_NUMBERS[m[1].toLowerCase()] ?? NaN;
  const b = m[2] ? (WORD_NUMBERS[m[2].toLowerCase()] ?? NaN) : 0;
  return Number.isNaN(a + b) ? null : 2000 + a + b;
}

function dateIn(s: string): string | null {
  // months in capitals too: Kentucky's "RENDERED: APRIL 19, 2024"
  let m = new RegExp(`${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'i').exec(s);
  if (m) return iso(+m[3], monthIndex(m[1]), +m[2]);
  m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:day\\s+of\\s+)?${MONTH},?\\s+(\\d{4})`, 'i').exec(s);
  if (m) return iso(+m[3], monthIndex(m[2]), +m[1]);
  m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+day\\s+of\\s+${MONTH},?\\s+(two\\s+thousand[a-z\\s-]+)`, 'i').exec(s);
  if (m) {
    const y = wordYear(m[3]);
    if (y) return iso(y, monthIndex(m[2]), +m[1]);
  }
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\b/.exec(s);
  if (m) return iso(m[3].length === 2 ? 2000 + +m[3] : +m[3], +m[1], +m[2]);
  return null;
}

/**
 * The decision date, most specific label first: "Decided:", "SO ORDERED this 19th day of
 * May 2017", "Dated:", "Filed", a court's "held ... on the 15th day of July", then a date
 * standing alone in the caption (Cohen v. Brown prints "April 16, 1993" on its own line).
 */
export function findDate(head: string, tail: string): string | null {
  // (a label opens its line after spaces: `(?:^|\n)[^\S\n]*`, not `\s*`, which re-read a run of
  // blank lines from each of its newlines; the label and what it captures are the same)
  const labelled = [
    /\b(?:Decided|Rendered|Opinion\s+(?:Filed|Issued|Delivered)):?\s+([^\n]{6,40})/i,
    // the ordering words as a label (capitals, or opening a line or sentence), never prose history: "the district
    // court entered the injunction on August 26, 1997" (Hirsch v. Dorsey Trailers) dates the ruling below
    /(?:\b(?:SO\s+ORDERED|ORDERED|ENTERED|DONE\s+AND\s+ORDERED)|(?:^|\n|[.:]\s+)[^\S\n]*(?:(?:It\s+is\s+)?[Ss]o\s+[Oo]rdered|Ordered|Entered|Done\s+and\s+[Oo]rdered))\b[^\n.]{0,20}?\b(?:this|on)\s+([^\n]{6,60})/,
    /(?:^|\n)[^\S\n]*(?:Dated|DATED|Date):?\s+([^\n]{6,40})/,
    /\b(?:Filed|FILED|Date\s+Filed:?)\s+([^\n]{6,40})/,
    /\bheld\s+at\b[^\n]{0,200}?\bon\s+the\s+([^\n]{6,60})/i,
  ];
  for (const re of labelled) {
    for (const part of [head, tail]) {
      const m = re.exec(part);
      const d = m && dateIn(m[1]);
      if (d) return d;
    }
  }
  // "June 18, 1969." standing alone under a reporter's caption (CourtListener, CAP)
  const alone = new RegExp(`(?:^|\\n)[^\\S\\n]*(${MONTH}\\s+\\d{1,2},?\\s+\\d{4})\\.?\\s*(?:\\n|$)`).exec(head);
  if (alone) return dateIn(alone[1]);
  // a Lawbox-style text opens with the date before the opinion's first words: "August 20, 1910. The opinion of the Court was delivered by"
  const opening = new RegExp(`^\\s*(${MONTH}\\s+\\d{1,2},?\\s+\\d{4})\\.?(?:\\s|$)`).exec(head);
  if (opening) return dateIn(opening[1]);
  // a Westlaw caption prints the decision date as digits on a line of its own: "08/14/2026"
  const digits = /(?:^|\n)[ \t]*(\d{1,2}\/\d{1,2}\/\d{4})[ \t]*(?:\n|$)/.exec(head.slice(0, 3000));
  if (digits) return dateIn(digits[1]);
  const header = /\b(?:Case|Filed|DktEntry)[^\n]{0,30}?(\d{1,2}\/\d{1,2}\/\d{2,4})/.exec(head);
  return header ? dateIn(header[1]) : null;
}

/** A Supreme Court slip opinion prints its date in brackets under each caption: "[April 9, 2021]". */
export function bracketedDate(text: string): string | null {
  const m = new RegExp(`\\[(${MONTH}\\s+\\d{1,2},\\s+\\d{4})\\]`).exec(text);
  return m ? dateIn(m[1]) : null;
}
