/**
 * The page's side of a long opinion's first highlights: the part of the reading text around
 * the reader that goes to the background by itself, before the rest of the extraction and
 * the upload of the whole text (lib/ext/preview.ts finds its citations there). No core code
 * here: the content script imports this file.
 */
import { UPLOAD_CHUNK_CHARS } from './upload';

/** Below this many characters the whole analysis is quick enough to wait for. */
export const PREVIEW_MIN_CHARS = 150_000;

/** How far past the window's nominal edge a paragraph break is looked for. */
const SLACK = 2_768;

/** A window of the text: `text` starts at `from`; `cutStart` / `cutEnd`: an edge is not a paragraph break or an end of the text. */
export interface PreviewWindow {
  from: number;
  text: string;
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * At most `max` characters around `around` (one upload chunk: one short message), each edge
 * moved out to a paragraph break when one is near, so no citation there is cut.
 */
export function previewWindow(text: string, around: number, max = UPLOAD_CHUNK_CHARS): PreviewWindow {
  const half = Math.max(1, Math.floor(max / 2) - SLACK);
  const at = Math.max(0, Math.min(text.length, around));
  let from = Math.max(0, at - half);
  let to = Math.min(text.length, at + half);
  let cutStart = from > 0;
  let cutEnd = to < text.length;
  if (cutStart) {
    const lo = text.lastIndexOf('\n\n', from);
    if (lo >= 0 && from - lo <= SLACK) [from, cutStart] = [lo, false];
  }
  if (cutEnd) {
    const hi = text.indexOf('\n\n', to);
    if (hi >= 0 && hi - to <= SLACK) [to, cutEnd] = [hi, false];
    else if (hi < 0 && text.length - to <= SLACK) [to, cutEnd] = [text.length, false];
  }
  return { from, text: text.slice(from, to), cutStart, cutEnd };
}
