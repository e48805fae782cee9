/**
 * Runs analyze() in a worker (./analyze-worker.ts). Where a worker cannot start (a browser
 * that refuses module workers in extension pages), the analysis runs on this thread after a
 * yield: slower for the reader, never wrong.
 */
import type { AnalyzeInput } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';

export async function runAnalysis(input: AnalyzeInput): Promise<Analysis> {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) {
    const { analyze } = await import('../../lib/analyze');
    await new Promise((r) => setTimeout(r, 0));
    return analyze(input);
  }
  const w = worker;
  try {
    return await new Promise<Analysis>((resolve, reject) => {
      w.onmessage = (e: MessageEvent<{ ok: true; value: Analysis } | { ok: false; error: string }>) => (e.data.ok ? resolve(e.data.value) : reject(new Error(e.data.error)));
      w.onerror = (e) => reject(new Error(e.message || 'the analysis worker failed'));
      w.postMessage(input);
    });
  } finally {
    w.terminate();
  }
}
