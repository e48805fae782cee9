/**
 * Hands the main thread back to the page and resumes soon after: `scheduler.yield()` where
 * the browser has it (it resumes ahead of other queued tasks), else a message-channel
 * round trip, which, unlike nested `setTimeout(0)`, is not clamped to 4 ms.
 */
import { countYield } from './slice-meter';

export function yieldToPage(): Promise<void> {
  countYield();
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}
