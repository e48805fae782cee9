/**
 * Analyses cached by text hash + analyser version, so a revisit paints without
 * re-analysing. A small in-memory layer in front of the database store. A page that
 * already knows its text's `textKey` can ask by that key alone (`byTextKey`) and send
 * its text only when the answer is a miss.
 *
 * A page's analysis depends on more than its text: the site's structural hints (parts, star
 * pages, footnotes) and the page's evidence for "is this an opinion?" are the core's input
 * too. So an analysis is kept by text and reading context (`contextKey`), and the same text
 * read with other hints (another site, the generic reader, a text file) does not share its
 * verdict. A revisit asks by key before the page's structure is read (lib/sites/read-page.ts:
 * a cached text needs none of it), so that key names the text and the site's reader: the
 * same reader over the same page finds the same hints.
 */
import type { Analysis } from '../types';
import { ANALYZER_VERSION } from '../version';
import { textKey } from '../text-key';

export interface AnalysisStore {
  /** `context`: the reading context's key (`contextKey`), absent for a text alone */
  get(hash: string, version: string, context?: string): Promise<Analysis | null>;
  /** `key`: what `byTextKey` finds it by (the text's `textKey` and the site's reader) */
  put(hash: string, version: string, analysis: Analysis, key?: string, context?: string): Promise<unknown>;
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

/** What the text was read with: the context's key (`contextKey`) and the site's reader (the page's adapter). */
export interface ReadWith {
  context?: string;
  site?: string | null;
}

/**
 * A cheap stable key for what besides the text the core was given: the site's hints and the
 * page's evidence, as JSON with sorted keys, hashed like a text. Empty for a text alone
 * (no hints, or none found, and no page), so a text file's analyses keep their old keys.
 */
export function contextKey({ hints, page }: { hints?: unknown; page?: unknown }): string {
  const noHints = hints == null || (typeof hints === 'object' && Object.keys(hints).length === 0);
  if (noHints && page == null) return '';
  return textKey(stableJson({ hints: noHints ? null : hints, page: page ?? null }));
}

function stableJson(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]])) : v,
  );
}

/** The key a revisit asks by: the text's key, and the site's reader when a page asks. */
export function readKey(key: string, site?: string | null): string {
  return site ? `${key}@${site}` : key;
}

export function analysisCache(store: AnalysisStore | null = null, limit = 8) {
  /** by text hash and context (`hash~context`) */
  const memory = new Map<string, { hash: string; analysis: Analysis }>();
  /** read key → memory id, for the analyses in memory */
  const keys = new Map<string, string>();
  return {
    /** The analysis of `text` read with `read` (the same context), from the cache or by `run`. */
    async analyzeCached(text: string, run: () => Analysis | Promise<Analysis>, read: ReadWith = {}): Promise<CachedAnalysis> {
      const hash = await sha256(text);
      const context = read.context || undefined;
      const id = context ? `${hash}~${context}` : hash;
      const hit = memory.get(id)?.analysis ?? (store ? await store.get(hash, ANALYZER_VERSION, context).catch(() => null) : null);
      const key = readKey(textKey(text), read.site);
      if (hit && hit.text === text) {
        remember(id, hash, hit, key);
        return { analysis: hit, fromCache: true, hash };
      }
      const analysis = await run();
      remember(id, hash, analysis, key);
      // written after the reply goes out; a failed write (quota) costs the cache, never the page
      if (store) void store.put(hash, ANALYZER_VERSION, analysis, key, context).catch(() => {});
      return { analysis, fromCache: false, hash };
    },
    /** The cached analysis of the text whose key is `key`, read by `site`'s reader, or null (then send the text). */
    async byTextKey(key: string, site?: string | null): Promise<CachedAnalysis | null> {
      const asked = readKey(key, site);
      const inMemory = keys.get(asked);
      const found =
        inMemory && memory.has(inMemory)
          ? memory.get(inMemory)!
          : store?.byTextKey
            ? await store.byTextKey(asked, ANALYZER_VERSION).catch(() => null)
            : null;
      // the key begins with the text's length: a cheap check that the row holds the text it was keyed by
      if (!found || `${found.analysis.text.length.toString(36)}-` !== key.slice(0, key.indexOf('-') + 1)) return null;
      // a row found by key keeps its own place in memory: its context is not known here, and it
      // must not stand in for the same text's analysis in another context
      if (!inMemory) remember(`key:${asked}`, found.hash, found.analysis, asked);
      return { ...found, fromCache: true };
    },
  };
  function remember(id: string, hash: string, analysis: Analysis, key: string) {
    memory.delete(id);
    memory.set(id, { hash, analysis });
    keys.set(key, id);
    while (memory.size > limit) {
      const old = memory.keys().next().value as string;
      memory.delete(old);
      for (const [k, h] of keys) if (h === old) keys.delete(k);
    }
  }
}
