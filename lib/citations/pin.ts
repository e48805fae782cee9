/**
 * Pin cites: "24", "108 n.2", "867–68", "*12", "699 & n.2", "30-31 & n.3", "1278-79 n.14",
 * "71,415-16", "992- 93" (a hyphen left by a line break). Sticky regexes, so reading one
 * costs only the characters it consumes.
 */
const NUM = String.raw`\*{0,2}[A-Z]?\d+(?:,\d{3})*[a-z]?`;
const RANGE = String.raw`${NUM}(?:\s*[-–—]\s*${NUM})?`;
const NOTE = String.raw`(?:,?\s*(?:&(?:amp;)?\s*|and\s)?nn?\.\s*\d+(?:\s*[-–—]\s*\d+)?)`;
export const PIN_SOURCE = String.raw`(?:${RANGE}${NOTE}?|nn?\.\s*\d+(?:[-–—]\d+)?)`;

/** A bracketed star-page marker ("[*3]", "[**209]") left in the text: never a pin, skipped. */
const MARKER = String.raw`(?:\[\*{1,2}\d+\]\s*)?`;
const PIN_AFTER_COMMA = new RegExp(String.raw`(?:\s*,\s*${MARKER}(?:at\s+)?|\s+${MARKER}at\s+)(${PIN_SOURCE})(?!\w)`, 'y');
const PIN_AFTER_AT = new RegExp(String.raw`,?\s*at\s(${PIN_SOURCE})`, 'y');

export interface PinMatch {
  pin: string;
  end: number;
}

/** Reads ", 24" or ", at *12" at `pos` (after a page); null when what follows is not a pin. */
export function readPinAfterComma(text: string, pos: number): PinMatch | null {
  PIN_AFTER_COMMA.lastIndex = pos;
  const m = PIN_AFTER_COMMA.exec(text);
  if (!m) return null;
  return { pin: tidyPin(m[1]), end: pos + m[0].length };
}

/** Reads " at 622" or ", at 546" at `pos` (the short-form and Id. pin). */
export function readPinAfterAt(text: string, pos: number): PinMatch | null {
  PIN_AFTER_AT.lastIndex = pos;
  const m = PIN_AFTER_AT.exec(text);
  if (!m) return null;
  return { pin: tidyPin(m[1]), end: pos + m[0].length };
}

/** Drops a trailing comma and the space a line-break hyphen leaves ("992- 93" -> "992-93"). */
export function tidyPin(pin: string): string {
  if (/^[\w*]+$/.test(pin)) return pin;
  return pin.replace(/&amp;/g, '&').replace(/,$/, '').replace(/\s*([-–—])\s*/g, '$1');
}
