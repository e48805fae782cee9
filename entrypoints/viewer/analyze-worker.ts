/**
 * The analysis off the viewer's main thread: the same core the background and the CLI run
 * (lib/analyze.ts), here in a worker of the extension's own page, so a long slip opinion
 * never makes the viewer's thread stop for it.
 */
import { analyze, type AnalyzeInput } from '../../lib/analyze';

self.onmessage = (e: MessageEvent<AnalyzeInput>) => {
  try {
    self.postMessage({ ok: true, value: analyze(e.data) });
  } catch (err) {
    self.postMessage({ ok: false, error: String((err as Error)?.message ?? err) });
  }
};
