/** "Winter, supra, at 22", "Clapper, supra": a short form naming an earlier authority. */
import type { Citation } from '../types';
import { findShortName, findSignal } from './case-name';
import { newCitation } from './citation';
import { readPinAfterAt } from './pin';

export const kind = 'supra';

const SUPRA = /supra(?:\s+note\s+\d+)?/y;

/** Reads a supra citation whose "supra" word is at `pos`; the name before it starts the core. */
export function readSupra(text: string, pos: number, floor: number): Citation | null {
  SUPRA.lastIndex = pos;
  if (!SUPRA.exec(text)) return null;
  let end = SUPRA.lastIndex;
  let nameEnd = pos;
  while (nameEnd > floor && /\s/.test(text[nameEnd - 1])) nameEnd--;
  // "Winter, supra": the comma is required; "See supra note 4" is a cross-reference.
  if (text[nameEnd - 1] !== ',') return null;
  nameEnd--;
  const name = findShortName(text, nameEnd, floor);
  // "see Part IV-F, supra": a cross-reference to the opinion's own parts, not an authority.
  if (!name || /^(?:Parts?|Sections?|Subparts?|Chapter|Note)\b|^[IVXL]+(?:-[A-Z])?$/.test(name.name)) return null;
  let pin: string | null = null;
  const at = readPinAfterAt(text, end);
  if (at) { pin = at.pin; end = at.end; }
  const c = newCitation('supra', text, name.start, end);
  c.caseName = name.name;
  c.pin = pin;
  c.signal = findSignal(text, name.start)?.signal ?? null;
  return c;
}
