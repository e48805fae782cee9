/**
 * The content script. Registered in the manifest by wxt.config.ts (not by WXT's
 * content-script wrapper, whose context announces itself to the page: ./context.ts), on
 * the opinion sites of lib/ext/sites.ts, at document_end: reading the text overlaps the
 * page's last loading, and a revisit's highlights come soon after the load event instead
 * of after it plus our work. (Starting at DOMContentLoaded from document_start was slower:
 * our reading then waits on the page's first layout.) The toolbar button injects the same
 * file on other pages.
 */
import { startLens } from '../content/lens-page';
import { sliceRecord } from '../../lib/dom/slice-meter';
import { yieldToPage } from '../../lib/dom/yield';
import { GuestContext } from '../content/guest-context';

export default defineUnlistedScript(() => {
  // The toolbar button may inject this script again into a page that has it already.
  const g = globalThis as { __injunctionLens?: boolean };
  if (g.__injunctionLens) return;
  g.__injunctionLens = true;
  const ctx = new GuestContext();
  // How much work each of our slices on this page did (lib/dom/slice-meter.ts): for the
  // browser tests, read in this isolated world only; the page's own scripts never see it.
  Object.defineProperty(globalThis, '__injunctionLensSlices', { get: sliceRecord, configurable: true });
  const begin = () => {
    try {
      startLens(ctx);
    } catch (e) {
      // a guest never breaks the page: keep quiet (the console is the reader's, not the page's)
      console.debug('[injunction-lens]', e);
    }
  };
  // Not in the task that evaluates this script (compiling it is work enough for one
  // task): the first slice of reading starts in a task of its own.
  const soon = () => void yieldToPage().then(begin);
  if (document.readyState === 'loading') ctx.addEventListener(document, 'DOMContentLoaded', soon, { once: true });
  else soon();
});
