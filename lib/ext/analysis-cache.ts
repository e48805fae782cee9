/**
 * Analyses cached by text hash + analyser version, so a revisit paints without
 * re-analysing. A small in-memory layer in front of the database store.
 */
import type { Analysis } from '../types';
import { ANALYZER_VERSION } from '../version';

export interface AnalysisStore {
  get(hash: string, version: string): Promise<Analysis | null>;
  put(hash: string, version: string, analysis: Analysis): Promise<unknown>;
}

export async function sha256(text: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function analysisCache(store: AnalysisStore | null = null, limit = 8) {
  const memory = new Map<string, Analysis>();
  return {
    async analyzeCached(text: string, run: () => Analysis): Promise<{ analysis: Analysis; fromCache: boolean; hash: string }> {
      const hash = await sha256(text);
      const hit = memory.get(hash) ?? (store ? await store.get(hash, ANALYZER_VERSION).catch(() => null) : null);
      if (hit && hit.text === text) {
        remember(hash, hit);
        return { analysis: hit, fromCache: true, hash };
      }
      const analysis = run();
      remember(hash, analysis);
      // written after the reply goes out; a failed write (quota) costs the cache, never the page
      if (store) void store.put(hash, ANALYZER_VERSION, analysis).catch(() => {});
      return { analysis, fromCache: false, hash };
    },
  };
  function remember(hash: string, a: Analysis) {
    memory.delete(hash);
    memory.set(hash, a);
    while (memory.size > limit) memory.delete(memory.keys().next().value as string);
  }
}
