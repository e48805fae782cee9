import { OPINION_SITES } from '../../lib/ext/sites';
import { startLens } from './lens-page';

export default defineContentScript({
  matches: OPINION_SITES,
  runAt: 'document_idle',
  main(ctx) {
    // The toolbar button may inject this script again into a page that has it already.
    const g = globalThis as { __injunctionLens?: boolean };
    if (g.__injunctionLens) return;
    g.__injunctionLens = true;
    try {
      startLens(ctx);
    } catch (e) {
      // a guest never breaks the page: report, keep quiet
      document.documentElement.setAttribute('data-injunction-lens', 'error');
      console.debug('[injunction-lens]', e);
    }
  },
});
