/** "Winter, supra, at 22", "Clapper, supra": a short form naming an earlier authority. */
import type { Citation } from '../types';
import { findShortName, findSignal } from './case-name';
import { newCitation } from './citation';
import { readPinAfterAt } from './pin';

const SUPRA = /supra(?:\s+note\s+\d+)?/y;
/** Authors and a treatise's volume before the last author's name: "5A Wright & ", "Wright, Miller & ". */
const CO_AUTHORS = /(?:^|[\s(;])((?:\d{1,3}[A-Z]?\s+)?(?:[A-Z][A-Za-z'’]+,?\s+){1,3}(?:&|and)\s+)$/;

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
  // "5A Wright & Miller, supra note 1": co-authors and a volume before the last author's name belong to it
  const co = CO_AUTHORS.exec(text.slice(Math.max(floor, name.start - 60), name.start));
  if (co) { name.start -= co[1].length; name.name = text.slice(name.start, nameEnd).replace(/\s+/g, ' '); }
  let pin: string | null = null;
  const at = readPinAfterAt(text, end);
  if (at) { pin = at.pin; end = at.end; }
  const c = newCitation('supra', text, name.start, end);
  c.caseName = name.name;
  c.pin = pin;
  c.signal = findSignal(text, name.start)?.signal ?? null;
  return c;
}
