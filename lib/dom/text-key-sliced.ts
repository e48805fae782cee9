/**
 * `textKey` (lib/text-key.ts) of a long text, computed in slices of SLICE_CAPS.count
 * characters with the thread handed back between them: the hash is a running state over
 * the characters, so it carries over from slice to slice. The same key, character for
 * character (test/unit/dom/text-key-sliced.test.ts checks it against `textKey`).
 */
import { SLICE_CAPS, SlicePass } from './slice-meter';
import { yieldToPage } from './yield';

export async function textKeySliced(text: string, signal?: AbortSignal): Promise<string> {
  const state = new Uint32Array([(0x811c9dc5 ^ text.length) >>> 0, 0x9e3779b9]);
  const pass = new SlicePass('count');
  for (let from = 0; ; ) {
    const to = Math.min(text.length, from + SLICE_CAPS.count);
    mix(state, text, from, to);
    pass.slice(to - from);
    from = to;
    if (from >= text.length) break;
    await yieldToPage();
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
  }
  pass.end();
  let h1 = state[0] | 0;
  const h2 = state[1] | 0;
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  return `${text.length.toString(36)}-${(h1 >>> 0).toString(36)}-${(h2 >>> 0).toString(36)}`;
}

/** textKey's loop over `text[from..to)`, from and into `state` ([h1, h2]). */
function mix(state: Uint32Array, text: string, from: number, to: number): void {
  let h1 = state[0] | 0;
  let h2 = state[1] | 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  state[0] = h1;
  state[1] = h2;
}
