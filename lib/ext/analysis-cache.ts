/**
 * Analyses cached by text hash + analyser version, so a revisit paints without
 * re-analysing. A small in-memory layer in front of the database store. A page that
 * already knows its text's `textKey` can ask by that key alone (`byTextKey`) and send
 * its text only when the answer is a miss.
 */
import type { Analysis } from '../types';
import { ANALYZER_VERSION } from '../version';
import { textKey } from '../text-key';

export interface AnalysisStore {
  get(hash: string, version: string): Promise<Analysis | null>;
  /** `key`: the text's `textKey`, when the caller has it already */
  put(hash: string, version: string, analysis: Analysis, key?: string): Promise<unknown>;
  byTextKey?(key: string, version: string): Promise<{ hash: string; analysis: Analysis } | null>;
}

export interface CachedAnalysis {
  analysis: Analysis;
  fromCache: boolean;
  hash: string;
}

export async function sha256(text: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function analysisCache(store: AnalysisStore | null = null, limit = 8) {
  const memory = new Map<string, Analysis>();
  /** textKey → hash, for the analyses in memory */
  const keys = new Map<string, string>();
  return {
    async analyzeCached(text: string, run: () => Analysis | Promise<Analysis>): Promise<CachedAnalysis> {
      const hash = await sha256(text);
      const hit = memory.get(hash) ?? (store ? await store.get(hash, ANALYZER_VERSION).catch(() => null) : null);
      const key = textKey(text);
      if (hit && hit.text === text) {
        remember(hash, hit, key);
        return { analysis: hit, fromCache: true, hash };
      }
      const analysis = await run();
      remember(hash, analysis, key);
      // written after the reply goes out; a failed write (quota) costs the cache, never the page
      if (store) void store.put(hash, ANALYZER_VERSION, analysis, key).catch(() => {});
      return { analysis, fromCache: false, hash };
    },
    /** The cached analysis of the text whose key is `key`, or null (then send the text). */
    async byTextKey(key: string): Promise<CachedAnalysis | null> {
      const inMemory = keys.get(key);
      const found =
        inMemory && memory.has(inMemory)
          ? { hash: inMemory, analysis: memory.get(inMemory)! }
          : store?.byTextKey
            ? await store.byTextKey(key, ANALYZER_VERSION).catch(() => null)
            : null;
      // the key begins with the text's length: a cheap check that the row holds the text it was keyed by
      if (!found || `${found.analysis.text.length.toString(36)}-` !== key.slice(0, key.indexOf('-') + 1)) return null;
      remember(found.hash, found.analysis, key);
      return { ...found, fromCache: true };
    },
  };
  function remember(hash: string, a: Analysis, key: string) {
    memory.delete(hash);
    memory.set(hash, a);
    keys.set(key, hash);
    while (memory.size > limit) {
      const old = memory.keys().next().value as string;
      memory.delete(old);
      for (const [k, h] of keys) if (h === old) keys.delete(k);
    }
  }
}
