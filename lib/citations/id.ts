/** "Id.", "id. at 5", "Id. at *6", "id., Exh. H, at 3", "Ibid.": the immediately preceding authority. */
import type { Citation } from '../types';
import { newCitation } from './citation';
import { readPinAfterAt } from './pin';
import { findSignal } from './case-name';

const ID = /(?:[Ii]d\.|Ibid\.?|ibid\.?)/y;
const LOCATOR = /,?\s*(?:(?:¶¶?|§§?|pp?\.|[Ee]xh?\.|Ex\.)\s*[\w.,\-–() ]{1,20}?)(?=[,;.)]|\s+at\s)/y;

/** Reads an Id. citation at `pos`, or null (e.g. "Idaho", "identity"). */
export function readId(text: string, pos: number): Citation | null {
  if (pos > 0 && /[\w.]/.test(text[pos - 1])) return null;
  ID.lastIndex = pos;
  if (!ID.exec(text)) return null;
  let end = ID.lastIndex;
  if (/[A-Za-z]/.test(text[end] ?? '')) return null;
  let pin: string | null = null;
  const at = readPinAfterAt(text, end);
  if (at) { pin = at.pin; end = at.end; }
  else {
    LOCATOR.lastIndex = end;
    const loc = LOCATOR.exec(text);
    if (loc) {
      end = LOCATOR.lastIndex;
      const after = readPinAfterAt(text, end);
      if (after) { pin = after.pin; end = after.end; }
    }
  }
  const c = newCitation('id', text, pos, end);
  c.pin = pin;
  c.signal = findSignal(text, pos)?.signal ?? null;
  return c;
}
