/**
 * A fast key for a reading text, computed on the page. A revisit asks the background for
 * the cached analysis by this key instead of sending the text (sending, hashing and
 * checking a megabyte costs more than the cache saves). Two independent 32-bit
 * multiply-xor hashes plus the length: collisions between two different opinions are out
 * of reach in practice, and SHA-256 is unavailable to scripts on plain-http pages.
 */
export function textKey(text: string): string {
  let h1 = 0x811c9dc5 ^ text.length;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  return `${text.length.toString(36)}-${(h1 >>> 0).toString(36)}-${(h2 >>> 0).toString(36)}`;
}
